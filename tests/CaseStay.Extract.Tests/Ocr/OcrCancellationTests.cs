using System.Diagnostics;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>Cancellation reaches into libtesseract: a page stops mid-recognition, not at the next page.</summary>
public sealed class OcrCancellationTests(OcrFixture ocr) : IClassFixture<OcrFixture>
{
    [Fact]
    public void CancellingMidPage_StopsTheEngineLongBeforeThePageWouldFinish()
    {
        var png = File.ReadAllBytes(Path.Combine(TestPaths.TestData, "orders", "image-png-rhines", "input.png"));
        ocr.Provider.Recognize(png, 0, 300, CancellationToken.None); // engine and model warm, so the timed run is one page's work
        var whole = Stopwatch.StartNew();
        ocr.Provider.Recognize(png, 0, 300, new CancellationTokenSource().Token)!.Words.Should().NotBeEmpty();
        whole.Stop();

        // The same page again, cancelled after a tenth of the time it takes: the engine must give up mid-page
        // (Tesseract asks the monitor's cancel callback between words) and the call must say it was cancelled.
        using var cancel = new CancellationTokenSource(whole.Elapsed / 10);
        var cancelled = Stopwatch.StartNew();
        var act = () => ocr.Provider.Recognize(png, 0, 300, cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        cancelled.Stop();
        cancelled.Elapsed.Should().BeLessThan(whole.Elapsed / 2, $"the whole page took {whole.Elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void AnUncancelledToken_GivesTheSameWordsAsNoToken()
    {
        var png = File.ReadAllBytes(Path.Combine(TestPaths.TestData, "orders", "image-png-rhines", "input.png"));
        using var cancel = new CancellationTokenSource();
        var withMonitor = ocr.Provider.Recognize(png, 0, 300, cancel.Token)!.Words.Select(w => w.Text);
        var without = ocr.Provider.Recognize(png, 0, 300, CancellationToken.None)!.Words.Select(w => w.Text);
        withMonitor.Should().Equal(without);
    }
}
