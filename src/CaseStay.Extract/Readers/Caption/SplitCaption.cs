using CaseStay.Extract.Pipeline;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// A caption printed in two halves around the first page's body, as text layers of scanned or re-typeset PDFs give
/// it: the defendants' half (<c>v. NAMES, Defendants.</c>) opens the text, with nothing but filing-stamp residue,
/// margin numbers and rules before its <c>v.</c>, and the plaintiffs' half (<c>NAMES, Plaintiffs,</c>) stands right
/// after the court header, wherever the header is printed, and no <c>v.</c> follows it. Read only when the caption
/// region holds no party block of its own; found from the text itself, not from where page breaks fall, so that the
/// same order in another layout (lines collapsed, one token per line, margin numbers dropped) gives the same parties.
/// </summary>
internal static class SplitCaption
{
    /// <summary>How far into the text the defendants' half may reach (its role word must start before this).</summary>
    private const int HeadReach = 600;

    /// <summary>How far past the court header the plaintiffs' half may reach.</summary>
    private const int HalfReach = 400;

    /// <summary>The two halves: block texts, the printed role words and the flow span from the first half to the second.</summary>
    /// <param name="Plaintiffs">The plaintiffs' block as printed.</param>
    /// <param name="Defendants">The defendants' block as printed.</param>
    /// <param name="PlaintiffRole">The plaintiffs' role word token.</param>
    /// <param name="DefendantRole">The defendants' role word token.</param>
    /// <param name="Start">Flow offset of the defendants' half.</param>
    /// <param name="End">Flow offset past the plaintiffs' role word.</param>
    internal sealed record Halves(string Plaintiffs, string Defendants, string PlaintiffRole, string DefendantRole, int Start, int End);

    /// <summary>Reads the two halves, or null when the text does not print its caption this way.</summary>
    /// <param name="bucket">The bucket, after the court and case-number readers.</param>
    public static Halves? Read(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        if (!HasVersus(flow.AsSpan(0, Math.Min(flow.Length, HeadReach))))
        {
            return null;
        }

        var head = CaptionReader.Tokens(bucket, new Regions.Caption(0, Math.Min(flow.Length, HeadReach + Regions.Caption.TailAfterRole)));
        if (DefendantsHalf(head, HeadReach) is not { } d)
        {
            return null;
        }

        var headerEnd = head[d.Role].End;
        if (Regions.CourtHeader.Find(flow, flow.Length) is not { } header || header.Start < headerEnd)
        {
            return null;
        }

        var tail = CaptionReader.Tokens(bucket, new Regions.Caption(header.RegionEnd, Math.Min(flow.Length, header.RegionEnd + HalfReach)));
        if (PlaintiffsHalf(tail) is not { } p)
        {
            return null;
        }

        return new Halves(
            CaptionReader.BlockText(tail, (p.First, p.Last)),
            CaptionReader.BlockText(head, (d.First, d.Last)),
            tail[p.Role].Text,
            head[d.Role].Text,
            head[d.First].Start,
            tail[p.Role].End);
    }

    /// <summary>A cheap test before any tokenizing: some word of the text is "v.", "vs." or "versus".</summary>
    private static bool HasVersus(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('v' or 'V') || (i > 0 && !char.IsWhiteSpace(text[i - 1])))
            {
                continue;
            }

            var e = i;
            while (e < text.Length && !char.IsWhiteSpace(text[e]))
            {
                e++;
            }

            var word = text[i..e].TrimEnd(".,");
            if (word.Equals("v", StringComparison.OrdinalIgnoreCase) || word.Equals("vs", StringComparison.OrdinalIgnoreCase)
                || word.Equals("vv", StringComparison.OrdinalIgnoreCase) || word.Equals("versus", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            i = e;
        }

        return false;
    }

    /// <summary>
    /// <c>v. NAMES, Defendants.</c> as the first thing in the tokens (residue and rules before it at most): the
    /// block's first and last word and the role word's index.
    /// </summary>
    internal static (int First, int Last, int Role)? DefendantsHalf(List<CaptionToken> tokens, int reach)
    {
        var v = 0;
        while (v < tokens.Count && tokens[v].Kind is CaptionTokenKind.Residue or CaptionTokenKind.Boundary)
        {
            v++;
        }

        if (v >= tokens.Count || tokens[v].Kind != CaptionTokenKind.Versus)
        {
            return null;
        }

        var role = v + 1;
        while (role < tokens.Count && tokens[role].Kind == CaptionTokenKind.Word)
        {
            role++;
        }

        if (role >= tokens.Count || tokens[role].Kind != CaptionTokenKind.DefendantRole || tokens[role].Start - tokens[0].Start > reach
            || CaptionReader.WordsBetween(tokens, v, role) is not { } block)
        {
            return null;
        }

        return (block.Item1, block.Item2, role);
    }

    /// <summary>
    /// <c>NAMES, Plaintiffs,</c> as the first thing in the tokens (residue, rules and title words before it at most),
    /// with no <c>v.</c> after it: the block's first and last word and the role word's index.
    /// </summary>
    internal static (int First, int Last, int Role)? PlaintiffsHalf(List<CaptionToken> tokens)
    {
        var first = 0;
        while (first < tokens.Count && tokens[first].Kind is CaptionTokenKind.Residue or CaptionTokenKind.Boundary or CaptionTokenKind.Title)
        {
            first++;
        }

        var role = first;
        while (role < tokens.Count && tokens[role].Kind == CaptionTokenKind.Word)
        {
            role++;
        }

        if (role >= tokens.Count || tokens[role].Kind != CaptionTokenKind.PlaintiffRole || CaptionReader.WordsBetween(tokens, first - 1, role) is not { } block)
        {
            return null;
        }

        var next = role + 1;
        while (next < tokens.Count && tokens[next].Kind is CaptionTokenKind.Residue or CaptionTokenKind.Title)
        {
            next++;
        }

        return next < tokens.Count && tokens[next].Kind is CaptionTokenKind.Versus or CaptionTokenKind.DefendantRole ? null : (block.Item1, block.Item2, role);
    }
}
