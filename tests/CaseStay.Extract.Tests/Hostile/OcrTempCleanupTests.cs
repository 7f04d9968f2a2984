using System.Diagnostics;
using System.Globalization;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>The pdftoppm fallback's temporary folders (copies of input PDFs) never outlive their work.</summary>
[Collection(nameof(OcrTempCleanupTests))]
public class OcrTempCleanupTests
{
    private static string[] Mine() =>
        Directory.GetDirectories(Path.GetTempPath(), $"{OcrTempFolders.Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-*");

    private static byte[] Pdf() => File.ReadAllBytes(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf"));

    [Fact]
    public void StartupSweep_RemovesFoldersOfDeadProcesses_KeepsLiveOnes()
    {
        // A process id above the kernel's pid_max can never be alive.
        var dead = Directory.CreateTempSubdirectory($"{OcrTempFolders.Prefix}4194305-");
        File.WriteAllText(Path.Combine(dead.FullName, "in.pdf"), "copy of an input");
        using var folders = new OcrTempFolders();
        var live = folders.Create();
        OcrTempFolders.SweepStale().Should().BeGreaterThanOrEqualTo(1);
        Directory.Exists(dead.FullName).Should().BeFalse();
        Directory.Exists(live.FullName).Should().BeTrue();
        folders.Release(live);
        Directory.Exists(live.FullName).Should().BeFalse();
    }

    [Fact]
    public void Dispose_RemovesFoldersStillInUse_AndKillsTheirRasterizer()
    {
        var folders = new OcrTempFolders();
        var folder = folders.Create();
        using var sleeper = Process.Start(new ProcessStartInfo("sleep", ["30"]) { UseShellExecute = false })!;
        folders.Attach(folder, sleeper);
        folders.Dispose();
        Directory.Exists(folder.FullName).Should().BeFalse();
        sleeper.HasExited.Should().BeTrue();
    }

    [Fact]
    public void Rasterizing_Cancelled_LeavesNoFolder()
    {
        TesseractOcrProvider.TryCreate(out var provider, out var error).Should().BeTrue(error?.Message);
        using (provider)
        {
            using var cancel = new CancellationTokenSource();
            cancel.Cancel();
            var act = () => provider!.RecognizePdfPage(Pdf(), 1, 300, cancel.Token);
            act.Should().Throw<OperationCanceledException>();
            Mine().Should().BeEmpty();
            provider!.RecognizePdfPage(Pdf(), 1, 150, CancellationToken.None).Should().NotBeNull();
            Mine().Should().BeEmpty();
        }
    }

    [Fact]
    public async Task HarnessEndedBySigterm_LeavesNoFolder()
    {
        // A child harness OCRs every page (--ocr always); SIGTERM mid-run must not leave copies of the input behind.
        var folder = Directory.CreateTempSubdirectory("casestay-sigterm-");
        try
        {
            for (var i = 0; i < 6; i++)
            {
                File.WriteAllBytes(Path.Combine(folder.FullName, $"order{i}.pdf"), [.. Pdf(), .. System.Text.Encoding.ASCII.GetBytes($"\n%{i}\n")]);
            }

            var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "casestay.dll"), "extract", folder.FullName, "--ocr", "always", "--format", "jsonl", "--parallel", "1", "--in-process"])
            { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            using var child = Process.Start(start)!;
            var pattern = $"{OcrTempFolders.Prefix}{child.Id.ToString(CultureInfo.InvariantCulture)}-*";
            var deadline = Stopwatch.StartNew();
            while (!child.HasExited && deadline.Elapsed < TimeSpan.FromSeconds(120) && Directory.GetDirectories(Path.GetTempPath(), pattern).Length == 0)
            {
                await Task.Delay(10);
            }

            Directory.GetDirectories(Path.GetTempPath(), pattern).Should().NotBeEmpty("the signal must arrive while a copy of an input is on disk");

            using (var term = Process.Start("kill", ["-TERM", child.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            await child.WaitForExitAsync();
            Directory.GetDirectories(Path.GetTempPath(), pattern).Should().BeEmpty();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>The temp-folder tests count this process's OCR folders, so they run alone (after the parallel tests):
/// another test rasterizing at the same time would own a folder with the same process id.</summary>
[CollectionDefinition(nameof(OcrTempCleanupTests), DisableParallelization = true)]
public sealed class OcrTempCleanupCollection;
