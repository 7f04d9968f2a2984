using System.Globalization;
using FluentAssertions;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>Every period phrasing of <see cref="DeadlinePhraseTable"/> read from a synthetic order and counted under Rule 6(a).</summary>
public class DeadlinePhraseTableTests
{
    public static Xunit.TheoryData<string, string, string?, string?, string?, string?> Rows => DeadlinePhraseTable.Rows;

    [Fact]
    public void Table_HasAtLeast150Rows_CoveringEveryAnchor()
    {
        var rows = Rows.Select(r => (object?[])r).ToList();
        rows.Count.Should().BeGreaterThanOrEqualTo(150);
        rows.Select(r => r[4] as string).Distinct().Should().Contain(["order-date", "entry", "event-date", "event", "service", "fixed-date"]);
        rows.Count(r => r[5] is not null).Should().BeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Phrase_GivesTheExpectedDueDate(string sentence, string dated, string? due, string? fragment, string? anchor, string? warning)
    {
        var date = LocalDatePattern.Iso.Parse(dated).Value;
        var text = $"ORDER\nIT IS HEREBY ORDERED that:\n1. {sentence}\nIT IS SO ORDERED.\nDated: {date.ToString("MMMM d, uuuu", CultureInfo.InvariantCulture)}";
        var result = StayOrderExtractor.ExtractText(text);
        result.Order!.Dated.Should().Be(date);
        var deadlines = result.Order.Deadlines;
        if (warning is not null)
        {
            result.Warnings.Should().Contain(w => w.Code == warning, sentence);
            deadlines.Where(d => d.Due != null).Should().BeEmpty("a phrase that is not understood never gets a date");
            return;
        }

        result.Warnings.Should().NotContain(w => w.Code == WarningCodes.DeadlineNotUnderstood);
        var d = deadlines.Should().ContainSingle(sentence).Subject;
        d.Due.Should().Be(due is null ? null : LocalDatePattern.Iso.Parse(due).Value, d.Explanation);
        d.Anchor.Should().Be(anchor);
        d.Explanation.Should().Contain(fragment!);
        d.Phrase.Should().NotBeNullOrEmpty();
        d.PhraseSpan.Should().NotBeNull();
        text.Substring(d.PhraseSpan!.Value.Start, d.PhraseSpan.Value.Length).Should().Be(d.Phrase, "the span points at the phrase in the input");
        if (d.Due is { } computed && d.Trigger != DeadlineTriggers.FixedDate)
        {
            computed.DayOfWeek.Should().NotBe(IsoDayOfWeek.Saturday).And.NotBe(IsoDayOfWeek.Sunday);
        }
    }
}
