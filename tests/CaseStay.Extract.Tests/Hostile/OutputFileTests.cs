using System.Diagnostics;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>The --out file: never an input, never half-written, never shared by two runs.</summary>
public sealed class OutputFileTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("casestay-out-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Good()
    {
        var path = Path.Combine(_dir.FullName, "in", "order.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, HostileFixtures.GoodText);
        return path;
    }

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    [InlineData("csv")]
    public async Task OutputNamingAnInput_IsRefusedBeforeWork_InputUnchanged(string format)
    {
        var input = Good();
        var (code, _, err) = await CliRunner.Run("extract", Path.GetDirectoryName(input)!, "--format", format, "--out", input, "--ocr", "never");
        code.Should().Be(2);
        err.Should().Contain("is also an input");
        File.ReadAllText(input).Should().Be(HostileFixtures.GoodText);
    }

    [Fact]
    public async Task Json_IsRenamedIntoPlace_NoTemporaryLeft()
    {
        var input = Good();
        var output = Path.Combine(_dir.FullName, "out.json");
        File.WriteAllText(output, "old");
        var (code, _, err) = await CliRunner.Run("extract", input, "--out", output, "--ocr", "never");
        code.Should().Be(0, err);
        File.ReadAllText(output).Should().StartWith("[");
        Directory.GetFiles(_dir.FullName, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public async Task Jsonl_SecondWriterIsRefused_WhileTheFirstHoldsTheLock()
    {
        var input = Good();
        var output = Path.Combine(_dir.FullName, "out.jsonl");
        using (new FileStream(output + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var (code, _, err) = await CliRunner.Run("extract", input, "--format", "jsonl", "--out", output, "--ocr", "never");
            code.Should().Be(2);
            err.Should().Contain("another run");
        }

        var (after, _, _) = await CliRunner.Run("extract", input, "--format", "jsonl", "--out", output, "--ocr", "never", "--resume");
        after.Should().Be(0);
        File.ReadAllLines(output).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task DiskFull_EndsTheRun_WithAClearMessage_AndWholeRecords()
    {
        var mount = Path.Combine(_dir.FullName, "tiny");
        Directory.CreateDirectory(mount);
        using (var p = Process.Start(new ProcessStartInfo("mount", ["-t", "tmpfs", "-o", "size=8k", "tmpfs", mount]) { UseShellExecute = false, RedirectStandardError = true })!)
        {
            p.WaitForExit();
            const string Why = "Mounting an 8 KiB tmpfs needs root (CAP_SYS_ADMIN); this test fills it to check the disk-full path.";
            // CI runs as root: there a failed mount is a failure, never a skip (it would hide the disk-full path).
            if (p.ExitCode != 0 && Environment.GetEnvironmentVariable("CI") == "true")
            {
                throw new InvalidOperationException("CI=true but " + Why + " " + p.StandardError.ReadToEnd());
            }

            Skip.If(p.ExitCode != 0, Why + " Run as root (CI does) to cover it.");
        }

        try
        {
            var folder = Path.Combine(_dir.FullName, "many");
            Directory.CreateDirectory(folder);
            for (var i = 0; i < 12; i++)
            {
                File.WriteAllText(Path.Combine(folder, $"order{i:D2}.txt"), HostileFixtures.GoodText.Replace("00981", $"{i:D5}", StringComparison.Ordinal));
            }

            var jsonl = Path.Combine(mount, "out.jsonl");
            var (code, _, err) = await CliRunner.Run("extract", folder, "--format", "jsonl", "--out", jsonl, "--ocr", "never", "--parallel", "1");
            code.Should().Be(4);
            err.Should().Contain("writing").And.Contain("failed");
            var text = File.ReadAllText(jsonl);
            text.Should().EndWith("\n");
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using var _ = System.Text.Json.JsonDocument.Parse(line);
            }

            File.Delete(jsonl);
            var json = Path.Combine(mount, "out.json");
            File.WriteAllText(json, "[]");
            var (jsonCode, _, _) = await CliRunner.Run("extract", folder, "--out", json, "--ocr", "never");
            jsonCode.Should().Be(4);
            File.ReadAllText(json).Should().Be("[]", "the old output stays whole");
            Directory.GetFiles(mount, "*.tmp", new EnumerationOptions { AttributesToSkip = 0 }).Should().BeEmpty();
        }
        finally
        {
            using var u = Process.Start(new ProcessStartInfo("umount", [mount]) { UseShellExecute = false })!;
            u.WaitForExit();
        }
    }
}
