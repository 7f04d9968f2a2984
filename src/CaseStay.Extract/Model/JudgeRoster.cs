using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseStay.Extract;

/// <summary>One judge of the roster.</summary>
/// <param name="Initials">Case-number initials (e.g. "DJC").</param>
/// <param name="Name">Full name (e.g. "Daniel J. Calabretta").</param>
/// <param name="Title">Title (e.g. "United States District Judge").</param>
/// <param name="Division">Division, when known.</param>
/// <param name="Court">PACER id of the judge's own court ("caed"; visiting judges carry theirs).</param>
public sealed record RosterJudge(string Initials, string Name, string Title, string? Division, string Court);

/// <summary>
/// A roster of E.D. Cal. judges (and judges seen sitting there by designation), built from public facts,
/// used to normalize printed names and to relate case-number initials to judges.
/// </summary>
/// <remarks>Immutable and thread-safe. Judges not on the roster still extract as printed.</remarks>
public sealed class JudgeRoster
{
    private readonly Dictionary<string, RosterJudge> _byInitials;
    private readonly Dictionary<string, RosterJudge> _byName;
    private readonly (RosterJudge Judge, string Key, string? First, string Last)[] _keys;

    /// <summary>Creates a roster from entries.</summary>
    /// <param name="judges">The judges.</param>
    public JudgeRoster(IEnumerable<RosterJudge> judges)
    {
        ArgumentNullException.ThrowIfNull(judges);
        Judges = judges.ToArray();
        _byInitials = Judges.GroupBy(j => j.Initials, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        _keys = Judges.Select(j =>
        {
            var key = NameKey(j.Name);
            var (first, last) = FirstAndLast(key);
            return (j, key, first, last);
        }).ToArray();
        _byName = _keys.GroupBy(k => k.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Judge, StringComparer.Ordinal);
    }

    /// <summary>All entries.</summary>
    public IReadOnlyList<RosterJudge> Judges { get; }

    /// <summary>Looks a judge up by case-number initials.</summary>
    /// <param name="initials">Initials such as "DJC".</param>
    /// <param name="judge">The judge, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetByInitials(string initials, out RosterJudge? judge) => _byInitials.TryGetValue(initials, out judge);

    /// <summary>Looks a judge up by name, ignoring case, punctuation and suffixes such as "Jr." or "III".</summary>
    /// <param name="name">A printed name, e.g. "DANIEL J. CALABRETTA".</param>
    /// <param name="judge">The judge, or null.</param>
    /// <returns>True when found.</returns>
    public bool TryGetByName(string name, out RosterJudge? judge)
    {
        var key = NameKey(name);
        if (_byName.TryGetValue(key, out judge))
        {
            return true;
        }

        // The same first and last name with the middle initial missing, or an OCR slip of one or two letters.
        var (first, last) = FirstAndLast(key);
        judge = null;
        foreach (var (candidate, k, kFirst, kLast) in _keys)
        {
            var match = (first is not null && kFirst == first && kLast == last)
                || (key.Length >= 10 && Math.Abs(k.Length - key.Length) <= 2 && Shared.EditDistance.Of(k, key, 2) <= 2);
            if (match)
            {
                if (judge is not null && !ReferenceEquals(judge, candidate))
                {
                    judge = null;
                    return false;
                }

                judge = candidate;
            }
        }

        return judge is not null;
    }

    /// <summary>A name key's first and last word; no first word when the key is one word.</summary>
    private static (string? First, string Last) FirstAndLast(string key)
    {
        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return (space < 0 ? null : key[..space], key[(key.LastIndexOf(' ') + 1)..]);
    }

    internal static string NameKey(string name)
    {
        var words = name.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToUpperInvariant())
            .Where(w => w is not ("JR" or "SR" or "II" or "III" or "IV"));
        return string.Join(' ', words);
    }

    /// <summary>A roster with <paramref name="judges"/> added; an entry replaces the one with the same initials.</summary>
    /// <param name="judges">Judges to add or correct.</param>
    /// <returns>The new roster; this one is unchanged.</returns>
    public JudgeRoster WithJudges(IEnumerable<RosterJudge> judges)
    {
        ArgumentNullException.ThrowIfNull(judges);
        var added = judges.ToArray();
        var replaced = new HashSet<string>(added.Select(j => j.Initials), StringComparer.OrdinalIgnoreCase);
        return new JudgeRoster(added.Concat(Judges.Where(j => !replaced.Contains(j.Initials))));
    }

    /// <summary>
    /// Parses a roster in the format of the built-in one (<c>Data/judges.json</c>): a JSON array of objects with
    /// <c>initials</c>, <c>name</c>, <c>title</c>, <c>court</c> (required, non-empty) and <c>division</c> (optional).
    /// </summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="roster">The roster, or null.</param>
    /// <param name="error">Why the text is not a roster (with the entry's index), or null.</param>
    /// <returns>True when <paramref name="json"/> is a valid roster.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out JudgeRoster? roster, [NotNullWhen(false)] out string? error)
    {
        roster = null;
        RosterJudge?[]? entries;
        try
        {
            entries = JsonSerializer.Deserialize(json ?? string.Empty, RosterJsonContext.Default.RosterJudgeArray);
        }
        catch (JsonException e)
        {
            error = $"not a JSON list of judges ({e.Message})";
            return false;
        }

        if (entries is null)
        {
            error = "not a JSON list of judges (null)";
            return false;
        }

        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i] is not { } j)
            {
                error = $"entry {i} is null";
                return false;
            }

            var missing = string.IsNullOrWhiteSpace(j.Initials) ? "initials"
                : string.IsNullOrWhiteSpace(j.Name) ? "name"
                : string.IsNullOrWhiteSpace(j.Title) ? "title"
                : string.IsNullOrWhiteSpace(j.Court) ? "court"
                : null;
            if (missing is not null)
            {
                error = $"entry {i} has no {missing}";
                return false;
            }
        }

        roster = new JudgeRoster(entries.OfType<RosterJudge>());
        error = null;
        return true;
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RosterJudge[]))]
internal sealed partial class RosterJsonContext : JsonSerializerContext;
