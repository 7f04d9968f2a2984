using System.Text.RegularExpressions;

namespace CaseStay.Extract.Regions;

/// <summary>
/// Where the order's text ends and the signature begins, as the body readers (directives, footnotes, deadlines) see
/// it: "IT IS SO ORDERED", "SO ORDERED", an <c>/s/</c> signature or a "Dated:" line, whichever comes first.
/// (<see cref="OperativePart"/> and <see cref="SignatureBlock"/> keep their own, narrower closings.)
/// </summary>
internal static partial class ClosingLine
{
    /// <summary>The first closing at or after a position.</summary>
    [GeneratedRegex(@"\b(?:IT\s+IS\s+SO\s+ORDERED|SO\s+ORDERED|So\s+ordered)\b|(?<![A-Za-z])/s/|\b(?:DATED|Dated)\s*:", RegexOptions.CultureInvariant)]
    public static partial Regex Closing();
}
