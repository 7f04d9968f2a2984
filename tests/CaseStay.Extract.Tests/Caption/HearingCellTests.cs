using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// The hearing cell of a transcript's or a minute order's caption (place, weekday, time of day) printed by plain
/// <c>pdftotext</c> between <c>vs.</c> and the defendant's name, in reading order, with no column left to see: a time
/// of day (<c>9:03 A.M.</c>, <c>1:30 p.m.</c>), a weekday alone on its line or before a date, and a place line alone
/// (<c>Fresno, California</c>) followed by the cell's next line are header residue and never part of a party. Names that hold such words are kept
/// (<c>FRIDAY HARBOR MARINE, LLC</c>, <c>CITY OF FRESNO, CALIFORNIA,</c>). Invented names.
/// </summary>
public class HearingCellTests
{
    private const string Header = "IN THE UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\nBEFORE THE HONORABLE NOLA P. ABERNATHY\n\n";
    private const string Tail = "\n\nDefendant.\n____________________________/\n\n--oOo--\n\nREPORTER'S TRANSCRIPT OF PROCEEDINGS\n\nTHE COURT: Good morning.\n";

    /// <summary>Name, the lines between "vs." and the role word, the defendants expected.</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { "place, number, weekday, time", "Sacramento, California\nNo. 2:21-CR-00345\nTUESDAY\n9:03 A.M.\n\nCORMAC VELLINGTON", "CORMAC VELLINGTON" },
        { "lower-case time", "Fresno, California\nWednesday\n10:30 a.m.\n\nCORMAC VELLINGTON", "CORMAC VELLINGTON" },
        { "weekday before a date", "Redding, California\nMonday, March 4, 2024\n1:30 p.m.\n\nCORMAC VELLINGTON", "CORMAC VELLINGTON" },
        { "upper-case place, time without periods", "SAN LUIS OBISPO, CALIFORNIA\nFRIDAY\n2:15 PM\n\nCORMAC VELLINGTON", "CORMAC VELLINGTON" },
        { "time after the name", "Sacramento, California\nTHURSDAY\n\nCORMAC VELLINGTON\n9:00 A.M.", "CORMAC VELLINGTON" },
        { "weekday inside a name", "FRIDAY HARBOR MARINE, LLC,", "FRIDAY HARBOR MARINE, LLC" },
        { "place inside a name", "CITY OF FRESNO, CALIFORNIA,", "CITY OF FRESNO, CALIFORNIA" },
        { "place-like line of a name", "DIRECTOR, CALIFORNIA\nDEPARTMENT OF PARKS AND RECREATION,", "DIRECTOR, CALIFORNIA DEPARTMENT OF PARKS AND RECREATION" },
        { "place-like line of a name, title case", "Director, California\nDepartment of Parks and Recreation,", "Director, California Department of Parks and Recreation" },
        { "no hearing cell", "CORMAC VELLINGTON,", "CORMAC VELLINGTON" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void HearingCell_IsNoPartOfTheDefendant(string name, string between, string defendants)
    {
        var text = Header + "UNITED STATES OF AMERICA,\n\nPlaintiff,\n\nvs.\n\n" + between + Tail;
        var parties = StayOrderExtractor.ExtractText(text).Order!.Parties;
        parties.Should().NotBeNull(name);
        string.Join("|", parties!.Plaintiffs).Should().Be("UNITED STATES OF AMERICA", name);
        string.Join("|", parties.Defendants).Should().Be(defendants, name);
    }
}
