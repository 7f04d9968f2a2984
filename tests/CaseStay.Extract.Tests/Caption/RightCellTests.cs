using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// The caption's right-hand cell (case number, title, filing and trial dates, the assigned judge) never joins a party,
/// also on lines that hold only that cell: after a leading ")" (pdftotext prints the ")" column before the cell's
/// text), or in <c>pdftotext -layout</c> text, a line starting at the cell's column below a two-column line. Header
/// residue inside the cell (a date, "Hon. …") ends no party block. Synthetic captions, invented names.
/// </summary>
public class RightCellTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\n";
    private const string Body = "\n\nGood cause appearing, IT IS HEREBY ORDERED that this action is stayed pending arbitration.\n\nDated: March 4, 2024\n";

    /// <summary>Name, whole text, plaintiffs and defendants ("|" between parties; "+" = et al.).</summary>
    public static TheoryData<string, string, string, string> Rows => new()
    {
        {
            "')' lines of the right cell, Hon. and a date in it",
            Header + ") CASE NO. 1:23-cv-00911-ABC (DEF)\nWENDELL ACORN;\n)\nMIRA ACORN, as Trustee of\n) Complaint Filed: 03/14/2022; Assigned\nthe Acorn Family Trust,\n) to the Hon. Petra Q. Lindqvist\n)\nPlaintiffs,\n)\nvs.\n) ORDER STAYING CASE\nCITY OF OSTLER,\n)\nDefendant.\n)" + Body,
            "WENDELL ACORN|MIRA ACORN, as Trustee of the Acorn Family Trust", "CITY OF OSTLER"
        },
        {
            "-layout, the title cell continued on lines of its own",
            Header
            + "15   WENDELL ACORN, et al.,                              Case No. 1:23-cv-00911-ABC-DEF\n"
            + "16                         Plaintiffs,                   ORDER ON DEFENDANT OSTLER\n"
            + "                                                         WATERWORKS' REQUEST TO FILE\n"
            + "17          vs.                                          DOCUMENTS FILED IN SUPPORT OF\n"
            + "                                                         ITS MOTION UNDER SEAL\n"
            + "18   OSTLER WATERWORKS; et al.,                           AS TO PLAINTIFF WENDELL ACORN\n"
            + "                                                         AND OTHERS, OR IN THE ALTERNATIVE\n"
            + "19                         Defendants.\n"
            + "                                                         Complaint Filed: April 2, 2021\n"
            + "20                                                       Trial Date: June 9, 2025\n" + Body,
            "WENDELL ACORN+", "OSTLER WATERWORKS+"
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void RightCell_NeverJoinsAParty(string name, string text, string plaintiffs, string defendants)
    {
        var order = StayOrderExtractor.ExtractText(text).Order!;
        order.Parties.Should().NotBeNull(name);
        Show(order.Parties!.Plaintiffs, order.Parties.PlaintiffsEtAl).Should().Be(plaintiffs, name);
        Show(order.Parties.Defendants, order.Parties.DefendantsEtAl).Should().Be(defendants, name);
    }

    private static string Show(IReadOnlyList<string> parties, bool etAl) => string.Join("|", parties) + (etAl ? "+" : string.Empty);
}
