using System.Reflection;
using System.Text.Json.Nodes;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Pipeline;

/// <summary>
/// Issue 10, typed field keys: a field's provenance key is named once (<see cref="FieldKeys"/>), is one of the
/// record's own top-level names, and a reader sets value and span together through it.
/// </summary>
public class FieldKeyTests
{
    /// <summary>A synthetic order in our own words.</summary>
    private const string Order =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nMARGUERITE OLLENSHAW,\nPlaintiff,\nv.\nBRASSWICK TIMBER COMPANY,\nDefendant.\n\n"
        + "No. 2:23-cv-01987-ABC-DEF\n\nORDER STAYING CASE\n\nThis action is STAYED pending arbitration.\n\n"
        + "IT IS SO ORDERED.\n\nDated: June 9, 2025\n\n/s/ Ottoline P. Vantreece\nUNITED STATES DISTRICT JUDGE\n";

    private static IReadOnlyList<FieldKey> AllKeys() =>
        typeof(FieldKeys).GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => (FieldKey)p.GetValue(null)!).ToList();

    [Fact]
    public void EveryKey_HasItsOwnName_ThatIsATopLevelNameOfTheRecord()
    {
        var keys = AllKeys();
        keys.Should().HaveCountGreaterThan(5);
        keys.Select(k => k.JsonName).Should().OnlyHaveUniqueItems();
        var record = JsonNode.Parse(StayOrderJson.Serialize(StayOrderExtractor.ExtractText(Order)))!.AsObject();
        foreach (var key in keys)
        {
            record.ContainsKey(key.JsonName).Should().BeTrue($"'{key.JsonName}' names a field of the record");
        }
    }

    [Fact]
    public void EveryKeyARecordLocates_IsWrittenUnderItsName()
    {
        var order = StayOrderExtractor.ExtractText(Order).Order!;
        order.Provenance.Keys.Should().BeSubsetOf(AllKeys().Select(k => k.JsonName));
        order.Provenance.Keys.Should().Contain(["court", "caseNumber", "parties", "title", "judge", "dated"]);
    }

    [Fact]
    public void Set_StoresTheValueAndItsSpanTogether()
    {
        const string text = "Dated: June 9, 2025";
        var document = Extract.Text.NormalizedDocument.Build(text, Extract.Layout.LineAssembler.Assemble(text).Lines, 1);
        var bucket = new StayOrderBucket(document, ExtractionOptions.Default);
        var date = new LocalDate(2025, 6, 9);

        bucket.Set(FieldKeys.Dated, date, 0, text.Length);

        bucket.Dated.Should().Be(date);
        bucket.Provenance.Should().ContainKey(FieldKeys.Dated);
        bucket.SpanOrDefault(FieldKeys.Dated).Length.Should().Be(text.Length);
        bucket.SpanOrDefault(FieldKeys.Judge).Should().Be(default(SourceSpan), "a field not located has the empty span");
        bucket.CalculateValue().Provenance.Keys.Should().Equal("dated");
    }

    [Fact]
    public void LocateAs_TakesAnotherFieldsSpan_OnlyWhenThatOneIsLocated()
    {
        const string text = "No. 2:23-cv-01987-ABC";
        var document = Extract.Text.NormalizedDocument.Build(text, Extract.Layout.LineAssembler.Assemble(text).Lines, 1);
        var bucket = new StayOrderBucket(document, ExtractionOptions.Default);

        bucket.LocateAs(FieldKeys.Court, FieldKeys.CaseNumber);
        bucket.Provenance.Should().BeEmpty();

        bucket.Locate(FieldKeys.CaseNumber, 4, text.Length);
        bucket.LocateAs(FieldKeys.Court, FieldKeys.CaseNumber);
        bucket.SpanOrDefault(FieldKeys.Court).Should().Be(bucket.SpanOrDefault(FieldKeys.CaseNumber));
    }
}
