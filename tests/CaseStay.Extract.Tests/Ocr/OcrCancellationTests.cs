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
        ocr.Provider.Recognize(png, 0, 300, CancellationToken.None); // engine and model warm, so the measured run is one page's work
        var wholeCpu = ThreadCpu();
        ocr.Provider.Recognize(png, 0, 300, new CancellationTokenSource().Token)!.Words.Should().NotBeEmpty();
        wholeCpu = ThreadCpu() - wholeCpu;

        // The same page again, cancelled after a tenth of the time it takes: the engine must give up mid-page
        // (Tesseract asks the monitor's cancel callback between words) and the call must say it was cancelled.
        // Measured in this thread's CPU time (the engine runs on the calling thread), which other tests loading the
        // cores do not stretch the way they stretch wall-clock time.
        // The cancel comes from a dedicated thread (not a timer on the thread pool, which a busy test run can starve).
        using var cancel = new CancellationTokenSource();
        var canceller = new Thread(() =>
        {
            // A tenth of the page's CPU time, as wall time: the engine thread cannot use more CPU than that before the
            // cancel lands, however loaded the machine was when the whole page was measured.
            Thread.Sleep(wholeCpu / 10);
            cancel.Cancel();
        }) { IsBackground = true };
        var cancelledCpu = ThreadCpu();
        canceller.Start();
        var act = () => ocr.Provider.Recognize(png, 0, 300, cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        cancelledCpu = ThreadCpu() - cancelledCpu;
        canceller.Join();
        cancelledCpu.Should().BeLessThan(wholeCpu / 2, $"the whole page took {wholeCpu.TotalMilliseconds:F0} ms of CPU");
    }

    /// <summary>CPU time of the calling thread (Linux: utime + stime of /proc/thread-self/stat, in clock ticks of 10 ms).</summary>
    private static TimeSpan ThreadCpu()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
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
