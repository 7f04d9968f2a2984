using CaseStay.Extract.Corrections;
using CaseStay.Extract.Review;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace CaseStay.Extract.Tests.Review;

/// <summary>Deadline corrections are keyed by the directive's label and the due-date phrase, not by position: a re-run
/// that finds one more deadline (or loses one) keeps each correction on its deadline; a key no deadline has any more,
/// and an old positional key whose deadline moved, are reported (<c>correction-stale</c>), never applied elsewhere.</summary>
public class DeadlineCorrectionKeyTests
{
    /// <summary>An invented settlement stay with two deadlines (directives 2 and 3).</summary>
    private const string TwoDeadlines = """
        2:24-cv-05555-ABC-XYZ
        04-07-2025

        MIRA TESTWELL, Plaintiff, v. BRIGHTFIELD DEPOTS, INC., Defendant.

        ORDER STAYING CASE PENDING SETTLEMENT

        The parties report that they have settled this action in principle. Accordingly, IT IS HEREBY ORDERED that:

        1. This action is STAYED pending the completion of the settlement.

        2. The parties shall file dispositional documents within forty-five (45) days of the date of this order.

        3. If no dispositional documents are filed, the parties shall file a joint status report within sixty (60) days of the date of this order.

        IT IS SO ORDERED.

        Dated: April 7, 2025

        /s/ Quentin R. Example
        UNITED STATES DISTRICT JUDGE
        """;

    [Theory]
    [InlineData("3", 3, "within ninety (90) days of the date of this order", "deadlines[3:within-ninety-90-days-of-the-date-of-this-order].due")]
    [InlineData("3", 3, "WITHIN NINETY (90) DAYS\nof the date of  this order", "deadlines[3:within-ninety-90-days-of-the-date-of-this-order].due")]
    [InlineData("(b)", 2, "no later than June 2, 2025", "deadlines[b:no-later-than-june-2-2025].due")]
    [InlineData(null, 4, "within 14 days", "deadlines[4:within-14-days].due")]
    [InlineData("", 4, "within 14 days", "deadlines[4:within-14-days].due")]
    public void A_deadline_key_is_its_directive_label_and_folded_phrase(string? label, int index, string phrase, string expected) =>
        DeadlineKeys.Fields([(label, index, phrase)]).Should().Equal(expected);

    [Fact]
    public void Equal_keys_are_numbered_and_a_long_phrase_is_cut_with_a_hash_of_the_whole()
    {
        var longPhrase = "no later than fourteen (14) days after the close of the settlement conference that the magistrate judge shall set";
        var keys = DeadlineKeys.Fields([("2", 2, "within 7 days"), ("2", 2, "within 7 days"), ("5", 5, longPhrase), ("5", 5, longPhrase + " later")]);
        keys[0].Should().Be("deadlines[2:within-7-days].due");
        keys[1].Should().Be("deadlines[2:within-7-days~2].due");
        keys[2].Should().StartWith("deadlines[5:no-later-than-fourteen-14-days").And.MatchRegex(@"-[0-9a-f]{8}\]\.due$");
        keys[2].Length.Should().BeLessThanOrEqualTo("deadlines[5:".Length + DeadlineKeys.MaxPhrase + "-01234567].due".Length);
        keys[3].Should().NotBe(keys[2], "the hash covers the whole phrase");
        keys.Should().OnlyContain(k => DeadlineKeys.IsStable(k));
        DeadlineKeys.IsStable(CorrectionFields.DeadlineDue(0)).Should().BeFalse();
    }

    [Fact]
    public async Task A_correction_stays_on_its_deadline_when_a_rerun_finds_one_more_before_it()
    {
        var (path, first) = await Extract();
        var order = first.Order!;
        order.Deadlines.Should().HaveCount(2, "the premise: directives 2 and 3 each set one deadline");
        var key = CorrectionFields.DeadlineDue(order, 1);
        key.Should().Be("deadlines[3:within-sixty-60-days-of-the-date-of-this-order].due");
        var set = RoundTrip(new CorrectionSet([new Correction(first.Source.Sha256, key, "2025-06-09") { Path = path, Original = Iso(order.Deadlines[1].Due) }]));

        // The same bytes read again by an extractor that finds one more deadline, listed first.
        var extra = new Deadline(1, "The parties shall confer.", Period.FromDays(7), DeadlineTriggers.OrderDate, null, new LocalDate(2025, 4, 14), new LocalDate(2025, 4, 14), false, "synthetic")
        {
            Phrase = "within seven (7) days",
        };
        var rerun = first with { Order = order with { Deadlines = [extra, .. order.Deadlines] } };
        var corrected = CorrectionApplier.Apply(rerun, set);
        corrected.Warnings.Should().BeEquivalentTo(first.Warnings, "the key still names a deadline of the run");
        corrected.Order!.Deadlines.Select(d => d.Due).Should().Equal(extra.Due, order.Deadlines[0].Due, new LocalDate(2025, 6, 9));
        corrected.Order.Corrections.Should().ContainSingle().Which.Should().Be(
            new KeyValuePair<string, FieldCorrection>(key, new FieldCorrection("2025-06-09", Iso(order.Deadlines[1].Due))));

        // A run that no longer finds that deadline reports the correction instead of moving it.
        var fewer = CorrectionApplier.Apply(first with { Order = order with { Deadlines = [order.Deadlines[0]] } }, set);
        fewer.Order!.Deadlines.Single().Due.Should().Be(order.Deadlines[0].Due);
        fewer.Order.Corrections.Should().BeEmpty();
        fewer.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.CorrectionStale).Which.Message.Should().Contain(key);
    }

    [Fact]
    public async Task An_old_positional_key_applies_only_while_its_deadline_has_the_due_date_the_clerk_saw()
    {
        var (path, first) = await Extract();
        var order = first.Order!;
        var positional = new Correction(first.Source.Sha256, CorrectionFields.DeadlineDue(1), "2025-06-09") { Path = path, Original = Iso(order.Deadlines[1].Due) };

        var same = CorrectionApplier.Apply(first, new CorrectionSet([positional]));
        same.Order!.Deadlines[1].Due.Should().Be(new LocalDate(2025, 6, 9));
        same.Order.Corrections.Keys.Should().Equal([CorrectionFields.DeadlineDue(order, 1)], "recorded under the stable key, so the next download carries it");

        var extra = order.Deadlines[0] with { DirectiveIndex = 1, Phrase = "within seven (7) days", Due = new LocalDate(2025, 4, 14) };
        var moved = CorrectionApplier.Apply(first with { Order = order with { Deadlines = [extra, .. order.Deadlines] } }, new CorrectionSet([positional]));
        moved.Order!.Deadlines.Select(d => d.Due).Should().Equal(extra.Due, order.Deadlines[0].Due, order.Deadlines[1].Due);
        moved.Order.Corrections.Should().BeEmpty();
        moved.Warnings.Should().ContainSingle(w => w.Code == WarningCodes.CorrectionStale).Which.Message.Should().Contain("position");

        var unknown = CorrectionApplier.Apply(first, new CorrectionSet([positional with { Original = null }]));
        unknown.Order!.Corrections.Should().BeEmpty("without the due date the clerk saw, a position proves nothing");
        unknown.Warnings.Should().Contain(w => w.Code == WarningCodes.CorrectionStale);
    }

    [Fact]
    public async Task The_review_page_offers_the_stable_key_and_shows_the_correction_after_the_round_trip()
    {
        var (path, first) = await Extract();
        var key = CorrectionFields.DeadlineDue(first.Order!, 0);
        var dir = ReviewFixtures.TempDir("deadline-key");
        var before = await StayOrderReport.WriteAsync([first], Path.Combine(dir, "before"), StayOrderReportOptions.Default with { RenderPages = false });
        (await File.ReadAllTextAsync(before.Pages.Single())).Should().Contain($"data-correct=\"{key}\"");

        var set = new CorrectionSet([new Correction(first.Source.Sha256, key, "2025-05-23") { Path = path, Original = Iso(first.Order!.Deadlines[0].Due) }]);
        var again = await StayOrderExtractor.ExtractFileAsync(path, ExtractionOptions.Default with { Corrections = RoundTrip(set) });
        again.Order!.Deadlines[0].Due.Should().Be(new LocalDate(2025, 5, 23));
        var after = await StayOrderReport.WriteAsync([again], Path.Combine(dir, "after"), StayOrderReportOptions.Default with { RenderPages = false });
        (await File.ReadAllTextAsync(after.Pages.Single())).Should().Contain($"data-correct=\"{key}\" data-original=\"{Iso(first.Order.Deadlines[0].Due)}\" value=\"2025-05-23\"");
    }

    private static async Task<(string Path, ExtractionResult Result)> Extract()
    {
        var path = Path.Combine(ReviewFixtures.TempDir("deadlines"), "settled.txt");
        await File.WriteAllTextAsync(path, TwoDeadlines);
        return (path, await StayOrderExtractor.ExtractFileAsync(path));
    }

    private static CorrectionSet RoundTrip(CorrectionSet set)
    {
        CorrectionSet.TryParse(set.ToJson(), out var read, out var error).Should().BeTrue(error);
        return read!;
    }

    private static string? Iso(LocalDate? date) => date?.ToString("yyyy-MM-dd", null);
}
