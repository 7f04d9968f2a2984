using CaseStay.Extract.Cli;
using CaseStay.Extract.Isolation;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Hostile;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Isolation;

/// <summary>
/// The worker's JSON passed through: a file a worker read reaches the harness's JSON Lines output as the bytes the
/// worker wrote, without being deserialized and serialized again in the parent. These tests prove that those bytes
/// are the ones the in-process path writes, that the facts the batch reads from the reply (error code, stay order,
/// OCR pages) are the record's, and that the typed result built on demand serializes to the same bytes. Real worker
/// processes (<c>dotnet casestay.dll worker</c>), nothing mocked.
/// </summary>
public sealed class PassThroughTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-passthrough-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static readonly ExtractionOptions s_extraction = ExtractionOptions.Default with { OcrMode = Extract.Ocr.OcrMode.Never };

    [Fact]
    public async Task WorkerRecords_AreTheInProcessBytes_AndTheirFactsAreTheRecords()
    {
        var crash = Path.Combine(_dir.FullName, "000-overflow-me.pdf");
        File.Copy(IsolatedBatchTests.AnyTextPdf(), crash);
        var good = IsolatedBatchTests.GoodFiles();
        var hostile = HostileFixtures.WriteAll(_dir.FullName);
        var files = new[] { crash }.Concat(good).Concat(hostile).ToList();
        var options = BatchOptions.Default with
        {
            MaxParallelism = 2,
            PerFileTimeout = TimeSpan.FromMinutes(10), // no file here hangs; a deadline must never decide this test
            Extraction = s_extraction,
            Isolation = WorkerMode.Self() with { Environment = new Dictionary<string, string> { [WorkerMode.TestFaultVariable] = "overflow:overflow-me" } },
        };

        var records = new List<BatchRecord>();
        await foreach (var record in StayOrderBatch.ExtractRecordsAsync(files.Select(f => BatchInput.FromFile(f)), options, null, CancellationToken.None))
        {
            records.Add(record);
        }

        records.Select(r => r.Result.Source.Path).Should().BeEquivalentTo(files, "every path exactly once");
        foreach (var record in records)
        {
            var result = record.Result;
            var path = result.Source.Path!;
            record.ErrorCode.Should().Be(result.Error?.Code, path);
            record.Success.Should().Be(result.Success, path);
            record.IsStayOrder.Should().Be(result.Order?.IsStayOrder ?? false, path);
            record.OcrPages.Should().Be(result.Source.OcrPages, path);
            if (record.CompactJson is { } json)
            {
                json.Should().Be(StayOrderJson.Serialize(result, indented: false), "the typed result rebuilt from a reply serializes to the worker's bytes: " + path);
            }
        }

        // A worker that died wrote nothing: its typed failure is made in the parent.
        var crashed = records.Single(r => r.Result.Source.Path == crash);
        crashed.ErrorCode.Should().Be(ErrorCodes.PdfCrash);
        crashed.CompactJson.Should().BeNull();

        foreach (var path in good)
        {
            var record = records.Single(r => r.Result.Source.Path == path);
            var alone = StayOrderJson.Serialize(await StayOrderExtractor.ExtractFileAsync(path, s_extraction), indented: false);
            if (path.EndsWith(".pdf", StringComparison.Ordinal))
            {
                record.CompactJson.Should().Be(alone, "a PDF is read in a worker and its record passes through as the in-process bytes: " + path);
            }
            else
            {
                record.CompactJson.Should().BeNull("text stays in the batch's process: " + path);
                StayOrderJson.Serialize(record.Result, indented: false).Should().Be(alone, path);
            }
        }

        foreach (var fixture in HostileFixtures.All())
        {
            var record = records.Single(r => r.Result.Source.Path == Path.Combine(_dir.FullName, fixture.Name));
            record.ErrorCode.Should().Be(fixture.ExpectedError, fixture.Name);
        }
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("json")]
    [InlineData("csv")]
    public async Task Harness_IsolatedOutput_IsByteIdenticalToInProcess(string format)
    {
        // PDFs (read by workers, passed through for JSON Lines) and text files (read in the harness) in one folder.
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        var good = IsolatedBatchTests.GoodFiles();
        var picked = good.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Take(8)
            .Concat(good.Where(f => f.EndsWith(".txt", StringComparison.Ordinal)).Take(3)).ToList();
        for (var i = 0; i < picked.Count; i++)
        {
            File.Copy(picked[i], Path.Combine(folder, $"{i:D2}-{Path.GetFileName(Path.GetDirectoryName(picked[i]))}{Path.GetExtension(picked[i])}"));
        }

        // Ordered output, so the two runs can be compared byte for byte as whole files.
        string[] Args(params string[] extra) => ["extract", folder, "--format", format, "--parallel", "2", "--ocr", "never", "--ordered", .. extra];
        var isolated = await CliRunner.Run(Args());
        var inProcess = await CliRunner.Run(Args("--in-process"));

        isolated.Code.Should().Be(0, isolated.Err);
        inProcess.Code.Should().Be(0, inProcess.Err);
        isolated.Out.Should().NotBeEmpty();
        isolated.Out.Should().Be(inProcess.Out);
    }

    [Fact]
    public async Task Harness_RosterAndCorrections_ReachIsolatedFiles_AsInProcess()
    {
        // Before: workers read with the built-in roster and no corrections, so --roster and --corrections silently did
        // nothing for PDFs in the default (isolated) mode.
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        var pdfs = IsolatedBatchTests.GoodFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Take(4).ToList();
        var corrections = new List<Extract.Corrections.Correction>();
        for (var i = 0; i < pdfs.Count; i++)
        {
            var copy = Path.Combine(folder, $"order{i}.pdf");
            File.Copy(pdfs[i], copy);
            var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(copy)));
            corrections.Add(new Extract.Corrections.Correction(sha, Extract.Corrections.CorrectionFields.IsStayOrder, "false") { Path = copy });
        }

        var correctionsFile = Path.Combine(_dir.FullName, "corrections.json");
        File.WriteAllText(correctionsFile, new Extract.Corrections.CorrectionSet(corrections).ToJson());
        var rosterFile = Path.Combine(_dir.FullName, "roster.json");
        File.WriteAllText(rosterFile, """[{"initials": "QXZ", "name": "Quillon X. Zephyrine", "title": "United States Magistrate Judge", "court": "caed"}]""");

        string[] Args(params string[] extra) =>
            ["extract", folder, "--format", "jsonl", "--parallel", "2", "--ocr", "never", "--ordered", "--roster", rosterFile, "--corrections", correctionsFile, .. extra];
        var isolated = await CliRunner.Run(Args());
        var inProcess = await CliRunner.Run(Args("--in-process"));

        isolated.Code.Should().Be(0, isolated.Err);
        inProcess.Code.Should().Be(0, inProcess.Err);
        isolated.Out.Should().Be(inProcess.Out);
        var lines = isolated.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(pdfs.Count);
        lines.Should().OnlyContain(l => l.Contains("\"isStayOrder\":false", StringComparison.Ordinal), "every file's correction was applied");
    }

    [Fact]
    public void Request_CarriesACustomRoster_AndBatchRefusesOtherCourtData()
    {
        var builtIn = global::CaseStay.Extract.Courts.CourtProfiles.EasternDistrictOfCalifornia;
        var invented = new RosterJudge("QXZ", "Quillon X. Zephyrine", "United States Magistrate Judge", null, "caed");
        var request = new WorkerRequest("x.pdf", null, false, "Never", "federal+california", false, 1, 1, 1, 1, 1, builtIn.Roster.WithJudges([invented]).Judges);
        var json = System.Text.Json.JsonSerializer.Serialize(request, WorkerJsonContext.Default.WorkerRequest);
        var back = System.Text.Json.JsonSerializer.Deserialize(json, WorkerJsonContext.Default.WorkerRequest)!;
        var options = IsolationWorker.ToOptions(back, null);
        options.Court.Roster.TryGetByInitials("QXZ", out var found).Should().BeTrue();
        found!.Name.Should().Be(invented.Name);
        options.Court.Roster.Judges.Should().HaveCount(builtIn.Roster.Judges.Count + 1);

        var withRoster = BatchOptions.Default with { Isolation = WorkerMode.Self(), Extraction = ExtractionOptions.Default with { Court = builtIn with { Roster = builtIn.Roster.WithJudges([invented]) } } };
        withRoster.Invoking(o => o.Validate()).Should().NotThrow();
        var otherCourt = withRoster with { Extraction = withRoster.Extraction with { Court = builtIn with { Name = "Another Court" } } };
        otherCourt.Invoking(o => o.Validate()).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("Isolation");
    }
}
