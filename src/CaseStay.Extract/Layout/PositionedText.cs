using System.Text;

namespace CaseStay.Extract.Layout;

/// <summary>
/// Positioned lines written once: a PDF or OCR source appends its pages' lines word by word, and gets the tokens of
/// the line model (each with its word's <see cref="TokenPlace"/>) and, as a by-product, the canonical text they index
/// — the text the record's spans are offsets into (a line break between lines, a blank line before a paragraph, a
/// form feed between pages, a space between words). Nothing is parsed back out of that text: the tokens are made as
/// the words are written, with the same fields <see cref="Token.Tokenize"/> gives a text source.
/// </summary>
internal sealed class PositionedText
{
    private readonly StringBuilder _text = new();
    private readonly List<Token> _tokens = [];
    private TokenScanner _scanner = new();
    private bool _lineOpen;
    private int _pages;

    /// <summary>The length of the text written so far.</summary>
    public int Length => _text.Length;

    /// <summary>Starts a new page (a form feed before every page but the first, even after an empty page).</summary>
    public void StartPage()
    {
        if (_pages++ > 0)
        {
            Write("\f", null);
        }

        _lineOpen = false;
    }

    /// <summary>Starts a new line of the current page.</summary>
    /// <param name="blankBefore">A paragraph gap precedes it (written as a blank line).</param>
    public void StartLine(bool blankBefore)
    {
        if (_lineOpen)
        {
            Write(blankBefore ? "\n\n" : "\n", null);
        }

        _lineOpen = true;
    }

    /// <summary>Appends a word to the current line (a space before it unless it is the line's first).</summary>
    /// <param name="text">The word's text as printed in the canonical text.</param>
    /// <param name="place">Its page, box and flags (shared by every token it makes).</param>
    /// <param name="first">True for the line's first word.</param>
    /// <returns>The word's offset in the text.</returns>
    public int AppendWord(string text, TokenPlace place, bool first)
    {
        if (!first)
        {
            Write(" ", null);
        }

        var start = _text.Length;
        Write(text, place);
        return start;
    }

    /// <summary>The canonical text.</summary>
    public string Text() => _text.ToString();

    /// <summary>The tokens, in text order.</summary>
    public List<Token> Tokens => _tokens;

    /// <summary>Writes <paramref name="raw"/> and tokenizes it with the scanner <see cref="Token.Tokenize"/> uses (one
    /// <see cref="TokenScanner"/> across the writes), on the text after
    /// <see cref="Sources.SourceText.NormalizeCompatibility"/> (a one-to-one map, so offsets agree).</summary>
    private void Write(string raw, TokenPlace? place)
    {
        var at = _text.Length;
        _text.Append(raw);
        _scanner.Scan(Sources.SourceText.NormalizeCompatibility(raw), at, place, _tokens);
    }
}
