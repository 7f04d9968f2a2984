using System.Text.RegularExpressions;

namespace CaseStay.Extract.Regions;

/// <summary>
/// The CM/ECF stamp the court's system prints at the top of every filed page ("Case 2:24-cv-01234-ABC-DEF Document 7
/// Filed 01/29/25 Page 1 of 2"): page furniture every reader of the body skips, and the case number reader's second
/// source of the case number and the filing date.
/// </summary>
internal static partial class CmEcfStamp
{
    /// <summary>One stamp: <c>number</c>, <c>doc</c>, <c>filed</c> (MM/dd/yy or MM/dd/yyyy), <c>page</c>, <c>pages</c>.</summary>
    [GeneratedRegex(@"Case\s+(?<number>\d:\d{2}-[a-z]{2,3}-\d{3,5}(?:-[A-Za-z]{1,4}){0,3}(?:-\d{1,3})?)\s+Document\s+(?<doc>[\d-]+)\s+Filed\s+(?<filed>\d{2}/\d{2}/\d{2,4})\s+Page\s+(?<page>\d+)[ \t]+of[ \t]+(?<pages>\d+)", RegexOptions.CultureInvariant)]
    public static partial Regex FilingStamp();
}
