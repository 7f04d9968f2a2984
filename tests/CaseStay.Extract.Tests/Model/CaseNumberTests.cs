using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Model;

public class CaseNumberTests
{
    public static TheoryData<string, string, int?, int, string, int, string, string?> Variants => new()
    {
        { "Case No.: 2:24-cv-02760-DJC-SCR", "2:24-cv-02760-DJC-SCR", 2, 2024, "cv", 2760, "DJC SCR", null },
        { "No. 2:17-cv-1607 JAM DB", "2:17-cv-01607-JAM-DB", 2, 2017, "cv", 1607, "JAM DB", null },
        { "2: 17-cv-1607 JAM DB", "2:17-cv-01607-JAM-DB", 2, 2017, "cv", 1607, "JAM DB", null },
        { "No. 15-cv-00245-WBS-AC", "15-cv-00245-WBS-AC", null, 2015, "cv", 245, "WBS AC", null },
        { "1:07-cv-1547 SRB (PC)", "1:07-cv-01547-SRB", 1, 2007, "cv", 1547, "SRB", "PC" },
        { "CIV S-05-1234 LKK GGH", "2:05-cv-01234-LKK-GGH", 2, 2005, "cv", 1234, "LKK GGH", null },
        { "CV F 05-0123 OWW LJO", "1:05-cv-00123-OWW-LJO", 1, 2005, "cv", 123, "OWW LJO", null },
        { "No. 2:15-cv-0208 TLN KJN P", "2:15-cv-00208-TLN-KJN", 2, 2015, "cv", 208, "TLN KJN", "P" },
        { "Case No. 1:18-CV-00768-NONE-SAB", "1:18-cv-00768-NONE-SAB", 1, 2018, "cv", 768, "NONE SAB", null },
        { "1:12-cv-01580 - AWI - JLT", "1:12-cv-01580-AWI-JLT", 1, 2012, "cv", 1580, "AWI JLT", null },
        { "1:19-cv-01173-AWI-GSA-PC", "1:19-cv-01173-AWI-GSA", 1, 2019, "cv", 1173, "AWI GSA", "PC" },
        { "1:20-cr-00173-NONE-SKO", "1:20-cr-00173-NONE-SKO", 1, 2020, "cr", 173, "NONE SKO", null },
        { "2:22-cv-1015-KJN", "2:22-cv-01015-KJN", 2, 2022, "cv", 1015, "KJN", null },
        { "2:16-cv-2231 (WHO)", "2:16-cv-02231-WHO", 2, 2016, "cv", 2231, "WHO", null },
        { "No. 2:15-cv-01790 WBS AC DP", "2:15-cv-01790-WBS-AC", 2, 2015, "cv", 1790, "WBS AC", "DP" },
        { "1:21-cv-01165-HBK (PC)", "1:21-cv-01165-HBK", 1, 2021, "cv", 1165, "HBK", "PC" },
        { "2:12-cv-02484", "2:12-cv-02484", 2, 2012, "cv", 2484, "", null },
        { "No. CIV. S–03–2646 WBS KJM", "2:03-cv-02646-WBS-KJM", 2, 2003, "cv", 2646, "WBS KJM", null },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void TryParse_PrintedVariant_Normalizes(string printed, string normalized, int? office, int year, string type, int sequence, string initials, string? suffix)
    {
        CaseNumber.TryParse(printed, out var value).Should().BeTrue();
        value!.Raw.Should().Be(printed);
        value.Normalized.Should().Be(normalized);
        value.Office.Should().Be(office);
        value.Year.Should().Be(year);
        value.Type.Should().Be(type);
        value.Sequence.Should().Be(sequence);
        string.Join(' ', value.JudgeInitials).Should().Be(initials);
        value.Suffix.Should().Be(suffix);
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void ToString_Parse_RoundTrips(string printed, string normalized, int? office, int year, string type, int sequence, string initials, string? suffix)
    {
        _ = (office, year, type, sequence, initials, suffix);
        var first = CaseNumber.Parse(printed);
        var again = CaseNumber.Parse(first.ToString());
        again.Normalized.Should().Be(normalized);
        again.ToString().Should().Be(first.ToString());
        again.IsSameCase(first).Should().BeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Dated: January 29, 2025")]
    [InlineData("2:24-cv-00000-DJC")]
    [InlineData("28 U.S.C. § 1332")]
    [InlineData("No. 2:24-cv-02760-DJC-SCR and more text")]
    public void TryParse_NotACaseNumber_ReturnsFalse(string? text)
    {
        CaseNumber.TryParse(text, out var value).Should().BeFalse();
        value.Should().BeNull();
    }

    [Fact]
    public void Parse_Invalid_ThrowsFormatException()
    {
        var act = () => CaseNumber.Parse("not a number");
        act.Should().Throw<FormatException>();
    }

    [Fact]
    public void FindAll_HyphenatedInitialsFollowedByName_StopsAtTheName()
    {
        var found = CaseNumber.FindAll("vs. No. 2:10-cv-02080-KJM-KJN ANNE S. HALE, Defendant.").Single();
        found.Value.Normalized.Should().Be("2:10-cv-02080-KJM-KJN");
    }
}
