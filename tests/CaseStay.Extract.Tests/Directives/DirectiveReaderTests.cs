using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Directives;

/// <summary>
/// The directives reader through <see cref="ReaderTestBase"/> (only the readers it needs run first): rows of (numbered
/// list in an invented order, printed labels, warning codes the reader adds). Misnumbering is kept as printed and
/// warned.
/// </summary>
public class DirectiveReaderTests : ReaderTestBase
{
    private const string Head = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER ON THE SCHEDULE\n\nGood cause appearing, IT IS HEREBY ORDERED that:\n";
    private const string Tail = "\nIT IS SO ORDERED.\nDated: May 4, 2023\n";

    /// <inheritdoc/>
    protected override string ReaderName => "directives";

    /// <summary>(name, numbered list, labels, warning codes).</summary>
    public static TheoryData<string, string, string, string> Rows => new()
    {
        { "arabic numbers", "1. The hearing is vacated.\n2. The parties shall meet and confer.\n3. The clerk shall serve this order.", "1,2,3", "" },
        { "a label alone on its line", "1. The hearing is vacated.\n2.\n\nThe parties shall meet and confer.\n3. The clerk shall serve this order.", "1,2,3", "" },
        { "numbering that goes back is kept as printed and warned", "1. The hearing is vacated.\n2. The parties shall meet and confer.\n1. The clerk shall serve this order.", "1,2,1", WarningCodes.DirectiveNumbering },
        { "a number skipped is kept as printed and warned", "1. The hearing is vacated.\n2. The parties shall meet and confer.\n4. The clerk shall serve this order.", "1,2,4", WarningCodes.DirectiveNumbering },
        { "a number repeated is kept as printed and warned", "1. The hearing is vacated.\n2. The parties shall meet and confer.\n2. The clerk shall serve this order.", "1,2,2", WarningCodes.DirectiveNumbering },
    };

    /// <summary>(name, whole text after the title, labels): the ordering phrase in another letter case, number lists that are no labels.</summary>
    public static TheoryData<string, string, string> TextRows => new()
    {
        { "ordering phrase with the decision word in title case", "For these reasons, it is hereby Ordered that:\n1. The hearing is vacated.\nIT IS SO ORDERED.\n", "1" },
        { "line breaks gone: after the ordering phrase, \"; and\", a footnote marker", "The motion is fully briefed and the court has read the papers. For these reasons, the Court ORDERS, 1. The hearing is vacated; and 2. The parties shall meet and confer.¹ 3. The clerk shall serve this order. IT IS SO ORDERED.\n", "1,2,3" },
        { "line breaks gone: \"and 2.\" without a semicolon is no label", "For these reasons, IT IS HEREBY ORDERED that: 1. The hearing set for counts 1 and 2. The parties shall meet and confer. IT IS SO ORDERED.\n", "1" },
        { "ordering phrase in lower case, followed by the order", "For these reasons, it is hereby ordered that:\n1. The hearing is vacated.\nIT IS SO ORDERED.\n", "1" },
        { "lower-case \"it is ordered\" not followed by the order is prose", "The earlier ruling said it is ordered and adjudged that costs be paid.\n1. The hearing is vacated.\nIT IS SO ORDERED.\n", "" },
        { "ordering phrase in capitals, decision word in title case", "For these reasons, IT IS Ordered:\n1. The hearing is vacated.\nIT IS SO ORDERED.\n", "1" },
        { "numbers after \"Nos.\" and a comma, one token per line", "The\nparties\nfiled\nbriefs.\nDoc.\nNos.\n14,\n17.\nThe\ncourt\nagrees.\nDoc.\nNos.\n21,\n23.\nFor\nthese\nreasons\nthe\nmotion\nis\ngranted.\n", "" },
        { "numbers joined by \"and\", one token per line", "The\nparties\nfiled\nbriefs.\nECF\nNos.\n14\nand\n17.\nThe\ncourt\nagrees.\nECF\nNos.\n21\nand\n23.\nFor\nthese\nreasons\nthe\nmotion\nis\ngranted.\n", "" },
        { "a number list inside the ordered items is no label", "IT IS HEREBY ORDERED that:\n1. The motions (ECF Nos. 4,\n7. Both) are denied.\n2. The clerk shall serve this order.\nIT IS SO ORDERED.\n", "1,2" },
    };

    [Theory]
    [MemberData(nameof(TextRows))]
    public void TextRows_GiveTheLabels(string name, string body, string labels)
    {
        var run = RunReader("UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nORDER ON THE SCHEDULE\n\n" + body);
        string.Join(",", run.Order.Directives.Select(d => d.Label)).Should().Be(labels, name);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Rows_GiveTheLabels_AndTheWarnings(string name, string list, string labels, string codes)
    {
        var run = RunReader(Head + list + Tail);
        run.ReadersRun.Should().NotContain(["judge", "dated", "stay", "deadlines", "references"], "the directives reader needs the caption and the footnotes only");
        run.ReadersRun[^1].Should().Be("directives");
        string.Join(",", run.Order.Directives.Select(d => d.Label)).Should().Be(labels, name);
        string.Join(",", run.WarningCodes).Should().Be(codes, name);
    }
}
