namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// The title grammar. A title is an upper-case block that starts with a title head (ORDER, STIPULATION, FINDINGS,
/// JUDGMENT, MEMORANDUM …) and runs over any upper-case words — unknown words included — until a role word, a
/// "v.", running text, a case number or a party block: the block ends at its last procedural word, and the
/// upper-case words after it belong to the party that follows (<c>… PROCEEDINGS RON DAVIS, Warden</c>). Converters
/// interleave the title cell with the party column, so title pieces also stand inside party blocks
/// (<c>FORDEL MARKETING, LLC, a CONFERENCE California …</c>): a piece without a head is a title piece when it holds
/// two procedural words, or one standing alone between words that are not upper case. Procedural words are an open
/// class: the core words of motion practice plus the morphology of verbs and nouns of procedure (-ING, -TION, -MENT,
/// -ANCE, -ENCE …), minus the nouns that name organisations (CORPORATION, DEPARTMENT …).
/// </summary>
internal static class TitleGrammar
{
    /// <summary>How many unknown upper-case words in a row a title may hold between procedural words.</summary>
    private const int MaxUnknownInside = 3;

    /// <summary>How many trailing unknown words a headed title keeps when a "v." follows (a name before "v." ends with a comma).</summary>
    private const int MaxUnknownBeforeVersus = 2;

    private static readonly HashSet<string> s_heads = new(StringComparer.Ordinal)
    {
        "ORDER", "ORDERS", "FINDINGS", "STIPULATION", "STIPULATED", "JOINT", "NOTICE", "MEMORANDUM", "STAY", "[PROPOSED]",
        "PROPOSED", "AMENDED", "JUDGMENT", "OPINION", "DECISION", "MINUTE", "MINUTES", "CORRECTED", "REVISED", "SUPPLEMENTAL",
        "FURTHER", "SECOND", "THIRD", "FINAL", "INTERIM", "TEMPORARY", "PRELIMINARY", "REPORT", "SCHEDULING", "PRETRIAL",
        "VERDICT",
    };

    private static readonly HashSet<string> s_connectors = new(StringComparer.Ordinal)
    {
        "AND", "&", "THE", "TO", "OF", "FOR", "A", "AN", "ON", "RE", "IN", "WITH", "AS", "BY", "NO", "/", "OR", "AT",
        "ITS", "HIS", "HER", "THEIR", "THAN", "ALL", "THIS", "ANY", "FROM", "UNTIL", "PENDING", "AGAINST", "DURING", "UPON",
        "UNDER", "OVER", "INTO", "WITHIN", "AFTER", "BEFORE",
    };

    /// <summary>The core words of motion practice that the morphology below does not catch.</summary>
    private static readonly HashSet<string> s_procedural = new(StringComparer.Ordinal)
    {
        "ORDER", "ORDERS", "GRANT", "GRANTED", "DENY", "DENIED", "MOTION", "MOTIONS", "STAY", "STAYS", "STAYED", "PROCEEDINGS",
        "PARTIES", "PARTIES'", "PARTY", "JOINT", "REQUEST", "REQUESTS", "STIPULATED", "[PROPOSED]", "PROPOSED", "DEFENDANT'S",
        "DEFENDANTS'", "PLAINTIFF'S", "PLAINTIFFS'", "PETITIONER'S", "PETITIONERS'", "RESPONDENT'S", "RESPONDENTS'", "COMPEL", "MATTER",
        "ACTION", "CASE", "SET", "STATUS", "CONDITIONAL", "FURTHER", "DISCOVERY", "LIMITED", "LEAVE", "TAKE", "DAYS", "WITHOUT",
        "PREJUDICE", "CLERK", "COURT", "COURT'S", "LIFT", "ABEYANCE", "EXTEND", "TIME", "FILE", "DISPOSITIONAL", "DOCUMENTS",
        "MODIFIED", "MODIFY", "REPORT", "REPORTS", "LATER", "DISMISS", "DISMISSED", "AMEND", "REASSIGNED", "VISITING", "JUDGE",
        "INITIAL", "DEATH", "PENALTY", "FINDINGS", "RECOMMENDATIONS", "OBJECTION", "OBJECTIONS", "PERIOD", "FOURTEEN-DAY", "VACATED",
        "VACATE", "VDRP", "RESPONSE", "SCHEDULE", "SERVE", "NOTICE", "ADDITIONAL", "NINETY", "SIXTY", "THIRTY", "PETITION",
        "STATE", "APPEAL", "REMAND", "SUMMARY", "JUDGMENT", "INJUNCTION", "PRELIMINARY", "EX", "PARTE", "RELIEF", "CERTAIN",
        "MEMORANDUM", "DECISION", "AMENDED", "VOLUNTARY", "DISPUTE", "PROGRAM", "COUNSEL", "DEFENDANT", "PLAINTIFF",
        "PETITIONER", "RESPONDENT", "DEFENDANTS", "PLAINTIFFS", "ADMINISTRATIVELY", "DEADLINES", "DEADLINE", "SHOW", "CAUSE",
        "CLAIMS", "CLAIM", "CONSIDERATION", "CERTIORARI", "DENIAL", "DATES", "DATE", "TRIAL", "HEARING", "FEES",
        "COSTS", "SANCTIONS", "DEFAULT", "ENTRY", "WRIT", "HABEAS", "CORPUS", "REFERRAL", "TELEPHONIC", "UNOPPOSED", "EXPEDITED",
        "INFORM", "ARRANGE", "PARTICIPATE", "CONTINUE", "CONTINUED", "RESET", "VACATE", "CLOSE", "CLOSED", "BRIEF", "REPLY",
        "OPPOSITION", "SUBMIT", "UPDATE", "UPDATES", "EVERY", "FULLY", "EXHAUSTED", "MOOT", "PART", "OPINION", "MINUTES",
        "MINUTE", "TRANSFER", "RE:", "AMEND", "SEAL", "SEALED", "REDACTED", "COPY", "AFFIDAVIT", "SUPPORT", "COMPLAINT", "CRIMINAL",
        "DIRECTIONS", "EXPECTATIONS", "ORDER:", "STIPULATION", "PENDING", "EXTENSION", "EXTENSIONS", "DISMISSAL", "RULING",
    };

    /// <summary>Nouns that name organisations, though their ending looks procedural.</summary>
    private static readonly HashSet<string> s_organisationNouns = new(StringComparer.Ordinal)
    {
        "CORPORATION", "ASSOCIATION", "FOUNDATION", "ADMINISTRATION", "INSTITUTION", "COMMISSION", "DEPARTMENT", "GOVERNMENT",
        "NATION", "DIVISION", "COALITION", "FEDERATION", "ORGANIZATION", "CONSTRUCTION", "TRANSPORTATION", "SOLUTION", "SOLUTIONS",
        "COMMUNICATIONS", "INNOVATIONS", "INNOVATION", "AGENCY", "BUILDING", "HOLDINGS", "MANAGEMENT", "INVESTMENT", "INVESTMENTS",
        "ENTERPRISES", "ALLIANCE", "INSURANCE", "CONFERENCE'S", "DEVELOPMENT", "STATION", "MISSION", "COOPERATION", "FEDERATION",
        "PARTNERSHIP", "SERVICES", "INFORMATION", "EDUCATION", "RECREATION", "CORRECTION", "CORRECTIONS", "MARKETING", "BANKING",
        "PUBLISHING", "ENGINEERING", "MANUFACTURING", "BROADCASTING", "TRUCKING", "LENDING", "SHIPPING", "HOUSING", "MINING", "SCIENCE", "SCIENCES", "EQUIPMENT", "ENTERTAINMENT", "RESIDENCE", "POLICE", "JUSTICE", "PRISON",
    };

    /// <summary>True for a word the title may open with.</summary>
    /// <param name="token">The token.</param>
    /// <returns>True for ORDER, STIPULATION, FINDINGS …</returns>
    public static bool IsHead(CaptionToken token) => token.IsUpper && (s_heads.Contains(token.Bare) || token.Text == "ORDER:");

    /// <summary>True for a connector inside a title (AND, TO, OF …).</summary>
    /// <param name="bare">The bare upper-case word.</param>
    /// <returns>True for a connector.</returns>
    public static bool IsConnector(string bare) => s_connectors.Contains(bare);

    /// <summary>True for a procedural word: a core word of motion practice or a word with a procedural ending.</summary>
    /// <param name="token">The token.</param>
    /// <returns>True when the word reads as part of a title.</returns>
    public static bool IsProcedural(CaptionToken token)
    {
        if (!token.IsUpper)
        {
            return false;
        }

        var b = token.Bare;
        if (s_procedural.Contains(b) || s_procedural.Contains(token.Text.TrimEnd(Shared.TrimChars.CommaSemicolonColonPeriod).Replace('’', '\'')))
        {
            return true;
        }

        if (s_organisationNouns.Contains(b) || b.Length < 6 || !b.All(c => char.IsLetter(c) || c is '-' or '\''))
        {
            return false;
        }

        return b.EndsWith("ING", StringComparison.Ordinal)
            || b.EndsWith("TION", StringComparison.Ordinal) || b.EndsWith("TIONS", StringComparison.Ordinal)
            || b.EndsWith("SION", StringComparison.Ordinal) || b.EndsWith("SIONS", StringComparison.Ordinal)
            || b.EndsWith("MENT", StringComparison.Ordinal) || b.EndsWith("MENTS", StringComparison.Ordinal)
            || b.EndsWith("ANCE", StringComparison.Ordinal) || b.EndsWith("ENCE", StringComparison.Ordinal)
            || b.EndsWith("ENCY", StringComparison.Ordinal) || b.EndsWith("ATIONS", StringComparison.Ordinal);
    }

    /// <summary>
    /// Finds the title runs among the tokens and marks their tokens <see cref="CaptionTokenKind.Title"/>; returns the
    /// runs (first and last token index), in order.
    /// </summary>
    /// <param name="tokens">The caption tokens, already classified (role words, "v.", boundaries).</param>
    /// <returns>The runs.</returns>
    public static List<(int First, int Last)> MarkRuns(List<CaptionToken> tokens)
    {
        var runs = new List<(int, int)>();
        var k = 0;
        while (k < tokens.Count)
        {
            var head = tokens[k].Kind == CaptionTokenKind.Word && IsHead(tokens[k]);
            if (tokens[k].Kind != CaptionTokenKind.Word || tokens[k].LeftCell || !(head || IsProcedural(tokens[k])))
            {
                k++;
                continue;
            }

            var first = k;
            var last = k;
            var words = 1;
            var unknown = 0;
            var j = k + 1;
            var stoppedBy = CaptionTokenKind.Boundary;
            var endOfText = true;
            for (; j < tokens.Count; j++)
            {
                var t = tokens[j];
                // A minutes heading is a line of its own: what the next line prints ("Date", "Case No.") is not its.
                if (t.Kind != CaptionTokenKind.Word || t.LeftCell || ClerkMark.IsMark(t.Text) || (t.LineStart && IsMinutes(tokens[last])))
                {
                    stoppedBy = t.Kind == CaptionTokenKind.Word && !t.LeftCell && ClerkMark.IsMark(t.Text) ? CaptionTokenKind.Boundary : t.Kind;
                    endOfText = false;
                    break;
                }

                if ((IsProcedural(t) && (unknown == 0 || IsCore(t) || !t.Text.EndsWith(','))) || (t.IsUpper && IsHead(t)) || (IsCoreInOtherCase(t) && !IsLabel(tokens, j)))
                {
                    // A head among the first words ("DEFENDANT'S SECOND PROPOSED ORDER", "REDACTED VERDICT FORM") makes
                    // the run a headed title.
                    head |= unknown == 0 && words <= 3 && IsHead(t);
                    words++;
                    unknown = 0;
                    last = j;
                }
                else if (IsItemNumber(t.Text) || (IsDatePart(t) && words >= 2))
                {
                    last = j;
                }
                else if (IsConnector(t.Bare) && (t.IsUpper || t.Text is "&" or "/"))
                {
                    // Kept only when a procedural word follows.
                }
                else if (t.IsUpper && (head || words >= 3) && unknown < MaxUnknownInside && !EndsAName(t))
                {
                    unknown++;
                }
                else
                {
                    // A capitalized word that opens running text ("Good cause appearing") is running text.
                    stoppedBy = !t.IsUpper && j + 1 < tokens.Count && tokens[j + 1].Kind == CaptionTokenKind.Body ? CaptionTokenKind.Body : CaptionTokenKind.Word;
                    endOfText = false;
                    break;
                }
            }

            // Open vocabulary: a headed title that ends at running text, a boundary or the end keeps its last words.
            if (head && (endOfText || stoppedBy is CaptionTokenKind.Body or CaptionTokenKind.Boundary or CaptionTokenKind.Residue
                    || (stoppedBy == CaptionTokenKind.Versus && j - 1 - last <= MaxUnknownBeforeVersus)) && j - 1 > last
                && !tokens[j - 1].Text.EndsWith(',') && Enumerable.Range(last + 1, j - 1 - last).All(i => tokens[i].IsUpper || tokens[i].Text is "&" or "/"))
            {
                last = j - 1;
            }

            // A minutes heading: "CIVIL MINUTES – GENERAL", "REDACTED CRIMINAL MINUTES - CHANGE OF PLEA".
            if (IsMinutes(tokens[last]))
            {
                last = MinutesTail(tokens, last);
            }

            // "CIVIL MINUTES", "SPECIAL VERDICT": the qualifier printed before the head on its line.
            if (IsQualifiedHead(tokens[first]))
            {
                while (first > 0 && tokens[first - 1].Kind == CaptionTokenKind.Word && !tokens[first - 1].LeftCell && !tokens[first].LineStart
                    && IsHeadQualifier(tokens[first - 1]))
                {
                    first--;
                }
            }

            // Connectors and item numbers that lead into the run belong to it when the word before is not upper case.
            while (first > 0 && tokens[first - 1].Kind == CaptionTokenKind.Word && !tokens[first - 1].LeftCell
                && (IsCoreInOtherCase(tokens[first - 1])
                    || (IsLeadIn(tokens[first - 1]) && (first - 1 == 0 || !tokens[first - 2].IsUpper || IsCoreInOtherCase(tokens[first - 2])
                        || IsItemNumber(tokens[first - 1].Text) || (tokens[first - 1].LineStart && !tokens[first].LineStart)))))
            {
                first--;
            }

            // A parenthesized upper-case qualifier printed right after the title's last word is the title's
            // ("SPECIAL VERDICT (PHASE I)", "ORDER GRANTING MOTION TO STAY (AMENDED)").
            if ((head || words >= 2) && ParenthesizedQualifier(tokens, last) is { } close)
            {
                last = close;
            }

            // A headed title's last line is the title's to its end ("… OF DISCOVERY CUT-OFF"), and a title never ends
            // on a connector at a line's end: the next line continues it ("JOINT STIPULATION AND⏎[PROPOSED] ORDER").
            if (head && !IsMinutes(tokens[last]))
            {
                last = CompleteLines(tokens, last);
            }

            // Trailing connectors belong to it when no upper-case word follows them ("… TO STAY; AND" then a name).
            var coreLast = last;
            var trail = last;
            while (trail + 1 < tokens.Count && tokens[trail + 1].Kind == CaptionTokenKind.Word && !tokens[trail + 1].LeftCell && tokens[trail + 1].IsUpper && IsConnector(tokens[trail + 1].Bare))
            {
                trail++;
            }

            if (trail > last && (trail + 1 >= tokens.Count || !tokens[trail + 1].IsUpper || tokens[trail].Text.EndsWith(';') || tokens[trail + 1].LineStart))
            {
                last = trail;
            }

            var single = words == 1 && coreLast == first;
            var isolated = single && (first == 0 || !tokens[first - 1].IsUpper) && (first + 1 >= tokens.Count || !tokens[first + 1].IsUpper);

            // A title word cut into a name between its comma and its entity suffix ("ACME SUPPLY, CASE LLC, a …").
            isolated |= single && IsCore(tokens[first]) && first > 0 && tokens[first - 1].Text.EndsWith(',')
                && first + 1 < tokens.Count && PartyList.IsEntitySuffix(tokens[first + 1].Bare);
            if (!single || isolated || head)
            {
                runs.Add((first, last));
                for (var i = first; i <= last; i++)
                {
                    tokens[i] = tokens[i] with { Kind = CaptionTokenKind.Title };
                }
            }

            k = Math.Max(j, last + 1);
        }

        return runs;
    }

    /// <summary>Words printed before MINUTES or VERDICT in a heading (<c>CIVIL MINUTES</c>, <c>REDACTED CRIMINAL
    /// MINUTES</c>, <c>SPECIAL VERDICT</c>).</summary>
    private static readonly HashSet<string> s_headQualifiers = new(StringComparer.Ordinal)
    {
        "CIVIL", "CRIMINAL", "REDACTED", "AMENDED", "CORRECTED", "SEALED", "JURY", "TRIAL", "COURT", "SPECIAL", "GENERAL", "PARTIAL",
    };

    /// <summary>How many upper-case words a minutes heading may print after its dash (<c>- CHANGE OF PLEA</c>).</summary>
    private const int MaxMinutesTail = 4;

    /// <summary>True for the head of a minutes heading.</summary>
    /// <param name="t">The token.</param>
    /// <returns>True for MINUTES / MINUTE in upper case.</returns>
    public static bool IsMinutes(CaptionToken t) => t.IsUpper && t.Bare is "MINUTES" or "MINUTE";

    /// <summary>True for a head that takes a qualifier before it (MINUTES, MINUTE, VERDICT).</summary>
    /// <param name="t">The token.</param>
    /// <returns>True for MINUTES, MINUTE, VERDICT in upper case.</returns>
    public static bool IsQualifiedHead(CaptionToken t) => t.IsUpper && t.Bare is "MINUTES" or "MINUTE" or "VERDICT";

    /// <summary>True for a word that may stand before MINUTES or VERDICT in a heading.</summary>
    /// <param name="t">The token.</param>
    /// <returns>True for CIVIL, CRIMINAL, REDACTED, SPECIAL …</returns>
    public static bool IsHeadQualifier(CaptionToken t) => t.IsUpper && s_headQualifiers.Contains(t.Bare);

    /// <summary>
    /// The last token of a minutes heading's kind after a dash (or none) on the heading's line (<c>MINUTES – GENERAL</c>): the
    /// upper-case words after the dash up to the end of the line, a clerk's mark, a right-hand cell or running text.
    /// </summary>
    private static int MinutesTail(List<CaptionToken> tokens, int minutes)
    {
        // The dash may be missing (OCR drops it: "CIVIL MINUTES GENERAL").
        var dash = minutes + 1;
        if (dash >= tokens.Count || tokens[dash].LineStart)
        {
            return minutes;
        }

        if (!IsDash(tokens[dash].Text))
        {
            dash = minutes;
        }

        var last = minutes;
        for (var i = dash + 1; i < tokens.Count && i - dash <= MaxMinutesTail; i++)
        {
            var t = tokens[i];
            if (t.LineStart || t.Kind != CaptionTokenKind.Word || t.LeftCell || t.RightCell != tokens[minutes].RightCell || !t.IsUpper || ClerkMark.IsMark(t.Text) || EndsAName(t))
            {
                break;
            }

            if (!IsConnector(t.Bare))
            {
                last = i;
            }
        }

        return last;
    }

    /// <summary>A label of the right-hand cell (<c>Complaint Filed:</c>, <c>Trial Date:</c>): a word in another case
    /// followed by a word ending with a colon, or ending with one itself.</summary>
    private static bool IsLabel(List<CaptionToken> tokens, int k) =>
        !tokens[k].IsUpper && (tokens[k].Text.EndsWith(':')
            || (k + 1 < tokens.Count && !tokens[k + 1].LineStart && !tokens[k + 1].IsUpper && tokens[k + 1].Text.EndsWith(':')));

    /// <summary>How many words past its last title word a title's line may hold and still be the title's.</summary>
    private const int MaxLineCompletion = 4;

    /// <summary>
    /// The title's last token after completing its line: the upper-case words after <paramref name="last"/> up to the
    /// line's end (at most <see cref="MaxLineCompletion"/>, none ending a name with a comma, no mark, no cell change);
    /// when the line then ends with a connector (AND, OF, TO, FOR …), the next line's upper-case words too.
    /// </summary>
    private static int CompleteLines(List<CaptionToken> tokens, int last)
    {
        for (var lines = 0; lines < 2; lines++)
        {
            var end = last;
            for (var i = last + 1; i < tokens.Count && !tokens[i].LineStart; i++)
            {
                end = i;
            }

            if (lines == 1 && end == last)
            {
                break;
            }

            // Only a line that ends the caption block (a blank line, running text, residue or the end after it): a
            // name that continues on the next line stays the party's ("… PROCEEDINGS RON HALE,⏎Warden").
            var after = end + 1 < tokens.Count ? tokens[end + 1] : default;
            var blockEnds = after.Text is null || after.BlankBefore || after.Kind is CaptionTokenKind.Body or CaptionTokenKind.Residue or CaptionTokenKind.Boundary
                || (end + 2 < tokens.Count && !after.IsUpper && tokens[end + 2].Kind == CaptionTokenKind.Body);
            if (end - last > MaxLineCompletion || (end > last && !blockEnds) || !Enumerable.Range(last + 1, end - last).All(i => TitleWordOfLine(tokens, i, last)))
            {
                return last;
            }

            last = end;
            if (last + 1 >= tokens.Count || !IsConnector(tokens[last].Bare) || !tokens[last].IsUpper || !tokens[last + 1].LineStart)
            {
                return last;
            }

            // The line ended on a connector: the next line continues the title when it opens with a title word.
            if (!TitleWordOfLine(tokens, last + 1, last) || !(IsHead(tokens[last + 1]) || IsProcedural(tokens[last + 1])))
            {
                return last;
            }

            last++;
        }

        return last;
    }

    private static bool TitleWordOfLine(List<CaptionToken> tokens, int i, int last)
    {
        var t = tokens[i];
        return t.Kind == CaptionTokenKind.Word && !t.LeftCell && t.RightCell == tokens[last].RightCell && (t.IsUpper || t.Text is "&" or "/")
            && !EndsAName(t) && !ClerkMark.IsMark(t.Text);
    }

    /// <summary>How many words a parenthesized qualifier of a title may hold.</summary>
    private const int MaxQualifierWords = 4;

    /// <summary>The closing token of an upper-case group in parentheses that starts right after <paramref name="last"/>
    /// (on its line or alone on the next: <c>SPECIAL VERDICT⏎(PHASE I)</c>), or null (an item number <c>(2)</c> or a group with a lower-case word is
    /// none).</summary>
    private static int? ParenthesizedQualifier(List<CaptionToken> tokens, int last)
    {
        var open = last + 1;
        if (open >= tokens.Count || !tokens[open].Text.StartsWith('(') || IsItemNumber(tokens[open].Text))
        {
            return null;
        }

        for (var i = open; i < tokens.Count && i - open < MaxQualifierWords; i++)
        {
            var t = tokens[i];
            if (t.Kind != CaptionTokenKind.Word || t.LeftCell || (i > open && t.LineStart) || !t.IsUpper || ClerkMark.IsMark(t.Text))
            {
                return null;
            }

            if (t.Text.TrimEnd(',', ';', '.', ':').EndsWith(')'))
            {
                return i;
            }
        }

        return null;
    }

    private static bool IsDash(string text) => text.Length is >= 1 and <= 3 && !text.AsSpan().ContainsAnyExcept("-–—―");

    /// <summary>True for a core word of motion practice (not only a procedural ending).</summary>
    private static bool IsCore(CaptionToken t) =>
        t.IsUpper && (s_procedural.Contains(t.Bare) || s_procedural.Contains(t.Text.TrimEnd(Shared.TrimChars.CommaSemicolonColonPeriod).Replace('’', '\'')));

    /// <summary>
    /// A core title word printed in another case inside an upper-case title ("ORDER GRANTING MOTION TO Stay"): it
    /// continues a title but never starts one (names in title case hold such words too: "State of Nevada").
    /// </summary>
    private static bool IsCoreInOtherCase(CaptionToken t) =>
        !t.IsUpper && t.Text.Length > 1 && char.IsUpper(t.Text[0]) && !s_nameWords.Contains(t.Bare.ToUpperInvariant())
        && IsCore(t with { Text = t.Text.ToUpperInvariant() });

    /// <summary>Core title words that names use as well (State of Nevada, Superior Court, Judge Smith …).</summary>
    private static readonly HashSet<string> s_nameWords = new(StringComparer.Ordinal)
    {
        "STATE", "COURT", "JUDGE", "PARTY", "COUNSEL", "CLERK", "SET", "TIME", "PART", "CASE", "MATTER", "SUMMARY", "COPY", "TRIAL",
    };

    private static bool EndsAName(CaptionToken t) => t.Text.EndsWith(',') || t.Text.EndsWith(';');

    private static bool IsLeadIn(CaptionToken t) => IsItemNumber(t.Text) || (t.IsUpper && IsConnector(t.Bare));

    private static bool IsItemNumber(string token) => token.Length is 3 or 4 && token[0] == '(' && char.IsAsciiDigit(token[1]) && token[2] == ')';

    private static bool IsDatePart(CaptionToken t)
    {
        var b = t.Bare;
        return s_months.Contains(b) || (b.Length is >= 1 and <= 4 && b.All(char.IsAsciiDigit));
    }

    private static readonly HashSet<string> s_months = new(StringComparer.Ordinal)
    {
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    };
}
