namespace CaseStay.Extract;

/// <summary>Options of an extraction. Immutable; change with <c>with</c>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>When the signature block prints only a title, fill the judge's name from the case-number
    /// initials and the roster, marked <see cref="Judge.Inferred"/>. Off by default: absent means null.</summary>
    public bool InferJudgeFromInitials { get; init; }

    /// <summary>The court the orders come from, as data (<see cref="Courts.CourtProfile"/>: judge roster, holidays, divisions,
    /// local rules, stay kinds). Default <see cref="Courts.CourtProfiles.EasternDistrictOfCalifornia"/>; pass a profile
    /// with a corrected or extended roster with <c>with</c>.</summary>
    public Courts.CourtProfile Court { get; init; } = Courts.CourtProfiles.EasternDistrictOfCalifornia;

    /// <summary>The legal holidays Rule 6(a) skips: unless set, the court's (<see cref="Courts.CourtProfile.Holidays"/>;
    /// for E.D. Cal. <see cref="Deadlines.HolidayCalendar.FederalAndCalifornia"/>, as Rule 6(a)(6)(C) counts the holidays
    /// of the state where the court sits); or <see cref="Deadlines.HolidayCalendar.Federal"/>, or a caller-supplied
    /// <see cref="Deadlines.HolidayCalendar.Custom"/> calendar.</summary>
    public Deadlines.HolidayCalendar HolidayCalendar
    {
        get => _holidaysSet ? _holidays! : Court.Holidays;
        init => (_holidays, _holidaysSet) = (value, true);
    }

    private readonly Deadlines.HolidayCalendar? _holidays;
    private readonly bool _holidaysSet;

    /// <summary>The OCR engine for scanned PDFs and images (e.g. <c>TesseractOcrProvider</c> from the package
    /// CaseStay.Extract.Ocr); null: scans are reported as needing OCR, images fail with <c>ocr-unavailable</c>.</summary>
    public Ocr.IOcrProvider? Ocr { get; init; }

    /// <summary>When to OCR PDF pages: <see cref="Ocr.OcrMode.Auto"/> (pages without a usable text layer), never, or always.</summary>
    public Ocr.OcrMode OcrMode { get; init; } = CaseStay.Extract.Ocr.OcrMode.Auto;

    /// <summary>Corrections a person made on the review page (<c>corrections.json</c>), applied to every later extraction
    /// of the same bytes (matched by SHA-256) and recorded in <see cref="StayOrder.Corrections"/>; a correction for a file
    /// of the same name but other bytes gets the warning <c>correction-stale</c> and is not applied. Null: none.</summary>
    public global::CaseStay.Extract.Corrections.CorrectionSet? Corrections { get; init; }

    /// <summary>Files larger than this are not read (error <c>too-large</c>). Default 64 MiB.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Texts longer than this (in characters) are cut before analysis, with a warning. Default 4 million.</summary>
    public int MaxTextLength { get; init; } = 4_000_000;

    /// <summary>Receives one log message per file (Debug: extracted; Warning: failed, format mismatch) and per batch
    /// (Information: started, ended; Warning: cancelled); null (the default): no logging. Category-free: pass
    /// <c>loggerFactory.CreateLogger("CaseStay.Extract")</c>.</summary>
    public Microsoft.Extensions.Logging.ILogger? Logger { get; init; }

    /// <summary>Checks every option; the extraction and batch entry points call it, so a bad value fails at the call
    /// instead of as odd per-file errors.</summary>
    /// <exception cref="ArgumentException">An option is out of range or null; <see cref="ArgumentException.ParamName"/>
    /// names it.</exception>
    public void Validate()
    {
        if (MaxFileBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFileBytes), MaxFileBytes, $"{nameof(ExtractionOptions)}.{nameof(MaxFileBytes)} must be positive.");
        }

        if (MaxTextLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextLength), MaxTextLength, $"{nameof(ExtractionOptions)}.{nameof(MaxTextLength)} must be positive.");
        }

        if (MaxPages <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPages), MaxPages, $"{nameof(ExtractionOptions)}.{nameof(MaxPages)} must be positive.");
        }

        if (MaxImagePixels <= 0 || MaxTotalPixels < MaxImagePixels)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxImagePixels), MaxImagePixels, $"{nameof(ExtractionOptions)}.{nameof(MaxImagePixels)} must be positive and at most {nameof(MaxTotalPixels)}.");
        }

        if (Court is null)
        {
            throw new ArgumentNullException(nameof(Court), $"{nameof(ExtractionOptions)}.{nameof(Court)} must not be null (use CourtProfiles.EasternDistrictOfCalifornia).");
        }

        if (HolidayCalendar is null)
        {
            throw new ArgumentNullException(nameof(HolidayCalendar), $"{nameof(ExtractionOptions)}.{nameof(HolidayCalendar)} must not be null (use HolidayCalendar.Federal or FederalAndCalifornia).");
        }

        if (!Enum.IsDefined(OcrMode))
        {
            throw new ArgumentOutOfRangeException(nameof(OcrMode), OcrMode, $"{nameof(ExtractionOptions)}.{nameof(OcrMode)} is not a defined mode.");
        }
    }
    /// <summary>PDFs and images with more pages than this are refused (error <c>too-large</c>); every listing of a
    /// page in a PDF's page tree counts. Default 2,000.</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>An image (PDF page image, PNG, JPEG or TIFF frame) with more pixels (width × height) than this is
    /// refused before decoding (error <c>too-large</c>). Default 64 million (600 dpi on a legal page is 34 million).</summary>
    public long MaxImagePixels { get; init; } = 64_000_000;

    /// <summary>The pixel budget of one file: pages × image pixels (for a PDF, the largest image of each page);
    /// beyond it the file is refused before decoding (error <c>too-large</c>). Default 4 billion (about 470 letter
    /// pages scanned at 300 dpi).</summary>
    public long MaxTotalPixels { get; init; } = 4_000_000_000;

    /// <summary>Set by a batch whose workers already run on large stacks: PDFs are then parsed on the calling
    /// thread instead of on a thread of their own.</summary>
    internal bool OnLargeStack { get; init; }

    /// <summary>A test's hook around each reader of the pipeline, by the reader's name (null, the default: none); lets a
    /// test make one reader throw without any static state.</summary>
    internal Func<string, Action<Pipeline.StayOrderBucket>, Action<Pipeline.StayOrderBucket>>? ReaderWrapper { get; init; }

    /// <summary>A long PDF whose first pages make it a transcript or a verdict has only its head and last pages laid
    /// out and read (the pages between are checked for a text layer only); true by default, false in tests that
    /// compare against the full read and for <c>casestay text</c>.</summary>
    internal bool PdfSkipsBodyOfLongNonOrders { get; init; } = true;
}
