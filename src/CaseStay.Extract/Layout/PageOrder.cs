using System.Text.RegularExpressions;

namespace CaseStay.Extract.Layout;

/// <summary>
/// Restores the page order when a converter printed a later page before the caption page
/// (seen in markdown exports: page 2, then the page with "UNITED STATES DISTRICT COURT").
/// </summary>
internal static partial class PageOrder
{
    public static IReadOnlyList<LayoutLine> Restore(string text, IReadOnlyList<LayoutLine> lines, out bool reordered)
    {
        reordered = false;
        if (lines.Count == 0)
        {
            return lines;
        }

        var firstPage = lines[0].Page;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!MayBeHeader(text, lines[i]) || !CaptionHeader().IsMatch(LineText(text, lines[i])))
            {
                continue;
            }

            var page = lines[i].Page;
            if (page == firstPage || lines.Take(i).Any(l => l.Page >= page))
            {
                return lines;
            }

            reordered = true;
            List<LayoutLine> moved = [.. lines.Where(l => l.Page >= page), .. lines.Where(l => l.Page < page)];
            var order = moved.Select(l => l.Page).Distinct().ToList();
            return moved.Select(l => l with { Page = order.IndexOf(l.Page) + firstPage }).ToList();
        }

        return lines;
    }

    /// <summary>True when a line reads as a court header ("UNITED STATES DISTRICT COURT"): the line
    /// <see cref="Restore"/> orders pages by.</summary>
    /// <param name="text">The text the lines index.</param>
    /// <param name="lines">The lines.</param>
    /// <returns>Whether any line is such a header.</returns>
    public static bool HasCaptionHeader(string text, IReadOnlyList<LayoutLine> lines) =>
        lines.Any(l => MayBeHeader(text, l) && CaptionHeader().IsMatch(LineText(text, l)));

    /// <summary>A cheap test before the line's text is built: a court header has "UNITED" in it.</summary>
    private static bool MayBeHeader(string text, LayoutLine line)
    {
        if (line.Tokens.Count == 0)
        {
            return false;
        }

        var first = line.Tokens[0];
        var last = line.Tokens[^1];
        return text.AsSpan(first.Start, last.Start + last.Length - first.Start).Contains("UNITED", StringComparison.Ordinal);
    }

    private static string LineText(string text, LayoutLine line) =>
        string.Join(' ', line.Tokens.Select(t => text.Substring(t.Start, t.Length).Replace("*", string.Empty, StringComparison.Ordinal)));

    [GeneratedRegex(@"^\s*(?:IN\s+THE\s+)?UNITED\s+STATES\s+DISTRICT\s+COURT\b", RegexOptions.CultureInvariant)]
    private static partial Regex CaptionHeader();
}
