using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseStay.Extract;

/// <summary>
/// A federal district-court case number, parsed from any printed variant
/// (<c>Case No.: 2:24-cv-02760-DJC-SCR</c>, <c>2: 17-cv-1607 JAM DB</c>, <c>1:07-cv-1547 SRB (PC)</c>,
/// <c>CIV S-05-1234 LKK GGH</c>, …) and normalized to the CM/ECF form <c>O:YY-tt-NNNNN-J1-J2</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. <see cref="ToString"/> returns <see cref="Normalized"/>, which
/// <see cref="Parse"/> reads back to an equal value (round trip).</remarks>
public sealed partial record CaseNumber
{
    private static readonly System.Buffers.SearchValues<char> s_dashes = System.Buffers.SearchValues.Create("-–—");
    private static readonly HashSet<string> s_suffixes = new(StringComparer.Ordinal) { "P", "PC", "HC", "PS", "SS", "DP" };
    private static readonly HashSet<string> s_notInitials = new(StringComparer.Ordinal)
    {
        "THE", "AND", "FOR", "RE", "TO", "OF", "ON", "IN", "AN", "AT", "BY", "OR", "NO", "ECF", "DOC", "DKT", "ET", "AL", "VS", "US", "USA", "LLC", "INC",
    };

    private CaseNumber(string raw, int? office, int year, string type, int sequence, IReadOnlyList<string> judgeInitials, string? suffix)
    {
        Raw = raw;
        Office = office;
        Year = year;
        Type = type;
        Sequence = sequence;
        JudgeInitials = judgeInitials;
        Suffix = suffix;
    }

    /// <summary>The text as printed (including a "Case No." label when present).</summary>
    public string Raw { get; }

    /// <summary>The office digit (1 Fresno, 2 Sacramento in E.D. Cal.); null when not printed.</summary>
    public int? Office { get; }

    /// <summary>The four-digit year the case was filed.</summary>
    public int Year { get; }

    /// <summary>The case type in lower case (<c>cv</c>, <c>cr</c>, <c>mj</c>, …).</summary>
    public string Type { get; }

    /// <summary>The sequence number.</summary>
    public int Sequence { get; }

    /// <summary>Judge initials in printed order (district judge first); may be empty; <c>NONE</c>/<c>NODJ</c> are kept.</summary>
    public IReadOnlyList<string> JudgeInitials { get; }

    /// <summary>Case-kind suffix (<c>P</c>, <c>PC</c>, <c>HC</c>, <c>PS</c>, <c>SS</c>, <c>DP</c>), or null.</summary>
    public string? Suffix { get; }

    /// <summary>The canonical CM/ECF form, e.g. <c>2:24-cv-02760-DJC-SCR</c> (no office prefix when none was printed).</summary>
    public string Normalized
    {
        get
        {
            var sb = new StringBuilder();
            if (Office is { } office)
            {
                sb.Append(office.ToString(CultureInfo.InvariantCulture)).Append(':');
            }

            sb.Append((Year % 100).ToString("D2", CultureInfo.InvariantCulture)).Append('-').Append(Type).Append('-')
              .Append(Sequence.ToString("D5", CultureInfo.InvariantCulture));
            foreach (var initials in JudgeInitials)
            {
                sb.Append('-').Append(initials);
            }

            return sb.ToString();
        }
    }

    /// <summary>Returns a copy with other judge initials (used when a CM/ECF stamp completes a bare caption number).</summary>
    /// <param name="initials">The initials to use.</param>
    /// <returns>The new value.</returns>
    public CaseNumber WithJudgeInitials(IReadOnlyList<string> initials) =>
        new(Raw, Office, Year, Type, Sequence, initials.ToArray(), Suffix);

    /// <summary>True when both numbers name the same case (office, year, type and sequence), whatever the initials.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether they denote the same docket.</returns>
    public bool IsSameCase(CaseNumber other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Office is null || other.Office is null || Office == other.Office)
            && Year == other.Year && Type == other.Type && Sequence == other.Sequence;
    }

    /// <summary>Parses a whole string as one case number; never throws.</summary>
    /// <param name="text">The text, e.g. "No. 2:17-cv-1607 JAM DB".</param>
    /// <param name="value">The parsed value, or null.</param>
    /// <returns>True when the whole text (trimmed) is one case number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CaseNumber? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        var trimmed = text.Trim();
        var found = FindAll(trimmed).FirstOrDefault();
        if (found.Value is null || found.Index != 0 || found.Length != trimmed.Length)
        {
            return false;
        }

        value = found.Value;
        return true;
    }

    /// <summary>Parses a whole string as one case number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a case number.</exception>
    public static CaseNumber Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a case number.");

    /// <inheritdoc />
    public override string ToString() => Normalized;

    /// <inheritdoc />
    public bool Equals(CaseNumber? other) =>
        other is not null && Normalized == other.Normalized && Suffix == other.Suffix && Raw == other.Raw;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Normalized, Suffix, Raw);

    /// <summary>Finds every case number in a text, in order, with its position.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Matches with index and length into <paramref name="text"/>.</returns>
    internal static IEnumerable<(CaseNumber Value, int Index, int Length)> FindAll(string text)
    {
        foreach (var m in Scan(ModernPattern(), text, NextModernAnchor, 40))
        {
            if (TryBuild(m, isOld: false, out var value, out var length))
            {
                yield return (value, m.Index, length);
            }
        }

        foreach (var m in Scan(OldPattern(), text, NextOldAnchor, 20))
        {
            if (TryBuild(m, isOld: true, out var value, out var length))
            {
                yield return (value, m.Index, length);
            }
        }
    }

    /// <summary>The same as <see cref="FindAll"/> but by running the patterns over the whole text (the reference
    /// the anchored scan is tested against).</summary>
    internal static IEnumerable<(CaseNumber Value, int Index, int Length)> FindAllByFullScan(string text)
    {
        foreach (var (m, isOld) in ModernPattern().Matches(text).Select(m => (m, false)).Concat(OldPattern().Matches(text).Select(m => (m, true))))
        {
            if (TryBuild(m, isOld, out var value, out var length))
            {
                yield return (value, m.Index, length);
            }
        }
    }

    /// <summary>
    /// The matches of <paramref name="pattern"/>, found by starting it only a little before each anchor (a
    /// literal every match contains) instead of at every digit or capital of the text. Lookbehinds still see
    /// the whole text; <paramref name="lead"/> bounds how far a match may start before its anchor.
    /// </summary>
    private static IEnumerable<Match> Scan(Regex pattern, string text, Func<string, int, int> nextAnchor, int lead)
    {
        var position = 0;
        while (position < text.Length)
        {
            var anchor = nextAnchor(text, position);
            if (anchor < 0)
            {
                yield break;
            }

            var m = pattern.Match(text, Math.Max(position, anchor - lead));
            if (!m.Success)
            {
                yield break;
            }

            yield return m;
            position = m.Index + Math.Max(m.Length, 1);
        }
    }

    /// <summary>The dash before the type code of a modern number ("24<b>-</b>cv-"), or -1.</summary>
    private static int NextModernAnchor(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var at = text.AsSpan(i).IndexOfAny(s_dashes);
            if (at < 0)
            {
                return -1;
            }

            i += at;
            var j = Internal.TextScan.SkipWhiteSpace(text, i + 1);
            if (j + 2 <= text.Length && IsTypeCode(text.AsSpan(j, 2)) && Internal.TextScan.SkipWhiteSpace(text, j + 2) is var k && k < text.Length && s_dashes.Contains(text[k]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The "CIV" / "Civ" / "CV" of an old-style number followed by its division letter, or -1.</summary>
    private static int NextOldAnchor(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var at = text.AsSpan(i).IndexOf('C');
            if (at < 0)
            {
                return -1;
            }

            i += at;
            var rest = text.AsSpan(i);
            if (rest.StartsWith("CIV", StringComparison.Ordinal) || rest.StartsWith("Civ", StringComparison.Ordinal) || rest.StartsWith("CV", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The type codes <see cref="ModernPattern"/> accepts.</summary>
    private static bool IsTypeCode(ReadOnlySpan<char> code) => code switch
    {
        "cv" or "cr" or "mj" or "sw" or "mc" or "po" or "bk" or "ap" or "CV" or "CR" or "MJ" or "SW" or "MC" or "PO" or "BK" or "Cv" or "Cr" => true,
        _ => false,
    };

    private static bool TryBuild(Match m, bool isOld, [NotNullWhen(true)] out CaseNumber? value, out int length)
    {
        value = null;
        length = 0;
        int? office = null;
        string type;
        if (isOld)
        {
            office = m.Groups["div"].Value == "F" ? 1 : 2;
            type = "cv";
        }
        else
        {
            if (m.Groups["office"].Success)
            {
                office = m.Groups["office"].Value[0] - '0';
            }

            type = m.Groups["type"].Value.ToLowerInvariant();
        }

        var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        var year = yy >= 70 ? 1900 + yy : 2000 + yy;
        var sequence = int.Parse(m.Groups["seq"].Value, CultureInfo.InvariantCulture);
        if (sequence == 0)
        {
            return false;
        }

        var end = m.Groups["seq"].Index + m.Groups["seq"].Length;
        var initials = new List<string>();
        string? suffix = null;
        bool? spacedStyle = null;
        foreach (Capture c in m.Groups["j"].Captures)
        {
            var token = c.Value.Trim('(', ')');
            var spaced = SeparatorBefore(m, c).All(char.IsWhiteSpace);
            if (spacedStyle is false && spaced && !c.Value.StartsWith('('))
            {
                // "…-KJM-KJN ANNE S. HALE": after hyphen-joined initials a space ends the number.
                break;
            }

            spacedStyle ??= spaced;
            if (spaced && s_notInitials.Contains(token))
            {
                break;
            }

            if (s_suffixes.Contains(token))
            {
                suffix = token;
                end = c.Index + c.Length;
                break;
            }

            if (token.Length < 2 || initials.Count >= 3)
            {
                break;
            }

            initials.Add(token);
            end = c.Index + c.Length;
        }

        if (suffix is null && m.Groups["suffix"].Success && m.Groups["suffix"].Index == end)
        {
            suffix = m.Groups["suffix"].Value.Trim(' ', '-', '–', '—', '(', ')');
            end = m.Groups["suffix"].Index + m.Groups["suffix"].Length;
        }

        var raw = m.Value[..(end - m.Index)].TrimEnd();
        length = raw.Length;
        value = new CaseNumber(raw, office, year, type, sequence, initials, suffix);
        return true;
    }

    private static string SeparatorBefore(Match m, Capture judge)
    {
        foreach (Capture sep in m.Groups["sep"].Captures)
        {
            if (sep.Index + sep.Length == judge.Index)
            {
                return sep.Value;
            }
        }

        return string.Empty;
    }

    [GeneratedRegex(
        @"(?:(?:Case\s+No|CASE\s+NO|Civ\.?\s+No|No|NO)\s*\.?\s*:?\s*)?(?<![\d:])(?:(?<office>\d)\s*:\s*)?(?<yy>\d{2})\s*[-–—]\s*(?<type>cv|cr|mj|sw|mc|po|bk|ap|CV|CR|MJ|SW|MC|PO|BK|Cv|Cr)\s*[-–—]\s*(?<seq>\d{1,5})(?!\d)(?:(?<sep>\s*[-–—]\s*|\s+)(?<j>\(?[A-Z]{1,4}\)?)(?![A-Za-z0-9])(?![-–—]?\d)){0,4}(?<suffix>\s*[-–—]?\s*\((?:PC|HC|PS|SS|DP|P)\))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex ModernPattern();

    [GeneratedRegex(
        @"(?:(?:Case\s+No|CASE\s+NO|No|NO)\s*\.?\s*:?\s*)?(?:CIV|Civ|CV)\s*\.?\s*(?<div>[SF])\s*[-–—]?\s*(?<yy>\d{2})\s*[-–—]\s*(?<seq>\d{1,5})(?!\d)(?:(?<sep>\s*[-–—]\s*|\s+)(?<j>\(?[A-Z]{2,4}\)?)(?![A-Za-z0-9])){0,3}",
        RegexOptions.CultureInvariant)]
    private static partial Regex OldPattern();
}
