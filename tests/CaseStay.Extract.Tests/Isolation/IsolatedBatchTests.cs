using CaseStay.Extract.Cli;
using CaseStay.Extract.Isolation;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Hostile;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Isolation;

/// <summary>
/// Process isolation with real worker processes (<c>dotnet casestay.dll worker</c>): the worker-side test hook
/// (<see cref="WorkerMode.TestFaultVariable"/>, honoured only in worker mode) makes a worker overflow its stack,
/// allocate without bound or hang on a file whose name carries a marker, standing in for the PdfPig and decoder
/// failures the PDF guard does not know yet. Nothing is mocked: the worker really dies, the batch really replaces it.
/// </summary>
public sealed class IsolatedBatchTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-isolation-");

    public void Dispose() => _dir.Delete(recursive: true);

    internal static IReadOnlyList<string> GoodFiles() =>
        Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal)) && !f.Contains("scan-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    internal static string AnyTextPdf() => GoodFiles().First(f => f.EndsWith(".pdf", StringComparison.Ordinal));

    // The product's default ceiling: a worker that has read many good files may pass 256 MiB of resident memory on a
    // loaded machine (a lower test ceiling once turned a good file into out-of-memory); the runaway allocation hits
    // the managed heap cap at three quarters of it either way.
    private static WorkerLauncher Launcher(string faults, string? pidFile = null, long memory = WorkerLauncher.DefaultMemoryLimitBytes, IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string> { [WorkerMode.TestFaultVariable] = faults };
        if (pidFile is not null)
        {
            environment[WorkerMode.TestPidFileVariable] = pidFile;
        }

        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            environment[k] = v;
        }

        return WorkerMode.Self(memory) with { Environment = environment };
    }

    private static async Task<List<ExtractionResult>> RunAsync(IEnumerable<string> files, BatchOptions options)
    {
        var results = new List<ExtractionResult>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync(files, options))
        {
            results.Add(r);
        }

        return results;
    }

    [Fact]
    public async Task CrashingAndRunawayFilesFirst_EveryFileOneRecord_GoodFilesKeepTheirs()
    {
        // A stack overflow and a runaway allocation first (each kills its worker), then every hostile fixture (the
        // guard's typed records must survive the move into workers), then every good testdata order.
        var overflow = Path.Combine(_dir.FullName, "000-overflow-me.pdf");
        var allocate = Path.Combine(_dir.FullName, "001-allocate-me.pdf");
        File.Copy(AnyTextPdf(), overflow);
        File.Copy(AnyTextPdf(), allocate);

        // The bytes decide what goes to a worker, not the name: a PDF named .txt does, a text file does not.
        var disguised = Path.Combine(_dir.FullName, "002-overflow-me-disguised.txt");
        var text = Path.Combine(_dir.FullName, "003-overflow-me-text.txt");
        File.Copy(AnyTextPdf(), disguised);
        File.Copy(GoodFiles().First(f => f.EndsWith(".txt", StringComparison.Ordinal)), text);
        var hostile = HostileFixtures.WriteAll(_dir.FullName);
        var good = GoodFiles();
        var files = new[] { overflow, allocate, disguised, text }.Concat(hostile).Concat(good).ToList();

        var extraction = ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never };
        var options = BatchOptions.Default with
        {
            MaxParallelism = 2,
            PerFileTimeout = TimeSpan.FromMinutes(10), // no file here hangs; a deadline must never decide this test
            Extraction = extraction,
            Isolation = Launcher("overflow:overflow-me;allocate:allocate-me"),
        };
        var results = await RunAsync(files, options);

        results.Select(r => r.Source.Path).Should().BeEquivalentTo(files, "every path exactly once");
        var crashed = results.Single(r => r.Source.Path == overflow);
        (crashed.Error?.Code).Should().Be(ErrorCodes.PdfCrash);
        crashed.Error!.Message.Should().Contain("134", "a stack overflow aborts the runtime: SIGABRT");
        (results.Single(r => r.Source.Path == allocate).Error?.Code).Should().Be(ErrorCodes.OutOfMemory);
        (results.Single(r => r.Source.Path == disguised).Error?.Code).Should().Be(ErrorCodes.PdfCrash, "a PDF is read in a worker whatever its name");
        results.Single(r => r.Source.Path == text).Success.Should().BeTrue("text stays in the batch's process, where the worker hook never runs");
        foreach (var fixture in HostileFixtures.All())
        {
            var record = results.Single(r => r.Source.Path == Path.Combine(_dir.FullName, fixture.Name));
            (record.Error?.Code).Should().Be(fixture.ExpectedError, fixture.Name);
        }

        foreach (var path in good)
        {
            var alone = await StayOrderExtractor.ExtractFileAsync(path, extraction);
            StayOrderJson.Serialize(results.Single(r => r.Source.Path == path)).Should().Be(StayOrderJson.Serialize(alone), path);
        }
    }

    [Fact]
    public async Task ResidentMemoryOverTheCeiling_WorkerKilled_OutOfMemory()
    {
        // The managed heap cap is lifted for this worker, so only the parent's resident-memory watch can stop it.
        var allocate = Path.Combine(_dir.FullName, "allocate-me.pdf");
        File.Copy(AnyTextPdf(), allocate);
        var options = BatchOptions.Default with
        {
            MaxParallelism = 1,
            PerFileTimeout = TimeSpan.FromMinutes(10),
            Extraction = ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never },
            Isolation = Launcher("allocate:allocate-me", memory: 192L << 20, extra: new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "100000000" }),
        };
        var result = (await RunAsync([allocate, AnyTextPdf()], options)).ToDictionary(r => r.Source.Path!);

        (result[allocate].Error?.Code).Should().Be(ErrorCodes.OutOfMemory);
        result[allocate].Error!.Message.Should().Contain("memory ceiling of 192 MiB").And.Contain("resident");
        result[AnyTextPdf()].Success.Should().BeTrue("the next file gets a fresh worker");
    }

    [Fact]
    public async Task MissedDeadline_KillsTheWorkerProcess_NotOnlyTheWait()
    {
        var hang = Path.Combine(_dir.FullName, "hang-me.pdf");
        File.Copy(AnyTextPdf(), hang);
        var pidFile = Path.Combine(_dir.FullName, "pids");
        // In-memory texts: they have no deadline, so only the hanging file can meet the 2 s one.
        var texts = GoodFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Take(5).Select(f => BatchInput.FromText(File.ReadAllText(f), name: f)).ToList();
        var options = BatchOptions.Default with
        {
            MaxParallelism = 2,
            // Only the hanging file reaches a worker; text stays in-process. The deadline includes the worker's start-up:
            // at 2 s a worker on a loaded machine (load 80) once had not reached the file yet when it was killed. The
            // file hangs for ever, so a longer deadline proves the same.
            PerFileTimeout = TimeSpan.FromSeconds(15),
            Extraction = ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never },
            Isolation = Launcher("hang:hang-me", pidFile),
        };
        var results = new List<ExtractionResult>();
        await foreach (var r in StayOrderBatch.ExtractAllAsync(texts.Prepend(BatchInput.FromFile(hang)), options))
        {
            results.Add(r);
        }


        results.Should().HaveCount(6);
        (results.Single(r => r.Source.Path == hang).Error?.Code).Should().Be(ErrorCodes.Timeout);
        results.Where(r => r.Source.Path != hang).Should().OnlyContain(r => r.Error == null);

        // The record is written only after the killed worker was reaped: its process is gone now, not "soon".
        var pid = int.Parse(File.ReadAllLines(pidFile).Single(), System.Globalization.CultureInfo.InvariantCulture);
        Directory.Exists($"/proc/{pid}").Should().BeFalse($"worker {pid} hung on the file and must have been killed at the deadline");
    }

    [Fact]
    public void CustomHolidayCalendar_CannotCrossTheProcessBoundary_RefusedAtTheCall()
    {
        var options = BatchOptions.Default with
        {
            Isolation = WorkerMode.Self(),
            Extraction = ExtractionOptions.Default with { HolidayCalendar = Extract.Deadlines.HolidayCalendar.Custom(null, []) },
        };
        var act = () => StayOrderBatch.ExtractAllAsync(["x.pdf"], options);
        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(nameof(BatchOptions.Isolation));
    }
}
