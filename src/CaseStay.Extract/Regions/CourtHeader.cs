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
    /// <summary>Words that lead into a noun phrase inside a sentence: a court name after them is a mention, not a header.</summary>
    private static readonly HashSet<string> s_leadIns = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "of", "in", "to", "before", "by", "from", "with", "at", "into", "and", "or", "for",
        "on", "whether", "which", "where", "as", "than", "see", "cf",
    };

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
            // "… filed in the United States District Court …": a lower-case "in the" before capitals is a sentence's.
            var sentenceIn = flow[m.Index] == 'i' && flow.AsSpan(m.Index, m.Length).ContainsAnyInRange('A', 'Z');
            if (sentenceIn || !IsHeaderPosition(flow, m.Index) || !EndsHeaderLine(flow, m.Index + m.Length))
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
    /// A header never stands inside a sentence: the word before it (on its line, or ending the line before when no
    /// blank line separates them) is not a word that leads into a noun phrase ("… appealed to the United States
    /// District Court for …", "… pending before the / United States District Court …", "The United States District
    /// Court … has"). Margin numbers, header lines, party names and role words may stand before it.
    /// </summary>
    private static bool IsHeaderPosition(string flow, int index)
    {
        var i = index - 1;
        var newlines = 0;
        while (i >= 0 && char.IsWhiteSpace(flow[i]))
        {
            newlines += flow[i] is '\n' or '\f' ? 1 : 0;
            if (flow[i] == '\f')
            {
                return true;
            }

            i--;
        }

        if (i < 0 || newlines > 1)
        {
            return true;
        }

        var wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(flow[i]))
        {
            i--;
        }

        if (i >= 0 && !char.IsWhiteSpace(flow[i]))
        {
            return true;
        }

        return !s_leadIns.Contains(flow[(i + 1)..wordEnd]);
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
