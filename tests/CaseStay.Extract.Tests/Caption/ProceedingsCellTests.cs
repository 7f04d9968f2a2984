using CaseStay.Extract.Readers.Caption;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// A minutes form's title is its Proceedings cell, not the form's heading: synthetic minutes (invented names) in the
/// forms text sources print them — one line, the label alone with the cell below, continuation lines indented as in
/// <c>pdftotext -layout</c>, the body right after the cell without a blank line, mixed case, an in-chambers marker in
/// brackets, parentheses or before a dash — and documents that are no minutes form.
/// </summary>
public class ProceedingsCellTests
{
    private const string Head = "UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n";

    /// <summary>(name, document, title or null).</summary>
    public static TheoryData<string, string, string?> Rows => new()
    {
        { "one line", Head + "CIVIL MINUTES - GENERAL\nCase No. 2:24-cv-01234-ABC Date May 1, 2024\nTitle Lark v. Vesper Inc.\nProceedings: ORDER GRANTING MOTION TO STAY [12]\n\nThe motion is granted.", "ORDER GRANTING MOTION TO STAY [12]" },
        { "body follows without a blank line", Head + "CIVIL MINUTES - GENERAL\nProceedings: ORDER GRANTING MOTION TO STAY\nBefore the Court is a motion by the defendant to stay this action pending the appeal in a related case.", "ORDER GRANTING MOTION TO STAY" },
        { "in chambers before a dash, continued", Head + "CIVIL MINUTES—GENERAL\nProceedings: IN CHAMBERS - ORDER HOLDING THE PETITION IN\n             ABEYANCE PENDING EXHAUSTION\n\nPetitioner asks.", "ORDER HOLDING THE PETITION IN ABEYANCE PENDING EXHAUSTION" },
        { "bracketed marker, mixed case, label alone", Head + "CIVIL MINUTES - GENERAL\nProceedings:\n\n[In Chambers] Order Staying Case Pending\nArbitration (Dkt. No. 20)\n\nThe parties agreed.", "Order Staying Case Pending Arbitration (Dkt. No. 20)" },
        { "parenthesized marker, layout columns", Head + "        REDACTED CIVIL MINUTES – GENERAL      'O'\n   Proceedings:     (IN CHAMBERS) - DEFENDANT'S MOTION TO STAY\n                    (Dkt. 40, filed May 2, 2024)\n\n   The Court held.", "DEFENDANT'S MOTION TO STAY (Dkt. 40, filed May 2, 2024)" },
        { "the marker alone on the label's line, the ruling in the next block", Head + "CIVIL MINUTES - GENERAL\nProceedings: (IN CHAMBERS)\n\nORDER STAYING ACTION PENDING APPEAL\n(Dkt. 31)\n\nThe Court stays the action.", "ORDER STAYING ACTION PENDING APPEAL (Dkt. 31)" },
        { "a redaction mark before the marker", Head + "CIVIL MINUTES - GENERAL\nProceedings: [REDACTED] (IN CHAMBERS) - ORDER ON THE JOINT REPORT\n\nThe Court has read the report.", "ORDER ON THE JOINT REPORT" },
        { "criminal minutes", Head + "CRIMINAL MINUTES - GENERAL\nProceedings: (IN CHAMBERS) ORDER CONTINUING TRIAL\n\nThe trial is continued.", "ORDER CONTINUING TRIAL" },
        { "no minutes heading: a transcript's PROCEEDINGS", Head + "REPORTER'S TRANSCRIPT\nPROCEEDINGS:\nTHE CLERK: Calling case one.", null },
        { "no Proceedings label", Head + "CIVIL MINUTES - GENERAL\nCase No. 2:24-cv-01234-ABC\nThe motion is granted.", null },
        { "an empty cell", Head + "CIVIL MINUTES - GENERAL\nProceedings:\n\n", null },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void TheCell_IsTheTitle(string name, string text, string? title)
    {
        var found = ProceedingsCell.TryRead(text, 0, out var start, out var end, out var read);
        if (title is null)
        {
            found.Should().BeFalse(name);
            return;
        }

        found.Should().BeTrue(name);
        read.Should().Be(title, name);
        text[start..end].Should().EndWith(title[^5..], name);
    }

    [Fact]
    public void AVeryLongCell_IsCutAtTheLineThatPassesTheLimit()
    {
        var items = string.Concat(Enumerable.Range(1, 40).Select(i => $"              MOTION IN LIMINE NO. {i} TO EXCLUDE TESTIMONY\n"));
        var text = Head + "CIVIL MINUTES - GENERAL\nProceedings: (IN CHAMBERS)\n" + items + "\nThe motions are decided.";
        ProceedingsCell.TryRead(text, 0, out var start, out var end, out var title).Should().BeTrue();
        (end - start).Should().BeInRange(ProceedingsCell.MaxCellLength, ProceedingsCell.MaxCellLength + 60);
        title.Should().StartWith("MOTION IN LIMINE NO. 1 TO EXCLUDE");
    }
}
