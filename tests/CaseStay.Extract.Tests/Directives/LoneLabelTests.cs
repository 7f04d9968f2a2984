using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Directives;

/// <summary>
/// Directive labels printed alone on their line, their text displaced by the converter (plain pdftotext prints a
/// paragraph's label and its indented first line as separate blocks): the label counts when it continues the
/// numbering. A lone number that breaks the numbering is not a label. Synthetic orders, invented words.
/// </summary>
public class LoneLabelTests
{
    private const string Head = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER ON FEES\n\nFor these reasons, IT IS HEREBY ORDERED that:\n";
    private const string Tail = "\nIT IS SO ORDERED.\nDated: May 4, 2023\n";

    /// <summary>(name, numbered list, labels).</summary>
    public static TheoryData<string, string, string> Rows => new()
    {
        { "label on the line of its text", "1. The petition is granted;\n2. Counsel shall refund the retainer;\n3. The clerk shall close the file.", "1,2,3" },
        { "text comes later", "1. The petition is granted;\n2. Counsel shall refund the retainer;\n3.\n\n4. The clerk shall seal the exhibits; and\n5. Counsel shall re-file them.\n\nCounsel shall serve this order on the claimant;", "1,2,3,4,5" },
        { "text continues in lower case", "1. The petition is granted;\n2.\n\nand the retainer shall be refunded within thirty days;\n3. The clerk shall close the file.", "1,2,3" },
        { "first label alone", "1.\n\nthe petition is granted;\n2. The clerk shall close the file.", "1,2" },
        { "a lone number out of sequence is not a label", "1. The petition is granted;\n2. The clerk shall close the file.\n7.\n\nmore words here.", "1,2" },
        { "a lone number with no list around it is not a label", "The petition is granted.\n4.\n\nthe clerk shall close the file.", "" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void LoneLabel_CountsWhenItContinuesTheNumbering(string name, string list, string labels)
    {
        var order = StayOrderExtractor.ExtractText(Head + list + Tail).Order!;
        string.Join(",", order.Directives.Where(d => d.Label is not null).Select(d => d.Label)).Should().Be(labels, name);
    }
}
