using System.Text.Json;
using System.Text.RegularExpressions;
using CaseStay.Extract.Courts;
using CaseStay.Extract.Readers.Stay;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Courts;

/// <summary>
/// Issue 10: court knowledge is data in a <see cref="CourtProfile"/> that a caller can correct or extend; the
/// harness takes an extra roster with <c>--roster FILE</c>. Synthetic judges and parties throughout.
/// </summary>
public partial class CourtProfileTests
{
    private static readonly RosterJudge s_extra = new("OPW", "Odalys P. Winterbourne", "United States District Judge", "Fresno", "caed");

    /// <summary>No court header: only the signer can tell the court.</summary>
    private const string Headless =
        "MIRABEL OKONKWO,\nPlaintiff,\nv.\nHALCYON DRAYAGE LLC,\nDefendant.\n\nORDER STAYING CASE\n\n"
        + "The parties have agreed to arbitrate. IT IS HEREBY ORDERED that this action is STAYED pending arbitration.\n\n"
        + "IT IS SO ORDERED.\n\nDated: March 4, 2025\n\nODALYS WINTERBOURNE\nUNITED STATES DISTRICT JUDGE\n";

    /// <summary>Signed with initials only.</summary>
    private const string Initials =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nMIRABEL OKONKWO,\nPlaintiff,\nv.\nHALCYON DRAYAGE LLC,\nDefendant.\n\n"
        + "No. 2:25-cv-00077\n\nORDER STAYING CASE\n\nIT IS HEREBY ORDERED that this action is STAYED pending arbitration.\n\n"
        + "IT IS SO ORDERED.\n\nDated: March 4, 2025\n\n/s/ OPW\n";

    private static ExtractionOptions Extended() => ExtractionOptions.Default with
    {
        Court = CourtProfiles.EasternDistrictOfCalifornia with { Roster = CourtProfiles.EasternDistrictOfCalifornia.Roster.WithJudges([s_extra]) },
    };

    [Fact]
    public void DefaultProfile_IsTheEasternDistrict_AndTheDefaultOption()
    {
        var profile = CourtProfiles.EasternDistrictOfCalifornia;
        ExtractionOptions.Default.Court.Should().BeSameAs(profile);
        profile.Code.Should().Be(Court.EasternDistrictCode);
        profile.Roster.Judges.Should().NotBeEmpty();
        profile.StayKinds.Select(r => r.Kind).Should().Contain([StayKinds.VdrpSettlement, StayKinds.Appeal, StayKinds.Settlement]);
        profile.OfficeOf("FRESNO").Should().Be(1);
        profile.OfficeOf("Atlantis").Should().BeNull();
        profile.HasOffice(null).Should().BeTrue();
        profile.HasOffice(9).Should().BeFalse();
        ExtractionOptions.Default.HolidayCalendar.Should().BeSameAs(profile.Holidays);
    }

    [Fact]
    public void ExtendedRoster_MakesAnUnknownSigner_Known()
    {
        var plain = StayOrderExtractor.ExtractText(Headless).Order!;
        plain.Court.Should().BeNull("nobody on the built-in roster signed it");

        var known = StayOrderExtractor.ExtractText(Headless, Extended()).Order!;
        known.Judge!.Name.Should().Be("Odalys P. Winterbourne", "the roster's spelling");
        known.Court!.Code.Should().Be(Court.EasternDistrictCode);
        known.Court.Inferred.Should().BeTrue();
    }

    [Fact]
    public void ExtendedRoster_ExpandsAnInitialsSignature()
    {
        StayOrderExtractor.ExtractText(Initials).Order!.Judge?.Name.Should().BeNull();
        var judge = StayOrderExtractor.ExtractText(Initials, Extended()).Order!.Judge!;
        judge.Name.Should().Be("Odalys P. Winterbourne");
        judge.Signature.Should().Be("/s/ OPW");
    }

    [Fact]
    public void WithJudges_ReplacesTheEntryWithTheSameInitials()
    {
        var roster = new JudgeRoster([new RosterJudge("ABC", "Alma B. Corvid", "United States Magistrate Judge", null, "caed")]);
        var corrected = roster.WithJudges([new RosterJudge("ABC", "Alma Beatrix Corvid", "United States District Judge", "Sacramento", "caed")]);
        corrected.Judges.Should().ContainSingle().Which.Title.Should().Be("United States District Judge");
        roster.Judges.Single().Title.Should().Be("United States Magistrate Judge", "the original is unchanged");
    }

    /// <summary>(file content, what the error names).</summary>
    [Theory]
    [InlineData("{ \"initials\": \"OPW\" }", "JSON list")]
    [InlineData("[ { \"initials\": \"OPW\", \"name\": \"Odalys P. Winterbourne\" ", "JSON list")]
    [InlineData("[ { \"initials\": \"OPW\", \"title\": \"United States District Judge\", \"court\": \"caed\" } ]", "entry 0 has no name")]
    [InlineData("[ { \"initials\": \"OPW\", \"name\": \"O. Winterbourne\", \"title\": \"Judge\", \"court\": \"caed\" }, null ]", "entry 1 is null")]
    [InlineData("null", "JSON list")]
    [InlineData("", "JSON list")]
    public void TryParse_RefusesWhatIsNotARoster(string json, string names)
    {
        JudgeRoster.TryParse(json, out var roster, out var error).Should().BeFalse();
        roster.Should().BeNull();
        error.Should().Contain(names);
    }

    [Fact]
    public void TryParse_ReadsTheBuiltInFormat()
    {
        var json = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "CaseStay.Extract", "Data", "judges.json"));
        JudgeRoster.TryParse(json, out var roster, out var error).Should().BeTrue(error);
        roster!.Judges.Should().HaveCount(CourtProfiles.EasternDistrictOfCalifornia.Roster.Judges.Count);
    }

    [Fact]
    public async Task Cli_Roster_AddsTheJudges()
    {
        using var dir = new TempDir();
        var order = Path.Combine(dir.Path, "order.txt");
        await File.WriteAllTextAsync(order, Headless);
        var roster = Path.Combine(dir.Path, "roster.json");
        await File.WriteAllTextAsync(roster, JsonSerializer.Serialize(new[] { new { initials = "OPW", name = "Odalys P. Winterbourne", title = "United States District Judge", division = "Fresno", court = "caed" } }));

        var (plainCode, plainOut, _) = await CliRunner.Run("extract", order, "--ocr", "never");
        plainCode.Should().Be(0);
        JsonDocument.Parse(plainOut).RootElement[0].GetProperty("court").ValueKind.Should().Be(JsonValueKind.Null);

        var (code, output, err) = await CliRunner.Run("extract", order, "--ocr", "never", "--roster", roster);
        code.Should().Be(0, err);
        var record = JsonDocument.Parse(output).RootElement[0];
        record.GetProperty("judge").GetProperty("name").GetString().Should().Be("Odalys P. Winterbourne");
        record.GetProperty("court").GetProperty("code").GetString().Should().Be("caed");
    }

    [Theory]
    [InlineData("[ { \"initials\": \"OPW\" } ]", "entry 0 has no name")]
    [InlineData("not json", "not a judge roster")]
    [InlineData(null, "no such file")]
    public async Task Cli_BadRoster_IsAUsageError_BeforeAnyExtraction(string? content, string message)
    {
        using var dir = new TempDir();
        var order = Path.Combine(dir.Path, "order.txt");
        await File.WriteAllTextAsync(order, Headless);
        var roster = Path.Combine(dir.Path, "roster.json");
        if (content is not null)
        {
            await File.WriteAllTextAsync(roster, content);
        }

        var (code, output, err) = await CliRunner.Run("extract", order, "--ocr", "never", "--roster", roster);
        code.Should().Be(2, "a bad roster is bad usage");
        output.Should().BeEmpty();
        err.Should().Contain("--roster").And.Contain(message).And.Contain("Nothing was extracted");
    }

    /// <summary>(granting clause, kind by the E.D. Cal. table): the earliest competing row wins, doctrine rows first.</summary>
    [Theory]
    [InlineData("This action is STAYED pending appeal of the order compelling arbitration.", StayKinds.Appeal)]
    [InlineData("This action is STAYED pending arbitration and any appeal from the award.", StayKinds.Arbitration)]
    [InlineData("This action is STAYED pending the outcome of the bankruptcy of the lessor, and settlement talks.", StayKinds.Bankruptcy)]
    [InlineData("This action is STAYED pending the decision in Quarry v. Lindenholt, now on appeal.", StayKinds.RelatedCase)]
    [InlineData("This action is STAYED pending plaintiff's petition for a writ of certiorari in this case.", StayKinds.Appeal)]
    [InlineData("This action is STAYED pending the Supreme Court's ruling on the same question.", StayKinds.RelatedCase)]
    [InlineData("This action is STAYED pending the agency's ruling on the permit.", StayKinds.Other)]
    public void DefaultTable_Kinds(string clause, string kind) =>
        StayReader.Decide("ORDER STAYING CASE", string.Empty, "IT IS HEREBY ORDERED: " + clause + "\nIT IS SO ORDERED.").Stay!.Kind.Should().Be(kind);

    [Fact]
    public void ACallersTable_DecidesTheKind()
    {
        const string Body = "IT IS HEREBY ORDERED: This action is STAYED pending the harvest survey of the orchard.\nIT IS SO ORDERED.";
        StayReader.Decide("ORDER STAYING CASE", string.Empty, Body).Stay!.Kind.Should().Be(StayKinds.Other);

        var court = CourtProfiles.EasternDistrictOfCalifornia;
        var table = court.StayKinds.Prepend(new StayKindRule(StayKinds.Settlement, HarvestSurvey(), StayKindScope.ClauseComplement)).ToList();
        StayReader.Decide("ORDER STAYING CASE", string.Empty, Body, table).Stay!.Kind.Should().Be(StayKinds.Settlement);
        var options = ExtractionOptions.Default with { Court = court with { StayKinds = table } };
        StayOrderExtractor.ExtractText(Initials.Replace("pending arbitration", "pending the harvest survey", StringComparison.Ordinal), options)
            .Order!.Stay!.Kind.Should().Be(StayKinds.Settlement);
    }

    [GeneratedRegex(@"\bharvest\s+survey\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HarvestSurvey();

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("casestay-roster-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
