using System.Diagnostics;
using CaseStay.Extract.Sources;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>Folder walks that never abort and never leave the folder given; reads bounded by bytes read.</summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("casestay-walk-");
    private readonly DirectoryInfo _outside = Directory.CreateTempSubdirectory("casestay-outside-");

    public void Dispose()
    {
        _root.Delete(recursive: true);
        _outside.Delete(recursive: true);
    }

    private string In(string relative) => Path.Combine(_root.FullName, relative);

    private static void MkFifo(string path)
    {
        using var p = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        p.WaitForExit();
        p.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Walk_KeepsGoing_RecordsEachBadEntry_AndStaysInsideTheRoot()
    {
        var good = In("a/order.txt");
        Directory.CreateDirectory(In("a"));
        File.WriteAllText(good, HostileFixtures.GoodText);
        var secret = Path.Combine(_outside.FullName, "secret.txt");
        File.WriteAllText(secret, "outside text");
        File.CreateSymbolicLink(In("a/outside-link.txt"), secret);
        File.CreateSymbolicLink(In("a/inside-link.txt"), good);
        File.CreateSymbolicLink(In("a/dangling.txt"), In("a/missing.txt"));
        Directory.CreateSymbolicLink(In("a/loop"), In("a"));
        Directory.CreateSymbolicLink(In("b"), In("a"));
        Directory.CreateSymbolicLink(In("out-dir"), _outside.FullName);
        File.CreateSymbolicLink(In("zero.txt"), "/dev/zero");
        MkFifo(In("a/pipe.txt"));

        var entries = FolderWalk.Enumerate(_root.FullName).ToList();
        string? Code(string relative) => entries.Single(e => e.Path == In(relative)).Error?.Code;

        Code("a/order.txt").Should().BeNull();
        Code("a/inside-link.txt").Should().BeNull("a link that stays inside the folder is followed");
        Code("a/outside-link.txt").Should().Be(ErrorCodes.SymlinkOutsideRoot);
        Code("out-dir").Should().Be(ErrorCodes.SymlinkOutsideRoot);
        Code("zero.txt").Should().Be(ErrorCodes.SymlinkOutsideRoot);
        Code("a/dangling.txt").Should().Be(ErrorCodes.FileUnreadable);
        Code("a/pipe.txt").Should().Be(ErrorCodes.NotARegularFile);
        entries.Should().NotContain(e => e.Path.Contains("secret", StringComparison.Ordinal));
        entries.Count(e => e.Path.EndsWith("order.txt", StringComparison.Ordinal)).Should().Be(1, "the folder reached again through 'loop' and 'b' is walked once");

        var followed = FolderWalk.Enumerate(_root.FullName, followSymlinks: true).ToList();
        followed.Single(e => e.Path == In("a/outside-link.txt")).Error.Should().BeNull();
        followed.Single(e => e.Path == In("zero.txt")).Error!.Code.Should().Be(ErrorCodes.NotARegularFile, "/dev/zero is a device, never read");
    }

    [Fact]
    public void Walk_OfTwoLinkLoops_Ends()
    {
        Directory.CreateDirectory(In("x"));
        Directory.CreateDirectory(In("y"));
        File.WriteAllText(In("x/one.txt"), "one");
        Directory.CreateSymbolicLink(In("x/to-y"), In("y"));
        Directory.CreateSymbolicLink(In("y/to-x"), In("x"));
        var entries = FolderWalk.Enumerate(_root.FullName).ToList();
        entries.Where(e => e.Error is null).Should().ContainSingle();
    }

    [Fact]
    public async Task SpecialFilesGivenDirectly_AreRefused_NeverOpened()
    {
        var fifo = In("pipe.txt");
        MkFifo(fifo);
        (await StayOrderExtractor.ExtractFileAsync(fifo)).Error!.Code.Should().Be(ErrorCodes.NotARegularFile);
        (await StayOrderExtractor.ExtractFileAsync("/dev/zero")).Error!.Code.Should().Be(ErrorCodes.NotARegularFile);
    }

    [Fact]
    public async Task SizeLimit_CountsBytesRead_NotTheClaimedSize()
    {
        // /proc files claim 0 bytes and hold more.
        new FileInfo("/proc/self/status").Length.Should().Be(0);
        var result = await StayOrderExtractor.ExtractFileAsync("/proc/self/status", ExtractionOptions.Default with { MaxFileBytes = 64 });
        result.Error!.Code.Should().Be(ErrorCodes.TooLarge);
    }

    [Fact]
    public async Task Harness_WritesOneRecordPerEntry_AndNeverTheOutsideText()
    {
        Directory.CreateDirectory(In("docs"));
        File.WriteAllText(In("docs/order.txt"), HostileFixtures.GoodText);
        var secret = Path.Combine(_outside.FullName, "secret.txt");
        File.WriteAllText(secret, "TOP SECRET outside text");
        File.CreateSymbolicLink(In("docs/leak.txt"), secret);
        MkFifo(In("docs/pipe.txt"));
        var output = Path.Combine(_outside.FullName, "out.jsonl");
        var (code, _, err) = await CliRunner.Run("extract", _root.FullName, "--format", "jsonl", "--out", output, "--ocr", "never");
        code.Should().Be(1, err);
        var lines = File.ReadAllLines(output);
        lines.Should().HaveCount(3);
        lines.Should().ContainSingle(l => l.Contains("symlink-outside-root", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.Contains("not-a-regular-file", StringComparison.Ordinal));
        string.Concat(lines).Should().NotContain("TOP SECRET");
    }

    [Fact]
    public void TestPathsExist() => Directory.Exists(TestPaths.TestData).Should().BeTrue();
}
