using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// Stage 1–2 for born-digital PDFs: words from letters (PdfPig's nearest-neighbour word extractor, never
/// <c>page.Text</c>), lines from baselines, the pleading margin, sidebars and running footers removed by
/// geometry, the caption's two cells split, superscripts kept as ¹²³, and pages whose text layer is unusable
/// flagged for OCR. The result is the line model (<see cref="PdfTextLayer.Lines"/>: tokens with their words' boxes,
/// page and flags) and the canonical text written with it.
/// </summary>
internal static class PdfTextReader
{
    public static (PdfTextLayer? Layer, ExtractionError? Error) Read(byte[] bytes, CancellationToken cancellationToken) =>
        Read(bytes, ExtractionOptions.Default with { OcrMode = Ocr.OcrMode.Never }, cancellationToken);

    /// <summary>Reads the text layer (and OCR'd pages) of a PDF as its line model.</summary>
    /// <param name="bytes">The PDF.</param>
    /// <param name="options">Options (OCR, limits, the early stop).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="headType">Reads the document type of the head pages' lines, for the early stop on long transcripts
    /// and verdicts (<see cref="PdfEarlyStop"/>; the pipeline's readers, passed in by the caller so that this folder does
    /// not depend on the facade); null reads every page.</param>
    /// <returns>The layer, or an error.</returns>
    public static (PdfTextLayer? Layer, ExtractionError? Error) Read(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, Func<Layout.LineModel, CancellationToken, string?>? headType = null)
    {
        if (bytes.Length == 0)
        {
            return (null, new ExtractionError(ErrorCodes.EmptyDocument, "The file is empty (0 bytes)."));
        }

        if (!HasPdfHeader(bytes))
        {
            return (null, new ExtractionError(ErrorCodes.PdfCorrupt, "The file has a .pdf name but is not a PDF (no %PDF- header)."));
        }

        if (NestingDepth(bytes) > MaxNesting)
        {
            return (null, new ExtractionError(ErrorCodes.PdfCorrupt, $"The PDF nests dictionaries or arrays more than {MaxNesting} levels deep; it is not read (a parser would run out of stack)."));
        }

        if (PdfGuard.Check(bytes, options, cancellationToken) is { } refused)
        {
            return (null, refused);
        }

        // PdfPig recurses through object graphs: parse on a thread with a large stack, so a hostile page tree
        // cannot overflow the caller's stack and take the whole batch down (a batch's workers already have one).
        (PdfTextLayer? Layer, ExtractionError? Error) outcome = (null, null);
        Exception? failure = null;
        void Parse()
        {
            try
            {
                outcome = ReadCore(bytes, options, cancellationToken, headType);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }

        if (options.OnLargeStack)
        {
            Parse();
        }
        else
        {
            var thread = new Thread(Parse, Shared.LargeStackWorkers.StackSize) { IsBackground = true, Name = "casestay-pdf" };
            thread.Start();
            thread.Join();
        }

        if (failure is OperationCanceledException oce)
        {
            throw new OperationCanceledException(oce.Message, oce, cancellationToken);
        }

        return failure is null ? outcome : (null, new ExtractionError(ErrorCodes.PdfCorrupt, $"The PDF could not be read ({failure.GetType().Name}): {failure.Message}"));
    }

    private const int MaxNesting = 256;

    /// <summary>The deepest nesting of "&lt;&lt;" and "[" outside streams and strings.</summary>
    internal static int NestingDepth(byte[] bytes)
    {
        var depth = 0;
        var max = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b == (byte)'s' && i + 6 < bytes.Length && bytes[i + 1] == 't' && bytes[i + 2] == 'r' && bytes[i + 3] == 'e' && bytes[i + 4] == 'a' && bytes[i + 5] == 'm'
                && (bytes[i + 6] == '\r' || bytes[i + 6] == '\n'))
            {
                var end = IndexOf(bytes, "endstream"u8, i + 6);
                i = end < 0 ? bytes.Length : end + 8;
                continue;
            }

            switch (b)
            {
                case (byte)'(':
                    i = SkipString(bytes, i);
                    break;
                case (byte)'%':
                    while (i < bytes.Length && bytes[i] is not (byte)'\n' and not (byte)'\r')
                    {
                        i++;
                    }

                    break;
                case (byte)'<' when i + 1 < bytes.Length && bytes[i + 1] == '<':
                    depth++;
                    i++;
                    break;
                case (byte)'>' when i + 1 < bytes.Length && bytes[i + 1] == '>':
                    depth = Math.Max(0, depth - 1);
                    i++;
                    break;
                case (byte)'[':
                    depth++;
                    break;
                case (byte)']':
                    depth = Math.Max(0, depth - 1);
                    break;
            }

            max = Math.Max(max, depth);
        }

        return max;
    }

    /// <summary>From the opening parenthesis of a PDF literal string at <paramref name="i"/>: the index of its closing
    /// parenthesis (escapes and balanced inner parentheses skipped), or the length when the string is not closed.</summary>
    internal static int SkipString(ReadOnlySpan<byte> bytes, int i)
    {
        var level = 0;
        for (; i < bytes.Length; i++)
        {
            switch (bytes[i])
            {
                case (byte)'\\':
                    i++;
                    break;
                case (byte)'(':
                    level++;
                    break;
                case (byte)')':
                    if (--level == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return i;
    }

    private static int IndexOf(byte[] bytes, ReadOnlySpan<byte> needle, int from)
    {
        var at = bytes.AsSpan(from).IndexOf(needle);
        return at < 0 ? -1 : from + at;
    }

    private static (PdfTextLayer? Layer, ExtractionError? Error) ReadCore(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, Func<Layout.LineModel, CancellationToken, string?>? headType)
    {
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var total = document.NumberOfPages;
            var pages = new List<PageLayout>(total);
            var ocrPages = new List<int>();
            var lowResolution = new List<int>();
            var margin = new Ocr.OcrDocumentMargin();
            var skipping = false;
            var skipped = new List<PdfSkippedPage>();
            for (var n = 1; n <= total; n++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var page = document.GetPage(n);
                PageLayout layout;
                if (skipping && n <= total - PdfEarlyStop.TailPages)
                {
                    // The body of a long transcript or verdict: checked for a text layer (for the OCR decision and the
                    // ocr-needed warning), laid out only when it has none; its words are kept in case it must be read.
                    var upright = PageRotation.Of(page);
                    var words = WordsOf(upright.Letters, n).ToList();
                    if (PageLayout.IsUsable(page, upright, words))
                    {
                        pages.Add(PageLayout.Skipped());
                        skipped.Add(new PdfSkippedPage(n, words, upright.Width, upright.Height, PageLayout.VerticalRules(page, upright)));
                        continue;
                    }

                    layout = PageLayout.Analyze(page, upright, words);
                }
                else
                {
                    layout = PageLayout.Analyze(page);
                }

                var wantOcr = options.OcrMode == Ocr.OcrMode.Always || (options.OcrMode == Ocr.OcrMode.Auto && !layout.HasUsableText);
                if (wantOcr && options.Ocr is { } ocr && PdfPageOcr.Recognize(ocr, bytes, page, cancellationToken, options.MaxImagePixels, margin) is { } recognized)
                {
                    layout = recognized.Layout;
                    ocrPages.Add(n);
                    if (recognized.Dpi < 200)
                    {
                        lowResolution.Add(n);
                    }
                }

                pages.Add(layout);
                if (n == PdfEarlyStop.HeadPages && headType is not null && PdfEarlyStop.Applies(total, options))
                {
                    skipping = PdfEarlyStop.HeadAllowsSkipping(pages, headType, cancellationToken);
                }
            }

            var encrypted = document.IsEncrypted;
            if (skipped.Count == 0)
            {
                return (Compose(pages, encrypted, ocrPages, lowResolution), null);
            }

            // Composing edits the pages' lines: keep copies for the full read.
            var kept = pages.Select(p => p.Copy()).ToList();
            PdfTextLayer Full()
            {
                var all = kept.Select(p => p.Copy()).ToList();
                foreach (var s in skipped)
                {
                    all[s.Number - 1] = PageLayout.AnalyzeWords(s.Words, s.Width, s.Height, s.VerticalRules, true);
                }

                return Compose(all, encrypted, ocrPages, lowResolution);
            }

            if (!PdfEarlyStop.ReadPagesAgree(pages, skipped.Select(s => s.Number).ToList()))
            {
                // A running footer or a footnote may cross into a skipped page: read those pages after all.
                return (Full(), null);
            }

            return (Compose(pages, encrypted, ocrPages, lowResolution) with { SkippedPages = skipped.Select(s => s.Number).ToList(), ReadSkipped = Full }, null);
        }
        catch (PdfDocumentEncryptedException e)
        {
            return (null, new ExtractionError(ErrorCodes.PdfEncrypted, $"The PDF is encrypted and needs a password to open: {e.Message}"));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var encrypted = e.Message.Contains("encrypt", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("password", StringComparison.OrdinalIgnoreCase);
            return (null, encrypted
                ? new ExtractionError(ErrorCodes.PdfEncrypted, $"The PDF is encrypted and could not be opened: {e.Message}")
                : new ExtractionError(ErrorCodes.PdfCorrupt, $"The PDF could not be read ({e.GetType().Name}): {e.Message}"));
        }
    }

    private static bool HasPdfHeader(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 1024));
        return head.Contains("%PDF-", StringComparison.Ordinal);
    }

    /// <summary>
    /// The pages' lines as the line model: running footers dropped and continued footnotes moved (these edit the
    /// pages' lines), then every line written word by word (<see cref="Layout.PositionedText"/>) — its tokens carry the
    /// word's box, page and flags, and the canonical text the record's spans index is written with them.
    /// </summary>
    internal static PdfTextLayer Compose(List<PageLayout> pages, bool encrypted, IReadOnlyList<int> ocrPages, IReadOnlyList<int> lowResolution)
    {
        RemoveRunningFooters(pages);
        MoveFootnoteContinuations(pages);
        var written = new Layout.PositionedText();
        var placed = new List<PlacedWord>();
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
                var flags = (line.IsFootnote ? Layout.TokenFlags.Footnote : Layout.TokenFlags.None)
                    | (line.IsTopBand ? Layout.TokenFlags.TopBand : Layout.TokenFlags.None)
                    | (line.IsBottomBand ? Layout.TokenFlags.BottomBand : Layout.TokenFlags.None);
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

                    var place = new Layout.TokenPlace(word.Page, word.Left, word.Bottom, word.Right, word.Top, word.Confidence,
                        flags | (HasSuperscript(word.Text) ? Layout.TokenFlags.Superscript : Layout.TokenFlags.None));
                    placed.Add(new PlacedWord(written.AppendWord(word.Text, place, i == 0), word, line.IsFootnote || line.IsTopBand));
                }
            }
        }

        var text = written.Text();
        return new PdfTextLayer(text, placed, pages.Count, withoutText, encrypted, ocrPages, lowResolution) { Lines = Layout.LineModel.FromPositioned(text, written.Tokens) };
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
    internal static string FooterKey(PdfLine l) => new(l.Text.Where(char.IsLetter).ToArray());

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

            var moved = new List<PdfLine>();
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

    /// <summary>
    /// Words from letters in content-stream order, in one linear pass: a word ends at a space glyph, a change of
    /// baseline, a horizontal gap wider than a quarter of the font size, or a step backwards. (PdfPig's
    /// nearest-neighbour extractor gives the same words on court orders but costs several times more.)
    /// </summary>
    internal static IEnumerable<PageWord> WordsOf(Page page) => WordsOf(PageRotation.Of(page).Letters, page.Number);

    /// <summary>The same for letters already in the page's reading frame (see <see cref="PageRotation"/>).</summary>
    internal static IEnumerable<PageWord> WordsOf(IReadOnlyList<Letter> letters, int pageNumber)
    {
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal || string.IsNullOrWhiteSpace(letter.Value))
            {
                if (current.Count > 0)
                {
                    yield return Word(current, pageNumber);
                    current.Clear();
                }

                continue;
            }

            if (current.Count > 0)
            {
                var previous = current[^1];
                var size = Math.Max(1, Math.Max(previous.PointSize, letter.PointSize));
                var gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                var rise = Math.Abs(letter.StartBaseLine.Y - previous.StartBaseLine.Y);
                var superscriptEdge = rise > 0.15 * size && Math.Abs(letter.PointSize - previous.PointSize) > 0.5 && gap < 0.25 * size && gap > -0.5 * size;
                if ((rise > 0.3 * size && !superscriptEdge) || gap > 0.25 * size || gap < -0.5 * size)
                {
                    yield return Word(current, pageNumber);
                    current.Clear();
                }
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            yield return Word(current, pageNumber);
        }
    }

    private static PageWord Word(List<Letter> letters, int page)
    {
        // One pass over the letters: box, sizes, the text's length and the letters superscript detection needs.
        double left = double.MaxValue, bottom = double.MaxValue, right = double.MinValue, top = double.MinValue;
        var count = letters.Count;
        Span<double> sizes = count <= 64 ? stackalloc double[count] : new double[count];
        var kept = new PageLetter[count];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            var l = letters[i];
            var r = l.BoundingBox;
            var start = l.StartBaseLine;
            left = Math.Min(left, Math.Min(r.Left, start.X));
            right = Math.Max(right, Math.Max(r.Right, l.EndBaseLine.X));
            bottom = Math.Min(bottom, Math.Min(r.Bottom, start.Y));
            top = Math.Max(top, Math.Max(r.Top, start.Y + (l.PointSize * 0.7)));
            sizes[i] = l.PointSize;
            kept[i] = new PageLetter(l.Value, start.Y, l.PointSize);
            length += l.Value.Length;
        }

        sizes.Sort();
        var text = count == 1 ? kept[0].Value : string.Create(length, kept, static (span, all) =>
        {
            foreach (var letter in all)
            {
                letter.Value.AsSpan().CopyTo(span);
                span = span[letter.Value.Length..];
            }
        });
        return new PageWord(text, page, left, bottom, right, top, kept[0].Baseline, sizes[count / 2]) { Letters = kept };
    }
}

/// <summary>A page checked for a text layer and not laid out, with what laying it out later needs.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Words">Its words.</param>
/// <param name="Width">Page width, points.</param>
/// <param name="Height">Page height, points.</param>
/// <param name="VerticalRules">Its vertical rules (caption separators).</param>
internal sealed record PdfSkippedPage(int Number, List<PageWord> Words, double Width, double Height, IReadOnlyList<(double X, double Top, double Bottom)> VerticalRules);
