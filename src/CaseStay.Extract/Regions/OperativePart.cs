using System.Text.RegularExpressions;

namespace CaseStay.Extract.Regions;

/// <summary>
/// The operative part of an order: from its head (<c>IT IS (HEREBY) ORDERED</c>, <c>the Court ORDERS</c>,
/// <c>IT IS RECOMMENDED</c>, <c>Accordingly,</c>, <c>For the foregoing reasons</c>, <c>Good cause appearing</c>) to
/// the closing (<c>IT IS SO ORDERED</c>, the dated line) or the end of the text. When the text shows neither a head
/// nor a closing, it ends before the operative part: <see cref="Truncated"/>.
/// </summary>
/// <param name="Start">Offset where the operative part starts (the head), or -1 when none is visible.</param>
/// <param name="End">Offset where it ends (the closing or the end of the text).</param>
/// <param name="Recommends">The head is a recommendation (<c>IT IS RECOMMENDED</c>), not an order.</param>
/// <param name="Truncated">The text ends before any operative part or closing: the decision is not visible.</param>
internal sealed partial record OperativePart(int Start, int End, bool Recommends, bool Truncated)
{
    /// <summary>Whether an operative part is visible.</summary>
    public bool Found => Start >= 0;

    /// <summary>Finds the operative part of <paramref name="text"/> after <paramref name="bodyStart"/>.</summary>
    /// <param name="text">The text (any letter case, white space collapsed or not).</param>
    /// <param name="bodyStart">Where the body starts (after the caption and title); 0 when unknown.</param>
    /// <returns>The region; never null.</returns>
    public static OperativePart Find(string text, int bodyStart)
    {
        bodyStart = Math.Clamp(bodyStart, 0, text.Length);

        // The first strong head (an order's or a recommendation's decretal words) opens the operative part.
        var strong = StrongHead().Match(text, bodyStart);
        if (strong.Success)
        {
            return new OperativePart(strong.Index, ClosingAfter(text, strong.Index + strong.Length), strong.Groups["rec"].Success, false);
        }

        // Else the last weak head ("Accordingly, …", "For the foregoing reasons, …") before the court's closing.
        // A weak head is a conclusion only where the court's closing follows: in a text cut short, "Therefore" and
        // "Accordingly" are as likely to be in the reasoning.
        var closing = SoOrdered().Match(text, bodyStart);
        if (!closing.Success)
        {
            return new OperativePart(-1, text.Length, false, true);
        }

        var end = closing.Index;
        var heads = new List<int>();
        for (var m = WeakHead().Match(text, bodyStart); m.Success && m.Index < end; m = m.NextMatch())
        {
            heads.Add(m.Index);
        }

        if (heads.Count == 0)
        {
            // A short order without a head: the body up to the closing is operative.
            return new OperativePart(bodyStart, end, false, false);
        }

        // The last weak head, and those just before it ("Accordingly, … GRANTED. Therefore, … stayed.").
        var start = heads[^1];
        for (var i = heads.Count - 2; i >= 0 && start - heads[i] <= 400; i--)
        {
            start = heads[i];
        }

        return new OperativePart(start, end, false, false);
    }

    private static int ClosingAfter(string text, int from)
    {
        var m = Closing().Match(text, from);
        return m.Success ? m.Index : text.Length;
    }

    [GeneratedRegex(@"\bIT\s+IS\s*,?\s+(?:(?:HEREBY|THEREFORE|THERFORE|FURTHER|ACCORDINGLY|ALSO)\s*,?\s+)*(?:(?<ord>ORDERED)|(?<rec>RECOMMENDED))\b|\b(?:the|this)\s+Court\s+(?:hereby\s+|therefore\s+|now\s+)?ORDERS\b|\bORDERS\s+as\s+follows\b|\b(?<rec>the\s+undersigned\s+(?:hereby\s+)?RECOMMENDS)\b|\bORDER\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StrongHead();

    [GeneratedRegex(@"\b(?:Accordingly|Therefore|Based\s+(?:up)?on\s+the\s+(?:foregoing|above)|In\s+light\s+of\s+the\s+(?:foregoing|above)|Good\s+cause\s+(?:appearing|having\s+been\s+shown|shown)|For\s+(?:the\s+)?(?:foregoing|above|these|all\s+(?:of\s+)?the\s+(?:foregoing|above))\s+reasons|For\s+the\s+reasons\s+(?:stated|set\s+forth|given|discussed|explained)\s+(?:above|herein|in\s+this\s+order)|CONCLUSION)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WeakHead();

    [GeneratedRegex(@"\bIT\s+IS\s+SO\s+ORDERED\b|\bSO\s+ORDERED\b|\bDATED\s*:|\bDated\s+this\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\bIT\s+IS\s+SO\s+ORDERED\b|\bSO\s+ORDERED\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SoOrdered();
}
