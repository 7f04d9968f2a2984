using System.Text.RegularExpressions;
using CaseStay.Extract.Text;

namespace CaseStay.Extract.Regions;

/// <summary>
/// The court header: the line(s) at the top of the first page that name the court — <c>UNITED STATES DISTRICT
/// COURT</c> followed by the district (<c>FOR THE EASTERN DISTRICT OF CALIFORNIA</c>, <c>Northern District of
/// California</c>, <c>, E.D. California</c>), in any letter case, on one line or split over several, also the
/// sideways margin print — and the division line under it (<c>SAN JOSE DIVISION</c>).
/// </summary>
/// <param name="Start">Flow offset where the header starts.</param>
/// <param name="End">Flow offset where the district name ends.</param>
/// <param name="Direction">EASTERN, NORTHERN, … in upper case; null for a district without a direction ("District of Arizona").</param>
/// <param name="State">The state as printed after "DISTRICT OF" (e.g. "CALIFORNIA", "Cal.").</param>
/// <param name="Division">The division line's name in upper case ("FRESNO", "SAN JOSE"), or null.</param>
/// <param name="RegionEnd">Flow offset where the header region ends (after the division line when there is one):
/// the caption starts there.</param>
internal sealed partial record CourtHeader(int Start, int End, string? Direction, string State, string? Division, int RegionEnd)
{
    /// <summary>The header must start within this many characters of the first page's text.</summary>
    internal const int Window = 3000;

    /// <summary>The division line must follow the district name within this many characters.</summary>
    private const int DivisionReach = 80;

    /// <summary>Finds the court header of a document, or null when the top of its first page shows none.</summary>
    public static CourtHeader? Find(NormalizedDocument document) => Find(document.Flow, FirstPageEnd(document));

    /// <summary>Finds the court header in <paramref name="flow"/>, looking only at its first <paramref name="limit"/> characters.</summary>
    internal static CourtHeader? Find(string flow, int limit)
    {
        limit = Math.Min(Math.Min(flow.Length, limit), Window);
        for (var m = HeaderPattern().Match(flow, 0, limit); m.Success; m = m.NextMatch())
        {
            if (!IsHeaderPosition(flow, m.Index) || !EndsHeaderLine(flow, m.Index + m.Length))
            {
                continue;
            }

            string? direction = null;
            if (m.Groups["dir"].Success)
            {
                direction = m.Groups["dir"].Value.ToUpperInvariant();
            }
            else if (m.Groups["abbr"].Success)
            {
                direction = m.Groups["abbr"].Value switch
                {
                    "E" => "EASTERN",
                    "N" => "NORTHERN",
                    "C" => "CENTRAL",
                    "S" => "SOUTHERN",
                    "W" => "WESTERN",
                    _ => "MIDDLE",
                };
            }

            var end = m.Index + m.Length;
            string? division = null;
            var regionEnd = end;
            var div = DivisionLine().Match(flow, end, Math.Min(flow.Length - end, DivisionReach));
            if (div.Success)
            {
                division = Collapse(div.Groups["div"].Value).ToUpperInvariant();
                regionEnd = div.Index + div.Length;
            }

            return new CourtHeader(m.Index, end, direction, m.Groups["state"].Value, division, regionEnd);
        }

        return null;
    }

    /// <summary>
    /// A header stands at a line start, or after margin numbers and other upper-case header lines — never inside
    /// a sentence ("… appealed to the United States District Court for …", "The United States District Court …").
    /// </summary>
    private static bool IsHeaderPosition(string flow, int index)
    {
        var i = index - 1;
        while (i >= 0 && flow[i] is ' ' or '\t' or '\u00A0')
        {
            i--;
        }

        if (i < 0 || flow[i] is '\f')
        {
            return true;
        }

        if (flow[i] is '\n' or '\r')
        {
            // At a line start, unless the line before ends inside a sentence ("… pending before the").
            var j = i - 1;
            while (j >= 0 && flow[j] is ' ' or '\t' or '\r')
            {
                j--;
            }

            var lastEnd = j + 1;
            while (j >= 0 && char.IsLetter(flow[j]))
            {
                j--;
            }

            var last = flow.AsSpan(j + 1, lastEnd - j - 1);
            var wordStart = j < 0 || char.IsWhiteSpace(flow[j]);
            return !(wordStart && last.Length > 0 && !last.ContainsAnyInRange('A', 'Z'));
        }

        var wordEnd = i + 1;
        while (i >= 0 && !char.IsWhiteSpace(flow[i]))
        {
            i--;
        }

        var word = flow[(i + 1)..wordEnd];
        return !word.Any(char.IsLower);
    }

    /// <summary>A header line ends with the district: a sentence goes on after it ("… of California transferred …").</summary>
    private static bool EndsHeaderLine(string flow, int end)
    {
        var i = end;
        while (i < flow.Length && flow[i] is ' ' or '\t' or '\u00A0' or ',')
        {
            i++;
        }

        return i >= flow.Length || !char.IsLower(flow[i]);
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int FirstPageEnd(NormalizedDocument document)
    {
        foreach (var line in document.Lines)
        {
            if (line.Page > 1)
            {
                return line.FlowStart;
            }
        }

        return document.Flow.Length;
    }

    /// <summary>UNITED STATES DISTRICT COURT, then the district: "(FOR THE) EASTERN DISTRICT OF CALIFORNIA",
    /// "(FOR THE) DISTRICT OF ARIZONA" or ", E.D. California"; margin numbers may stand between the lines.</summary>
    [GeneratedRegex(
        @"(?i:(?:IN\s+THE\s+)?UNITED\s+STATES\s+DISTRICT\s+COURT)(?:\s+\d{1,2}(?=\s))*\s*(?:,\s*(?<abbr>[ENCSWM])\.\s?D\.\s*(?<state>Cal(?:ifornia)?\b|[A-Z][a-z]+\.?)|,?\s*(?i:FOR\s+THE\s+)?(?:\d{1,2}\s+)*(?i:FOR\s+THE\s+)?(?:(?<dir>(?i:EASTERN|NORTHERN|CENTRAL|SOUTHERN|WESTERN|MIDDLE))\s+)?(?i:DISTRICT\s+OF)\s+(?<state>(?i:NEW\s+|NORTH\s+|SOUTH\s+|WEST\s+|RHODE\s+)?[A-Za-z]+))",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeaderPattern();

    /// <summary>The division line right under the district: "FRESNO DIVISION", "San Jose Division", "SOUTHERN DIVISION".</summary>
    [GeneratedRegex(@"\G[\s*,\d]*(?<div>[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)?)\s+(?i:DIVISION)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DivisionLine();
}
