using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CaseStay.Extract.Pipeline;
using Slot = CaseStay.Extract.Pipeline.BucketSlots;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Sources;
using CaseStay.Extract.Telemetry;
using CaseStay.Extract.Text;

namespace CaseStay.Extract;

/// <summary>
/// The entry point: extracts a <see cref="StayOrder"/> from an E.D. Cal. order.
/// </summary>
/// <remarks>
/// Never throws for bad input: every failure comes back as an <see cref="ExtractionResult"/> with an
/// <see cref="ExtractionError"/> whose code is stable. Thread-safe; holds no mutable state.
/// The pipeline runs in stages: source → lines without the pleading margin (layout) → normalized text with a
/// map back to the input → field extractors → one validated record.
/// </remarks>
public static class StayOrderExtractor
{
    /// <summary>
    /// The default pipeline: the readers in the order they run, each with the bucket slots it needs from earlier
    /// readers and the slots it fills (checked when this is built; checked against what each reader really reads and
    /// changes by <c>Pipeline/ReaderDeclarationTests</c>). A new field's reader is one entry here.
    /// </summary>
    internal static ReaderPipeline DefaultReaders { get; } = new(
    [
        new FieldReader("court",
            Needs: Slot.None,
            Fills: Slot.Court | Slot.CaptionStart,
            Run: Readers.Courts.CourtReader.Read),
        new FieldReader("case-number",
            Needs: Slot.Court | Slot.CaptionStart,
            Fills: Slot.CaseNumber | Slot.CaseNumberSpans | Slot.FilingStamp,
            Run: Readers.CaseNumbers.CaseNumberReader.Read),
        new FieldReader("court-inference",
            Needs: Slot.CaseNumber,
            Fills: Slot.Court,
            Run: Readers.Courts.CourtReader.Infer),
        new FieldReader("caption",
            Needs: Slot.Court | Slot.CaptionStart | Slot.CaseNumberSpans,
            Fills: Slot.Parties | Slot.Title | Slot.TitleRuns | Slot.BodyStart,
            Run: Readers.Caption.CaptionReader.Extract),
        new FieldReader("judge",
            Needs: Slot.CaseNumber,
            Fills: Slot.Judge,
            Run: Readers.Signer.JudgeReader.Extract),
        new FieldReader("dated",
            Needs: Slot.CaptionStart | Slot.CaseNumberSpans,
            Fills: Slot.Dated,
            Run: Readers.Dated.DatedReader.Extract),
        new FieldReader("footnotes",
            Needs: Slot.BodyStart,
            Fills: Slot.Footnotes | Slot.FootnoteLines,
            Run: Readers.Footnotes.FootnoteExtractor.Extract),
        new FieldReader("directives",
            Needs: Slot.Title | Slot.BodyStart | Slot.Footnotes | Slot.FootnoteLines,
            Fills: Slot.Directives,
            Run: Readers.Directives.DirectiveExtractor.Extract),
        new FieldReader("stay",
            Needs: Slot.Title | Slot.BodyStart,
            Fills: Slot.IsStayOrder | Slot.NotStayReason | Slot.Stay | Slot.DocumentType,
            Run: Readers.Stay.StayReader.Read),
        new FieldReader("deadlines",
            Needs: Slot.Title | Slot.BodyStart | Slot.Dated | Slot.Directives | Slot.FootnoteLines | Slot.FilingStamp | Slot.DocumentType,
            Fills: Slot.Deadlines,
            Run: Readers.Deadlines.DeadlineExtractor.Extract),
        new FieldReader("references",
            Needs: Slot.None,
            Fills: Slot.Citations | Slot.Contacts | Slot.Facts,
            Run: Readers.References.ReferenceExtractor.Extract),
        new FieldReader("court-signer",
            Needs: Slot.CaseNumber | Slot.Judge,
            Fills: Slot.Court,
            Run: Readers.Courts.CourtReader.InferFromSigner),
    ]);

    /// <summary>Extracts from text already in memory (plain, OCR or markdown-ish).</summary>
    /// <param name="text">The order's text.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="path">A name to report as <see cref="SourceInfo.Path"/>, or null.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="ExtractionOptions.Validate"/>).</exception>
    public static ExtractionResult ExtractText(string? text, ExtractionOptions? options = null, string? path = null) =>
        ExtractText(text, options, path, CancellationToken.None);

    /// <summary>Extracts from text already in memory, observing <paramref name="cancellationToken"/> between the stages,
    /// before every reader and inside the long loops of the text stage.</summary>
    /// <param name="text">The order's text.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="path">A name to report as <see cref="SourceInfo.Path"/>, or null.</param>
    /// <param name="cancellationToken">Cancels the extraction: the result is then the error <c>cancelled</c>.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="ExtractionOptions.Validate"/>).</exception>
    public static ExtractionResult ExtractText(string? text, ExtractionOptions? options, string? path, CancellationToken cancellationToken)
    {
        options ??= ExtractionOptions.Default;
        options.Validate();
        return ExtractTextUnchecked(text, options, path, cancellationToken: cancellationToken);
    }

    /// <summary><see cref="ExtractText(string?, ExtractionOptions?, string?, CancellationToken)"/> without the options
    /// check (a batch checks them once).</summary>
    internal static ExtractionResult ExtractTextUnchecked(string? text, ExtractionOptions options, string? path, string? id = null, CancellationToken cancellationToken = default)
    {
        var start = Stopwatch.GetTimestamp();
        var activity = StayOrderTelemetry.StartFile(path, id);
        text ??= string.Empty;
        var sha = Sha256(Encoding.UTF8.GetBytes(text));
        ExtractionResult core;
        try
        {
            core = ExtractTextCore(text, options, path, sha, cancellationToken: cancellationToken);
        }
        catch (OperationCanceledException)
        {
            core = ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Text, 0, sha), ErrorCodes.Cancelled, "The extraction was cancelled.");
        }

        var result = Corrections.CorrectionApplier.Apply(core, options.Corrections);
        return StayOrderTelemetry.Complete(activity, options, id is null ? result : result with { Source = result.Source with { Id = id } }, start);
    }

    /// <summary>Extracts from a file: <c>.txt</c>/<c>.md</c> now; PDFs and images answer <c>unsupported-format</c> until their readers land.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="ExtractionOptions.Validate"/>).</exception>
    public static async Task<ExtractionResult> ExtractFileAsync(string path, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        options.Validate();
        var start = Stopwatch.GetTimestamp();
        var activity = StayOrderTelemetry.StartFile(path);
        var unknown = new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty);
        ExtractionResult result;
        try
        {
            if (CheckFile(path, options, unknown) is { } refused)
            {
                result = refused;
            }
            else
            {
                var bytes = await Sources.BoundedFile.ReadAsync(path, options.MaxFileBytes, cancellationToken).ConfigureAwait(false);
                result = bytes is null ? TooLargeRead(unknown, options) : ExtractBytes(bytes, path, options, cancellationToken);
            }
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            result = ReadFailure(e, unknown);
        }

        return StayOrderTelemetry.Complete(activity, options, result, start);
    }

    /// <summary>A batch worker's extraction of one file: synchronous, on the worker's own (large) stack.</summary>
    internal static ExtractionResult ExtractFileOnWorker(string path, ExtractionOptions options, CancellationToken cancellationToken, string? id = null)
    {
        var start = Stopwatch.GetTimestamp();
        var activity = StayOrderTelemetry.StartFile(path, id);
        var unknown = new SourceInfo(path, SourceKinds.Unknown, 0, string.Empty);
        ExtractionResult result;
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            result = CheckFile(path, options, unknown)
                ?? (Sources.BoundedFile.Read(path, options.MaxFileBytes, cancellationToken) is { } bytes
                    ? ExtractBytes(bytes, path, options with { OnLargeStack = true }, cancellationToken)
                    : TooLargeRead(unknown, options));
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            result = ReadFailure(e, unknown);
        }

        return StayOrderTelemetry.Complete(activity, options, id is null ? result : result with { Source = result.Source with { Id = id } }, start);
    }

    /// <summary>The record for a file that is missing or over the size limit, or null when it may be read.</summary>
    private static ExtractionResult? CheckFile(string path, ExtractionOptions options, SourceInfo unknown)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.FileNotFound, $"No file at '{path}'.");
        }

        if (Sources.BoundedFile.SpecialFileError(path) is { } special)
        {
            return ExtractionResult.Failed(unknown, special.Code, special.Message);
        }

        var length = new FileInfo(path).Length;
        return length > options.MaxFileBytes
            ? ExtractionResult.Failed(unknown, ErrorCodes.TooLarge, $"The file has {length} bytes; the limit is {options.MaxFileBytes}.")
            : null;
    }

    private static ExtractionResult TooLargeRead(SourceInfo unknown, ExtractionOptions options) =>
        ExtractionResult.Failed(unknown, ErrorCodes.TooLarge, $"More than {options.MaxFileBytes} bytes were read from the file (whatever size it claims); the limit is {options.MaxFileBytes}.");

    private static bool IsReadFailure(Exception e) =>
        e is OperationCanceledException or IOException or UnauthorizedAccessException or System.Security.SecurityException;

    private static ExtractionResult ReadFailure(Exception e, SourceInfo unknown) => e is OperationCanceledException
        ? ExtractionResult.Failed(unknown, ErrorCodes.Cancelled, "The extraction was cancelled.")
        : ExtractionResult.Failed(unknown, ErrorCodes.ReadFailed, $"The file could not be read: {e.Message}");

    /// <summary>Extracts from a file synchronously; see <see cref="ExtractFileAsync"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The result; never null.</returns>
    public static ExtractionResult ExtractFile(string path, ExtractionOptions? options = null) =>
        ExtractFileAsync(path, options).GetAwaiter().GetResult();

    /// <summary>Extracts from a stream of bytes (read to the end).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="name">A name to report; its extension is only a hint: the bytes decide the format.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The result; never null.</returns>
    /// <exception cref="ArgumentException">An option is invalid (see <see cref="ExtractionOptions.Validate"/>).</exception>
    public static async Task<ExtractionResult> ExtractAsync(Stream stream, string name, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ExtractionOptions.Default;
        options.Validate();
        var start = Stopwatch.GetTimestamp();
        var activity = StayOrderTelemetry.StartFile(name);
        return StayOrderTelemetry.Complete(activity, options, await ReadStreamAsync(stream, name, options, cancellationToken).ConfigureAwait(false), start);
    }

    private static async Task<ExtractionResult> ReadStreamAsync(Stream stream, string name, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var unknown = new SourceInfo(name, SourceKinds.Unknown, 0, string.Empty);
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > options.MaxFileBytes)
                {
                    return ExtractionResult.Failed(unknown, ErrorCodes.TooLarge, $"The stream exceeds the limit of {options.MaxFileBytes} bytes.");
                }

                buffer.Write(chunk, 0, read);
            }

            return ExtractBytes(buffer.ToArray(), name, options, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.Cancelled, "The extraction was cancelled.");
        }
        catch (IOException e)
        {
            return ExtractionResult.Failed(unknown, ErrorCodes.ReadFailed, $"The stream could not be read: {e.Message}");
        }
    }

    private static ExtractionResult ExtractBytes(byte[] bytes, string? path, ExtractionOptions options, CancellationToken cancellationToken) =>
        Corrections.CorrectionApplier.Apply(ExtractBytesUncorrected(bytes, path, options, cancellationToken), options.Corrections);

    private static ExtractionResult ExtractBytesUncorrected(byte[] bytes, string? path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var sha = Sha256(bytes);
        var (format, unsupported) = ResolveFormat(bytes, path);
        if (unsupported is not null)
        {
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, sha), unsupported.Code, unsupported.Message);
        }

        var result = format switch
        {
            SniffedFormat.Pdf => ExtractPdf(bytes, path, options, sha, cancellationToken),
            SniffedFormat.Png or SniffedFormat.Jpeg or SniffedFormat.Tiff => ExtractImage(bytes, path, options, sha, cancellationToken),
            _ => ExtractDecodedText(bytes, options, path, sha, cancellationToken),
        };
        if (!FormatSniffer.ExtensionDisagrees(path, format))
        {
            return result;
        }

        if (options.Logger is { } logger)
        {
            Log.FormatMismatch(logger, path, FormatSniffer.Describe(format));
        }

        var warning = new ExtractionWarning(WarningCodes.FormatMismatch,
            $"The name ends in '{Path.GetExtension(path)}' but the content is {FormatSniffer.Describe(format)}; it was read as {FormatSniffer.Describe(format)}.");
        return result with { Warnings = [warning, .. result.Warnings] };
    }

    /// <summary>The format the bytes decide; the extension only names the reader for empty or unrecognized bytes
    /// (so an empty or damaged <c>.pdf</c> still gets the PDF reader's <c>empty-document</c> or <c>pdf-corrupt</c>).</summary>
    private static (SniffedFormat Format, ExtractionError? Unsupported) ResolveFormat(byte[] bytes, string? path)
    {
        var format = FormatSniffer.Sniff(bytes);
        if (format == SniffedFormat.Empty)
        {
            return (FormatSniffer.FromExtension(path), null);
        }

        if (format != SniffedFormat.Unsupported)
        {
            return (format, null);
        }

        var hint = FormatSniffer.FromExtension(path);
        if (hint != SniffedFormat.Text)
        {
            return (hint, null);
        }

        var what = FormatSniffer.NameUnsupported(bytes) ?? "neither text, a PDF nor an image (PNG, JPEG, TIFF)";
        return (format, new ExtractionError(ErrorCodes.UnsupportedFormat, $"The content is {what}; supported: text (UTF-8, UTF-16), PDF, PNG, JPEG, TIFF."));
    }

    /// <summary>Text bytes: their byte-order mark (or UTF-16 shape) decides, else UTF-8 with invalid bytes replaced
    /// (warning <c>invalid-utf8</c>), Windows-1252 only for text that is not UTF-8 at all (warning).</summary>
    private static ExtractionResult ExtractDecodedText(byte[] bytes, ExtractionOptions options, string? path, string sha, CancellationToken cancellationToken)
    {
        var source = Sources.SourceText.Decode(bytes);
        return ExtractTextCore(source.Text, options, path, sha, decodeWarnings: source.Warnings, cancellationToken: cancellationToken);
    }

    /// <summary>The text the pipeline reads for a file, after layout analysis (for PDFs: reading order, margin
    /// numbers, sidebars and running footers removed, caption cells split); for diagnosing an extraction.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The text, or null with an error when the file cannot be read.</returns>
    /// <param name="options">Options (OCR provider and mode), or null for the defaults.</param>
    public static async Task<(string? Text, ExtractionError? Error)> ReadTextAsync(string path, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= ExtractionOptions.Default;
        if (!File.Exists(path))
        {
            return (null, new ExtractionError(ErrorCodes.FileNotFound, $"No file at '{path}'."));
        }

        options.Validate();
        if (Sources.BoundedFile.SpecialFileError(path) is { } special)
        {
            return (null, special);
        }

        if (await Sources.BoundedFile.ReadAsync(path, options.MaxFileBytes, cancellationToken).ConfigureAwait(false) is not { } bytes)
        {
            return (null, new ExtractionError(ErrorCodes.TooLarge, $"The file holds more than {options.MaxFileBytes} bytes."));
        }

        var (format, unsupported) = ResolveFormat(bytes, path);
        if (unsupported is not null)
        {
            return (null, unsupported);
        }

        if (format == SniffedFormat.Pdf)
        {
            var (layer, error) = Pdf.PdfTextReader.Read(bytes, options with { PdfSkipsBodyOfLongNonOrders = false }, cancellationToken);
            return (layer?.Text, error);
        }

        if (format is SniffedFormat.Png or SniffedFormat.Jpeg or SniffedFormat.Tiff)
        {
            var (imageLayer, imageError) = Ocr.OcrImageReader.Read(bytes, options, cancellationToken);
            return (imageLayer?.Text, imageError);
        }

        return (Sources.SourceText.Decode(bytes).Text, null);
    }

    private static ExtractionResult ExtractPdf(byte[] bytes, string? path, ExtractionOptions options, string sha, CancellationToken cancellationToken)
    {
        TextLayer? layer;
        ExtractionError? error;
        using (StayOrderTelemetry.StartStage(StayOrderTelemetry.ReadActivity))
        {
            (layer, error) = Pdf.PdfTextReader.Read(bytes, options, cancellationToken, HeadTypeReader(options));
        }

        if (layer is null)
        {
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Unknown, 0, sha), error!.Code, error.Message);
        }

        return Pdf.PdfEarlyStop.Extract(layer, l => FromLayer(l, path, options, sha, l.OcrPages.Count > 0 ? SourceKinds.PdfOcr : SourceKinds.PdfText, cancellationToken));
    }

    private static ExtractionResult ExtractImage(byte[] bytes, string? path, ExtractionOptions options, string sha, CancellationToken cancellationToken)
    {
        TextLayer? layer;
        ExtractionError? error;
        using (StayOrderTelemetry.StartStage(StayOrderTelemetry.ReadActivity))
        {
            (layer, error) = Ocr.OcrImageReader.Read(bytes, options, cancellationToken);
        }

        return layer is null
            ? ExtractionResult.Failed(new SourceInfo(path, SourceKinds.ImageOcr, 0, sha), error!.Code, error.Message)
            : FromLayer(layer, path, options, sha, SourceKinds.ImageOcr, cancellationToken);
    }

    private static ExtractionResult FromLayer(TextLayer layer, string? path, ExtractionOptions options, string sha, string kind, CancellationToken cancellationToken)
    {
        var source = new SourceInfo(path, kind, layer.Pages, sha) { OcrPages = layer.OcrPages.Count };
        var warnings = new List<ExtractionWarning>();
        if (layer.Encrypted)
        {
            warnings.Add(new ExtractionWarning(WarningCodes.PdfEncrypted, "The PDF is encrypted with an owner password only; its text was readable."));
        }

        var unread = layer.PagesWithoutText.Except(layer.OcrPages).ToList();
        if (unread.Count > 0)
        {
            warnings.Add(new ExtractionWarning(WarningCodes.OcrNeeded,
                $"Page(s) {string.Join(", ", unread)} of {layer.Pages} have no usable text layer (scanned or unmapped glyphs); they need OCR"
                + (options.Ocr is null ? " (no OCR engine configured)." : options.OcrMode == Ocr.OcrMode.Never ? " (OCR is off)." : " (OCR found no text).")));
        }

        if (layer.LowResolutionPages.Count > 0)
        {
            warnings.Add(new ExtractionWarning(WarningCodes.LowResolution,
                $"Page(s) {string.Join(", ", layer.LowResolutionPages)} were scanned under 200 dpi; OCR errors are likely."));
        }

        var needsOcr = new NotStayReason(NotStayReasons.NeedsOcr, "The PDF has no usable text layer (a scan); its pages need OCR.");
        if (string.IsNullOrWhiteSpace(layer.Text))
        {
            return new ExtractionResult(source, new StayOrder { IsStayOrder = false, NotStayReason = needsOcr }, null, warnings);
        }

        var result = ExtractLinesCore(layer.Lines, options, path, sha, ocr: layer.OcrPages.Count > 0, cancellationToken: cancellationToken);
        if (result.Success && unread.Count == layer.Pages)
        {
            // Only a stamp or labels were readable: keep what they say (case number, court), decide nothing else.
            result = result with { Order = result.Order with { IsStayOrder = false, NotStayReason = needsOcr, Stay = null } };
        }
        if (!result.Success)
        {
            return result with { Source = source };
        }

        return result with
        {
            Source = source,
            Warnings = [.. warnings, .. result.Warnings, .. Ocr.OcrFieldConfidence.Warnings(result.Order, layer.Lines, layer.OcrPages)],
        };
    }

    /// <summary>Text → lines → record for a text source: the text is normalized and checked, its lines assembled
    /// (<see cref="LineModel.FromText"/>), then <see cref="ReadLines"/>. <paramref name="cancellationToken"/> is
    /// observed between the stages, before every reader and inside the long loops; cancelling throws
    /// <see cref="OperationCanceledException"/> to the caller, which answers <c>cancelled</c>.</summary>
    internal static ExtractionResult ExtractTextCore(string text, ExtractionOptions options, string? path, string sha, bool ocr = false,
        IReadOnlyList<ExtractionWarning>? decodeWarnings = null, CancellationToken cancellationToken = default)
    {
        var warnings = new List<ExtractionWarning>(decodeWarnings ?? []);
        text = Sources.SourceText.NormalizeCompatibility(text);
        if (Refuse(text, options, path, sha, warnings) is { } refused)
        {
            return refused;
        }

        if (text.Length > options.MaxTextLength)
        {
            text = text[..options.MaxTextLength];
        }

        return ReadLines(text, null, options, path, sha, ocr, warnings, cancellationToken);
    }

    /// <summary>The document type of a long PDF's head pages (<see cref="Pdf.PdfEarlyStop"/>): lines → record with the
    /// caller's options and token.</summary>
    /// <param name="options">The caller's options.</param>
    /// <returns>The reader of the head's document type.</returns>
    internal static Func<LineModel, CancellationToken, string?> HeadTypeReader(ExtractionOptions options) =>
        (lines, cancellationToken) => ExtractLinesCore(lines, options, null, string.Empty, cancellationToken: cancellationToken).Order?.DocumentType;

    /// <summary>Lines → record for a positioned source (PDF, OCR): the line model its pages wrote, checked like a text
    /// (binary, length), then <see cref="ReadLines"/>; no text is assembled again.</summary>
    internal static ExtractionResult ExtractLinesCore(LineModel model, ExtractionOptions options, string? path, string sha, bool ocr = false, CancellationToken cancellationToken = default)
    {
        var warnings = new List<ExtractionWarning>();
        return Refuse(model.Text, options, path, sha, warnings) is { } refused
            ? refused
            : ReadLines(null, model.Cut(options.MaxTextLength), options, path, sha, ocr, warnings, cancellationToken);
    }

    /// <summary>The record for a text that is not read (empty, binary), or null; a warning when it is cut.</summary>
    private static ExtractionResult? Refuse(string text, ExtractionOptions options, string? path, string sha, List<ExtractionWarning> warnings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Text, 0, sha), ErrorCodes.EmptyDocument, "The document has no text.");
        }

        if (LooksBinary(text))
        {
            return new ExtractionResult(new SourceInfo(path, SourceKinds.Text, 1, sha),
                new StayOrder { IsStayOrder = false, NotStayReason = new NotStayReason(NotStayReasons.UnreadableText, "The file is not readable text (binary data).") },
                null,
                [new ExtractionWarning(WarningCodes.UnreadableText, "More than a tenth of the characters are control or replacement characters.")]);
        }

        if (text.Length > options.MaxTextLength)
        {
            warnings.Add(new ExtractionWarning(WarningCodes.UnreadableText, $"The text was cut to its first {options.MaxTextLength} characters."));
        }

        return null;
    }

    /// <summary>Lines → record, where both sources meet: the lines of <paramref name="model"/> (or of
    /// <paramref name="text"/>, assembled here inside the layout stage), the flow, the readers in order, the record.</summary>
    private static ExtractionResult ReadLines(string? text, LineModel? model, ExtractionOptions options, string? path, string sha, bool ocr,
        List<ExtractionWarning> warnings, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var layout = StayOrderTelemetry.StartStage(StayOrderTelemetry.LayoutActivity);
            model ??= LineModel.FromText(text!);
            if (model.Reordered)
            {
                warnings.Add(new ExtractionWarning(WarningCodes.PagesReordered, "The caption page was not first; pages were read in caption-first order."));
            }

            cancellationToken.ThrowIfCancellationRequested();
            var document = NormalizedDocument.Build(model.Text, model.Lines, model.Pages, cancellationToken);
            layout?.Dispose();
            using var fields = StayOrderTelemetry.StartStage(StayOrderTelemetry.FieldsActivity);
            var bucket = new StayOrderBucket(document, options) { IsOcr = ocr, CancellationToken = cancellationToken };
            DefaultReaders.Run(bucket);
            var order = bucket.CalculateValue();
            warnings.AddRange(bucket.Warnings);
            var pages = model.Pages;
            if (model.Tokens.Count > 0)
            {
                // Positioned lines: every span gets the box of its tokens.
                order = SpanBoxes.Attach(order, model.Tokens);
                for (var i = 0; i < warnings.Count; i++)
                {
                    warnings[i] = warnings[i] with { Span = SpanBoxes.Of(warnings[i].Span, model.Tokens) };
                }
            }

            return new ExtractionResult(new SourceInfo(path, SourceKinds.Text, pages, sha), order, null, warnings);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            // A defect in an extractor must not cost the caller the other files of a batch.
            return ExtractionResult.Failed(new SourceInfo(path, SourceKinds.Text, 0, sha), ErrorCodes.InternalError,
                $"{e.GetType().Name}: {e.Message}");
        }
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var bad = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f'))
            {
                bad++;
            }
        }

        return bad * 10 > sample.Length;
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
