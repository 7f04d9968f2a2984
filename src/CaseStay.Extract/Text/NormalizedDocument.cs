using System.Text.RegularExpressions;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Text;

/// <summary>One normalized line: its place in <see cref="NormalizedDocument.Flow"/> and where it came from.</summary>
/// <param name="Index">0-based line index.</param>
/// <param name="Page">1-based page.</param>
/// <param name="FlowStart">Start offset in the flow text.</param>
/// <param name="FlowEnd">End offset (exclusive) in the flow text.</param>
/// <param name="BlankBefore">A blank line or page break precedes it.</param>
/// <param name="Zone">Body or page foot.</param>
/// <param name="IsBullet">The line began with a markdown bullet ("- ", "• ", "* ").</param>
internal sealed record NormalizedLine(int Index, int Page, int FlowStart, int FlowEnd, bool BlankBefore, LineZone Zone, bool IsBullet);

/// <summary>
/// Stage 3 output: the document as one "flow" string (lines joined by '\n', a blank line as "\n\n"), with
/// markdown emphasis, bullets, ligatures and white space normalized, words split at line ends re-joined,
/// and a map from every flow character back to its offset in the input, so fields keep exact provenance.
/// </summary>
internal sealed partial class NormalizedDocument
{
    private readonly int[] _map;
    private readonly int _mapLength;
    private readonly int[] _lineStarts;
    private System.Text.RegularExpressions.Match? _orderingTrigger;

    private NormalizedDocument(string flow, int[] map, int mapLength, IReadOnlyList<NormalizedLine> lines, int pages)
    {
        Flow = flow;
        _map = map;
        _mapLength = mapLength;
        Lines = lines;
        Pages = pages;
        _lineStarts = lines.Select(l => l.FlowStart).ToArray();
    }

    public string Flow { get; }

    /// <summary>The source text the flow was built from (its columns are the printed layout's).</summary>
    public string Source { get; private init; } = string.Empty;

    /// <summary>
    /// The first ordering words ("IT IS HEREBY ORDERED", "the Court ORDERS") at or after <paramref name="from"/>:
    /// exactly <c>OrderingTriggerPattern().Match(Flow, from)</c>, but the text is scanned once for the readers that
    /// look for them (the directives, the deadlines and their scope). A match of the scan from the start that begins at
    /// or after <paramref name="from"/> is the first one from there (every earlier position failed); only when the
    /// first match lies before it is the text scanned again.
    /// </summary>
    /// <param name="from">Where to start.</param>
    /// <returns>The match (check <see cref="System.Text.RegularExpressions.Group.Success"/>).</returns>
    public System.Text.RegularExpressions.Match OrderingTrigger(int from = 0)
    {
        var first = _orderingTrigger ??= OrderingTriggerPattern().Match(Flow);
        return !first.Success || first.Index >= from ? first : OrderingTriggerPattern().Match(Flow, from);
    }

    public IReadOnlyList<NormalizedLine> Lines { get; }

    public int Pages { get; }

    public string LineText(NormalizedLine line) => Flow[line.FlowStart..line.FlowEnd];

    /// <summary>Flow offsets of the positioned tokens, ascending (empty for a text source).</summary>
    private int[] PlacedStarts { get; init; } = [];

    /// <summary>The places of the tokens at <see cref="PlacedStarts"/>.</summary>
    private TokenPlace[] Places { get; init; } = [];

    /// <summary>Flow offsets of the tokens a column gap precedes on their line (<see cref="Token.ColumnGapBefore"/>),
    /// ascending; empty for a text source.</summary>
    private int[] ColumnGapStarts { get; init; } = [];

    /// <summary>True when a positioned token starting in (<paramref name="after"/>, <paramref name="upTo"/>] follows a
    /// column gap on its line: a cell boundary the flow's single space hides.</summary>
    /// <param name="after">A flow offset before the stretch (exclusive).</param>
    /// <param name="upTo">The last flow offset of the stretch (inclusive).</param>
    /// <returns>True for a column gap; always false for a text source.</returns>
    public bool ColumnGapBetween(int after, int upTo)
    {
        if (ColumnGapStarts.Length == 0 || upTo <= after)
        {
            return false;
        }

        var i = Array.BinarySearch(ColumnGapStarts, after + 1);
        i = i < 0 ? ~i : i;
        return i < ColumnGapStarts.Length && ColumnGapStarts[i] <= upTo;
    }

    /// <summary>Where the positioned token holding <paramref name="flowIndex"/> (the last one starting at or before it)
    /// was printed.</summary>
    /// <param name="flowIndex">A flow offset.</param>
    /// <returns>Its place; null for a text source or an offset before the first positioned token.</returns>
    public TokenPlace? PlaceAt(int flowIndex)
    {
        var i = Array.BinarySearch(PlacedStarts, flowIndex);
        i = i >= 0 ? i : ~i - 1;
        return i >= 0 ? Places[i] : null;
    }

    public int SourceOffset(int flowIndex) =>
        _mapLength == 0 ? 0 : _map[Math.Clamp(flowIndex, 0, _mapLength - 1)];

    public NormalizedLine LineAt(int flowIndex)
    {
        var i = Array.BinarySearch(_lineStarts, flowIndex);
        if (i < 0)
        {
            i = Math.Max(0, ~i - 1);
        }

        return Lines[Math.Min(i, Lines.Count - 1)];
    }

    public SourceSpan Span(int flowStart, int flowEnd)
    {
        if (Lines.Count == 0)
        {
            return new SourceSpan(1, 1, 0, 0);
        }

        flowEnd = Math.Max(flowStart + 1, flowEnd);
        var line = LineAt(flowStart);
        var start = SourceOffset(flowStart);
        var end = SourceOffset(flowEnd - 1) + 1;
        return new SourceSpan(line.Page, line.Index + 1, start, Math.Max(0, end - start));
    }

    public static NormalizedDocument Build(string source, IReadOnlyList<LayoutLine> layout, int pages, CancellationToken cancellationToken = default)
    {
        // The flow and its map grow in place (the flow is about as long as the source; ligatures and the blank-line
        // breaks may add a few characters).
        var sb = new FlowBuffer(source.Length + 16);
        var lines = new List<NormalizedLine>(layout.Count);
        var placedStarts = new List<int>();
        var places = new List<TokenPlace>();
        var gapStarts = new List<int>();
        LayoutLine? previous = null;
        foreach (var layoutLine in layout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = layoutLine;
            var tokens = line.Tokens;
            var first = 0;
            var bullet = false;
            if (tokens.Count > 1 && IsBulletToken(source, tokens[0]))
            {
                bullet = true;
                first = 1;
            }

            var joinHyphen = previous is not null && !line.BlankBefore && line.Zone == previous.Zone
                && sb.Length >= 2 && sb.Chars[sb.Length - 1] == '-' && char.IsLower(sb.Chars[sb.Length - 2])
                && char.IsLower(source[tokens[first].Start]);
            int lineStart;
            if (joinHyphen)
            {
                sb.Length--;
                var last = lines[^1];
                lines.RemoveAt(lines.Count - 1);
                lineStart = last.FlowStart;
                bullet = last.IsBullet;
                line = line with { BlankBefore = last.BlankBefore, Page = last.Page };
            }
            else
            {
                if (sb.Length > 0)
                {
                    if (line.BlankBefore)
                    {
                        sb.Append('\n', sb.Map[sb.Length - 1] + 1);
                    }

                    sb.Append('\n', sb.Map[sb.Length - 1] + 1);
                }

                lineStart = sb.Length;
            }

            var wrote = false;
            for (var i = first; i < tokens.Count; i++)
            {
                var t = tokens[i];
                var before = sb.Length;
                if (wrote)
                {
                    sb.Append(' ', t.Start - 1);
                }

                var flowStart = sb.Length;
                if (!AppendToken(ref sb, source, t))
                {
                    sb.Length = before;
                    continue;
                }

                if (t.Place is { } place && (placedStarts.Count == 0 || placedStarts[^1] < flowStart))
                {
                    placedStarts.Add(flowStart);
                    places.Add(place);
                    if (t.ColumnGapBefore && wrote)
                    {
                        gapStarts.Add(flowStart);
                    }
                }

                wrote = true;
            }

            lines.Add(new NormalizedLine(lines.Count, line.Page, lineStart, sb.Length, line.BlankBefore, line.Zone, bullet));
            previous = line;
        }

        return new NormalizedDocument(new string(sb.Chars, 0, sb.Length), sb.Map, sb.Length, lines, pages)
        {
            Source = source,
            PlacedStarts = [.. placedStarts],
            Places = [.. places],
            ColumnGapStarts = [.. gapStarts],
        };
    }

    private static bool IsBulletToken(string source, Token t) =>
        t.Length == 1 && source[t.Start] is '-' or '•' or '*' or '–' or '▪' or '◦';

    private static bool AppendToken(ref FlowBuffer sb, string source, Token t)
    {
        var wroteAny = false;
        var end = t.End;
        for (var i = t.Start; i < end; i++)
        {
            var c = source[i];
            switch (c)
            {
                case '*' when IsEmphasisMarker(source, t, i):
                case '\u00AD':
                    continue;
                case 'ﬁ':
                    sb.Append('f', i);
                    sb.Append('i', i);
                    break;
                case 'ﬂ':
                    sb.Append('f', i);
                    sb.Append('l', i);
                    break;
                case 'ﬀ':
                    sb.Append('f', i);
                    sb.Append('f', i);
                    break;
                default:
                    sb.Append(c, i);
                    break;
            }

            wroteAny = true;
        }

        return wroteAny;
    }

    private static bool IsEmphasisMarker(string source, Token t, int i)
    {
        var c = source[i];
        // "**bold**" is always markup; a single '*' is markup at a token edge ("*Id.*").
        if ((i + 1 < t.End && source[i + 1] == c) || (i > t.Start && source[i - 1] == c))
        {
            return true;
        }

        var atStart = (i == t.Start || source[i - 1] is '(' or '"' or '“') && i + 1 < t.End && char.IsLetter(source[i + 1]);
        var atEnd = (i == t.End - 1 || source[i + 1] is '.' or ',' or ';' or ':' or ')' or '"' or '”') && i > t.Start && (char.IsLetter(source[i - 1]) || source[i - 1] == '.');
        return atStart || atEnd;
    }

    /// <summary>
    /// Where the operative part begins: "IT IS (HEREBY) ORDERED", "the Court ORDERS", "ORDERED as follows". The decision
    /// word in capitals or title case ("It is hereby Ordered that:", "IT IS Ordered"), as sources print it, or in
    /// lower case when the order follows ("it is hereby ordered that:", "it is ordered:").
    /// </summary>
    [GeneratedRegex(@"\b(?:IT\s+IS[,]?\s+(?:(?:HEREBY|Hereby)\s+|(?:FURTHER|Further)\s+|(?:THEREFORE|Therefore)[,]?\s+|(?:ACCORDINGLY|Accordingly)[,]?\s+)*(?:ORDERED|Ordered)|[Ii]t\s+is\s+(?:hereby\s+|further\s+|therefore[,]?\s+)*(?:ORDERED|Ordered|ordered(?=\s*(?::|that\b)))|(?:[Tt]he\s+)?[Cc]ourt\s+(?:hereby\s+|therefore\s+)?ORDERS|ORDERED\s+as\s+follows)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex OrderingTriggerPattern();
}
