namespace CaseStay.Extract;

/// <summary>
/// Where a value was read: the page, the logical line and the character span in the input text.
/// </summary>
/// <param name="Page">1-based page number (from form feeds or pleading-paper line-number restarts).</param>
/// <param name="Line">1-based logical line within the whole document, after margin numbers were removed.</param>
/// <param name="Start">0-based offset of the first character in the original input text.</param>
/// <param name="Length">Number of input characters the value spans (including anything removed in between, such as margin numbers).</param>
/// <remarks>For PDF and OCR sources <see cref="Box"/> also holds the bounding box in PDF points; for text it is null.</remarks>
public readonly record struct SourceSpan(int Page, int Line, int Start, int Length)
{
    /// <summary>Bounding box of the value on its page, in PDF points, when the source has geometry; otherwise null.</summary>
    public BoundingBox? Box { get; init; }

    /// <summary>For text read by OCR: the mean word confidence (0–1) of the span; null otherwise.</summary>
    public double? Confidence { get; init; }

    /// <summary>Offset one past the last character of the span in the input text.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int End => Start + Length;
}

/// <summary>An axis-aligned rectangle on a page, in PDF points (origin bottom-left).</summary>
/// <param name="Left">Left edge.</param>
/// <param name="Bottom">Bottom edge.</param>
/// <param name="Right">Right edge.</param>
/// <param name="Top">Top edge.</param>
public sealed record BoundingBox(double Left, double Bottom, double Right, double Top);
