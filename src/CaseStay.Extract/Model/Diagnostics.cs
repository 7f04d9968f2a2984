using System.Text.Json.Serialization;

namespace CaseStay.Extract;

/// <summary>A warning about the input or the extraction; the record is still returned.</summary>
/// <param name="Code">A stable kebab-case code from <see cref="WarningCodes"/>.</param>
/// <param name="Message">A human-readable sentence.</param>
/// <param name="Span">Where the problem was seen, when known.</param>
public sealed record ExtractionWarning(string Code, string Message, [property: JsonPropertyName("provenance")] SourceSpan? Span = null);

/// <summary>Why a file could not be extracted at all.</summary>
/// <param name="Code">A stable kebab-case code from <see cref="ErrorCodes"/>.</param>
/// <param name="Message">A human-readable sentence.</param>
public sealed record ExtractionError(string Code, string Message);

/// <summary>Stable warning codes.</summary>
public static class WarningCodes
{
    /// <summary>The printed directive labels are not 1, 2, 3, … (duplicates, gaps, going back, or a lost number).</summary>
    public const string DirectiveNumbering = "directive-numbering";
    /// <summary>The order was issued by another court than E.D. Cal.</summary>
    public const string NotEasternDistrict = "not-eastern-district";
    /// <summary>The dated line is present but blank (left for a hand signature).</summary>
    public const string DatedLineBlank = "dated-line-blank";
    /// <summary>No case number was found.</summary>
    public const string MissingCaseNumber = "missing-case-number";
    /// <summary>No dated line was found.</summary>
    public const string MissingDate = "missing-date";
    /// <summary>A footnote marker is referenced but its text was not found.</summary>
    public const string FootnoteMissing = "footnote-missing";
    /// <summary>The case number's initials do not match the signing judge.</summary>
    public const string JudgeInitialsMismatch = "judge-initials-mismatch";
    /// <summary>The text looked binary or mostly unreadable.</summary>
    public const string UnreadableText = "unreadable-text";
    /// <summary>The PDF is encrypted with an owner password only; its text was read.</summary>
    public const string PdfEncrypted = "pdf-encrypted";
    /// <summary>Some pages have no usable text layer and need OCR.</summary>
    public const string OcrNeeded = "ocr-needed";
    /// <summary>A page image is under 200 dpi.</summary>
    public const string LowResolution = "low-resolution";
    /// <summary>A value read by OCR was repaired (e.g. "2:24-ev-O2760" → "2:24-cv-02760"); the message says how.</summary>
    public const string OcrRepaired = "ocr-repaired";
    /// <summary>A field read by OCR whose words' mean confidence is under 0.80 or whose weakest word is under 0.50; the
    /// message names the field, the span points at it.</summary>
    public const string LowConfidence = "low-confidence";
    /// <summary>The caption page was printed after a later page; the pages were put back in order.</summary>
    public const string PagesReordered = "pages-reordered";
    /// <summary>A deadline is measured from the order's date, but the order has no dated line.</summary>
    public const string DeadlineWithoutDate = "deadline-without-date";
    /// <summary>A phrase looks like a deadline but was not understood (or its number is inconsistent); no date was computed for it. The span says where.</summary>
    public const string DeadlineNotUnderstood = "deadline-not-understood";
    /// <summary>One field reader failed on this input; its fields were left out and the others kept. The message names the reader.</summary>
    public const string ReaderFailed = "reader-failed";
    /// <summary>The file's extension names another format than its bytes hold (e.g. a PDF named <c>.txt</c>); the bytes decided.</summary>
    public const string FormatMismatch = "format-mismatch";
    /// <summary>The text file has bytes that are not valid in its encoding (UTF-8 without a byte-order mark, or the one
    /// its mark names); each was replaced by U+FFFD. The message gives the count.</summary>
    public const string InvalidUtf8 = "invalid-utf8";
    /// <summary>The text file is not UTF-8 (not one valid multi-byte sequence) and was read as Windows-1252.</summary>
    public const string Windows1252 = "windows-1252";
    /// <summary>A correction names this file (by name) but was made for other bytes (another SHA-256); it was not applied.</summary>
    public const string CorrectionStale = "correction-stale";
    /// <summary>A correction for this file could not be applied (an unknown field, a value that does not parse, a deadline that is not there).</summary>
    public const string CorrectionInvalid = "correction-invalid";
}

/// <summary>Stable error codes.</summary>
public static class ErrorCodes
{
    /// <summary>The path does not exist.</summary>
    public const string FileNotFound = "file-not-found";
    /// <summary>The file could not be read (permissions, I/O).</summary>
    public const string ReadFailed = "read-failed";
    /// <summary>The document has no text at all.</summary>
    public const string EmptyDocument = "empty-document";
    /// <summary>The file type is not supported (yet).</summary>
    public const string UnsupportedFormat = "unsupported-format";
    /// <summary>The file is larger than <see cref="ExtractionOptions.MaxFileBytes"/>.</summary>
    public const string TooLarge = "too-large";
    /// <summary>The PDF is damaged.</summary>
    public const string PdfCorrupt = "pdf-corrupt";
    /// <summary>The PDF is encrypted.</summary>
    public const string PdfEncrypted = "pdf-encrypted";
    /// <summary>The image could not be decoded.</summary>
    public const string ImageCorrupt = "image-corrupt";
    /// <summary>The OCR engine or its language data is missing.</summary>
    public const string OcrUnavailable = "ocr-unavailable";
    /// <summary>Extraction took longer than allowed.</summary>
    public const string Timeout = "timeout";
    /// <summary>The operation was cancelled by the caller.</summary>
    public const string Cancelled = "cancelled";
    /// <summary>An unexpected internal failure; the message says what failed.</summary>
    public const string InternalError = "internal-error";
    /// <summary>A folder or file found while walking a folder could not be read (permissions, I/O, a dangling link); the walk went on.</summary>
    public const string FileUnreadable = "file-unreadable";
    /// <summary>The path is a FIFO, a device or a socket, not a regular file; it was not read (it could block or never end).</summary>
    public const string NotARegularFile = "not-a-regular-file";
    /// <summary>A symbolic link in a folder points outside the folder given; it was not followed (allow with --follow-symlinks).</summary>
    public const string SymlinkOutsideRoot = "symlink-outside-root";
    /// <summary>The isolated worker process reading the file died (a stack overflow, a native crash or another abnormal
    /// exit) before it answered; the batch replaced the worker and went on (see <see cref="BatchOptions.Isolation"/>).</summary>
    public const string PdfCrash = "pdf-crash";
    /// <summary>Reading the file needed more memory than allowed: the isolated worker went over
    /// <see cref="Isolation.WorkerLauncher.MemoryLimitBytes"/> (or the system killed it) and was replaced.</summary>
    public const string OutOfMemory = "out-of-memory";
}
