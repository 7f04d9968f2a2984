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
/// flagged for OCR (<see cref="PdfPageLayout"/>, then <see cref="PageLayout.AnalyzeWords"/> as for every positioned
/// source). The result is the line model (<see cref="TextLayer.Lines"/>: tokens with their words' boxes, page and
/// flags) and the canonical text written with it (<see cref="PageComposer.Compose"/>).
/// </summary>
internal static class PdfTextReader
{
    public static (TextLayer? Layer, ExtractionError? Error) Read(byte[] bytes, CancellationToken cancellationToken) =>
        Read(bytes, ExtractionOptions.Default with { OcrMode = Ocr.OcrMode.Never }, cancellationToken);

    /// <summary>Reads the text layer (and OCR'd pages) of a PDF as its line model.</summary>
    /// <param name="bytes">The PDF.</param>
    /// <param name="options">Options (OCR, limits, the early stop).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <param name="headType">Reads the document type of the head pages' lines, for the early stop on long transcripts
    /// and verdicts (<see cref="PdfEarlyStop"/>; the pipeline's readers, passed in by the caller so that this folder does
    /// not depend on the facade); null reads every page.</param>
    /// <returns>The layer, or an error.</returns>
    public static (TextLayer? Layer, ExtractionError? Error) Read(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, Func<LineModel, CancellationToken, string?>? headType = null)
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
        (TextLayer? Layer, ExtractionError? Error) outcome = (null, null);
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

    private static (TextLayer? Layer, ExtractionError? Error) ReadCore(byte[] bytes, ExtractionOptions options, CancellationToken cancellationToken, Func<LineModel, CancellationToken, string?>? headType)
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
                    if (PdfPageLayout.IsUsable(page, upright, words))
                    {
                        pages.Add(PageLayout.Skipped());
                        skipped.Add(new PdfSkippedPage(n, words, upright.Width, upright.Height, PdfPageLayout.VerticalRules(page, upright)));
                        continue;
                    }

                    layout = PdfPageLayout.Analyze(page, upright, words);
                }
                else
                {
                    layout = PdfPageLayout.Analyze(page);
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
                return (PageComposer.Compose(pages, encrypted, ocrPages, lowResolution), null);
            }

            // Composing edits the pages' lines: keep copies for the full read.
            var kept = pages.Select(p => p.Copy()).ToList();
            TextLayer Full()
            {
                var all = kept.Select(p => p.Copy()).ToList();
                foreach (var s in skipped)
                {
                    all[s.Number - 1] = PageLayout.AnalyzeWords(s.Words, s.Width, s.Height, s.VerticalRules, true);
                }

                return PageComposer.Compose(all, encrypted, ocrPages, lowResolution);
            }

            if (!PdfEarlyStop.ReadPagesAgree(pages, skipped.Select(s => s.Number).ToList()))
            {
                // A running footer or a footnote may cross into a skipped page: read those pages after all.
                return (Full(), null);
            }

            return (PageComposer.Compose(pages, encrypted, ocrPages, lowResolution) with { SkippedPages = skipped.Select(s => s.Number).ToList(), ReadSkipped = Full }, null);
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
