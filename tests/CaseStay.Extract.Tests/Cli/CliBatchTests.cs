using System.Diagnostics;
using System.Text.Json;
using CaseStay.Extract.Cli;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Spectre.Console.Testing;
using Xunit;

namespace CaseStay.Extract.Tests.Cli;

public sealed class CliBatchTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    /// <summary>Makes N distinct orders (each with its own content hash) from the text fixtures.</summary>
    private string MakeCorpus(int n)
    {
        var source = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        var corpus = Directory.CreateDirectory(Path.Combine(_dir.FullName, "corpus"));
        for (var i = 0; i < n; i++)
        {
            var sub = Directory.CreateDirectory(Path.Combine(corpus.FullName, $"batch{i % 7}"));
            File.WriteAllText(Path.Combine(sub.FullName, $"order{i:D4}.txt"), File.ReadAllText(source[i % source.Length]) + $"\n\ncopy {i}\n");
        }

        return corpus.FullName;
    }

    private static List<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task IncludeExclude_Globs()
    {
        var corpus = MakeCorpus(21);
        var (_, output, _) = await Run("extract", corpus, "--format", "jsonl", "--include", "batch1/*", "--include", "batch2/**", "--exclude", "*0008.txt", "--ocr", "never");
        var paths = Records(output).Select(r => Path.GetRelativePath(corpus, r.GetProperty("source").GetProperty("path").GetString()!)).ToList();
        paths.Should().OnlyContain(p => p.StartsWith("batch1/", StringComparison.Ordinal) || p.StartsWith("batch2/", StringComparison.Ordinal));
        paths.Should().NotContain(p => p.EndsWith("0008.txt", StringComparison.Ordinal));
        paths.Should().HaveCount(Directory.GetFiles(Path.Combine(corpus, "batch1")).Length + Directory.GetFiles(Path.Combine(corpus, "batch2")).Length - 1);
    }

    [Fact]
    public async Task Shards_AreDisjoint_AndCoverEveryFile()
    {
        var corpus = MakeCorpus(40);
        var all = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            var (code, output, _) = await Run("extract", corpus, "--format", "jsonl", "--shard", $"{k}/3", "--ocr", "never");
            code.Should().Be(0);
            all.AddRange(Records(output).Select(r => r.GetProperty("source").GetProperty("path").GetString()!));
        }

        all.Should().OnlyHaveUniqueItems().And.HaveCount(40);
        (await Run("extract", corpus, "--shard", "4/3")).Code.Should().Be(2);
    }

    [Fact]
    public async Task Out_InAFolderThatDoesNotExistYet_IsCreated()
    {
        var corpus = MakeCorpus(3);
        var output = Path.Combine(_dir.FullName, "new", "folder", "out.jsonl");
        (await Run("extract", corpus, "--format", "jsonl", "--out", output, "--ocr", "never")).Code.Should().Be(0);
        (await File.ReadAllLinesAsync(output)).Should().HaveCount(3);
    }

    [Fact]
    public async Task SummaryCsv_HasTheCounts()
    {
        var corpus = MakeCorpus(10);
        var csv = Path.Combine(_dir.FullName, "summary.csv");
        var (code, _, err) = await Run("extract", corpus, "/nonexistent.txt", "--format", "jsonl", "--summary-csv", csv, "--ocr", "never");
        code.Should().Be(1);
        err.Should().Contain("11 files").And.Contain("file-not-found: 1").And.Contain("pages OCR'd");
        var lines = await File.ReadAllLinesAsync(csv);
        lines.Should().Contain("files,11").And.Contain("error:file-not-found,1");
    }

    [Fact]
    public async Task Progress_WithoutATerminal_IsPlainLines_EndingAtTheTotal()
    {
        var corpus = MakeCorpus(9);
        var (code, _, err) = await Run("extract", corpus, "--format", "jsonl", "--ocr", "never");
        code.Should().Be(0);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().Contain(l => l.StartsWith("casestay: 9/9 files, 0 failed, 0 pages OCR'd,", StringComparison.Ordinal));
        err.Should().NotContain("\u001b[", "no escape sequences go to a file or a pipe");
    }

    [Fact]
    public async Task Progress_OnATerminal_IsASpectreBar_ThatReachesTheTotal()
    {
        var corpus = MakeCorpus(14);
        using var console = new TestConsole().Interactive().EmitAnsiSequences().Width(160);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var run = new ExtractRun([corpus], "jsonl", null, 2, false, ExtractionOptions.Default, null) { ProgressConsole = console };
        var code = await run.ExecuteAsync(stdout, stderr, CancellationToken.None);
        code.Should().Be(0);
        Records(stdout.ToString()).Should().HaveCount(14);
        var screen = console.Output;
        screen.Should().Contain("14/14 files, 0 failed, 0 pages OCR'd").And.Contain("100%");
        screen.Should().Contain("\u001b[", "the bar is redrawn in place with cursor movements");
        stderr.ToString().Should().NotContain("/14 files", "on a terminal the bar replaces the plain progress lines");
    }

    [Fact]
    public async Task Resume_SkipsWhatIsDone_AndCutsAHalfWrittenLine()
    {
        var corpus = MakeCorpus(12);
        var output = Path.Combine(_dir.FullName, "out.jsonl");
        (await Run("extract", corpus, "--format", "jsonl", "--out", output, "--ocr", "never")).Code.Should().Be(0);
        var lines = await File.ReadAllLinesAsync(output);
        // Simulate a run killed mid-write: drop the last 4 records and leave half of the next one.
        await File.WriteAllTextAsync(output, string.Join('\n', lines.Take(7)) + "\n" + lines[7][..(lines[7].Length / 2)]);
        var (code, _, err) = await Run("extract", corpus, "--format", "jsonl", "--out", output, "--resume", "--ocr", "never");
        code.Should().Be(0, err);
        err.Should().Contain("7 of 12 files already");
        var records = Records(await File.ReadAllTextAsync(output));
        records.Select(r => r.GetProperty("source").GetProperty("path").GetString()).Should().OnlyHaveUniqueItems().And.HaveCount(12);
    }

    [Fact]
    public async Task KilledWithSigkill_ResumeGivesEveryFileExactlyOnce()
    {
        var corpus = MakeCorpus(100);
        var pdfs = Directory.GetFiles(Path.Combine(TestPaths.TestData, "orders"), "input.pdf", SearchOption.AllDirectories)
            .Where(f => f.Contains("pdf-", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < 300; i++)
        {
            // Bytes after %%EOF keep the PDF valid and give each copy its own content hash.
            var bytes = File.ReadAllBytes(pdfs[i % pdfs.Length]).Concat(System.Text.Encoding.ASCII.GetBytes($"\n%copy {i}\n")).ToArray();
            File.WriteAllBytes(Path.Combine(corpus, $"batch{i % 7}", $"scan{i:D4}.pdf"), bytes);
        }

        var output = Path.Combine(_dir.FullName, "killed.jsonl");
        var harness = Path.Combine(AppContext.BaseDirectory, "casestay.dll");
        File.Exists(harness).Should().BeTrue(harness);

        using (var process = Process.Start(Start(harness, corpus, output, resume: false))!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(240); // generous: other tests may be OCR'ing on both cores
            while (DateTime.UtcNow < deadline && (!File.Exists(output) || File.ReadAllText(output).Count(c => c == '\n') < 60) && !process.HasExited)
            {
                await Task.Delay(20);
            }

            process.HasExited.Should().BeFalse("the run must be killed mid-way for this test to mean anything");
            process.Kill(entireProcessTree: true); // SIGKILL
            await process.WaitForExitAsync();
        }

        var partial = (await File.ReadAllTextAsync(output)).Count(c => c == '\n');
        partial.Should().BeInRange(1, 399);
        var expected = Directory.GetFiles(corpus, "*.*", SearchOption.AllDirectories);

        using (var process = Process.Start(Start(harness, corpus, output, resume: true))!)
        {
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, await process.StandardError.ReadToEndAsync());
        }

        var records = Records(await File.ReadAllTextAsync(output));
        var paths = records.Select(r => r.GetProperty("source").GetProperty("path").GetString()!).ToList();
        paths.Should().OnlyHaveUniqueItems();
        paths.Should().BeEquivalentTo(expected);
    }

    private static ProcessStartInfo Start(string harness, string corpus, string output, bool resume)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { harness, "extract", corpus, "--format", "jsonl", "--out", output, "--parallel", "1", "--ocr", "never" })
        {
            start.ArgumentList.Add(a);
        }

        if (resume)
        {
            start.ArgumentList.Add("--resume");
        }

        return start;
    }
}
