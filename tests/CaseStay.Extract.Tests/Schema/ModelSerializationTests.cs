using System.Text.Json.Nodes;
using CaseStay.Extract.Serialization;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Schema;

/// <summary>
/// Issue 10, serialization from the model: the record is the model's own records laid out by one converter, and
/// reading it back gives the model again (no mirror types), including what only the normalized form carries.
/// </summary>
public class ModelSerializationTests
{
    private static string Order(string caseNumber) =>
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nUNITED STATES OF AMERICA,\nPlaintiff,\nv.\nCORNELIUS WADDLESWORTH,\nDefendant.\n\n"
        + $"No. {caseNumber}\n\nORDER STAYING PROCEEDINGS\n\nThe proceedings are STAYED pending appeal.\n\n"
        + "IT IS SO ORDERED.\n\nDated: May 2, 2025\n\n/s/ Philippa N. Oakhurst\nUNITED STATES DISTRICT JUDGE\n";

    [Theory]
    [InlineData("2:21-cr-00133-ABC-1", 1)]
    [InlineData("2:21-cr-00133-ABC-DEF-12", 12)]
    [InlineData("2:21-cv-00133-ABC-DEF", null)]
    public void ACaseNumber_ReadBack_KeepsItsDefendantNumber(string printed, int? defendant)
    {
        var result = StayOrderExtractor.ExtractText(Order(printed));
        result.Order!.CaseNumber!.Defendant.Should().Be(defendant);

        var back = StayOrderJson.Deserialize(StayOrderJson.Serialize(result));

        back.Order!.CaseNumber.Should().Be(result.Order.CaseNumber);
        back.Order.CaseNumber!.Defendant.Should().Be(defendant);
        back.Order.CaseNumber.Raw.Should().Be(result.Order.CaseNumber.Raw);
        StayOrderJson.Serialize(back).Should().Be(StayOrderJson.Serialize(result));
    }

    [Fact]
    public void TheCaseNumber_IsWrittenInTheContractsForm()
    {
        var record = JsonNode.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText(Order("2:21-cr-00133-ABC-1"))))!;
        record["caseNumber"]!.AsObject().Select(p => p.Key).Should().Equal("raw", "normalized", "office", "year", "type", "sequence", "judgeInitials", "suffix");
        record["caseNumber"]!["normalized"]!.GetValue<string>().Should().Be("2:21-cr-00133-ABC-1");
    }

    [Fact]
    public void AnErrorRecord_ReadsBackWithoutAnOrder()
    {
        var failed = StayOrderExtractor.ExtractText("   ");
        var json = StayOrderJson.Serialize(failed);

        var back = StayOrderJson.Deserialize(json);

        back.Order.Should().BeNull();
        back.Error!.Code.Should().Be(failed.Error!.Code);
        StayOrderJson.Serialize(back).Should().Be(json);
        JsonNode.Parse(json)!.AsObject().Select(p => p.Key).First().Should().Be("schemaVersion");
    }

    [Fact]
    public void UnknownMembers_AreSkipped_AndANonObjectIsRefused()
    {
        var node = JsonNode.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText(Order("2:21-cv-00133-ABC"))))!;
        node["addedLater"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };

        StayOrderJson.TryDeserialize(node.ToJsonString(), out var back).Should().BeTrue();
        back!.Order!.CaseNumber!.Normalized.Should().Be("2:21-cv-00133-ABC");
        StayOrderJson.TryDeserialize("[1, 2]", out _).Should().BeFalse();
        StayOrderJson.TryDeserialize("{\"isStayOrder\": true}", out _).Should().BeFalse("a record has a source");
    }
}
