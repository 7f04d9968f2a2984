namespace CaseStay.Extract.Layout;

/// <summary>
/// Positioned pages → the line model, for every positioned source (a PDF's text layer, OCR'd PDF pages, OCR'd images):
/// page-to-page rules on the laid-out pages (running footers dropped, continued footnotes moved), then every line
/// written word by word into <see cref="PositionedText"/>, its tokens carrying the word's box, page, OCR confidence and
/// flags.
/// </summary>
internal static class PageComposer
{
    /// <summary>
    /// The pages' lines as the line model: running footers dropped and continued footnotes moved (these edit the
    /// pages' lines), then every line written word by word (<see cref="PositionedText"/>) — its tokens carry the
    /// word's box, page and flags, and the canonical text the record's spans index is written with them.
    /// </summary>
    public static TextLayer Compose(List<PageLayout> pages, bool encrypted, IReadOnlyList<int> ocrPages, IReadOnlyList<int> lowResolution)
    {
        RemoveRunningFooters(pages);
        MoveFootnoteContinuations(pages);
        var written = new PositionedText();
        var withoutText = new List<int>();
        for (var p = 0; p < pages.Count; p++)
        {
            written.StartPage();
            var page = pages[p];
            if (!page.HasUsableText)
            {
                withoutText.Add(p + 1);
            }

            foreach (var line in page.Lines)
            {
                written.StartLine(line.BlankBefore);
                var flags = (line.IsFootnote ? TokenFlags.Footnote : TokenFlags.None)
                    | (line.IsTopBand ? TokenFlags.TopBand : TokenFlags.None)
                    | (line.IsBottomBand ? TokenFlags.BottomBand : TokenFlags.None);
                for (var i = 0; i < line.Words.Count; i++)
                {
                    var word = line.Words[i];
                    if (i == 0 && line.IsFootnote && line.Words.Count > 1 && word.Text.Length <= 2 && word.Text.All(char.IsAsciiDigit))
                    {
                        // A footnote's marker printed in footnote type ("1 The parties …") is its marker.
                        word = word with { Text = string.Concat(word.Text.Select(Shared.FootnoteMarkers.ToSuperscript)) };
                    }
                    else if (i == 0 && line.IsFootnote && word.Confidence is not null && word.Text.Length > 2
                        && word.Text[0] is '!' or '|' or 'l' or 'I' or '1' && char.IsUpper(word.Text[1]))
                    {
                        // OCR glues a raised footnote marker "1" to the first word and reads it as '!', '|' or 'l'.
                        word = word with { Text = "¹ " + word.Text[1..] };
                    }

                    var place = new TokenPlace(word.Page, word.Left, word.Bottom, word.Right, word.Top, word.Confidence,
                        flags | (HasSuperscript(word.Text) ? TokenFlags.Superscript : TokenFlags.None));
                    written.AppendWord(word.Text, place, i == 0);
                }
            }
        }

        var text = written.Text();
        return new TextLayer(text, pages.Count, withoutText, encrypted, ocrPages, lowResolution) { Lines = LineModel.FromPositioned(text, written.Tokens) };
    }

    private static bool HasSuperscript(string text)
    {
        foreach (var c in text)
        {
            if (c is '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' or '⁰')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bottom-band line's key for running-footer detection: its letters.</summary>
    internal static string FooterKey(PageLine l) => new(l.Text.Where(char.IsLetter).ToArray());

    /// <summary>Lines in the bottom band repeated on two or more pages (a running title) are dropped.</summary>
    private static void RemoveRunningFooters(List<PageLayout> pages)
    {
        if (pages.Count < 2)
        {
            return;
        }

        var counts = pages.SelectMany(p => p.Lines.Where(l => l.IsBottomBand).Select(FooterKey).Where(k => k.Length > 3).Distinct())
            .GroupBy(k => k).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        foreach (var page in pages)
        {
            page.Lines.RemoveAll(l => l.IsBottomBand && counts.Contains(FooterKey(l)));
        }
    }

    /// <summary>A footnote continued on the next page: its small-type lines without a marker at the foot of the
    /// next page are moved to follow the footnote they continue, so the text pipeline joins them.</summary>
    private static void MoveFootnoteContinuations(List<PageLayout> pages)
    {
        for (var p = 1; p < pages.Count; p++)
        {
            var previous = pages[p - 1];
            var lastNote = previous.Lines.LastOrDefault(l => l.IsFootnote);
            if (lastNote is null || EndsSentence(lastNote.Text))
            {
                continue;
            }

            var page = pages[p];
            var firstNote = page.Lines.FindIndex(l => l.IsFootnote);
            if (firstNote < 0 || StartsWithMarker(page.Lines[firstNote].Text))
            {
                continue;
            }

            var moved = new List<PageLine>();
            while (firstNote < page.Lines.Count && page.Lines[firstNote].IsFootnote && !StartsWithMarker(page.Lines[firstNote].Text))
            {
                moved.Add(page.Lines[firstNote] with { BlankBefore = false });
                page.Lines.RemoveAt(firstNote);
            }

            var at = previous.Lines.IndexOf(lastNote) + 1;
            previous.Lines.InsertRange(at, moved);
        }
    }

    internal static bool EndsSentence(string s)
    {
        var t = s.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '"' or '”' or ')';
    }

    internal static bool StartsWithMarker(string s) => s.Length > 0 && (s[0] is '¹' or '²' or '³' or '⁴' or '⁵' or '⁶' or '⁷' or '⁸' or '⁹' || char.IsAsciiDigit(s[0]));
}
