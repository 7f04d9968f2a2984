using FluentAssertions;
using NodaTime;

namespace CaseStay.Extract.Tests.Support;

/// <summary>What the two seed orders say, checked the same way whatever form they were read from (text or PDF).</summary>
public static class SeedExpectations
{
    /// <summary>Seed 001: the whole order (caption, page 1, page 2 with margin numbers).</summary>
    public static void WholeOrder(StayOrder order)
    {
        order.Court!.Code.Should().Be("caed");
        order.CaseNumber!.Normalized.Should().Be("2:24-cv-02760-DJC-SCR");
        order.Parties!.Plaintiffs.Should().Equal("LANCE COVERT");
        order.Parties.Defendants.Should().Equal("AMAZON.COM SERVICES LLC");
        order.Parties.DefendantsEtAl.Should().BeTrue();
        order.Title.Should().Be("ORDER");
        order.Judge!.Name.Should().Be("Daniel J. Calabretta");
        order.Judge.Title.Should().Be("United States District Judge");
        order.Dated.Should().Be(new LocalDate(2024, 11, 22));
        order.IsStayOrder.Should().BeTrue();
        order.Directives.Select(d => d.Label).Should().Equal("1", "2", "3", "4", "3", "4", "5");
        order.Directives[4].Footnotes.Should().Equal("1");
        Footnote(order);
    }

    /// <summary>Seed 000: page 2 alone.</summary>
    public static void PageTwo(StayOrder order)
    {
        order.CaseNumber.Should().BeNull();
        order.Judge!.Name.Should().Be("Daniel J. Calabretta");
        order.Dated.Should().Be(new LocalDate(2025, 1, 29));
        order.Directives.Select(d => d.Label).Should().Equal("4", null, "4", "5");
        Footnote(order);
    }

    /// <summary>Footnote 1, whose tail the converter printed apart from its start, comes back whole.</summary>
    public static void Footnote(StayOrder order)
    {
        order.Footnotes.Should().ContainSingle();
        order.Footnotes[0].Marker.Should().Be("1");
        order.Footnotes[0].Text.Should().StartWith("The parties are expected").And.EndWith("in the VDRP program in good faith.");
        order.Footnotes[0].Text.Should().Contain("and/or failing to participate in the VDRP program");
    }
}
