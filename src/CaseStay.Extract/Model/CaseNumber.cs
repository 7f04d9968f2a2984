using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace CaseStay.Extract;

/// <summary>
/// A federal district-court case number, parsed from any printed variant
/// (<c>Case No.: 2:24-cv-02760-DJC-SCR</c>, <c>2: 17-cv-1607 JAM DB</c>, <c>1:07-cv-1547 SRB (PC)</c>,
/// <c>CIV S-05-1234 LKK GGH</c>, <c>5:13-cv-01758-ODW(DTBx)</c>, <c>16cv1289-LAB (JMA)</c>, <c>C 09-03378 CW</c>,
/// <c>CIV. NO. 2:17-1201 WBS DB</c>, <c>3:20-cr-00070-TKW-MAL-1</c>, …) and normalized to the CM/ECF form
/// <c>O:YY-tt-NNNNN-J1-J2[-D]</c>.
/// </summary>
/// <remarks>Immutable and thread-safe. Two values are equal when their <see cref="Normalized"/> forms are equal.
/// <see cref="ToString"/> returns <see cref="Normalized"/>, which <see cref="Parse(string)"/> reads back to an equal
/// value (round trip).</remarks>
public sealed record CaseNumber : IParsable<CaseNumber>
{
    /// <summary>The case number the record's JSON describes: its parts, and the defendant number as the tail of the
    /// normalized form (the contract does not say whether the office was inferred).</summary>
    [JsonConstructor]
    internal CaseNumber(string raw, string normalized, int? office, int year, string type, int sequence, IReadOnlyList<string> judgeInitials, string? suffix)
        : this(raw, office, year, type, sequence, judgeInitials, suffix, null, false)
    {
        var parts = Normalized;
        if (normalized is not null && normalized.Length > parts.Length + 1 && normalized.StartsWith(parts + "-", StringComparison.Ordinal)
            && int.TryParse(normalized.AsSpan(parts.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var defendant))
        {
            Defendant = defendant;
        }
    }

    /// <summary>Returns a copy with the facts the record's JSON does not carry (for a result rebuilt from a worker's reply).</summary>
    /// <param name="officeInferred">Whether the office was inferred.</param>
    /// <returns>The new value.</returns>
    internal CaseNumber WithOfficeInferred(bool officeInferred) =>
        new(Raw, Office, Year, Type, Sequence, JudgeInitials, Suffix, Defendant, officeInferred);

    internal CaseNumber(string raw, int? office, int year, string type, int sequence, IReadOnlyList<string> judgeInitials, string? suffix, int? defendant = null, bool officeInferred = false)
    {
        Raw = raw;
        Office = office;
        Year = year;
        Type = type;
        Sequence = sequence;
        JudgeInitials = judgeInitials;
        Suffix = suffix;
        Defendant = defendant;
        OfficeInferred = officeInferred && office is not null;
    }

    /// <summary>The text as printed (including a "Case No." label when present).</summary>
    [JsonPropertyOrder(-1)]
    public string Raw { get; }

    /// <summary>The office digit (E.D. Cal.: 1 Fresno, 2 Sacramento; N.D. Cal.: 1 Eureka, 3 San Francisco, 4 Oakland,
    /// 5 San Jose; …); null when neither printed nor inferable.</summary>
    public int? Office { get; }

    /// <summary>True when <see cref="Office"/> was not printed in this number but inferred: from the caption's
    /// division line, from another printed mention of the same case (e.g. the CM/ECF stamp), or from the court.</summary>
    [JsonIgnore]
    public bool OfficeInferred { get; }

    /// <summary>The four-digit year the case was filed.</summary>
    public int Year { get; }

    /// <summary>The case type in lower case (<c>cv</c>, <c>cr</c>, <c>mj</c>, <c>sw</c>, <c>mc</c>, <c>gj</c>, <c>md</c>, …);
    /// <c>cv</c> when the number prints no type (<c>CIV. NO. 2:17-1201</c>).</summary>
    public string Type { get; }

    /// <summary>The sequence number.</summary>
    public int Sequence { get; }

    /// <summary>Judge initials in printed order (district judge first), upper case; may be empty; <c>NONE</c>/<c>NODJ</c> are kept.</summary>
    public IReadOnlyList<string> JudgeInitials { get; }

    /// <summary>Case-kind suffix (<c>P</c>, <c>PC</c>, <c>HC</c>, <c>PS</c>, <c>SS</c>, <c>DP</c>, <c>2255</c> for a
    /// motion under 28 U.S.C. § 2255), or null.</summary>
    public string? Suffix { get; }

    /// <summary>The defendant number of a criminal case number (<c>…-TKW-MAL-1</c> → 1), or null.</summary>
    [JsonIgnore]
    public int? Defendant { get; }

    /// <summary>The canonical CM/ECF form, e.g. <c>2:24-cv-02760-DJC-SCR</c> (no office prefix when none is known).</summary>
    [JsonPropertyOrder(-1)]
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

            if (Defendant is { } defendant)
            {
                sb.Append('-').Append(defendant.ToString(CultureInfo.InvariantCulture));
            }

            return sb.ToString();
        }
    }

    /// <summary>Returns a copy with other judge initials (used when a CM/ECF stamp completes a bare caption number).</summary>
    /// <param name="initials">The initials to use.</param>
    /// <returns>The new value.</returns>
    public CaseNumber WithJudgeInitials(IReadOnlyList<string> initials) =>
        new(Raw, Office, Year, Type, Sequence, initials.ToArray(), Suffix, Defendant, OfficeInferred);

    /// <summary>Returns a copy with an office digit that was not printed in this number (marked <see cref="OfficeInferred"/>).</summary>
    /// <param name="office">The office digit (1–9).</param>
    /// <returns>The new value.</returns>
    public CaseNumber WithInferredOffice(int office) =>
        new(Raw, office, Year, Type, Sequence, JudgeInitials, Suffix, Defendant, officeInferred: true);

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
        var found = CaseNumberGrammar.FindAll(trimmed).FirstOrDefault();
        if (found.Value is null || found.Index != 0 || found.Length != trimmed.Length)
        {
            return false;
        }

        value = found.Value;
        return true;
    }

    /// <summary>Parses a whole string as one case number (<see cref="IParsable{TSelf}"/>); never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: case numbers are culture-invariant.</param>
    /// <param name="result">The parsed value, or null.</param>
    /// <returns>True when the whole text (trimmed) is one case number.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CaseNumber result) =>
        TryParse(s, out result);

    /// <summary>Parses a whole string as one case number.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a case number.</exception>
    public static CaseNumber Parse(string text) =>
        TryParse(text, out var value) ? value : throw new FormatException($"'{text}' is not a case number.");

    /// <summary>Parses a whole string as one case number (<see cref="IParsable{TSelf}"/>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: case numbers are culture-invariant.</param>
    /// <returns>The value.</returns>
    /// <exception cref="FormatException">The text is not a case number.</exception>
    public static CaseNumber Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public override string ToString() => Normalized;

    /// <summary>Equal when the normalized forms are equal (however each was printed).</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both normalize to the same text.</returns>
    public bool Equals(CaseNumber? other) =>
        other is not null && string.Equals(Normalized, other.Normalized, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Normalized);

    /// <summary>Finds every case number in a text, in order, with its position.</summary>
    /// <param name="text">Any text.</param>
    /// <returns>Matches with index and length into <paramref name="text"/>.</returns>
    internal static IEnumerable<(CaseNumber Value, int Index, int Length)> FindAll(string text) => CaseNumberGrammar.FindAll(text);

    /// <summary>The same as <see cref="FindAll"/> but by running the patterns over the whole text (the reference
    /// the anchored scan is tested against).</summary>
    internal static IEnumerable<(CaseNumber Value, int Index, int Length)> FindAllByFullScan(string text) => CaseNumberGrammar.FindAllByFullScan(text);
}
