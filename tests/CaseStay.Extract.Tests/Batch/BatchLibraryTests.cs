using System.Diagnostics;
using CaseStay.Extract.Telemetry;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CaseStay.Extract.Tests.Batch;

/// <summary>Issue 14: library idioms a .NET user expects (validated options, cancellation that throws, logging, tracing).</summary>
public class BatchLibraryTests
{
    private static List<string> TextInputs() =>
        Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string, Func<ExtractionOptions, ExtractionOptions>> BadExtractionOptions() => new()
    {
        { "MaxFileBytes", o => o with { MaxFileBytes = -1 } },
        { "MaxTextLength", o => o with { MaxTextLength = 0 } },
        { "HolidayCalendar", o => o with { HolidayCalendar = null! } },
        { "OcrMode", o => o with { OcrMode = (Extract.Ocr.OcrMode)42 } },
    };

    [Theory]
    [MemberData(nameof(BadExtractionOptions))]
    public async Task InvalidOptions_ThrowArgumentException_AtTheCall_NamingTheOption(string name, Func<ExtractionOptions, ExtractionOptions> change)
    {
        var options = change(ExtractionOptions.Default);
        var file = TextInputs()[0];
        FluentActions.Invoking(() => StayOrderExtractor.ExtractText("text", options)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be(name);
        await FluentActions.Awaiting(() => StayOrderExtractor.ExtractFileAsync(file, options)).Should().ThrowAsync<ArgumentException>();
        // The batch throws when called, before any enumeration.
        FluentActions.Invoking(() => StayOrderBatch.ExtractAllAsync([file], BatchOptions.Default with { Extraction = options }))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(name);
    }

    [Fact]
    public void InvalidBatchOptions_ThrowAtTheCall()
    {
        FluentActions.Invoking(() => StayOrderBatch.ExtractAllAsync(["x.txt"], BatchOptions.Default with { MaxParallelism = 0 }))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("MaxParallelism");
        FluentActions.Invoking(() => StayOrderBatch.ExtractAllAsync(["x.txt"], BatchOptions.Default with { PerFileTimeout = TimeSpan.Zero }))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("PerFileTimeout");
    }

    [Fact]
    public async Task Cancelling_YieldsWhatFinished_ThenThrowsOperationCanceled()
    {
        var files = Enumerable.Repeat(TextInputs(), 10).SelectMany(f => f).ToList();
        using var cancel = new CancellationTokenSource();
        var seen = new List<ExtractionResult>();
        var act = async () =>
        {
            await foreach (var r in StayOrderBatch.ExtractAllAsync(files, BatchOptions.Default with { MaxParallelism = 2, Ordered = true }, null, cancel.Token))
            {
                seen.Add(r);
                if (seen.Count == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>("a cancelled batch must be told from a finished one");
        seen.Should().HaveCountGreaterThanOrEqualTo(3).And.HaveCountLessThan(files.Count);
        seen.Should().OnlyContain(r => r.Success, "files in flight are dropped, not reported as records");
    }

    [Fact]
    public async Task AFinishedBatch_DoesNotThrow()
    {
        var count = 0;
        await foreach (var r in StayOrderBatch.ExtractAllAsync(TextInputs().Select(f => BatchInput.FromFile(f, "id-" + Path.GetFileName(Path.GetDirectoryName(f))))))
        {
            r.Source.Id.Should().StartWith("id-");
            count++;
        }

        count.Should().Be(TextInputs().Count);
    }

    [Fact]
    public async Task TheLogger_HearsEveryFile_AndTheBatch()
    {
        var logger = new ListLogger();
        var files = TextInputs().Take(3).Append("/nonexistent/order.txt").ToList();
        var options = BatchOptions.Default with { Extraction = ExtractionOptions.Default with { Logger = logger } };
        await foreach (var _ in StayOrderBatch.ExtractAllAsync(files, options))
        {
        }

        logger.Lines.Should().Contain(l => l.StartsWith("Information: Batch of 4 files started", StringComparison.Ordinal));
        logger.Lines.Count(l => l.StartsWith("Debug: Extracted", StringComparison.Ordinal)).Should().Be(3);
        logger.Lines.Should().Contain(l => l.StartsWith("Warning: Failed /nonexistent/order.txt: file-not-found", StringComparison.Ordinal));
        logger.Lines.Should().Contain(l => l.StartsWith("Information: Batch ended: 4 of 4 files, 1 failed", StringComparison.Ordinal));
    }

    [Fact]
    public void TheActivitySource_HasOneActivityPerFile_AndPerStage()
    {
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == StayOrderTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) { activities.Add(a); } },
        };
        ActivitySource.AddActivityListener(listener);
        var path = Path.Combine(TestPaths.TestData, "orders", "pdf-denial", "input.pdf");
        var result = StayOrderExtractor.ExtractFile(path);

        List<Activity> mine;
        lock (activities)
        {
            var file = activities.Single(a => a.OperationName == StayOrderTelemetry.FileActivity && (string?)a.GetTagItem("casestay.path") == path);
            mine = activities.Where(a => a.TraceId == file.TraceId).ToList();
            file.GetTagItem("casestay.kind").Should().Be(result.Source.Kind);
        }

        mine.Select(a => a.OperationName).Should().Contain([StayOrderTelemetry.ReadActivity, StayOrderTelemetry.LayoutActivity, StayOrderTelemetry.FieldsActivity]);
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Lines)
            {
                Lines.Add($"{logLevel}: {formatter(state, exception)}");
            }
        }
    }
}
