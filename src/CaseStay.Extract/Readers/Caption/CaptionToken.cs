namespace CaseStay.Extract.Readers.Caption;

/// <summary>What a caption token is, for the party and title grammars.</summary>
internal enum CaptionTokenKind
{
    /// <summary>A word that can belong to a party name (names, descriptors, connectors, numbers).</summary>
    Word,

    /// <summary>Running text (a lower-case word that no party name uses): ends a party block.</summary>
    Body,

    /// <summary>A slash or a rule closing a caption column: ends a party block.</summary>
    Boundary,

    /// <summary>
    /// Header residue (a court name printed again or sideways, a division, a date line, the assigned judge): ends the
    /// block before a plaintiffs' role word, but is skipped inside the block between "v." and the defendants' role word,
    /// where converters drop the right-hand cell's text.
    /// </summary>
    Residue,

    /// <summary>The plaintiff-side role word (Plaintiff, Petitioners …).</summary>
    PlaintiffRole,

    /// <summary>The defendant-side role word (Defendant, Respondents …).</summary>
    DefendantRole,

    /// <summary>"v.", "vs.", "versus".</summary>
    Versus,

    /// <summary>A word of the title cell (set by <see cref="TitleGrammar"/>): not part of any party.</summary>
    Title,
}

/// <summary>One token of the caption region.</summary>
/// <param name="Start">Flow offset of its first character.</param>
/// <param name="End">Flow offset past its last character.</param>
/// <param name="Text">Its text.</param>
/// <param name="Kind">What it is.</param>
internal readonly record struct CaptionToken(int Start, int End, string Text, CaptionTokenKind Kind)
{
    /// <summary>A line break precedes the token.</summary>
    public bool LineStart { get; init; }

    /// <summary>A blank line precedes the token (a paragraph break of the text form).</summary>
    public bool BlankBefore { get; init; }

    /// <summary>The token stands in the left-hand (party) cell of a two-column line: never part of the title.</summary>
    public bool LeftCell { get; init; }

    /// <summary>A ")" column separator stands right before the token on its line.</summary>
    public bool ColumnBefore { get; init; }

    /// <summary>
    /// The token stands in the right-hand cell of a two-column line (after a wide run of spaces, as
    /// <c>pdftotext -layout</c> prints the case-number and title cell): never part of a party.
    /// </summary>
    public bool RightCell { get; init; }

    /// <summary>True for a word without lower-case letters that has at least one letter.</summary>
    public bool IsUpper
    {
        get
        {
            var letter = false;
            foreach (var c in Text)
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letter |= char.IsLetter(c);
            }

            return letter;
        }
    }

    /// <summary>The text without surrounding punctuation, curly apostrophes made straight.</summary>
    public string Bare => Text.Trim(Shared.TrimChars.Bare).Replace('’', '\'');
}
