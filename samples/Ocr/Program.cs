// A scan through Tesseract: dotnet run --project samples/Ocr -- testdata/orders/scan-vdrp-300dpi/input.pdf
using CaseStay.Extract;
using CaseStay.Extract.Ocr;

var path = args.Length > 0 ? args[0] : "testdata/orders/scan-vdrp-300dpi/input.pdf";
if (!TesseractOcrProvider.TryCreate(out var ocr, out var error))
{
    Console.Error.WriteLine(error!.Message);   // ocr-unavailable: names the Debian packages to install
    return 1;
}

using (ocr)
{
    var options = ExtractionOptions.Default with { Ocr = ocr, OcrMode = OcrMode.Auto };
    var result = await StayOrderExtractor.ExtractFileAsync(path, options);
    Console.WriteLine($"{result.Source.Kind}: {result.Source.OcrPages} of {result.Source.Pages} pages OCR'd");
    Console.WriteLine(result.TryGetValue(out var order)
        ? $"{order.CaseNumber?.Normalized} | {order.Judge?.Name} | stay: {order.IsStayOrder} ({order.Stay?.Kind})"
        : $"{result.Error!.Code}: {result.Error.Message}");
    return result.Success ? 0 : 1;
}
