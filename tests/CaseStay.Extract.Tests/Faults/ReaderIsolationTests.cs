using CaseStay.Extract.Pipeline;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Faults;

/// <summary>
/// Issue 10, fault isolation: a reader that throws loses only what it read (fields, items, provenance), with a
/// warning <c>reader-failed</c> naming it; every other field stays and the record is not an <c>internal-error</c>.
/// The fault is injected through the options' reader hook (no static state): the real reader runs, then throws.
/// </summary>
public class ReaderIsolationTests
{
    /// <summary>A synthetic order in our own words.</summary>
    private const string Order =
        "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nPERPETUA VANTERPOOL,\nPlaintiff,\nv.\nORCHARD LANTERN HOLDINGS, INC.,\nDefendant.\n\n"
        + "No. 2:24-cv-04321-ABC-DEF\n\nORDER STAYING CASE PENDING ARBITRATION\n\n"
        + "Defendant moved to compel arbitration under 9 U.S.C. § 3. IT IS HEREBY ORDERED that:\n"
        + "1. This action is STAYED pending arbitration.\n"
        + "2. The parties shall file a joint status report within 30 days of this order.\n\n"
        + "IT IS SO ORDERED.\n\nDated: March 4, 2025\n\n/s/ Quillon R. Astbury\nUNITED STATES DISTRICT JUDGE\n";

    /// <summary>(reader, a field only that reader fills, the provenance key it sets or null).</summary>
    public static TheoryData<string, Func<StayOrder, object?>, string?> Owned() => new()
    {
        { "court", o => o.Court, "court" },
        { "case-number", o => o.CaseNumber, "caseNumber" },
        { "caption", o => o.Parties, "parties" },
        { "judge", o => o.Judge, "judge" },
        { "dated", o => o.Dated, "dated" },
        { "directives", o => o.Directives.Count > 0 ? o.Directives : null, null },
        { "stay", o => o.Stay, null },
        { "deadlines", o => o.Deadlines.Count > 0 ? o.Deadlines : null, null },
        { "references", o => o.Citations.Count > 0 ? o.Citations : null, null },
    };

    private static ExtractionOptions Failing(string name) => ExtractionOptions.Default with
    {
        ReaderWrapper = (reader, run) => reader == name
            ? bucket =>
            {
                run(bucket);
                throw new InvalidOperationException("synthetic fault after the reader ran");
            }
            : run,
    };

    [Theory]
    [MemberData(nameof(Owned))]
    public void AReaderThatThrows_LosesOnlyItsOwnFields(string reader, Func<StayOrder, object?> owned, string? provenanceKey)
    {
        var clean = StayOrderExtractor.ExtractText(Order);
        clean.Success.Should().BeTrue();
        owned(clean.Order!).Should().NotBeNull($"the clean run reads what the {reader} reader owns");
        clean.Warnings.Should().NotContain(w => w.Code == WarningCodes.ReaderFailed);

        var faulty = StayOrderExtractor.ExtractText(Order, Failing(reader));
        faulty.Success.Should().BeTrue("a reader's fault is not an internal error");
        owned(faulty.Order!).Should().BeNull($"what the {reader} reader set before it threw is undone");
        if (provenanceKey is not null)
        {
            clean.Order!.Provenance.Should().ContainKey(provenanceKey);
            faulty.Order!.Provenance.Should().NotContainKey(provenanceKey);
        }

        faulty.Warnings.Where(w => w.Code == WarningCodes.ReaderFailed).Should().ContainSingle()
            .Which.Message.Should().Contain($"The {reader} reader").And.Contain("synthetic fault");

        // Readers that ran before it, and do not depend on it, keep their fields.
        if (reader != "court")
        {
            faulty.Order!.Court.Should().Be(clean.Order!.Court);
        }

        if (reader is not ("court" or "case-number"))
        {
            faulty.Order!.CaseNumber.Should().Be(clean.Order!.CaseNumber);
        }
    }

    [Fact]
    public void AReaderThatThrowsFirst_KeepsEveryLaterReader()
    {
        var options = ExtractionOptions.Default with
        {
            ReaderWrapper = (reader, run) => reader == "references" ? _ => throw new FormatException("synthetic") : run,
        };
        var clean = StayOrderExtractor.ExtractText(Order).Order!;
        var faulty = StayOrderExtractor.ExtractText(Order, options).Order!;
        faulty.Citations.Should().BeEmpty();
        faulty.Judge.Should().Be(clean.Judge);
        faulty.Dated.Should().Be(clean.Dated);
        faulty.Stay.Should().Be(clean.Stay);
        faulty.Parties.Should().BeEquivalentTo(clean.Parties);
        faulty.Directives.Should().BeEquivalentTo(clean.Directives);
    }

    [Fact]
    public void Checkpoint_RestoresEveryPartOfTheBucket()
    {
        var document = Extract.Text.NormalizedDocument.Build("x", Extract.Layout.LineAssembler.Assemble("x").Lines, 1);
        var bucket = new StayOrderBucket(document, ExtractionOptions.Default) { Title = "BEFORE" };
        bucket.Warnings.Add(new ExtractionWarning(WarningCodes.MissingDate, "kept"));
        bucket.Locate(FieldKeys.Title, 0, 1);
        var checkpoint = new BucketCheckpoint(bucket);

        bucket.Title = "AFTER";
        bucket.Judge = new Judge("Someone", null, null, false);
        bucket.Warnings.Add(new ExtractionWarning(WarningCodes.ReaderFailed, "dropped"));
        bucket.Warnings[0] = new ExtractionWarning(WarningCodes.MissingDate, "replaced");
        bucket.Locate(FieldKeys.Judge, 0, 1);
        bucket.FootnoteLines.Add(3);
        bucket.Directives.Add(new Directive(1, "1", "text", 1, [], document.Span(0, 1)));
        checkpoint.Restore(bucket);

        bucket.Title.Should().Be("BEFORE");
        bucket.Judge.Should().BeNull();
        bucket.Warnings.Should().ContainSingle().Which.Message.Should().Be("kept");
        bucket.Provenance.Keys.Should().Equal(FieldKeys.Title);
        bucket.FootnoteLines.Should().BeEmpty();
        bucket.Directives.Should().BeEmpty();
    }
}
