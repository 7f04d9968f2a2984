using System.Text;
using System.Text.Json;
using CaseStay.Extract.Cli;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Cli;

/// <summary>Issue 14: the harness is safe for unattended jobs (usage errors before work, exit codes, interrupts,
/// closed pipes, sniffing, shards and resume that hold under real corpora, JSON Lines input).</summary>
public sealed class CliStrictTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-strict-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string Fixture(string slug, string file = "input.txt") => Path.Combine(TestPaths.TestData, "orders", slug, file);

    private string MakeCorpus(int n)
    {
        var source = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var corpus = Directory.CreateDirectory(Path.Combine(_dir.FullName, "corpus"));
        for (var i = 0; i < n; i++)
        {
            var sub = Directory.CreateDirectory(Path.Combine(corpus.FullName, $"batch{i % 3}"));
            File.WriteAllText(Path.Combine(sub.FullName, $"order{i:D3}.txt"), File.ReadAllText(source[i % source.Length]) + $"\n\ncopy {i}\n");
        }

        return corpus.FullName;
    }

    private static List<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Theory]
    [InlineData("--ouput", "--out")]
    [InlineData("--fromat", "--format")]
    [InlineData("--resum", "--resume")]
    [InlineData("--shrad", "--shard")]
    public async Task AMisspelledOption_IsAUsageError_WithASuggestion_AndNothingRuns(string typo, string meant)
    {
        var (code, output, err) = await CliRunner.Run("extract", Fixture("vdrp-pleading-2p"), typo, "x.jsonl");
        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty("nothing is extracted on a usage error");
        err.Should().Contain($"did you mean '{meant}'");
    }

    [Fact]
    public async Task AnOutputFolderThatCannotBeMade_IsRefusedBeforeAnyWork()
    {
        var blocker = Path.Combine(_dir.FullName, "a-file");
        await File.WriteAllTextAsync(blocker, "x");
        foreach (var option in new[] { "--ics", "--summary-csv", "--out" })
        {
            var (code, output, err) = await CliRunner.Run("extract", Fixture("vdrp-pleading-2p"), option, Path.Combine(blocker, "sub", "x.out"));
            code.Should().Be(ExitCodes.Usage, option);
            output.Should().BeEmpty();
            err.Should().Contain(option).And.Contain("Nothing was extracted").And.NotContain("files/s");
        }
    }

    [Fact]
    public async Task OutputFolders_AreCreated_BeforeTheRun()
    {
        var csv = Path.Combine(_dir.FullName, "new", "deep", "summary.csv");
        var ics = Path.Combine(_dir.FullName, "other", "deadlines.ics");
        var (code, _, err) = await CliRunner.Run("extract", Fixture("vdrp-pleading-2p"), "--summary-csv", csv, "--ics", ics, "--ocr", "never");
        code.Should().Be(ExitCodes.Ok, err);
        File.Exists(csv).Should().BeTrue();
        File.Exists(ics).Should().BeTrue();
    }

    [Fact]
    public async Task NoMatchedInput_ExitsThree()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_dir.FullName, "empty")).FullName;
        var (code, output, err) = await CliRunner.Run("extract", empty, "--format", "jsonl");
        code.Should().Be(ExitCodes.NoInput);
        output.Should().BeEmpty();
        err.Should().Contain("no input matched");
    }

    [Fact]
    public async Task AnInterrupt_ClosesTheJsonArray_PrintsTheSummary_AndExits130()
    {
        var corpus = MakeCorpus(30);
        using var interrupt = new CancellationTokenSource();
        using var stdout = new HookWriter(text => { if (text.Contains("schemaVersion", StringComparison.Ordinal)) { interrupt.Cancel(); } });
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["extract", corpus, "--format", "json", "--parallel", "1", "--ocr", "never"], stdout, stderr, interrupt.Token);
        code.Should().Be(ExitCodes.Interrupted);
        using var doc = JsonDocument.Parse(stdout.ToString());
        doc.RootElement.GetArrayLength().Should().BeInRange(1, 29, "finished records are kept, the rest is not started");
        stderr.ToString().Should().Contain("interrupted").And.Contain("--resume");
    }

    [Fact]
    public async Task AClosedStandardOutput_StopsTheRun_AndExits141()
    {
        var corpus = MakeCorpus(30);
        using var stdout = new HookWriter(text => { if (text.Contains("schemaVersion", StringComparison.Ordinal)) { throw new IOException("Broken pipe"); } });
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["extract", corpus, "--format", "jsonl", "--parallel", "1", "--ocr", "never"], stdout, stderr, CancellationToken.None);
        code.Should().Be(ExitCodes.BrokenPipe);
        stderr.ToString().Should().Contain("standard output was closed");
    }

    [Fact]
    public async Task TheBytesDecideTheFormat_TheExtensionIsAHint()
    {
        var pdf = await File.ReadAllBytesAsync(Fixture("pdf-denial", "input.pdf"));
        var named = Path.Combine(_dir.FullName, "doc.txt");
        var bare = Path.Combine(_dir.FullName, "doc");
        await File.WriteAllBytesAsync(named, pdf);
        await File.WriteAllBytesAsync(bare, pdf);
        var (code, output, _) = await CliRunner.Run("extract", named, bare, "--format", "jsonl", "--ordered", "--ocr", "never");
        code.Should().Be(ExitCodes.Ok);
        var records = Records(output);
        records.Select(r => r.GetProperty("source").GetProperty("kind").GetString()).Should().Equal("pdf-text", "pdf-text");
        records[0].GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().Contain(WarningCodes.FormatMismatch);
        records[1].GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString()).Should().NotContain(WarningCodes.FormatMismatch, "no extension is no mismatch");
        records.Select(r => r.GetProperty("caseNumber").GetProperty("normalized").GetString()).Distinct().Should().ContainSingle();

        var docx = Path.Combine(_dir.FullName, "order.docx");
        await File.WriteAllBytesAsync(docx, [0x50, 0x4B, 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, 1, 2, 3, 4, 5, 6]);
        var text = await CliRunner.Run("text", docx);
        text.Code.Should().Be(ExitCodes.SomeFailed);
        text.Out.Should().BeEmpty("the ZIP bytes are not printed as text");
        text.Err.Should().Contain("unsupported-format").And.Contain("ZIP");
    }

    [Fact]
    public async Task Utf16Text_WithAndWithoutBom_ReadsLikeUtf8()
    {
        var text = await File.ReadAllTextAsync(Fixture("vdrp-pleading-2p"));
        var utf8 = StayOrderExtractor.ExtractText(text);
        foreach (var (name, bytes) in new[]
                 {
                     ("le-bom.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray()),
                     ("le.txt", Encoding.Unicode.GetBytes(text)),
                     ("be-bom", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray()),
                 })
        {
            using var stream = new MemoryStream(bytes);
            var result = await StayOrderExtractor.ExtractAsync(stream, name);
            result.Success.Should().BeTrue(name);
            result.Order!.CaseNumber!.Normalized.Should().Be(utf8.Order!.CaseNumber!.Normalized, name);
            result.Order.Directives.Select(d => d.Label).Should().Equal(utf8.Order.Directives.Select(d => d.Label), name);
        }
    }

    [Fact]
    public async Task Shards_DoNotDependOnHowTheFolderIsSpelled()
    {
        var corpus = MakeCorpus(24);
        var spellings = new[] { corpus, corpus + "/", Path.Combine(corpus, ".", "..", "corpus"), Path.GetRelativePath(Environment.CurrentDirectory, corpus) };
        var partitions = new List<string>();
        foreach (var spelling in spellings)
        {
            var shards = new List<string>();
            for (var k = 1; k <= 3; k++)
            {
                var (code, output, _) = await CliRunner.Run("extract", spelling, "--format", "jsonl", "--shard", $"{k}/3", "--ocr", "never");
                code.Should().Be(ExitCodes.Ok);
                shards.Add(string.Join(",", Records(output).Select(r => Path.GetFileName(r.GetProperty("source").GetProperty("path").GetString())).Order(StringComparer.Ordinal)));
            }

            partitions.Add(string.Join(" | ", shards));
        }

        partitions.Distinct().Should().ContainSingle("every spelling of the same tree gives the same partition");
        partitions[0].Split(" | ").SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries)).Should().OnlyHaveUniqueItems().And.HaveCount(24);
    }

    [Fact]
    public async Task Resume_KeysByRelativePathAndContent_DuplicatesAndChangesAreDone()
    {
        var corpus = MakeCorpus(6);
        var output = Path.Combine(_dir.FullName, "out.jsonl");
        (await CliRunner.Run("extract", corpus, "--format", "jsonl", "--out", output, "--ocr", "never")).Code.Should().Be(ExitCodes.Ok);

        // The same bytes under a new path, and a changed file at an old path.
        var first = Path.Combine(corpus, "batch0", "order000.txt");
        File.Copy(first, Path.Combine(corpus, "batch2", "duplicate.txt"));
        var changed = Path.Combine(corpus, "batch1", "order001.txt");
        await File.AppendAllTextAsync(changed, "\nAmended.\n");

        var (code, _, err) = await CliRunner.Run("extract", corpus + "/", "--format", "jsonl", "--out", output, "--resume", "--ocr", "never");
        code.Should().Be(ExitCodes.Ok, err);
        err.Should().Contain("5 of 7 files already");
        var paths = Records(await File.ReadAllTextAsync(output)).Select(r => Path.GetFileName(r.GetProperty("source").GetProperty("path").GetString())).ToList();
        paths.Should().HaveCount(8);
        paths.Count(p => p == "duplicate.txt").Should().Be(1);
        paths.Count(p => p == "order001.txt").Should().Be(2, "the changed file is redone (the later line is current)");
    }

    [Fact]
    public async Task JsonlInput_CarriesTheIdToSourceId_TextOrPath()
    {
        var jsonl = Path.Combine(_dir.FullName, "docs.jsonl");
        File.Copy(Fixture("denial-pleading"), Path.Combine(_dir.FullName, "denial.txt"));
        var lines = new[]
        {
            JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = 101, ["plain_text"] = await File.ReadAllTextAsync(Fixture("vdrp-pleading-2p")), ["filepath_local"] = null }),
            JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = "doc-102", ["plain_text"] = "", ["filepath_local"] = "denial.txt" }),
            JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = 103 }),
            "not json",
        };
        await File.WriteAllLinesAsync(jsonl, lines);
        var (code, output, err) = await CliRunner.Run("extract", "--input-format", "jsonl", jsonl, "--format", "jsonl", "--ocr", "never");
        code.Should().Be(ExitCodes.SomeFailed, err);
        var records = Records(output).ToDictionary(r => r.GetProperty("source").GetProperty("id").GetString() ?? r.GetProperty("source").GetProperty("path").GetString()!);
        records.Should().HaveCount(4);
        records["101"].GetProperty("caseNumber").GetProperty("normalized").GetString().Should().Be("2:23-cv-01234-TLN-AC");
        records["doc-102"].GetProperty("source").GetProperty("path").GetString().Should().EndWith("denial.txt");
        records["doc-102"].GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        records["103"].GetProperty("error").GetProperty("code").GetString().Should().Be(ErrorCodes.ReadFailed);
    }

    [Fact]
    public async Task TheProcess_OnSigterm_WritesAWellFormedJsonArray_AndExits143()
    {
        var corpus = MakeCorpus(40);
        var pdfs = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.pdf", SearchOption.AllDirectories)
            .Where(f => f.Contains("pdf-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        // Enough PDFs that the run cannot finish before the signal even on an idle machine (about 60 files/s).
        for (var i = 0; i < 1500; i++)
        {
            File.WriteAllBytes(Path.Combine(corpus, "batch0", $"scan{i:D4}.pdf"), File.ReadAllBytes(pdfs[i % pdfs.Length]).Concat(Encoding.ASCII.GetBytes($"\n%copy {i}\n")).ToArray());
        }

        var output = Path.Combine(_dir.FullName, "out", "records.json");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "casestay.dll"), "extract", corpus, "--format", "json", "--out", output, "--parallel", "1", "--ocr", "never" })
        {
            start.ArgumentList.Add(a);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = Environment.TickCount64 + 240_000; // generous: other tests may load both cores
        // JSON output goes to a temporary file beside --out and is renamed at the end: wait for records in either.
        long Written() => Directory.Exists(Path.GetDirectoryName(output)) ? new DirectoryInfo(Path.GetDirectoryName(output)!).GetFiles().Sum(f => f.Length) : 0;
        while (Environment.TickCount64 < deadline && !process.HasExited && Written() < 2000)
        {
            await Task.Delay(20);
        }

        process.HasExited.Should().BeFalse("the run must be stopped mid-way for this test to mean anything");
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!)
        {
            await kill.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(ExitCodes.Terminated, await stderr);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(output));
        doc.RootElement.GetArrayLength().Should().BeInRange(1, 1539, "finished records are written, the array is closed");
        (await stderr).Should().Contain("SIGTERM").And.Contain("interrupted");
    }

    /// <summary>A standard output that calls <paramref name="onWrite"/> with each text written (to interrupt, or to fail like a closed pipe).</summary>
    private sealed class HookWriter(Action<string> onWrite) : StringWriter
    {
        public override Task WriteAsync(string? value)
        {
            onWrite(value ?? string.Empty);
            return base.WriteAsync(value);
        }
    }
}
