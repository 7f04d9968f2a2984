using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.CaseNumbers;

/// <summary>
/// The case-number grammar on synthetic printed forms of every district (invented initials): what each form
/// normalizes to, and what is not a case number.
/// </summary>
public class CaseNumberGrammarTests
{
    /// <summary>(printed, normalized, type, initials joined by spaces, suffix or null, defendant or null).</summary>
    public static TheoryData<string, string, string, string, string?, int?> Forms => new()
    {
        // E.D. Cal. CM/ECF forms.
        { "Case No.: 2:31-cv-04417-QRS-TUV", "2:31-cv-04417-QRS-TUV", "cv", "QRS TUV", null, null },
        { "No. 2:19-cv-812 QRS TUV", "2:19-cv-00812-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2: 19-cv-812 QRS TUV", "2:19-cv-00812-QRS-TUV", "cv", "QRS TUV", null, null },
        { "No. 1:18-cv-00990 WXY P", "1:18-cv-00990-WXY", "cv", "WXY", "P", null },
        { "1:18-cv-990-WXY-ZAB-PC", "1:18-cv-00990-WXY-ZAB", "cv", "WXY ZAB", "PC", null },
        { "1:18-cv-990 WXY (HC)", "1:18-cv-00990-WXY", "cv", "WXY", "HC", null },
        { "2:20-cv-3001-QRS-TUV PS", "2:20-cv-03001-QRS-TUV", "cv", "QRS TUV", "PS", null },
        { "2:20-cv-3001 QRS TUV (SS)", "2:20-cv-03001-QRS-TUV", "cv", "QRS TUV", "SS", null },
        { "2:20-cv-3001 QRS TUV DP", "2:20-cv-03001-QRS-TUV", "cv", "QRS TUV", "DP", null },
        { "1:21-cv-00077-NONE-TUV", "1:21-cv-00077-NONE-TUV", "cv", "NONE TUV", null, null },
        { "1:21-cv-00077-NODJ-TUV", "1:21-cv-00077-NODJ-TUV", "cv", "NODJ TUV", null, null },
        { "1:21-CV-00077-QRS-TUV", "1:21-cv-00077-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2:14-cv-02323 - QRS - TUV", "2:14-cv-02323-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2:14–cv–2323–QRS–TUV", "2:14-cv-02323-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2:14-cv-2323", "2:14-cv-02323", "cv", "", null, null },
        { "No. 14-cv-02323-QRS-TUV", "14-cv-02323-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2:14-cv-2323 (QRS)", "2:14-cv-02323-QRS", "cv", "QRS", null, null },
        { "2:14-cv-2323 QRS/TUV", "2:14-cv-02323-QRS-TUV", "cv", "QRS TUV", null, null },

        // C.D. Cal.: the magistrate judge in parentheses with a trailing "x".
        { "Case No. 5:16-cv-00419-QRS(TUVx)", "5:16-cv-00419-QRS-TUV", "cv", "QRS TUV", null, null },
        { "2:22-cv-07001-QRS (TUVx)", "2:22-cv-07001-QRS-TUV", "cv", "QRS TUV", null, null },
        { "8:12-cv-100-QRS-TUV", "8:12-cv-00100-QRS-TUV", "cv", "QRS TUV", null, null },
        { "Case No. EDCV 14-02210-QRS (TUVx)", "5:14-cv-02210-QRS-TUV", "cv", "QRS TUV", null, null },
        { "SACV 19-00123-QRS (Tx)", "8:19-cv-00123-QRS-T", "cv", "QRS T", null, null },
        { "Case No. CV 13-1758-QRS (TUVx)", "13-cv-01758-QRS-TUV", "cv", "QRS TUV", null, null },
        { "ED CR 17-00045-QRS", "5:17-cr-00045-QRS", "cr", "QRS", null, null },

        // S.D. Cal.: no separators between year, type and sequence.
        { "16cv4410-QRS (TUV)", "16-cv-04410-QRS-TUV", "cv", "QRS TUV", null, null },
        { "Case No.: 21-CV-1130 QRS (TUV)", "21-cv-01130-QRS-TUV", "cv", "QRS TUV", null, null },
        { "3:19cv2208-QRS-TUV", "3:19-cv-02208-QRS-TUV", "cv", "QRS TUV", null, null },
        { "18cr3301-QRS", "18-cr-03301-QRS", "cr", "QRS", null, null },

        // N.D. Cal.: the older "C" form, also with a dash and the criminal "CR".
        { "No. C 08-04512 QR", "08-cv-04512-QR", "cv", "QR", null, null },
        { "C-08-04512-QR", "08-cv-04512-QR", "cv", "QR", null, null },
        { "No. CV 08-4512 QRS", "08-cv-04512-QRS", "cv", "QRS", null, null },
        { "No. CR 08-00731 QR", "08-cr-00731-QR", "cr", "QR", null, null },
        { "No. C 08-04512 QR (PR)", "08-cv-04512-QR", "cv", "QR", "PR", null },
        { "Case No. 4:19-cv-06612-QRS", "4:19-cv-06612-QRS", "cv", "QRS", null, null },

        // E.D. Cal. historical letters (S Sacramento = 2, F Fresno = 1) and numbers without a type.
        { "CIV S-04-1822 QRS TUV", "2:04-cv-01822-QRS-TUV", "cv", "QRS TUV", null, null },
        { "CIV. S-04-1822 QRS TUV P", "2:04-cv-01822-QRS-TUV", "cv", "QRS TUV", "P", null },
        { "CV F 03-6120 QRS TUV", "1:03-cv-06120-QRS-TUV", "cv", "QRS TUV", null, null },
        { "CV-F-03-6120-QRS-TUV", "1:03-cv-06120-QRS-TUV", "cv", "QRS TUV", null, null },
        { "No. CIV. S–02–3309 QRS/TUV", "2:02-cv-03309-QRS-TUV", "cv", "QRS TUV", null, null },
        { "CR S-05-0441 QRS", "2:05-cr-00441-QRS", "cr", "QRS", null, null },
        { "CIV. NO. 2:18-1450 QRS TUV", "2:18-cv-01450-QRS-TUV", "cv", "QRS TUV", null, null },
        { "Civ. No. 1:18-1450", "1:18-cv-01450", "cv", "", null, null },
        { "CIVIL NO. 18-1450 QRS", "18-cv-01450-QRS", "cv", "QRS", null, null },
        { "Case No. 2:18-1450 QRS TUV", "2:18-cv-01450-QRS-TUV", "cv", "QRS TUV", null, null },

        // Criminal numbers with defendant numbers; single-letter and lower-case initials.
        { "3:21-cr-00090-QRS-TUV-1", "3:21-cr-00090-QRS-TUV-1", "cr", "QRS TUV", null, 1 },
        { "Case No. 2:19-cr-00222-QRS-12", "2:19-cr-00222-QRS-12", "cr", "QRS", null, 12 },
        { "1:20-cr-00173-NONE-TUV", "1:20-cr-00173-NONE-TUV", "cr", "NONE TUV", null, null },
        { "2:17-cv-01122-R", "2:17-cv-01122-R", "cv", "R", null, null },
        { "2:17-cv-01122-R-TU", "2:17-cv-01122-R-TU", "cv", "R TU", null, null },
        { "2:17-cv-01122-qrs-tuv", "2:17-cv-01122-QRS-TUV", "cv", "QRS TUV", null, null },
        { "3:20-cr-0070-qrs-tu-2", "3:20-cr-00070-QRS-TU-2", "cr", "QRS TU", null, 2 },

        // Other case types.
        { "2:23-mc-00051-QRS", "2:23-mc-00051-QRS", "mc", "QRS", null, null },
        { "1:24-mj-00012-TUV", "1:24-mj-00012-TUV", "mj", "TUV", null, null },
        { "2:20-SW-927 TUV", "2:20-sw-00927-TUV", "sw", "TUV", null, null },
        { "2:19-gj-00003-QRS", "2:19-gj-00003-QRS", "gj", "QRS", null, null },
        { "3:15-md-02672-QRS", "3:15-md-02672-QRS", "md", "QRS", null, null },
        { "3:15-MDL-02672-QRS", "3:15-md-02672-QRS", "md", "QRS", null, null },
        { "Case No. 8:17-ml-02801- QRS (TUVx)", "8:17-ml-02801-QRS-TUV", "ml", "QRS TUV", null, null },
        { "6:19-po-00310-TUV", "6:19-po-00310-TUV", "po", "TUV", null, null },
        { "No. 2:12-cr-00456-QRS-TUV (2255)", "2:12-cr-00456-QRS-TUV", "cr", "QRS TUV", "2255", null },
        { "1:13-cr-00077-QRS-2 (§ 2255)", "1:13-cr-00077-QRS-2", "cr", "QRS", "2255", 2 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void PrintedForm_NormalizesToTheCmEcfForm(string printed, string normalized, string type, string initials, string? suffix, int? defendant)
    {
        CaseNumber.TryParse(printed, out var value).Should().BeTrue(printed);
        value!.Normalized.Should().Be(normalized);
        value.Raw.Should().Be(printed);
        value.Type.Should().Be(type);
        string.Join(' ', value.JudgeInitials).Should().Be(initials);
        value.Suffix.Should().Be(suffix);
        value.Defendant.Should().Be(defendant);
        value.OfficeInferred.Should().BeFalse("the office is printed or absent, never inferred by the grammar");
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void PrintedForm_IsFoundInsideText_WithItsExactSpan(string printed, string normalized, string type, string initials, string? suffix, int? defendant)
    {
        _ = (type, initials, suffix, defendant);
        var text = $"JANE ROE,\nPlaintiff,\n{printed}\nORDER\n";
        var found = CaseNumber.FindAll(text).Single();
        found.Value.Normalized.Should().Be(normalized);
        text.Substring(found.Index, found.Length).Should().Be(printed);
    }

    /// <summary>Texts that hold no case number.</summary>
    [Theory]
    [InlineData("Dated: March 3, 2031")]
    [InlineData("Fed. R. Civ. P. 26-37")]
    [InlineData("See ECF No. 12 at 2:17-18.")]
    [InlineData("Cal. Civ. Code §§ 51-52")]
    [InlineData("42 U.S.C. 12-345")]
    [InlineData("CIV 12-34")]
    [InlineData("at 24 mc 12")]
    [InlineData("2:24-cv-00000-QRS")]
    [InlineData("2:24-xx-01234-QRS")]
    [InlineData("Exhibit C 12-34")]
    public void NotACaseNumber_IsNotFound(string text)
    {
        CaseNumber.FindAll(text).Should().BeEmpty();
    }

    /// <summary>Where the initials end: before a name, a word, a line's next printed item.</summary>
    [Theory]
    [InlineData("No. 2:19-cv-00812-QRS-TUV ALMA DIAZ, Defendant.", "2:19-cv-00812-QRS-TUV")]
    [InlineData("CASE NO. 2:20-SW-927 TUV\nGRAY 2020 SEDAN", "2:20-sw-00927-TUV")]
    [InlineData("No. 2:19-cv-812 QRS TUV ORDER GRANTING STAY", "2:19-cv-00812-QRS-TUV")]
    [InlineData("No. 2:19-cv-812 QRS TUV and 2:19-cv-900 QRS TUV", "2:19-cv-00812-QRS-TUV")]
    [InlineData("2:19-cv-812 QRS RE: STAY", "2:19-cv-00812-QRS")]
    [InlineData("2:19-cv-812-QRS-TUV (ECF No. 7)", "2:19-cv-00812-QRS-TUV")]
    [InlineData("2:19-cv-812-QRS-Jones", "2:19-cv-00812-QRS")]
    [InlineData("2:19-cv-812\nQRS\nTUV\nORDER", "2:19-cv-00812-QRS-TUV")]
    public void Initials_EndWhereTheNumberEnds(string text, string normalized)
    {
        CaseNumber.FindAll(text).First().Value.Normalized.Should().Be(normalized);
    }
}
