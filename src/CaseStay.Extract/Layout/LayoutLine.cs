namespace CaseStay.Extract.Layout;

/// <summary>Where a layout line sits on the pleading page.</summary>
internal enum LineZone
{
    /// <summary>The text column.</summary>
    Body,

    /// <summary>Between the last margin number of a page and the first of the next (page number, footnotes, footer stamps).</summary>
    PageFoot,
}

/// <summary>Stage 2 output: one logical line of text with the margin line numbers removed.</summary>
/// <param name="Page">1-based page.</param>
/// <param name="Tokens">The line's tokens, in order (margin numbers and OCR bars removed).</param>
/// <param name="BlankBefore">True when a blank line (or a page break) precedes it.</param>
/// <param name="Zone">Body or page foot.</param>
internal sealed record LayoutLine(int Page, IReadOnlyList<Token> Tokens, bool BlankBefore, LineZone Zone);
