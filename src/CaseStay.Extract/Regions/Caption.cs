namespace CaseStay.Extract.Regions;

/// <summary>
/// The caption region: from the end of the court header (or the start of the text when there is none) over the
/// party block, the case-number cell and the title cell. Found once; the caption reader reads parties and title
/// inside it and sets where the body starts.
/// </summary>
/// <param name="Start">Flow offset where the caption starts.</param>
/// <param name="End">Flow offset (exclusive) past which no caption part is looked for.</param>
internal sealed partial record Caption(int Start, int End)
{
    /// <summary>How far past its start a caption may reach (a caption with long party lists fits easily).</summary>
    public const int MaxLength = 2500;

    /// <summary>True when the court header was found before the caption (the caption then starts right after it).</summary>
    public bool AfterHeader { get; init; }

    /// <summary>Finds the caption region of a document.</summary>
    /// <param name="flow">The document's flow text.</param>
    /// <param name="captionStart">Where the court reader says the caption starts (the end of the court header, or 0).</param>
    /// <param name="courtRead">True when the court was read from the header (not inferred).</param>
    /// <returns>The region; never null (an empty region for an empty text).</returns>
    public static Caption Find(string flow, int captionStart, bool courtRead)
    {
        var start = Math.Clamp(captionStart, 0, flow.Length);
        // Sources that print the caption before the court line (web excerpts: "A, Plaintiffs, v. B, Defendants. No. …
        // United States District Court, E.D. Cal."), or the court line only in site metadata after the order: when
        // a party block ("Plaintiff(s), v.") stands before the header, the caption starts at the top.
        if (start > 0 && PartiesBeforeHeader().IsMatch(flow.AsSpan(0, start)))
        {
            start = 0;
        }

        var end = Math.Min(flow.Length, start + MaxLength);
        if (FirstDefendantRole(flow.AsSpan(start, end - start)) is { } role)
        {
            end = Math.Min(end, start + role + TailAfterRole);
        }

        // The caption never reaches into the operative part: a block printed after "IT IS (SO) ORDERED" (an OCR
        // column read last, a signature's title) is not a caption cell.
        var operative = Ordered().Match(flow, start, end - start);
        if (operative.Success)
        {
            end = operative.Index;
        }

        return new Caption(start, end) { AfterHeader = start > 0 && courtRead };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?)\b[,.]?\s+(?:v|vs|V|VS)\.?\s", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PartiesBeforeHeader();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bIT\s+IS\s+(?:(?:HEREBY|SO|FURTHER|THEREFORE)\s+)?ORDERED\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Ordered();

    /// <summary>How far past the defendants' role word the caption may still reach (a title cell printed below it, a plaintiffs' block in the other column order).</summary>
    public const int TailAfterRole = 700;

    /// <summary>Where the first defendants' role word with its punctuation ("Defendants.", "RESPONDENT,") or in capitals stands.</summary>
    private static int? FirstDefendantRole(ReadOnlySpan<char> text)
    {
        int? first = null;
        foreach (var stem in s_roleStems)
        {
            var from = 0;
            while (from < text.Length)
            {
                var i = text[from..].IndexOf(stem, StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }

                i += from;
                var e = i + stem.Length;
                while (e < text.Length && char.IsLetter(text[e]))
                {
                    e++;
                }

                var upper = char.IsUpper(stem[^1]);
                if (upper || (e < text.Length && text[e] is '.' or ',' or ';' or ':'))
                {
                    first = first is { } f ? Math.Min(f, i) : i;
                    break;
                }

                from = e;
            }
        }

        return first;
    }

    private static readonly string[] s_roleStems = ["Defendant", "DEFENDANT", "Respondent", "RESPONDENT"];
}
