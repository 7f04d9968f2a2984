using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Corpus;

/// <summary>
/// The corpus scorer's evidence check on invented quotes: a label is questioned exactly when its evidence quote does
/// not itself show the labelled value (a date's year, the signer's surname, the title's distinguishing word, a stay word).
/// </summary>
public class LabelEvidenceTests
{
    /// <summary>(date label, evidence quote, questioned?).</summary>
    [Theory]
    [InlineData("2019-04-09", "Dated: April 9, 2019", false)]
    [InlineData("2019-04-09", "DATED: 04/09/19", false)]
    [InlineData("2019-04-09", "04-09-2019", false)]
    [InlineData("2019-04-09", "SO ORDERED this ninth day of April, two thousand nineteen.", false)]
    [InlineData("2019-04-09", "SO ORDERED this ninth day of April, Two Thousand and Nineteen.", false)]
    [InlineData("1998-06-02", "this 2nd day of June, nineteen ninety-eight", false)]
    [InlineData("2019-04-09", "SO ORDERED this, the 9th day", true)]
    [InlineData("2019-04-09", "Dated: April 9,", true)]
    [InlineData("2019-04-09", "Dated: April 9, 2018", true)]
    public void Date_YearMustShow(string date, string evidence, bool questioned) =>
        (LabelEvidence.DateQuestion(date, evidence) is not null).Should().Be(questioned);

    [Theory]
    [InlineData("Marguerite T. Olande", "MARGUERITE T. OLANDE UNITED STATES MAGISTRATE JUDGE", false)]
    [InlineData("Ferris Q. Dunmore-Platt", "FERRIS Q. DUNMORE-PLATT, District Judge.", false)]
    [InlineData("Osgood L. Fairweather, Jr.", "OSGOOD L. FAIRWEATHER, JR. / United States District Judge", false)]
    [InlineData("Preston Ward, III", "/s/ Preston Ward III", false)]
    [InlineData("Marguerite T. Olande", "UNITED STATES MAGISTRATE JUDGE", true)]
    [InlineData("Marguerite T. Olande", "MARGUERITE T.", true)]
    public void Judge_SurnameMustShow(string name, string evidence, bool questioned) =>
        (LabelEvidence.JudgeQuestion(name, evidence) is not null).Should().Be(questioned);

    [Theory]
    [InlineData("Magistrate Judge", "NAME UNITED STATES MAGISTRATE JUDGE", false)]
    [InlineData("District Judge", "Present: The Honorable NAME, U.S. DISTRICT JUDGE", false)]
    [InlineData("Senior District Judge", "NAME, Senior United States District Judge", false)]
    [InlineData("Magistrate Judge", "NAME, U.S.M.J.", false)]
    [InlineData("Magistrate Judge", "NAME, J.", true)]
    [InlineData("Senior District Judge", "NAME, United States District Judge", true)]
    public void Title_DistinguishingWordsMustShow(string title, string evidence, bool questioned) =>
        (LabelEvidence.TitleQuestion(title, evidence) is not null).Should().Be(questioned);

    [Theory]
    [InlineData(true, "This action is STAYED pending arbitration.", false)]
    [InlineData(true, "ORDER HOLDING PETITION IN ABEYANCE", false)]
    [InlineData(true, "the Court stays this case for thirty days", false)]
    [InlineData(true, "The motion (ECF No. 12) is GRANTED.", true)]
    [InlineData(false, "The motion to compel arbitration is GRANTED and the action is dismissed.", false)]
    public void Stay_AStayLabelNeedsAStayWord(bool isStay, string evidence, bool questioned) =>
        (LabelEvidence.StayQuestion(isStay, evidence) is not null).Should().Be(questioned);
}
