using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// The title of a minutes form (<c>CIVIL MINUTES – GENERAL</c>, <c>CRIMINAL MINUTES</c> of any district): the form's
/// heading names the form, not the ruling; what the court did is printed in the <c>Proceedings:</c> cell
/// (<c>Proceedings: (IN CHAMBERS) ORDER GRANTING MOTION TO STAY</c>, in any letter case). The cell runs from after
/// its label to the first blank line, a line of prose (the body) or <see cref="MaxCellLength"/> characters, whichever
/// comes first; an in-chambers marker before the ruling (after a <c>[REDACTED]</c> mark too) is dropped (alone on the label's line, the next block is the
/// cell).
/// </summary>
internal static partial class ProceedingsCell
{
    /// <summary>How far into the document a minutes heading and its cell are looked for.</summary>
    public const int HeadLength = 3000;

    /// <summary>A cell longer than this (a list of motions) is cut at the line that passes it.</summary>
    public const int MaxCellLength = 400;

    /// <summary>A following line this long with lower-case prose in it is the body, not the cell.</summary>
    public const int ProseLineLength = 70;

    /// <summary>Finds the cell of a minutes form.</summary>
    /// <param name="flow">The document's flow.</param>
    /// <param name="from">Where to start looking (the caption's start).</param>
    /// <param name="start">Where the cell's text starts in the flow.</param>
    /// <param name="end">Where it ends.</param>
    /// <param name="title">The title: the cell collapsed, without an in-chambers marker.</param>
    /// <returns>True when the document is a minutes form with a non-empty Proceedings cell.</returns>
    public static bool TryRead(string flow, int from, out int start, out int end, out string title)
    {
        (start, end, title) = (0, 0, string.Empty);
        var head = flow.AsSpan(0, Math.Min(flow.Length, Math.Max(from, 0) + HeadLength));
        if (!MinutesHeading().IsMatch(head))
        {
            return false;
        }

        var label = Label().Match(flow, Math.Max(from, 0), head.Length - Math.Max(from, 0));
        if (!label.Success)
        {
            return false;
        }

        (start, end) = Block(flow, label.Index + label.Length);
        title = Title(flow, start, end);
        if (title.Length == 0 && end < flow.Length)
        {
            // The label's line holds only the in-chambers marker; the ruling is the next block.
            (start, end) = Block(flow, end);
            title = Title(flow, start, end);
        }

        return title.Length > 0;
    }

    /// <summary>A block's text collapsed, without an in-chambers marker.</summary>
    private static string Title(string flow, int start, int end) =>
        InChambers().Replace(Shared.Text.Collapse(flow[start..end]), string.Empty).Trim();

    /// <summary>The block of lines from the first non-blank character at or after <paramref name="from"/>: up to a
    /// blank line, a line of prose or <see cref="MaxCellLength"/> characters.</summary>
    private static (int Start, int End) Block(string flow, int from)
    {
        var i = from;
        while (i < flow.Length && char.IsWhiteSpace(flow[i]))
        {
            i++;
        }

        var (start, end) = (i, i);
        var lines = 0;
        while (i < flow.Length)
        {
            var lineEnd = flow.IndexOf('\n', i);
            lineEnd = lineEnd < 0 ? flow.Length : lineEnd;
            var line = flow.AsSpan(i, lineEnd - i).Trim();
            if (line.IsEmpty || (lines > 0 && IsProse(line)))
            {
                break;
            }

            end = i + flow.AsSpan(i, lineEnd - i).TrimEnd().Length;
            lines++;
            if (end - start >= MaxCellLength || lineEnd >= flow.Length)
            {
                break;
            }

            i = lineEnd + 1;
        }

        return (start, end);
    }

    /// <summary>A line of the body: long, with lower-case words in it.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        if (line.Length < ProseLineLength)
        {
            return false;
        }

        var lower = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                lower++;
            }
        }

        return lower * 2 > line.Length;
    }

    [GeneratedRegex(@"(?m)^[ \t]*(?:REDACTED[ \t]+)?(?:CIVIL|CRIMINAL)?[ \t]*MINUTES\b", RegexOptions.CultureInvariant)]
    private static partial Regex MinutesHeading();

    [GeneratedRegex(@"(?mi)^[ \t]*Proceedings[ \t]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:\[REDACTED\]\s*)?(?:[(\[]\s*IN\s+CHAMBERS\s*[)\]]|IN\s+CHAMBERS)\s*[-–—:;,]?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InChambers();
}
