using SharpFuzz;

namespace CaseStay.Extract.Fuzz;

/// <summary>
/// The AFL targets. The library's promise is a record for every input, never an exception; so an exception that
/// escapes, a stack overflow, or a record that admits an internal failure (<c>internal-error</c>, or a reader that
/// threw: warning <c>reader-failed</c>) is a crash for AFL. Targets: <c>pdf</c> (the bytes as a file through
/// <see cref="StayOrderExtractor.ExtractAsync"/>, OCR off) and <c>text</c> (the bytes as UTF-8 text through
/// <see cref="StayOrderExtractor.ExtractText(string?, ExtractionOptions?, string?)"/>). Outside AFL, SharpFuzz runs the target once on standard input,
/// which replays a crash: <c>casestay-fuzz pdf &lt; crash-file</c>.
/// </summary>
internal static class FuzzTarget
{
    private static readonly ExtractionOptions s_options = ExtractionOptions.Default with { OcrMode = Ocr.OcrMode.Never };

    public static int Run(string[] args)
    {
        var target = args.Length > 0 ? args[0] : "pdf";
        switch (target)
        {
            case "pdf":
                Fuzzer.OutOfProcess.Run(stream => Check(Pdf(stream)));
                return 0;
            case "text":
                Fuzzer.OutOfProcess.Run(stream => Check(Text(stream)));
                return 0;
            default:
                Console.Error.WriteLine("usage: casestay-fuzz pdf|text  (input on standard input, or under afl-fuzz)");
                return 2;
        }
    }

    private static ExtractionResult Pdf(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return StayOrderExtractor.ExtractAsync(copy, "fuzz.pdf", s_options).GetAwaiter().GetResult();
    }

    private static ExtractionResult Text(Stream stream)
    {
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return StayOrderExtractor.ExtractText(reader.ReadToEnd(), s_options);
    }

    private static void Check(ExtractionResult result)
    {
        if (result.Error?.Code == ErrorCodes.InternalError)
        {
            throw new InvalidOperationException("internal-error: " + result.Error.Message);
        }

        if (result.Warnings.FirstOrDefault(w => w.Code == WarningCodes.ReaderFailed) is { } failed)
        {
            throw new InvalidOperationException("reader-failed: " + failed.Message);
        }
    }
}
