using System.Text;
using CaseStay.Extract.Cli;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>The CSV's deadline columns, the formula-injection guard and the optional byte-order mark.</summary>
public class CsvDeadlineTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1-555", "'+1-555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Acme, Inc.", "Acme, Inc.")]
    [InlineData("", "")]
    public void Neutralize(string value, string expected) => CsvRow.Neutralize(value).Should().Be(expected);

    private const string Text = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\n=CMD(\"calc\"),\nPlaintiff,\nv.\nACME WIDGETS, INC.,\nDefendant.\n\nNo. 2:25-cv-00456-ABC-DEF\n\nORDER STAYING CASE\n\n"
        + "IT IS HEREBY ORDERED that:\n1. This action is STAYED pending the conclusion of arbitration.\n2. The parties shall file a joint status report within fourteen (14) days.\n3. The parties shall notify the Court within 7 days after the conclusion of arbitration.\nIT IS SO ORDERED.\nDated: January 29, 2025";

    [Fact]
    public void DeadlineColumns()
    {
        var result = StayOrderExtractor.ExtractText(Text, path: "x.txt");
        var header = CsvRow.Header.Split(',');
        header.Should().EndWith(["nextDue", "deadlines", "document", "filed", "sha256", "judgeInferred", "stayUntil"]);
        var row = CsvRow.Format(result);
        // 14 days after 2025-01-29 is Lincoln Day: 02-13 with California's holidays, 02-12 federal-only; nextDue takes the earlier.
        row.Should().Contain(",2025-02-12,").And.Contain("2025-02-13 (P14D after order-date, federal-only 2025-02-12)")
            .And.Contain("? (P7D after the conclusion of arbitration)").And.Contain(result.Source.Sha256);
    }

    [Fact]
    public void FormulaCells_AreNeutralized_UnlessRaw()
    {
        var result = StayOrderExtractor.ExtractText(Text, path: "x.txt");
        result.Order!.Parties!.Plaintiffs.Should().Contain(p => p.StartsWith('='));
        CsvRow.Format(result).Should().Contain("\"'=CMD(\"\"calc\"\")\"").And.NotContain(",=CMD");
        CsvRow.Format(result, neutralize: false).Should().Contain("\"=CMD(\"\"calc\"\")\"");
    }

    [Fact]
    public async Task Cli_CsvBom_AndRaw()
    {
        var folder = Path.Combine(Path.GetTempPath(), "casestay-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "order.txt");
            await File.WriteAllTextAsync(input, Text);
            var csv = Path.Combine(folder, "out.csv");
            (await CliRunner.Run("extract", input, "--format", "csv", "--out", csv, "--csv-bom")).Code.Should().Be(0);
            var bytes = await File.ReadAllBytesAsync(csv);
            bytes.Take(3).Should().Equal(0xEF, 0xBB, 0xBF);
            Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Should().StartWith("path,").And.Contain("'=CMD");
            (await CliRunner.Run("extract", input, "--format", "csv", "--out", csv, "--csv-raw")).Code.Should().Be(0);
            var raw = await File.ReadAllBytesAsync(csv);
            raw[0].Should().Be((byte)'p', "no byte-order mark without --csv-bom");
            Encoding.UTF8.GetString(raw).Should().NotContain("'=CMD").And.Contain("=CMD");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
