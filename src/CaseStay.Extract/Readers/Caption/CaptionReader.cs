using System.Text;
using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// Reads the caption region: the parties with their printed role words and the title. The region's text is cut
/// into tokens; case numbers and docket references are dropped (they sit in the right-hand cell, interleaved with
/// the names), header residue and running text end a party block, <see cref="TitleGrammar"/> marks the title
/// cell's words, and the party grammar pairs the blocks with the role words: <c>NAMES, Plaintiff, v. NAMES,
/// Defendant.</c>, <c>NAMES v. Plaintiff, NAMES Defendant</c> (v. printed before the role word), <c>NAMES V.
/// PLAINTIFFS … NAMES DEFENDANT</c> (role words after the names) and <c>v. NAMES, Defendants. / NAMES, Plaintiff,</c>
/// (the columns read in the other order). <see cref="PartyList"/> splits each block into parties.
/// </summary>
internal static partial class CaptionReader
{
    /// <summary>How many tokens a party block may hold (a longer "block" is running text).</summary>
    private const int MaxBlockTokens = 90;

    /// <summary>How far (tokens) past the defendants' role word the plaintiffs' role word may come when the columns were read in the other order.</summary>
    private const int MaxLateRoleDistance = 30;

    /// <summary>How far (characters) after the caption the title may start.</summary>
    private const int MaxTitleLead = 400;

    /// <summary>How many spaces between two words of one line make a column gap (-layout text; words are one space apart otherwise).</summary>
    private const int ColumnGap = 8;

    private const string SoftMarker = "\u2016";

    private static readonly System.Buffers.SearchValues<char> s_ruleChars = System.Buffers.SearchValues.Create("_-=/*~");
    private const string HardMarker = "\u2017";

    private static readonly HashSet<string> s_nameLowerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "of", "the", "et", "al", "al.", "a", "an", "as", "in", "for", "by", "at", "on", "to", "de", "del", "la", "le", "da", "van",
        "von", "der", "du", "dba", "d/b/a", "aka", "a/k/a", "fka", "f/k/a", "individually", "inclusive", "through", "thru", "his", "her",
        "its", "their", "official", "capacity", "capacities", "personal", "individual", "trustee", "trustees", "dated", "corporation",
        "company", "partnership", "limited", "liability", "doing", "business", "under", "entity", "municipal", "public", "agency",
        "political", "subdivision", "successor", "successors", "interest", "behalf", "himself", "herself", "themselves", "all",
        "others", "similarly", "situated", "guardian", "litem", "ad", "minor", "estate", "deceased", "formerly", "known", "also",
        "ex", "rel", "rel.", "y", "e", "du", "des", "di", "st.", "mc", "warden", "acting", "secretary", "director", "sued", "herein",
        "general", "association", "organization", "non-profit", "nonprofit", "county", "city", "state", "mutual", "national",
    };

    /// <summary>Reads parties and title into the bucket and sets where the body starts.</summary>
    /// <param name="bucket">The bucket, after the court and case-number readers.</param>
    public static void Extract(StayOrderBucket bucket)
    {
        var region = Regions.Caption.Find(bucket.Document.Flow, bucket.CaptionStart, bucket.Court is { Inferred: false });
        var flow = bucket.Document.Flow;
        var text = Prepare(bucket, region, out var boundaries);
        var tokens = Tokenize(text, region.Start, boundaries, bucket.CancellationToken);
        MarkRightCells(tokens, bucket.Document);
        var runs = TitleGrammar.MarkRuns(tokens);
        var match = FindParties(tokens);
        var captionEnd = match?.End ?? -1;

        ReadTitle(bucket, flow, tokens, runs, match, region);
        if (ProceedingsCell.TryRead(flow, region.Start, out var cellStart, out var cellEnd, out var cellTitle))
        {
            // A minutes form: its heading names the form, the Proceedings cell the ruling.
            bucket.TitleRuns.Clear();
            bucket.TitleRuns.Add((cellStart, cellEnd));
            bucket.Set(FieldKeys.Title, cellTitle, cellStart, cellEnd);
        }

        if (match is { } r)
        {
            var (plaintiffs, pEtAl) = PartyList.Split(BlockText(tokens, r.Plaintiffs));
            var (defendants, dEtAl) = PartyList.Split(BlockText(tokens, r.Defendants));
            if ((plaintiffs.Count > 0 || pEtAl) && (defendants.Count > 0 || dEtAl))
            {
                bucket.Set(FieldKeys.Parties, new Parties(plaintiffs, defendants, pEtAl, dEtAl, r.PlaintiffRole, RoleWord(tokens[r.DefendantRoleIndex].Text)), r.Start, r.End);
            }

            bucket.BodyStart = captionEnd;
        }
        else
        {
            bucket.BodyStart = bucket.TitleRuns.Count > 0 ? bucket.TitleRuns[^1].End : region.Start;
            if (SplitCaption.Read(bucket) is { } split)
            {
                var (plaintiffs, pEtAl) = PartyList.Split(split.Plaintiffs);
                var (defendants, dEtAl) = PartyList.Split(split.Defendants);
                if ((plaintiffs.Count > 0 || pEtAl) && (defendants.Count > 0 || dEtAl))
                {
                    bucket.Set(FieldKeys.Parties, new Parties(plaintiffs, defendants, pEtAl, dEtAl, RoleWord(split.PlaintiffRole), RoleWord(split.DefendantRole)), split.Start, split.End);
                }
            }
        }
    }

    /// <summary>The classified tokens of a stretch of the flow (residue dropped or marked, cells and title words marked).</summary>
    internal static List<CaptionToken> Tokens(StayOrderBucket bucket, Regions.Caption region)
    {
        var text = Prepare(bucket, region, out var boundaries);
        var tokens = Tokenize(text, region.Start, boundaries);
        MarkRightCells(tokens, bucket.Document);
        TitleGrammar.MarkRuns(tokens);
        return tokens;
    }

    /// <summary>The caption's tokens with their kinds, one per line (for diagnosing a caption).</summary>
    /// <param name="bucket">The bucket, after the court and case-number readers.</param>
    /// <returns>"kind text" lines; title words marked, right-hand cells marked with "»".</returns>
    internal static string Explain(StayOrderBucket bucket)
    {
        var region = Regions.Caption.Find(bucket.Document.Flow, bucket.CaptionStart, bucket.Court is { Inferred: false });
        var text = Prepare(bucket, region, out var boundaries);
        var tokens = Tokenize(text, region.Start, boundaries, bucket.CancellationToken);
        MarkRightCells(tokens, bucket.Document);
        TitleGrammar.MarkRuns(tokens);
        return string.Join('\n', tokens.Select(t => $"{(t.LineStart ? "\u21b5" : " ")}{(t.RightCell ? "\u00bb" : " ")}{t.Kind,-14} {t.Text}"));
    }

    /// <summary>The region's text with case numbers and docket references blanked; header residue spans returned.</summary>
    private static char[] Prepare(StayOrderBucket bucket, Regions.Caption region, out List<(int Start, int End, bool Hard)> boundaries)
    {
        var flow = bucket.Document.Flow;
        var text = flow.AsSpan(region.Start, region.End - region.Start).ToArray();
        var s = flow.Substring(region.Start, region.End - region.Start);

        // The string is rebuilt only when a pass blanked something (most captions have no docket reference).
        var changed = false;
        foreach (var m in CaptionResidue.DocketReference().EnumerateMatches(s))
        {
            Blank(text, m.Index, m.Length);
            changed = true;
        }

        if (changed)
        {
            s = new string(text);
            changed = false;
        }

        foreach (var m in CaptionResidue.CaseNumberResidue().EnumerateMatches(s))
        {
            Blank(text, m.Index, m.Length);
            changed = true;
        }

        foreach (var (index, length) in bucket.CaseNumberSpans)
        {
            changed |= Blank(text, index - region.Start, length);
        }

        if (changed)
        {
            s = new string(text);
        }

        boundaries = [];
        foreach (Match m in CaptionResidue.HeaderResidue().Matches(s))
        {
            if (!m.Groups["month"].Success || !CaptionResidue.IsDateInName(s, m.Index))
            {
                boundaries.Add((CaptionResidue.ExtendStart(s, m), m.Index + m.Length, false));
            }
        }

        foreach (var m in CaptionResidue.Rule().EnumerateMatches(s))
        {
            boundaries.Add((m.Index, m.Index + m.Length, true));
        }

        boundaries.Sort((a, b) => a.Start.CompareTo(b.Start));
        return text;
    }

    /// <summary>Blanks a stretch (line breaks kept); true when it overlapped the text.</summary>
    private static bool Blank(char[] text, int index, int length)
    {
        var any = false;
        for (var i = Math.Max(0, index); i < index + length && i < text.Length; i++)
        {
            any = true;
            if (text[i] != '\n')
            {
                text[i] = ' ';
            }
        }

        return any;
    }

    /// <summary>Cuts the prepared text into classified tokens (flow offsets), dropping margin numbers and ")" columns.</summary>
    internal static List<CaptionToken> Tokenize(char[] text, int offset, List<(int Start, int End, bool Hard)> boundaries, CancellationToken cancellationToken = default)
    {
        var raw = new List<(int Start, int End, string Text)>(text.Length / 4);
        var b = 0;
        for (var i = 0; i < text.Length;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == s)
            {
                continue;
            }

            while (b < boundaries.Count && boundaries[b].End <= s)
            {
                b++;
            }

            if (b < boundaries.Count && boundaries[b].Start < i)
            {
                // One token per residue span.
                var marker = boundaries[b].Hard ? HardMarker : SoftMarker;
                if (raw.Count == 0 || raw[^1].Text != marker || raw[^1].End < offset + boundaries[b].Start)
                {
                    raw.Add((offset + s, offset + i, marker));
                }
                else
                {
                    raw[^1] = (raw[^1].Start, offset + i, marker);
                }

                continue;
            }

            raw.Add((offset + s, offset + i, new string(text, s, i - s)));
        }

        var tokens = new List<CaptionToken>(raw.Count);
        var columnPending = false;
        for (var k = 0; k < raw.Count; k++)
        {
            var t = raw[k].Text;
            // Column separators: ")" (and "|"), or ":" printed alone as a caption's middle column.
            if (t is ")" or "(" or "|" or "]" or "[" or ":" || !t.AsSpan().ContainsAnyExcept(')'))
            {
                columnPending = t is ")" or "|" or ":";
                continue;
            }

            if (IsMarginNumber(t) && !KeepsNumber(tokens))
            {
                columnPending = false;
                continue;
            }

            var from = tokens.Count == 0 ? 0 : tokens[^1].End - offset;
            var lineStart = tokens.Count == 0 || Array.IndexOf(text, '\n', from, Math.Max(0, raw[k].Start - offset - from)) >= 0;
            var sameLineAsColumn = k > 0 && Array.IndexOf(text, '\n', raw[k - 1].End - offset, Math.Max(0, raw[k].Start - raw[k - 1].End)) < 0;
            var blankBefore = lineStart && tokens.Count > 0 && IsBlankLineBetween(text, from, raw[k].Start - offset);
            tokens.Add(new CaptionToken(raw[k].Start, raw[k].End, t, CaptionTokenKind.Word) { LineStart = lineStart, BlankBefore = blankBefore, ColumnBefore = columnPending && sameLineAsColumn });
            columnPending = false;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            tokens[k] = tokens[k] with { Kind = Classify(tokens, k) };
        }

        return tokens;
    }

    /// <summary>True when the stretch holds a line with nothing but white space on it (two line breaks with only
    /// spaces between). Column separators and dropped tokens do not count as text here: only the flow's blank lines.</summary>
    private static bool IsBlankLineBetween(char[] text, int from, int to)
    {
        var breaks = 0;
        for (var i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (++breaks == 2)
                {
                    return true;
                }
            }
            else if (!char.IsWhiteSpace(text[i]))
            {
                breaks = 0;
            }
        }

        return false;
    }

    /// <summary>
    /// Two-column lines (<c>LUKE DOE,          CRIMINAL COMPLAINT</c>): the words after the last wide run of spaces on
    /// a line are the right-hand cell's. Measured on the input, through the flow's map back to it.
    /// </summary>
    private static void MarkRightCells(List<CaptionToken> tokens, Text.NormalizedDocument document)
    {
        var lineFirst = 0;
        var rightColumn = double.MaxValue;
        var firstTwoColumnLine = -1;
        for (var k = 0; k <= tokens.Count; k++)
        {
            if (k < tokens.Count && !tokens[k].LineStart)
            {
                continue;
            }

            // Tokens lineFirst .. k-1 share a line: find the last wide gap, or its one ")" column separator.
            var cut = -1;
            var columnCount = 0;
            var column = -1;
            for (var i = lineFirst; i < k; i++)
            {
                if (tokens[i].ColumnBefore)
                {
                    columnCount++;
                    column = column < 0 ? i : column;
                }
            }

            // One ")" separator on the line: the words after it are the right-hand cell's, also when nothing stands
            // before it (a line of the right-hand cell only: ") Complaint Filed: …", ") to the Hon. …").
            if (columnCount == 1 && column >= lineFirst)
            {
                cut = column;
            }

            var gapCut = false;
            for (var i = lineFirst + 1; i < k; i++)
            {
                // A wide run of spaces in the text (-layout), or a column gap the page geometry shows between the
                // words of a positioned line (PDF, OCR), whose canonical text joins them with one space.
                var adjacent = tokens[i].Start - tokens[i - 1].End == 1;
                var gap = document.SourceOffset(tokens[i].Start) - document.SourceOffset(tokens[i - 1].End - 1) - 1;
                if ((adjacent && gap >= ColumnGap) || document.ColumnGapBetween(tokens[i - 1].Start, tokens[i].Start))
                {
                    cut = i;
                    gapCut = true;
                }
            }

            if (cut > lineFirst && ClerkMark.OnlyMarks(tokens, cut, k))
            {
                // A heading with a clerk's mark far to its right ("CIVIL MINUTES – GENERAL        'O'"): one cell; the
                // mark is nobody's word.
                for (var i = cut; i < k; i++)
                {
                    tokens[i] = tokens[i] with { RightCell = true };
                }

                lineFirst = k;
                continue;
            }

            for (var i = lineFirst; cut > 0 && i < cut; i++)
            {
                tokens[i] = tokens[i] with { LeftCell = true };
            }

            if (cut >= 0 && MarkRight(tokens, lineFirst, cut, k) && gapCut)
            {
                // A two-column line printed with wide spaces (-layout): where its right-hand cell starts.
                rightColumn = Math.Min(rightColumn, Column(document, tokens[cut].Start));
                firstTwoColumnLine = firstTwoColumnLine < 0 ? lineFirst : firstTwoColumnLine;
            }
            else if (cut < 0 && firstTwoColumnLine >= 0 && lineFirst < k && Column(document, tokens[lineFirst].Start) >= rightColumn - ColumnSlack(document, tokens[lineFirst].Start))
            {
                // A line of the right-hand cell alone (the title cell's continuation lines, "Complaint Filed: …"),
                // printed from that cell's column with nothing in the left-hand one.
                MarkRight(tokens, lineFirst, lineFirst, k);
            }

            lineFirst = k;
        }
    }

    /// <summary>How many columns left of the right-hand cell's start a line of that cell alone may begin (-layout rounding).</summary>
    private const int RightColumnSlack = 2;

    /// <summary>How many points left of the right-hand cell's left edge a positioned line of that cell alone may begin.</summary>
    private const double RightColumnSlackPoints = 6;

    /// <summary>Where a flow offset stands across its line: the left edge (points) of its word on a positioned page, else
    /// its column in the source line.</summary>
    private static double Column(Text.NormalizedDocument document, int flowIndex) =>
        document.PlaceAt(flowIndex) is { } place ? place.Left : SourceColumn(document, flowIndex);

    /// <summary>The slack of <see cref="Column"/>'s unit: points on a positioned page, columns in text.</summary>
    private static double ColumnSlack(Text.NormalizedDocument document, int flowIndex) =>
        document.PlaceAt(flowIndex) is not null ? RightColumnSlackPoints : RightColumnSlack;

    /// <summary>The column of a flow offset in its source line.</summary>
    private static int SourceColumn(Text.NormalizedDocument document, int flowIndex)
    {
        var source = document.Source;
        var at = document.SourceOffset(flowIndex);
        if (at <= 0 || at > source.Length)
        {
            return 0;
        }

        return at - (source.LastIndexOf('\n', at - 1) + 1);
    }

    /// <summary>
    /// Marks tokens <paramref name="cut"/> .. <paramref name="end"/>-1 as the right-hand cell's (header residue among
    /// them is that cell's text and ends no party block); false, and nothing marked, when a role word or "v." follows
    /// the cut (the line is one column printed with wide spaces).
    /// </summary>
    private static bool MarkRight(List<CaptionToken> tokens, int lineFirst, int cut, int end)
    {
        for (var i = cut; i < end; i++)
        {
            if (tokens[i].Kind is CaptionTokenKind.PlaintiffRole or CaptionTokenKind.DefendantRole or CaptionTokenKind.Versus)
            {
                for (var j = lineFirst; j < i; j++)
                {
                    tokens[j] = tokens[j] with { RightCell = false, LeftCell = false };
                }

                return false;
            }
        }

        for (var i = cut; i < end; i++)
        {
            if (tokens[i].Kind == CaptionTokenKind.Word)
            {
                tokens[i] = tokens[i] with { RightCell = true };
            }
            else if (tokens[i].Kind == CaptionTokenKind.Residue)
            {
                tokens[i] = tokens[i] with { Kind = CaptionTokenKind.Word, RightCell = true };
            }
        }

        return true;
    }

    private static bool IsMarginNumber(string t) => t.Length <= 2 && !t.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>"DOES 1 through 20": the numbers after DOES and through are the party's.</summary>
    private static bool KeepsNumber(List<CaptionToken> tokens) =>
        tokens.Count > 0 && tokens[^1].Bare.ToUpperInvariant() is "DOES" or "ROES" or "THROUGH" or "THRU" or "TO";

    private static CaptionTokenKind Classify(List<CaptionToken> tokens, int k)
    {
        var t = tokens[k].Text;
        if (t == SoftMarker)
        {
            return CaptionTokenKind.Residue;
        }

        if (t == HardMarker || !t.AsSpan().ContainsAnyExcept(s_ruleChars))
        {
            return CaptionTokenKind.Boundary;
        }

        var prev = k > 0 ? tokens[k - 1] : default;
        var next = k + 1 < tokens.Count ? tokens[k + 1] : default;
        if (IsVersus(tokens, k))
        {
            return CaptionTokenKind.Versus;
        }

        var role = t[0] is 'P' or 'D' or 'R' ? RoleWordPattern().Match(t) : Match.Empty;
        if (role.Success)
        {
            var punct = role.Groups["p"].Length > 0;
            var kind = role.Groups["d"].Success ? CaptionTokenKind.DefendantRole : CaptionTokenKind.PlaintiffRole;
            if (punct || next.Text is null || IsVersus(tokens, k + 1) || (k > 0 && IsVersus(tokens, k - 1)))
            {
                return kind;
            }

            if (next.Text.Length > 0 && char.IsLower(next.Text[0]))
            {
                return CaptionTokenKind.Body;
            }

            var upper = tokens[k].IsUpper;
            if (upper && ((prev.Text is not null && TitleGrammar.IsConnector(prev.Bare)) || TitleGrammar.IsConnector(next.Bare)
                || (prev.Text is not null && TitleGrammar.IsProcedural(prev) && TitleGrammar.IsProcedural(next))))
            {
                return CaptionTokenKind.Word;
            }

            return kind;
        }

        var first = FirstLetter(t);
        if (first != default && char.IsLower(first) && char.IsLower(t[0]) && !s_nameLowerWords.Contains(t.TrimEnd(Shared.TrimChars.CommaSemicolonColonPeriod))
            && !s_nameLowerWords.Contains(t.TrimEnd(Shared.TrimChars.CommaSemicolonColon)))
        {
            return CaptionTokenKind.Body;
        }

        return CaptionTokenKind.Word;
    }

    private static char FirstLetter(string t)
    {
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }

        return default;
    }

    /// <summary>"v.", "vs.", "versus" — and "V." only where it cannot be a middle initial.</summary>
    private static bool IsVersus(List<CaptionToken> tokens, int k)
    {
        if (k < 0 || k >= tokens.Count)
        {
            return false;
        }

        var t = tokens[k].Text;
        if (t.Length == 0 || t[0] is not ('v' or 'V'))
        {
            return false;
        }

        if (t is "v." or "v" or "vs." or "vs" or "versus" or "Vs." or "VS." or "VS" or "VERSUS" or "Versus" or "v.," or "vs.," or "v," or "vs," or "Vs," or "VS," or "Vv." or "vV." or "Vv")
        {
            return true;
        }

        if (t is not ("V." or "V"))
        {
            return false;
        }

        var prev = k > 0 ? tokens[k - 1].Text : null;
        var next = k + 1 < tokens.Count ? tokens[k + 1].Text : null;
        return prev is null || prev.EndsWith(',') || prev.EndsWith(';') || prev.EndsWith(')') || IsRoleWord(prev)
            || (next is not null && IsRoleWord(next)) || prev.Equals("al.", StringComparison.OrdinalIgnoreCase)
            || (prev.Length > 2 && next is not null && next.Length > 2);
    }

    private static bool IsRoleWord(string t) => t.Length > 0 && t[0] is 'P' or 'D' or 'R' && RoleWordPattern().IsMatch(t);

    private sealed record PartyMatch(int Start, int End, (int First, int Last) Plaintiffs, (int First, int Last) Defendants, string? PlaintiffRole, int DefendantRoleIndex);

    /// <summary>The first defendants' role word with a block and a "v." before it, paired with the plaintiffs' block.</summary>
    private static PartyMatch? FindParties(List<CaptionToken> tokens)
    {
        for (var d = 0; d < tokens.Count; d++)
        {
            if (tokens[d].Kind != CaptionTokenKind.DefendantRole)
            {
                continue;
            }

            var s = PreviousSeparator(tokens, d, skipResidue: true);
            var dBlock = WordsBetween(tokens, s, d);
            if (dBlock is null || s < 0)
            {
                continue;
            }

            int v;
            int p;
            (int, int)? pBlock;
            if (tokens[s].Kind == CaptionTokenKind.Versus)
            {
                v = s;
                var s2 = PreviousSeparator(tokens, v);
                var before = WordsBetween(tokens, s2, v);
                if (s2 >= 0 && tokens[s2].Kind == CaptionTokenKind.PlaintiffRole && before is null)
                {
                    // NAMES, Plaintiff, [title, number] v. NAMES, Defendant.
                    p = s2;
                    pBlock = WordsBetween(tokens, PreviousSeparator(tokens, p), p) ?? FirstBlock(tokens, p);
                    if (pBlock is null && TwoParagraphs(tokens, dBlock.Value) is { } both)
                    {
                        // Plaintiff, v. NAMES ⏎⏎ NAMES, Defendant. — role words printed before the names (a converter
                        // emitting the role-word column first): the two paragraphs are the two parties, in order.
                        (pBlock, dBlock) = both;
                    }
                }
                else if (LateRole(tokens, d) is { } late)
                {
                    // v. NAMES, Defendants. / NAMES, Plaintiff,
                    p = late;
                    pBlock = WordsBetween(tokens, PreviousSeparator(tokens, p), p);
                }
                else
                {
                    // NAMES v. NAMES, Defendant. (no plaintiffs' role word), or NAMES, Plaintiff, JUNK v.
                    p = -1;
                    pBlock = before ?? (s2 >= 0 && tokens[s2].Kind == CaptionTokenKind.PlaintiffRole ? WordsBetween(tokens, PreviousSeparator(tokens, s2), s2) : null);
                }
            }
            else if (tokens[s].Kind == CaptionTokenKind.PlaintiffRole)
            {
                // NAMES v. Plaintiff, NAMES, Defendant — or NAMES V. PLAINTIFFS NAMES DEFENDANT.
                p = s;
                var s2 = PreviousSeparator(tokens, p);
                if (s2 < 0 || tokens[s2].Kind != CaptionTokenKind.Versus || WordsBetween(tokens, s2, p) is not null)
                {
                    continue;
                }

                v = s2;
                pBlock = WordsBetween(tokens, PreviousSeparator(tokens, v), v) ?? FirstBlock(tokens, v);
            }
            else
            {
                continue;
            }

            if (pBlock is not { } pb || v < 0)
            {
                continue;
            }

            var end = tokens[d].End;
            var start = Math.Min(tokens[pb.Item1].Start, tokens[dBlock.Value.Item1].Start);
            var last = Math.Max(end, p >= 0 ? tokens[p].End : end);
            return new PartyMatch(start, last, pb, dBlock.Value, p >= 0 ? RoleWord(tokens[p].Text) : null, d);
        }

        return null;
    }

    /// <summary>The block split at its one blank line into two paragraphs (null when it has none or more than one).</summary>
    private static ((int, int) First, (int, int) Second)? TwoParagraphs(List<CaptionToken> tokens, (int First, int Last) block)
    {
        var split = -1;
        var lastBefore = -1;
        var previousWord = -1;
        for (var i = block.First; i <= block.Last; i++)
        {
            if (tokens[i].Kind != CaptionTokenKind.Word || tokens[i].RightCell)
            {
                continue;
            }

            if (tokens[i].BlankBefore && i > block.First)
            {
                if (split >= 0)
                {
                    return null;
                }

                split = i;
                lastBefore = previousWord;
            }

            previousWord = i;
        }

        return split < 0 || lastBefore < block.First ? null : ((block.First, lastBefore), (split, block.Last));
    }

    /// <summary>The plaintiffs' role word printed soon after the defendants' (the columns read in the other order).</summary>
    private static int? LateRole(List<CaptionToken> tokens, int d)
    {
        for (var k = d + 1; k < tokens.Count && k - d <= MaxLateRoleDistance; k++)
        {
            switch (tokens[k].Kind)
            {
                case CaptionTokenKind.PlaintiffRole:
                    return WordsBetween(tokens, PreviousSeparator(tokens, k), k) is null ? null : k;
                case CaptionTokenKind.Body or CaptionTokenKind.DefendantRole or CaptionTokenKind.Versus:
                    return null;
            }
        }

        return null;
    }

    /// <summary>The index of the nearest token before <paramref name="k"/> that ends a block (−1 at the start).</summary>
    private static int PreviousSeparator(List<CaptionToken> tokens, int k, bool skipResidue = false)
    {
        for (var i = k - 1; i >= 0; i--)
        {
            if (tokens[i].Kind is not (CaptionTokenKind.Word or CaptionTokenKind.Title) && !(skipResidue && tokens[i].Kind == CaptionTokenKind.Residue))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first and last word token strictly between two indexes, or null when there is none (or too many).</summary>
    internal static (int, int)? WordsBetween(List<CaptionToken> tokens, int from, int to)
    {
        int? first = null;
        var last = -1;
        var count = 0;
        for (var i = from + 1; i < to; i++)
        {
            if (tokens[i].Kind == CaptionTokenKind.Word && !tokens[i].RightCell && tokens[i].Text.Any(char.IsLetterOrDigit))
            {
                first ??= i;
                last = i;
                count++;
            }
        }

        return first is { } f && count <= MaxBlockTokens ? (f, last) : null;
    }

    /// <summary>When the block right before a role word is empty (a box of other text sits there), the caption's first block.</summary>
    private static (int, int)? FirstBlock(List<CaptionToken> tokens, int before)
    {
        var start = 0;
        while (start < before && tokens[start].Kind is CaptionTokenKind.Boundary or CaptionTokenKind.Residue)
        {
            start++;
        }

        var end = start;
        while (end < before && tokens[end].Kind is CaptionTokenKind.Word or CaptionTokenKind.Title)
        {
            end++;
        }

        return WordsBetween(tokens, start - 1, end);
    }

    internal static string BlockText(List<CaptionToken> tokens, (int First, int Last) block)
    {
        var sb = new StringBuilder();
        for (var i = block.First; i <= block.Last; i++)
        {
            if (tokens[i].Kind == CaptionTokenKind.Word && !tokens[i].RightCell)
            {
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(tokens[i].Text);
            }
        }

        return sb.ToString();
    }

    private static string RoleWord(string token) => token.TrimEnd(Shared.TrimChars.CommaPeriodSemicolonColon);

    /// <summary>The title: the first headed run near the caption, then the runs interleaved with the caption or continuing it.</summary>
    private static void ReadTitle(StayOrderBucket bucket, string flow, List<CaptionToken> tokens, List<(int First, int Last)> runs, PartyMatch? match, Regions.Caption region)
    {
        var captionEnd = match?.End ?? region.Start;
        var limit = match?.End ?? Math.Min(region.End, region.Start + 1500);
        var parts = new List<string>();
        var previousEnd = -1;
        foreach (var (runFirst, last) in runs)
        {
            var first = runFirst;
            if (parts.Count == 0 && !RunHasHead(tokens, first, last))
            {
                // A stray word above the title (a label's "CASE" cut from "CASENO.:") does not hide the headed title
                // that starts on a later line of the same run.
                first = Enumerable.Range(first + 1, last - first).FirstOrDefault(i => tokens[i].LineStart && RunHasHead(tokens, i, last), -1);
                if (first < 0)
                {
                    continue;
                }
            }

            var s = tokens[first].Start;
            var e = tokens[last].End;
            if (parts.Count == 0)
            {
                if (s > limit + MaxTitleLead)
                {
                    continue;
                }
            }
            else if (s >= captionEnd && s - previousEnd > 40 && s - captionEnd > 40)
            {
                continue;
            }

            parts.Add(Shared.Text.Collapse(string.Join(' ', Enumerable.Range(first, last - first + 1).Select(i => tokens[i].Text))));
            bucket.TitleRuns.Add((s, e));
            previousEnd = e;
        }

        if (parts.Count > 0)
        {
            bucket.Set(FieldKeys.Title, string.Join(' ', parts).Trim().TrimEnd(Shared.TrimChars.CommaSemicolon), bucket.TitleRuns[0].Start, bucket.TitleRuns[^1].End);
        }

        _ = flow;
    }

    /// <summary>"DEFENDANT'S", "PLAINTIFFS'", "PARTIES'" … before a title's head ("DEFENDANT'S SECOND PROPOSED ORDER").</summary>
    private static bool IsPartyPossessive(string bare) =>
        bare is "DEFENDANT'S" or "DEFENDANTS'" or "PLAINTIFF'S" or "PLAINTIFFS'" or "PETITIONER'S" or "PETITIONERS'" or "RESPONDENT'S"
            or "RESPONDENTS'" or "PARTIES'" or "PARTY'S" or "GOVERNMENT'S" or "UNITED STATES'";

    private static bool RunHasHead(List<CaptionToken> tokens, int first, int last)
    {
        // A party's possessive and an ordinal may lead in: "DEFENDANT'S SECOND PROPOSED ORDER".
        var lead = first;
        if (IsPartyPossessive(tokens[first].Bare))
        {
            lead++;
            while (lead < last && tokens[lead].Bare is "SECOND" or "THIRD" or "FURTHER" or "FINAL" or "SUPPLEMENTAL" or "AMENDED" or "REVISED")
            {
                lead++;
            }
        }

        for (var i = first; i <= last && (i <= lead || TitleGrammar.IsConnector(tokens[i - 1].Bare) || tokens[i - 1].Bare is "[PROPOSED]" or "PROPOSED" or "AMENDED" or "JOINT" or "STIPULATED"
            || (TitleGrammar.IsHeadQualifier(tokens[i - 1]) && Enumerable.Range(i, last - i + 1).Any(m => TitleGrammar.IsQualifiedHead(tokens[m])))); i++)
        {
            if (TitleGrammar.IsHead(tokens[i]) && tokens[i].Bare is not ("FURTHER" or "SECOND" or "THIRD" or "FINAL" or "REPORT" or "SCHEDULING" or "PRETRIAL" or "TEMPORARY" or "INTERIM" or "PRELIMINARY"))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:(?<pl>Plaintiffs?|PLAINTIFFS?|Petitioners?|PETITIONERS?|Plaintiff\(s\)|PLAINTIFF\(S\))|(?<d>Defendants?|DEFENDANTS?|Respondents?|RESPONDENTS?|Defendant\(s\)|DEFENDANT\(S\)))(?<p>[.,;:]*)\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWordPattern();
}
