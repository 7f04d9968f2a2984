namespace CaseStay.Extract.Layout;

/// <summary>
/// Where every source meets: the document's logical lines (<see cref="LayoutLine"/>) and the text their tokens index.
/// A text source gets it from <see cref="LineAssembler.Assemble"/>; a PDF or OCR source writes it from its page layout
/// (<see cref="PositionedText"/>, <see cref="LineAssembler.AssemblePositioned"/>), its tokens carrying their boxes.
/// </summary>
/// <param name="Text">The text the tokens index (normalized; for a PDF its canonical text, which the spans of the
/// record are offsets into).</param>
/// <param name="Lines">The logical lines, in reading order.</param>
/// <param name="Pages">The number of pages.</param>
/// <param name="Reordered">True when the pages were put back in caption-first order.</param>
internal sealed record LineModel(string Text, IReadOnlyList<LayoutLine> Lines, int Pages, bool Reordered)
{
    /// <summary>Every positioned token in text order (also those the lines leave out, such as a margin bar), for the
    /// boxes of spans; empty for a text source.</summary>
    public IReadOnlyList<Token> Tokens { get; init; } = [];

    /// <summary>The lines of a text source.</summary>
    /// <param name="text">The text (normalized).</param>
    /// <returns>The model.</returns>
    public static LineModel FromText(string text)
    {
        var (lines, pages, reordered) = LineAssembler.Assemble(text);
        return new LineModel(text, lines, pages, reordered);
    }

    /// <summary>The lines of a positioned source.</summary>
    /// <param name="text">The canonical text as written (<see cref="PositionedText.Text"/>).</param>
    /// <param name="tokens">Its tokens (<see cref="PositionedText.Tokens"/>).</param>
    /// <returns>The model.</returns>
    public static LineModel FromPositioned(string text, List<Token> tokens)
    {
        text = Sources.SourceText.NormalizeCompatibility(text);
        tokens = ColumnGaps.Mark(tokens);
        var (lines, pages, reordered) = LineAssembler.AssemblePositioned(text, tokens);
        return new LineModel(text, lines, pages, reordered) { Tokens = tokens };
    }

    /// <summary>The model cut to the first <paramref name="length"/> characters of its text (a token across the cut is
    /// shortened, lines and tokens past it are dropped).</summary>
    /// <param name="length">The length to keep.</param>
    /// <returns>The cut model, or this one when it is not longer.</returns>
    public LineModel Cut(int length)
    {
        if (Text.Length <= length)
        {
            return this;
        }

        static IEnumerable<Token> Keep(IEnumerable<Token> tokens, int length) =>
            tokens.Where(t => t.Start < length).Select(t => t.End <= length ? t : t with { Length = length - t.Start });
        var lines = Lines.Select(l => l with { Tokens = Keep(l.Tokens, length).ToArray() }).Where(l => l.Tokens.Count > 0).ToList();
        return this with { Text = Text[..length], Lines = lines, Tokens = Keep(Tokens, length).ToList() };
    }
}
