namespace CaseStay.Extract.Layout;

/// <summary>A run of non-white-space characters in the input text.</summary>
/// <param name="Start">Offset in the input.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="SourceLine">0-based physical line of the input.</param>
/// <param name="FirstOnLine">True when no other token precedes it on its physical line.</param>
/// <param name="NewlinesBefore">Line breaks between the previous token and this one.</param>
/// <param name="FormFeedBefore">True when a form feed lies between the previous token and this one.</param>
/// <remarks>A token of a text source has no <see cref="Place"/>; a token of a PDF or OCR page carries the box, page and
/// flags of its word (<see cref="PositionedText"/>).</remarks>
internal readonly record struct Token(int Start, int Length, int SourceLine, bool FirstOnLine, int NewlinesBefore, bool FormFeedBefore)
{
    public int End => Start + Length;

    /// <summary>Where the token was printed; null for a text source.</summary>
    public TokenPlace? Place { get; init; }

    /// <summary>A positioned token after a column gap on its line (a cell boundary the canonical text's one space hides,
    /// <see cref="ColumnGaps"/>); always false for a text source.</summary>
    public bool ColumnGapBefore { get; init; }

    /// <summary>The tokens of a whole text (<see cref="TokenScanner"/>).</summary>
    /// <param name="text">The text (normalized).</param>
    /// <param name="lineLengths">The length of every physical line.</param>
    /// <returns>The tokens, in text order.</returns>
    public static List<Token> Tokenize(string text, out int[] lineLengths)
    {
        var tokens = new List<Token>(text.Length / 5);
        var lengths = new List<int>();
        var scanner = new TokenScanner();
        scanner.Scan(text, 0, null, tokens, lengths);
        lengths.Add(text.Length - scanner.LineStart);
        lineLengths = [.. lengths];
        return tokens;
    }

    /// <summary>White space inside a line, one definition everywhere: space, tab, CR, vertical tab, zero-width space and
    /// every Unicode space separator (Zs: no-break, en, em, thin, ideographic, Ogham, narrow no-break, medium
    /// mathematical …). Line and paragraph separators and NEL end a line (the text is normalized before tokenizing,
    /// <see cref="Sources.SourceText.NormalizeCompatibility"/>).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\u200B' or '\v'
        || (c > '\u007F' && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator);
}
