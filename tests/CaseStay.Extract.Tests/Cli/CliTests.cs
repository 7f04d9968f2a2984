using System.Text.Json;
using CaseStay.Extract.Cli;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Cli;

public class CliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(args);

    private static string Orders => Path.Combine(TestPaths.TestData, "orders");

    private static int InputCount => Directory.GetFiles(Orders, "*", SearchOption.AllDirectories)
        .Count(f => CliApp.SupportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()));

    [Fact]
    public async Task Extract_Folder_Json_OneArrayAllSucceed()
    {
        var (code, output, err) = await Run("extract", Orders, "--format", "json");
        code.Should().Be(0, err);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetArrayLength().Should().Be(InputCount);
        err.Should().Contain("files").And.Contain("stay orders");
    }

    [Fact]
    public async Task Extract_Jsonl_OneCompleteRecordPerLine_Ordered()
    {
        var (code, output, _) = await Run("extract", Orders, "--format", "jsonl", "--ordered", "--parallel", "2");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(InputCount);
        var paths = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("path").GetString()).ToList();
        paths.Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public async Task Extract_Csv_HeaderAndRows()
    {
        var (code, output, _) = await Run("extract", Orders, "--format", "csv");
        code.Should().Be(0);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("path,kind,isStayOrder");
        lines.Should().HaveCount(InputCount + 1);
    }

    [Fact]
    public async Task Extract_OutFile_StdoutStaysEmpty()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".jsonl");
        try
        {
            var (code, output, _) = await Run("extract", Orders, "--format", "jsonl", "--out", file);
            code.Should().Be(0);
            output.Should().BeEmpty();
            (await File.ReadAllLinesAsync(file)).Should().HaveCount(InputCount);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Extract_OneBadFile_ExitOne_OtherRecordsStillWritten()
    {
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".txt");
        var good = Directory.GetFiles(Orders, "input.txt", SearchOption.AllDirectories)[0];
        var (code, output, err) = await Run("extract", good, missing, "--format", "jsonl");
        code.Should().Be(1);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        records.Should().HaveCount(2);
        records.Should().ContainSingle(r => r.GetProperty("error").ValueKind == JsonValueKind.Object
            && r.GetProperty("error").GetProperty("code").GetString() == "file-not-found");
        err.Should().Contain("file-not-found");
    }

    [Fact]
    public async Task Extract_Ics_OneEventPerComputedDeadline()
    {
        var file = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".ics");
        try
        {
            var input = Path.Combine(Orders, "vdrp-pleading-2p", "input.txt");
            var (code, _, err) = await Run("extract", input, "--ics", file);
            code.Should().Be(0, err);
            var ics = await File.ReadAllTextAsync(file);
            ics.Should().StartWith("BEGIN:VCALENDAR");
            ics.Split("BEGIN:VEVENT").Length.Should().Be(2, "one deadline has a due date; the VDRP report is event-anchored");
            ics.Should().Contain("DTSTART;VALUE=DATE:20250417").And.Contain("2:23-cv-01234-TLN-AC");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "x.txt", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData()]
    [InlineData("extract", "x.txt", "--parallel", "0")]
    public async Task BadUsage_ExitTwo(params string[] args)
    {
        var (code, _, _) = await Run(args);
        code.Should().Be(2);
    }

    [Fact]
    public async Task Help_ExitZero()
    {
        var (code, output, _) = await Run("extract", "--help");
        code.Should().Be(0);
        output.Should().Contain("--format");
    }
}
