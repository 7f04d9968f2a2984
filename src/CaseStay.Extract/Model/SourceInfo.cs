namespace CaseStay.Extract;

/// <summary>What was read.</summary>
/// <param name="Path">The file path as given, or null for in-memory text.</param>
/// <param name="Kind">One of <see cref="SourceKinds"/>.</param>
/// <param name="Pages">Number of pages seen (text: form feeds and pleading-paper page restarts).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the input bytes.</param>
public sealed record SourceInfo(string? Path, string Kind, int Pages, string Sha256)
{
    /// <summary>The caller's identifier of the document (e.g. the <c>id</c> of a JSON Lines input record), or null.</summary>
    public string? Id { get; init; }

    /// <summary>Pages that were read by OCR (a PDF with one scanned page among ten counts 1), 0 when none.</summary>
    public int OcrPages { get; init; }
}

/// <summary>The stable values of <see cref="SourceInfo.Kind"/>.</summary>
public static class SourceKinds
{
    /// <summary>Plain, OCR or markdown-ish text.</summary>
    public const string Text = "text";
    /// <summary>A PDF with a usable text layer.</summary>
    public const string PdfText = "pdf-text";
    /// <summary>A PDF whose pages were OCR'd.</summary>
    public const string PdfOcr = "pdf-ocr";
    /// <summary>An image that was OCR'd.</summary>
    public const string ImageOcr = "image-ocr";
    /// <summary>The kind could not be determined (the file failed before it was read).</summary>
    public const string Unknown = "unknown";
}
