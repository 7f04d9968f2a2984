using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CaseStay.Extract.Corrections;

/// <summary>The corrections of a <c>corrections.json</c> file (as the review page downloads it), for
/// <see cref="ExtractionOptions.Corrections"/>. Immutable.</summary>
/// <param name="Entries">The corrections, in file order (a later entry for the same file and field wins).</param>
public sealed record CorrectionSet(IReadOnlyList<Correction> Entries)
{
    /// <summary>No corrections.</summary>
    public static CorrectionSet Empty { get; } = new([]);

    /// <summary>Reads a <c>corrections.json</c> text; never throws.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="set">The corrections, or null.</param>
    /// <param name="error">Why the text is not a corrections file, or null.</param>
    /// <returns>True when the text is a corrections file whose every entry names a SHA-256, a field and a value.</returns>
    public static bool TryParse(string? json, [NotNullWhen(true)] out CorrectionSet? set, [NotNullWhen(false)] out string? error)
    {
        set = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            error = "The corrections file is empty.";
            return false;
        }

        CorrectionFile? file;
        try
        {
            file = JsonSerializer.Deserialize(json, CorrectionJsonContext.Default.CorrectionFile);
        }
        catch (JsonException e)
        {
            error = "The corrections file is not valid JSON: " + e.Message;
            return false;
        }

        if (file?.Corrections is not { } entries)
        {
            error = "The corrections file has no \"corrections\" array.";
            return false;
        }

        var list = new List<Correction>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e is null || string.IsNullOrWhiteSpace(e.Sha256) || string.IsNullOrWhiteSpace(e.Field) || e.Value is null)
            {
                error = $"Correction {i + 1} needs \"sha256\", \"field\" and \"value\".";
                return false;
            }

            list.Add(new Correction(e.Sha256.Trim().ToLowerInvariant(), e.Field.Trim(), e.Value) { Path = e.Path, Original = e.Original });
        }

        set = new CorrectionSet(list);
        error = null;
        return true;
    }

    /// <summary>Writes the set as <c>corrections.json</c> text (the review page writes the same shape).</summary>
    /// <returns>Indented JSON.</returns>
    public string ToJson() => JsonSerializer.Serialize(
        new CorrectionFile(1, Entries.Select(e => new CorrectionFileEntry(e.Sha256, e.Path, e.Field, e.Value, e.Original)).ToArray()),
        CorrectionJsonContext.Default.CorrectionFile);
}
