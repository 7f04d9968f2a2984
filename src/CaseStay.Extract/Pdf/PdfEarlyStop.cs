using CaseStay.Extract.Layout;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// Stopping early on long documents that are not orders (issue 17). A transcript or a verdict gives the record
/// its caption (court, case number, parties), its type and the dates and signatures of its first and last pages;
/// stay decisions, directives and deadlines come only from orders. So when the first <see cref="HeadPages"/> pages
/// of a document of at least <see cref="MinPages"/> pages read as a transcript or a verdict, the pages between the
/// head and the last <see cref="TailPages"/> are only checked for a text layer (what the OCR decision and the
/// <c>ocr-needed</c> warning need) and not laid out or read. Pages without a text layer are still laid out (and
/// OCR'd when OCR is on), so the source's OCR pages and warnings stay those of the full read.
/// </summary>
/// <remarks>
/// The text of the pages read must be what the full read gives for them, so the shortcut is not taken (or is undone
/// after the last page) when a page-to-page rule could cross a skipped page: a bottom-band line printed on only one
/// of the pages read (a running footer is dropped when it repeats), a footnote left open at the end of a page read
/// before a skipped one or continued at the top of a page read after one, a caption header missing from the head
/// (pages are reordered caption-first), or OCR of every page.
/// </remarks>
internal static class PdfEarlyStop
{
    /// <summary>Pages read before the document type is decided.</summary>
    public const int HeadPages = 2;

    /// <summary>Last pages always read (signature, certificate, date).</summary>
    public const int TailPages = 2;

    /// <summary>The shortest document whose body may be skipped (at least three pages skipped).</summary>
    public const int MinPages = HeadPages + TailPages + 3;

    /// <summary>True when the shortcut may be considered for a document of <paramref name="total"/> pages.</summary>
    public static bool Applies(int total, ExtractionOptions options) =>
        options.PdfSkipsBodyOfLongNonOrders && options.OcrMode != Ocr.OcrMode.Always && total >= MinPages;

    /// <summary>
    /// After the head pages: true when they read as a transcript or a verdict and nothing printed on them may
    /// depend on the pages to be skipped.
    /// </summary>
    /// <param name="head">The laid-out head pages (not changed).</param>
    /// <param name="headType">The document type of lines: the pipeline's readers run with the caller's options
    /// (<c>StayOrderExtractor.HeadTypeReader</c>).</param>
    /// <param name="cancellationToken">The caller's token.</param>
    /// <returns>Whether the body may be skipped.</returns>
    public static bool HeadAllowsSkipping(IReadOnlyList<PageLayout> head, Func<LineModel, CancellationToken, string?> headType, CancellationToken cancellationToken)
    {
        if (!FootersSettled(head) || HasOpenFootnote(head[^1]))
        {
            return false;
        }

        var copy = head.Select(p => p.Copy()).ToList();
        var model = PageComposer.Compose(copy, false, [], []).Lines;
        if (string.IsNullOrWhiteSpace(model.Text) || !MayNameTranscriptOrVerdict(model.Text))
        {
            return false;
        }

        if (model.Reordered || !PageOrder.HasCaptionHeader(model.Text, model.Lines))
        {
            return false;
        }

        var type = headType(model, cancellationToken);
        return type is DocumentTypes.Transcript or DocumentTypes.Verdict;
    }

    /// <summary>A cheap test before the readers run on the head: the document type reader calls a document a
    /// transcript or a verdict only for the word "transcript", "reporter's record" or "verdict"; their letters in
    /// order, whatever the spacing, punctuation and case between them, are a superset.</summary>
    internal static bool MayNameTranscriptOrVerdict(string text)
    {
        var letters = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters.Append(char.ToUpperInvariant(c));
            }
        }

        var s = letters.ToString();
        return s.Contains("TRANSCRIPT", StringComparison.Ordinal) || s.Contains("VERDICT", StringComparison.Ordinal)
            || s.Contains("REPORTERSRECORD", StringComparison.Ordinal);
    }

    /// <summary>
    /// Extracts from a layer; when pages were skipped and the result places anything (a field's provenance, a
    /// directive, a footnote, a deadline phrase, a warning) after the head pages — where the skipped pages would
    /// have moved its offset and line — extracts again from the full read, so the result is the full read's.
    /// </summary>
    /// <param name="layer">The text layer, possibly with skipped pages.</param>
    /// <param name="extract">The extraction of a layer.</param>
    /// <returns>The result.</returns>
    public static ExtractionResult Extract(TextLayer layer, Func<TextLayer, ExtractionResult> extract)
    {
        var result = extract(layer);
        return layer.ReadSkipped is { } full && !WithinHead(result) ? extract(full()) : result;
    }

    /// <summary>True when everything the result locates lies on the head pages (whose text and offsets are the
    /// full read's).</summary>
    internal static bool WithinHead(ExtractionResult result)
    {
        static bool In(SourceSpan? span) => span is not { } s || s.Page <= HeadPages;
        if (!result.Success || result.Order is not { } order)
        {
            return false;
        }

        return order.Provenance.Values.All(s => In(s))
            && order.Directives.All(d => d.Page <= HeadPages && In(d.Span))
            && order.Footnotes.All(f => In(f.Span))
            && order.Deadlines.All(d => In(d.PhraseSpan))
            && result.Warnings.All(w => In(w.Span));
    }

    /// <summary>
    /// After the last page: true when no running footer or footnote of a page read crosses a skipped page, i.e. the
    /// pages read compose to the text the full read gives for them.
    /// </summary>
    /// <param name="pages">All pages, skipped ones empty.</param>
    /// <param name="skipped">The skipped pages (1-based).</param>
    /// <returns>Whether the skipped pages may stay unread.</returns>
    public static bool ReadPagesAgree(IReadOnlyList<PageLayout> pages, IReadOnlyList<int> skipped)
    {
        var isSkipped = new bool[pages.Count + 2];
        foreach (var n in skipped)
        {
            isSkipped[n] = true;
        }

        var read = new List<PageLayout>(pages.Count);
        for (var n = 1; n <= pages.Count; n++)
        {
            if (isSkipped[n])
            {
                continue;
            }

            read.Add(pages[n - 1]);
            if (isSkipped[n + 1] && HasOpenFootnote(pages[n - 1]))
            {
                return false;
            }

            if (isSkipped[n - 1] && ContinuesFootnote(pages[n - 1]))
            {
                return false;
            }
        }

        return FootersSettled(read);
    }

    /// <summary>No bottom-band key is printed on exactly one of the pages: each is either absent from a skipped page's
    /// decision (printed on two or more pages read, so dropped either way) or absent altogether.</summary>
    private static bool FootersSettled(IReadOnlyList<PageLayout> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in page.Lines)
            {
                if (line.IsBottomBand && PageComposer.FooterKey(line) is { Length: > 3 } key && seen.Add(key))
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return counts.Values.All(c => c >= 2);
    }

    /// <summary>The page's last footnote line does not end a sentence (it may continue on the next page).</summary>
    private static bool HasOpenFootnote(PageLayout page) =>
        page.Lines.LastOrDefault(l => l.IsFootnote && !IsRunningFooter(l)) is { } last && !PageComposer.EndsSentence(last.Text);

    /// <summary>The page's first footnote line has no marker (it may continue the previous page's footnote).</summary>
    private static bool ContinuesFootnote(PageLayout page) =>
        page.Lines.Find(l => l.IsFootnote && !IsRunningFooter(l)) is { } first && !PageComposer.StartsWithMarker(first.Text);

    /// <summary>A bottom-band line the running-footer rule drops once <see cref="FootersSettled"/> holds (its key is
    /// printed on two or more pages), so the footnote rules never see it.</summary>
    private static bool IsRunningFooter(PageLine line) => line.IsBottomBand && PageComposer.FooterKey(line).Length > 3;
}
