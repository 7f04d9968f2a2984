using CaseStay.Extract.Corrections;
using CaseStay.Extract.Serialization;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Corrections: applied by SHA-256 with the original kept, reported when the file's bytes changed, refused when
/// they do not parse; the CLI's <c>--corrections</c>.</summary>
public class CorrectionTests
{
    private static async Task<(string Path, ExtractionResult Result)> CopyOfRhines()
    {
        var dir = ReviewFixtures.TempDir("corr");
        var path = Path.Combine(dir, "input.txt");
        File.Copy(ReviewFixtures.Order("rhines-clean", "input.txt"), path);
        return (path, await StayOrderExtractor.ExtractFileAsync(path));
    }

    [Fact]
    public async Task Corrections_replace_the_fields_and_keep_the_extracted_values()
    {
        var (path, before) = await CopyOfRhines();
        var sha = before.Source.Sha256;
        before.Order!.Deadlines.Should().NotBeEmpty();
        var set = new CorrectionSet(
        [
            new Correction(sha, CorrectionFields.Dated, "2025-10-07") { Path = "input.txt", Original = "2025-10-06" },
            new Correction(sha, CorrectionFields.CaseNumber, "1:23-cv-00981-KES-EPG (HC)"),
            new Correction(sha, CorrectionFields.Judge, "Erica Q. Grosjean"),
            new Correction(sha, CorrectionFields.StayKind, StayKinds.HabeasKelly),
            new Correction(sha, CorrectionFields.DeadlineDue(before.Order!, 0), "2026-01-05"),
        ]);
        CorrectionSet.TryParse(set.ToJson(), out var read, out var error).Should().BeTrue(error);
        read!.Entries.Should().BeEquivalentTo(set.Entries);

        var after = await StayOrderExtractor.ExtractFileAsync(path, ExtractionOptions.Default with { Corrections = read });
        var o = after.Order!;
        o.Dated.Should().Be(new LocalDate(2025, 10, 7));
        o.Judge!.Name.Should().Be("Erica Q. Grosjean");
        o.Judge.Title.Should().Be(before.Order.Judge!.Title, "a corrected name keeps the printed title");
        o.Stay!.Kind.Should().Be(StayKinds.HabeasKelly);
        o.Deadlines[0].Due.Should().Be(new LocalDate(2026, 1, 5));
        o.Corrections.Should().ContainKeys("dated", "caseNumber", "judge", "stay.kind", CorrectionFields.DeadlineDue(before.Order!, 0));
        o.Corrections["dated"].Should().Be(new FieldCorrection("2025-10-07", "2025-10-06"));
        o.Corrections["stay.kind"].Original.Should().Be(before.Order.Stay!.Kind);
        o.Corrections[CorrectionFields.DeadlineDue(before.Order!, 0)].Original.Should().Be(before.Order.Deadlines[0].Due?.ToString("yyyy-MM-dd", null));
        after.Warnings.Should().BeEquivalentTo(before.Warnings);

        var json = StayOrderJson.Serialize(after);
        json.Should().Contain("\"corrections\"").And.Contain("\"corrected\": true").And.Contain("\"original\": \"2025-10-06\"");
        StayOrderJson.Serialize(before).Should().NotContain("\"corrections\"", "no correction: the record is unchanged");
    }

    [Fact]
    public async Task A_correction_for_other_bytes_of_the_same_file_is_reported_and_not_applied()
    {
        var (path, before) = await CopyOfRhines();
        var set = new CorrectionSet([new Correction(before.Source.Sha256, CorrectionFields.Dated, "2025-10-07") { Path = "orders/input.txt" }]);
        await File.AppendAllTextAsync(path, "\nA line added after the review.\n");
        var after = await StayOrderExtractor.ExtractFileAsync(path, ExtractionOptions.Default with { Corrections = set });
        after.Source.Sha256.Should().NotBe(before.Source.Sha256);
        after.Order!.Dated.Should().Be(before.Order!.Dated);
        after.Order.Corrections.Should().BeEmpty();
        after.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.CorrectionStale).Which.Message.Should().Contain("dated");
    }

    [Theory]
    [InlineData("dated", "the sixth of October")]
    [InlineData("caseNumber", "not a number")]
    [InlineData("stay.kind", "forever")]
    [InlineData("deadlines[9].due", "2025-01-01")]
    [InlineData("isStayOrder", "perhaps")]
    [InlineData("title", "ORDER")]
    public async Task A_correction_that_does_not_parse_is_reported_and_not_applied(string field, string value)
    {
        var (path, before) = await CopyOfRhines();
        var set = new CorrectionSet([new Correction(before.Source.Sha256, field, value)]);
        var after = await StayOrderExtractor.ExtractFileAsync(path, ExtractionOptions.Default with { Corrections = set });
        after.Order!.Corrections.Should().BeEmpty();
        StayOrderJson.Serialize(after with { Warnings = before.Warnings }).Should().Be(StayOrderJson.Serialize(before));
        after.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.CorrectionInvalid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"version\":1}")]
    [InlineData("{\"corrections\":[{\"field\":\"dated\",\"value\":\"2025-01-01\"}]}")]
    public void A_file_that_is_not_a_corrections_file_is_refused_without_throwing(string json)
    {
        CorrectionSet.TryParse(json, out var set, out var error).Should().BeFalse();
        set.Should().BeNull();
        error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Cli_extract_applies_a_corrections_file_and_refuses_a_broken_one()
    {
        var (path, before) = await CopyOfRhines();
        var file = Path.Combine(Path.GetDirectoryName(path)!, "corrections.json");
        await File.WriteAllTextAsync(file, new CorrectionSet([new Correction(before.Source.Sha256, CorrectionFields.IsStayOrder, "false")]).ToJson());
        var (code, stdout, stderr) = await CliRunner.Run("extract", path, "--corrections", file, "--ocr", "never");
        code.Should().Be(0, stderr);
        stdout.Should().Contain("\"isStayOrder\": false").And.Contain("\"corrected\": true");

        await File.WriteAllTextAsync(file, "{ not json");
        (code, _, stderr) = await CliRunner.Run("extract", path, "--corrections", file, "--ocr", "never");
        code.Should().Be(2);
        stderr.Should().Contain("--corrections");
    }
}
