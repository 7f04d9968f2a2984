namespace CaseStay.Extract.Layout;

/// <summary>
/// The one tokenizing loop of the line model: splits text into <see cref="Token"/>s (runs of characters that are not
/// white space, <see cref="Token.IsSpace"/>, a line feed or a form feed) and carries what a token records about what
/// precedes it — its physical line, whether it is the line's first, the line breaks and the form feed before it —
/// across calls, so a text source scans its whole text once (<see cref="Token.Tokenize"/>) and a positioned source
/// scans each piece as it writes it (<see cref="PositionedText"/>) with the same result.
/// </summary>
internal struct TokenScanner()
{
    private int _line;
    private int _lineStart;
    private int _newlines;
    private bool _formFeed;
    private bool _firstOnLine = true;

    /// <summary>The offset where the current physical line starts.</summary>
    public readonly int LineStart => _lineStart;

    /// <summary>Scans <paramref name="text"/>, which stands at <paramref name="offset"/> of the whole text.</summary>
    /// <param name="text">The piece (normalized, <see cref="Sources.SourceText.NormalizeCompatibility"/>).</param>
    /// <param name="offset">Its offset in the whole text; the tokens' starts are offsets in the whole text.</param>
    /// <param name="place">Where the piece was printed (every token it makes shares it); null for a text source.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="lineLengths">Receives the length of every physical line the piece ends; null when not wanted.</param>
    public void Scan(string text, int offset, TokenPlace? place, List<Token> tokens, List<int>? lineLengths = null)
    {
        // The state in locals for the loop (a struct's fields behind "this" are not kept in registers), written back once.
        var (line, lineStart, newlines, formFeed, firstOnLine) = (_line, _lineStart, _newlines, _formFeed, _firstOnLine);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                lineLengths?.Add(offset + i - lineStart);
                line++;
                lineStart = offset + i + 1;
                newlines++;
                firstOnLine = true;
                i++;
                continue;
            }

            if (c == '\f')
            {
                formFeed = true;
                i++;
                continue;
            }

            if (Token.IsSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && !Token.IsSpace(text[i]) && text[i] != '\n' && text[i] != '\f')
            {
                i++;
            }

            tokens.Add(new Token(offset + start, i - start, line, firstOnLine, newlines, formFeed) { Place = place });
            firstOnLine = false;
            newlines = 0;
            formFeed = false;
        }

        (_line, _lineStart, _newlines, _formFeed, _firstOnLine) = (line, lineStart, newlines, formFeed, firstOnLine);
    }
}
