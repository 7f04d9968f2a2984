using NodaTime;

namespace CaseStay.Extract.Review;

/// <summary>Options of <see cref="StayOrderReport"/>. Immutable; change with <c>with</c>.</summary>
public sealed record StayOrderReportOptions
{
    /// <summary>The defaults: 100 dpi page images, processor-count parallelism, <c>pdftoppm</c> from the PATH.</summary>
    public static StayOrderReportOptions Default { get; } = new();

    /// <summary>Resolution of the page images rendered from PDFs (default 100 dpi: legible, small and quick).</summary>
    public int Dpi { get; init; } = 100;

    /// <summary>Files whose page images are rendered at once (default: the processor count).</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The <c>pdftoppm</c> executable (Poppler) that renders PDF pages; a name is looked up on the PATH.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    /// <summary>Converts images a browser cannot show (TIFF, …) to PNG pages; null (the default): such an image's fields
    /// are listed without the page. <c>CaseStay.Extract.Ocr.LeptonicaImageConverter</c> is one (<c>casestay review</c>
    /// uses it).</summary>
    public IPageImageConverter? ImageConverter { get; init; }

    /// <summary>A field whose OCR confidence is below this (0–1) needs a person's look (default 0.85).</summary>
    public double LowConfidence { get; init; } = 0.85;

    /// <summary>The day "next due" is counted from: the nearest due date on or after it; null (the default): the
    /// earliest due date of each file.</summary>
    public LocalDate? Today { get; init; }

    /// <summary>The folder relative source paths are resolved from (e.g. the folder of a JSON Lines file an earlier
    /// <c>casestay extract</c> wrote); null: the current directory.</summary>
    public string? BaseDirectory { get; init; }

    /// <summary>Write page images (true, the default). False writes the pages without images (fields, text and
    /// deadlines only), e.g. for a quick preview or when <c>pdftoppm</c> is unavailable.</summary>
    public bool RenderPages { get; init; } = true;

    /// <summary>A line printed in the page footers (e.g. "generated 2026-12-07 15:00 by casestay"); null: none
    /// (the default, so that the same input always gives the same bytes).</summary>
    public string? Footer { get; init; }

    /// <summary>The second folder relative source paths are tried in (the JSON Lines file's folder).</summary>
    internal string? FallbackDirectory { get; init; }

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException">An option is out of range or null; <see cref="ArgumentException.ParamName"/> names it.</exception>
    public void Validate()
    {
        if (Dpi is < 24 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(Dpi), Dpi, $"{nameof(StayOrderReportOptions)}.{nameof(Dpi)} must be between 24 and 600.");
        }

        if (MaxParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxParallelism), MaxParallelism, $"{nameof(StayOrderReportOptions)}.{nameof(MaxParallelism)} must be at least 1.");
        }

        if (string.IsNullOrWhiteSpace(PdftoppmPath))
        {
            throw new ArgumentException($"{nameof(StayOrderReportOptions)}.{nameof(PdftoppmPath)} must name an executable.", nameof(PdftoppmPath));
        }

        if (LowConfidence is < 0 or > 1 || double.IsNaN(LowConfidence))
        {
            throw new ArgumentOutOfRangeException(nameof(LowConfidence), LowConfidence, $"{nameof(StayOrderReportOptions)}.{nameof(LowConfidence)} must be between 0 and 1.");
        }
    }
}
