using FluentAssertions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// Minutes headings are titles in every form: <c>MINUTES</c>, <c>CIVIL MINUTES — GENERAL</c>, <c>CRIMINAL MINUTES -
/// GENERAL</c>, with or without a clerk's mark far to the right on the same line (<c>'O'</c>, <c>JS-6</c>,
/// <c>LINK: 12</c>). The mark is no right-hand cell (the heading stays a title) and no title word. Forms: plain text with
/// the mark on the next line (the order plain <c>pdftotext</c> prints), <c>-layout</c> text with the mark after a wide
/// run of spaces, one line with one space before the mark (collapsed sources), and a real PDF written with PdfPig (the
/// mark at a wide gap on the heading's baseline). Invented minutes.
/// </summary>
public class MinutesTitleTests
{
    public static TheoryData<string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string>();
        string[] headings = ["MINUTES", "CIVIL MINUTES — GENERAL", "CRIMINAL MINUTES - GENERAL", "CIVIL MINUTES – GENERAL", "REDACTED CIVIL MINUTES - GENERAL", "CRIMINAL MINUTES – CHANGE OF PLEA"];
        string[] marks = ["", "'O'", "‘O’", "JS-6", "LINK: 12"];
        string[] districts = ["CENTRAL", "EASTERN", "SOUTHERN"];
        var n = 0;
        foreach (var heading in headings)
        {
            foreach (var mark in marks)
            {
                rows.Add(heading, mark, districts[n++ % districts.Length]);
            }
        }

        return rows;
    }

    /// <summary>Invented minutes; without a Proceedings cell the heading is the title, with one the cell is
    /// (<c>Readers/Caption/ProceedingsCell</c>).</summary>
    private static string Minutes(string district, string headingLine, bool cell = false) =>
        "UNITED STATES DISTRICT COURT\n" + district + " DISTRICT OF CALIFORNIA\n\n" + headingLine + "\n"
        + "Case No.   2:23-cv-04512-ABC-DEF                 Date   May 2, 2023\n"
        + "Title      Wrenfield Holdings LLC v. Ostrava Freight Ltd.\n\n"
        + "Present: The Honorable   MARISOL QUINTANA-REYES, UNITED STATES DISTRICT JUDGE\n\n"
        + (cell ? "Proceedings:   (IN CHAMBERS) Status of the case\n\n" : string.Empty)
        + "The Court has read the parties' joint report. The status conference is continued to June 5, 2023.\n";

    [Theory]
    [MemberData(nameof(Rows))]
    public void WithAProceedingsCell_TheCellIsTheTitle_NotTheHeading(string heading, string mark, string district)
    {
        StayOrderExtractor.ExtractText(Minutes(district, heading + (mark.Length > 0 ? "\n" + mark : string.Empty), cell: true)).Order!.Title.Should().Be("Status of the case");
        StayOrderExtractor.ExtractText(Minutes(district, "                  " + heading + (mark.Length > 0 ? new string(' ', 16) + mark : string.Empty), cell: true)).Order!.Title.Should().Be("Status of the case");
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Heading_IsTheTitle_InText_WithTheMarkOnTheNextLine(string heading, string mark, string district)
    {
        var text = Minutes(district, heading + (mark.Length > 0 ? "\n" + mark : string.Empty));
        StayOrderExtractor.ExtractText(text).Order!.Title.Should().Be(heading);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Heading_IsTheTitle_InLayoutText_WithTheMarkFarRight(string heading, string mark, string district)
    {
        var text = Minutes(district, "                  " + heading + (mark.Length > 0 ? new string(' ', 16) + mark : string.Empty));
        StayOrderExtractor.ExtractText(text).Order!.Title.Should().Be(heading);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Heading_IsTheTitle_OnOneLine_WithOneSpaceBeforeTheMark(string heading, string mark, string district)
    {
        var text = Minutes(district, heading + (mark.Length > 0 ? " " + mark : string.Empty));
        StayOrderExtractor.ExtractText(text).Order!.Title.Should().Be(heading);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Heading_IsTheTitle_InAPdf_WithTheMarkAtAWideGap(string heading, string mark, string district)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.Letter);
        var y = 740.0;
        void Line(params (double X, string Text)[] cells)
        {
            foreach (var (x, text) in cells)
            {
                if (text.Length > 0)
                {
                    page.AddText(text, 11, new PdfPoint(x, y), font);
                }
            }

            y -= 20;
        }

        Line((200, "UNITED STATES DISTRICT COURT"));
        Line((190, district + " DISTRICT OF CALIFORNIA"));
        Line((170, heading.Replace('—', '-').Replace('–', '-')), (470, mark.Replace('‘', '\'').Replace('’', '\'')));
        Line((72, "Case No."), (150, "2:23-cv-04512-ABC-DEF"), (380, "Date"), (420, "May 2, 2023"));
        Line((72, "Title"), (150, "Wrenfield Holdings LLC v. Ostrava Freight Ltd."));
        Line((72, "Present: The Honorable"), (230, "MARISOL QUINTANA-REYES, UNITED STATES DISTRICT JUDGE"));
        Line((72, "The Court has read the parties' joint report. The status conference is continued to June 5, 2023."));

        using var stream = new MemoryStream(builder.Build());
        var result = await StayOrderExtractor.ExtractAsync(stream, "minutes.pdf");
        result.Success.Should().BeTrue(result.Error?.Message);
        result.Source.Kind.Should().Be(SourceKinds.PdfText);
        result.Order!.Title.Should().Be(heading.Replace('—', '-').Replace('–', '-'));
    }

    /// <summary>
    /// A party's left-hand cell stops a title as before: a headed title in the right-hand cell followed by a name line
    /// and a two-column line ("(a/k/a …), et al.,      Final Pretrial Conference:") keeps the name out of the title.
    /// </summary>
    [Fact]
    public void LeftHandCell_StillEndsATitle_BeforeTheNameAboveIt()
    {
        var text = "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n\n"
            + "ORLA PENDERGAST, et al.,                 CASE NO. 2:19-cv-01234-ABC-DEx\n"
            + "              Plaintiffs,\n"
            + "      v.                                 [PROPOSED] FINAL PRETRIAL\n"
            + "                                         CONFERENCE ORDER\n"
            + "BARNABY QUILL WINTERBOTTOM\n"
            + "(a/k/a BQ WINTER), et al.,               Final Pretrial Conference:\n"
            + "              Defendants.                Date: July 1, 2019\n\n"
            + "Following pretrial proceedings, IT IS HEREBY ORDERED that the parties are as listed.\n";
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Title.Should().Be("[PROPOSED] FINAL PRETRIAL CONFERENCE ORDER");
        order.Parties!.Defendants.Should().Equal(["BARNABY QUILL WINTERBOTTOM (a/k/a BQ WINTER)"]);
    }

    [Theory]
    [InlineData("'O'", true)]
    [InlineData("‘O’", true)]
    [InlineData("JS-6", true)]
    [InlineData("[JS-5]", true)]
    [InlineData("LINK:", true)]
    [InlineData("JS", false)]
    [InlineData("O", false)]
    [InlineData("'Ohio'", false)]
    [InlineData("ORDER", false)]
    public void ClerkMark_IsRecognised(string token, bool mark) =>
        Extract.Readers.Caption.ClerkMark.IsMark(token).Should().Be(mark);
}
