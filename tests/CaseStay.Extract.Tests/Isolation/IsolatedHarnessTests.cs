using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CaseStay.Extract.Cli;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Isolation;

/// <summary>The harness as a real process (<c>dotnet casestay.dll extract</c>, isolation on by default) with real
/// worker processes: exit code and records when a worker crashes, SIGKILL of the harness alone (its workers end
/// themselves) + <c>--resume</c>, and SIGTERM while a worker rasterizes for OCR (its temporary copies are removed).</summary>
public sealed class IsolatedHarnessTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-isolated-harness-");

    public void Dispose() => _dir.Delete(recursive: true);

    private static string Harness => Path.Combine(AppContext.BaseDirectory, "casestay.dll");

    private static ProcessStartInfo Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Harness);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (k, v) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[k] = v;
        }

        return start;
    }

    private static List<JsonElement> Records(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private static string PathOf(JsonElement record) => record.GetProperty("source").GetProperty("path").GetString()!;

    private static int ParentOf(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
            return line is null ? -1 : int.Parse(line.AsSpan(5).Trim(), CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    [Fact]
    public async Task WorkerCrashes_HarnessWritesEveryRecord_ExitCodeSomeFailed()
    {
        var pdfs = IsolatedBatchTests.GoodFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).Take(3).ToList();
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        File.Copy(pdfs[0], Path.Combine(folder, "000-overflow-me.pdf"));
        for (var i = 0; i < pdfs.Count; i++)
        {
            File.Copy(pdfs[i], Path.Combine(folder, $"good{i}.pdf"));
        }

        var output = Path.Combine(_dir.FullName, "out.jsonl");
        using var process = Process.Start(Start(new Dictionary<string, string> { [WorkerMode.TestFaultVariable] = "overflow:overflow-me" },
            "extract", folder, "--format", "jsonl", "--out", output, "--parallel", "2", "--ocr", "never"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.Should().Be(ExitCodes.SomeFailed, await stderr);
        var records = Records(await File.ReadAllTextAsync(output));
        records.Select(PathOf).Should().BeEquivalentTo(Directory.GetFiles(folder));
        records.Single(r => PathOf(r).EndsWith("000-overflow-me.pdf", StringComparison.Ordinal)).GetProperty("error").GetProperty("code").GetString().Should().Be("pdf-crash");
        records.Where(r => !PathOf(r).EndsWith("000-overflow-me.pdf", StringComparison.Ordinal)).Should().OnlyContain(r => r.GetProperty("error").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task HarnessAloneKilledWithSigkill_WorkersEndThemselves_ResumeGivesEveryPathOnce()
    {
        var pdfs = IsolatedBatchTests.GoodFiles().Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)).ToList();
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        File.Copy(pdfs[0], Path.Combine(folder, "000-hang-me.pdf"));
        for (var i = 0; i < 40; i++)
        {
            // Every other file is a byte-for-byte duplicate of its source: duplicates are distinct paths, each recorded once.
            var bytes = File.ReadAllBytes(pdfs[i % pdfs.Count]);
            File.WriteAllBytes(Path.Combine(folder, $"order{i:D3}.pdf"), i % 2 == 0 ? bytes : [.. bytes, .. "\n%copy "u8, (byte)('0' + (i % 10)), (byte)'\n']);
        }

        var output = Path.Combine(_dir.FullName, "killed.jsonl");
        var pidFile = Path.Combine(_dir.FullName, "pids");
        var hook = new Dictionary<string, string> { [WorkerMode.TestFaultVariable] = "hang:hang-me", [WorkerMode.TestPidFileVariable] = pidFile };
        int hung;
        using (var process = Process.Start(Start(hook, "extract", folder, "--format", "jsonl", "--out", output, "--parallel", "2", "--ocr", "never", "--timeout", "3600"))!)
        {
            // One worker hangs on the first file for good; the other writes records. Kill the harness (only it) mid-run.
            var patience = Stopwatch.StartNew(); // a bound on waiting for events, not a timing assertion
            while (!process.HasExited && patience.Elapsed < TimeSpan.FromSeconds(240)
                && (!File.Exists(pidFile) || !File.Exists(output) || File.ReadAllText(output).Count(c => c == '\n') < 5))
            {
                await Task.Delay(20);
            }

            process.HasExited.Should().BeFalse("the harness must be killed mid-run for this test to mean anything");
            hung = int.Parse(File.ReadAllLines(pidFile).First(), CultureInfo.InvariantCulture);
            ParentOf(hung).Should().Be(process.Id, "the hanging worker is the harness's child");
            process.Kill(entireProcessTree: false); // SIGKILL to the harness alone
            await process.WaitForExitAsync();
        }

        // The orphaned worker notices it was re-parented and exits (it is then reaped by the new parent).
        var wait = Stopwatch.StartNew();
        while (Directory.Exists($"/proc/{hung}") && ParentOf(hung) is var parent && parent != -1 && wait.Elapsed < TimeSpan.FromSeconds(120))
        {
            await Task.Delay(50);
        }

        var state = Directory.Exists($"/proc/{hung}") ? File.ReadLines($"/proc/{hung}/status").FirstOrDefault(l => l.StartsWith("State:", StringComparison.Ordinal)) : null;
        (state is null || state.Contains("zombie", StringComparison.Ordinal)).Should().BeTrue($"worker {hung} must end once its harness is gone (state: {state})");

        var partial = (await File.ReadAllTextAsync(output)).Count(c => c == '\n');
        partial.Should().BeInRange(1, 40);
        using (var process = Process.Start(Start(null, "extract", folder, "--format", "jsonl", "--out", output, "--parallel", "2", "--ocr", "never", "--resume"))!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, await stderr);
        }

        var paths = Records(await File.ReadAllTextAsync(output)).Select(PathOf).ToList();
        paths.Should().OnlyHaveUniqueItems();
        paths.Should().BeEquivalentTo(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task HarnessEndedBySigterm_WhileAWorkerRasterizes_LeavesNoFolder()
    {
        var pdf = File.ReadAllBytes(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf"));
        var folder = Directory.CreateDirectory(Path.Combine(_dir.FullName, "in")).FullName;
        for (var i = 0; i < 6; i++)
        {
            File.WriteAllBytes(Path.Combine(folder, $"order{i}.pdf"), [.. pdf, .. System.Text.Encoding.ASCII.GetBytes($"\n%{i}\n")]);
        }

        using var child = Process.Start(Start(null, "extract", folder, "--ocr", "always", "--format", "jsonl", "--parallel", "1"))!;
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        string[] Folders(string pattern) => Directory.GetDirectories(Path.GetTempPath(), pattern);
        int? worker = null;
        var patience = Stopwatch.StartNew(); // a bound on waiting for the event, not a timing assertion
        while (!child.HasExited && worker is null && patience.Elapsed < TimeSpan.FromSeconds(120))
        {
            foreach (var candidate in Folders("casestay-ocr-*"))
            {
                var rest = Path.GetFileName(candidate)["casestay-ocr-".Length..];
                if (int.TryParse(rest.AsSpan(0, Math.Max(0, rest.IndexOf('-', StringComparison.Ordinal))), CultureInfo.InvariantCulture, out var pid) && ParentOf(pid) == child.Id)
                {
                    worker = pid;
                }
            }

            await Task.Delay(10);
        }

        worker.Should().NotBeNull("the signal must arrive while a worker has a copy of an input on disk");
        using (var term = Process.Start("kill", ["-TERM", child.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await child.WaitForExitAsync();
        child.ExitCode.Should().Be(ExitCodes.Terminated);
        Folders($"casestay-ocr-{worker}-*").Should().BeEmpty("the harness kills the worker and sweeps what it left");
    }
}
