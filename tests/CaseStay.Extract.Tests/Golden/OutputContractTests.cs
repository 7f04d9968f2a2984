using System.Text.Json;
using CaseStay.Extract.Serialization;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Golden;

/// <summary>The JSON names and shapes of docs/output-contract.md that scripts depend on.</summary>
public class OutputContractTests
{
    private const string Order = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nLANCE COVERT,\nPlaintiff,\nv.\nAMAZON.COM SERVICES LLC, ET AL.,\nDefendants.\nCase No.: 2:24-cv-02760-DJC-SCR\nORDER\nIT IS HEREBY ORDERED that:\n1. This action is STAYED.\n2. Contact the VDRP administrator.\nIT IS SO ORDERED.\nDated: January 29, 2025\n/s/ Daniel J. Calabretta\nUNITED STATES DISTRICT JUDGE";

    [Fact]
    public void Record_HasEveryContractField()
    {
        using var doc = JsonDocument.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText(Order, path: "x.txt")));
        var r = doc.RootElement;
        foreach (var name in new[] { "source", "isStayOrder", "notStayReason", "court", "caseNumber", "parties", "title", "judge", "dated", "stay", "directives", "deadlines", "citations", "footnotes", "warnings", "error" })
        {
            r.TryGetProperty(name, out _).Should().BeTrue(name);
        }

        r.GetProperty("source").GetProperty("kind").GetString().Should().Be("text");
        r.GetProperty("source").GetProperty("sha256").GetString().Should().HaveLength(64);
        r.GetProperty("court").GetProperty("code").GetString().Should().Be("caed");
        var cn = r.GetProperty("caseNumber");
        cn.GetProperty("raw").GetString().Should().Be("Case No.: 2:24-cv-02760-DJC-SCR");
        cn.GetProperty("normalized").GetString().Should().Be("2:24-cv-02760-DJC-SCR");
        cn.GetProperty("office").GetInt32().Should().Be(2);
        cn.GetProperty("year").GetInt32().Should().Be(2024);
        cn.GetProperty("sequence").GetInt32().Should().Be(2760);
        cn.GetProperty("judgeInitials").EnumerateArray().Select(e => e.GetString()).Should().Equal("DJC", "SCR");
        cn.GetProperty("suffix").ValueKind.Should().Be(JsonValueKind.Null);
        r.GetProperty("parties").GetProperty("defendantsEtAl").GetBoolean().Should().BeTrue();
        r.GetProperty("parties").GetProperty("plaintiffsEtAl").GetBoolean().Should().BeFalse();
        r.GetProperty("parties").GetProperty("plaintiffs").EnumerateArray().Select(e => e.GetString()).Should().Equal("LANCE COVERT");
        r.GetProperty("parties").GetProperty("plaintiffRole").GetString().Should().Be("Plaintiff");
        r.GetProperty("parties").GetProperty("defendantRole").GetString().Should().Be("Defendants");
        r.GetProperty("judge").GetProperty("signature").GetString().Should().Be("/s/ Daniel J. Calabretta");
        r.GetProperty("dated").GetString().Should().Be("2025-01-29");
        r.GetProperty("stay").GetProperty("kind").GetString().Should().Be("vdrp-settlement");
        var d = r.GetProperty("directives")[0];
        d.GetProperty("index").GetInt32().Should().Be(1);
        d.GetProperty("label").GetString().Should().Be("1");
        d.GetProperty("page").GetInt32().Should().Be(1);
        d.GetProperty("footnotes").GetArrayLength().Should().Be(0);
        r.GetProperty("error").ValueKind.Should().Be(JsonValueKind.Null);
        r.GetProperty("notStayReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void ErrorRecord_HasCodeAndNullFields()
    {
        using var doc = JsonDocument.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText("")));
        var r = doc.RootElement;
        r.GetProperty("error").GetProperty("code").GetString().Should().Be("empty-document");
        r.GetProperty("caseNumber").ValueKind.Should().Be(JsonValueKind.Null);
        r.GetProperty("isStayOrder").GetBoolean().Should().BeFalse();
        r.GetProperty("directives").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void NotStayReason_IsCodeAndMessage()
    {
        const string denial = "ORDER DENYING MOTION TO STAY\nIT IS HEREBY ORDERED that the motion to stay (ECF No. 4) is DENIED.\nIT IS SO ORDERED.";
        using var doc = JsonDocument.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText(denial, path: "x.txt")));
        var reason = doc.RootElement.GetProperty("notStayReason");
        reason.GetProperty("code").GetString().Should().Be("denies-stay");
        reason.GetProperty("message").GetString().Should().NotBeNullOrWhiteSpace();
    }
}
