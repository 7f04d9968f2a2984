using CaseStay.Extract.Ocr;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>One real Tesseract engine pool shared by the OCR tests. A missing engine fails them (never skips).</summary>
public sealed class OcrFixture : IDisposable
{
    public OcrFixture()
    {
        if (!TesseractOcrProvider.TryCreate(out var provider, out var error))
        {
            throw new InvalidOperationException($"{error!.Code}: {error.Message}");
        }

        Provider = provider!;
    }

    public TesseractOcrProvider Provider { get; }

    public ExtractionOptions Options => ExtractionOptions.Default with { Ocr = Provider };

    public void Dispose() => Provider.Dispose();
}
