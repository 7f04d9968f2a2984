using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>The generated PDF fixtures the PDF tests read (real PdfPig on real bytes): where they are, their names as
/// theory data, and the comparison of two reads of the same order.</summary>
internal static class PdfFixtureSet
{
    /// <summary>The generated pleading-paper orders (<c>testdata/orders/pdf-*</c>, each with <c>input.pdf</c> and a
    /// <c>twin.txt</c>).</summary>
    public static string Orders => Path.Combine(TestPaths.TestData, "orders");

    /// <summary>Pages carrying <c>/Rotate</c> (<c>testdata/review/rotated/*.pdf</c>).</summary>
    public static string Rotated => Path.Combine(TestPaths.TestData, "review", "rotated");

    /// <summary>The slugs of the generated PDF orders, in ordinal order.</summary>
    public static List<string> OrderSlugs() =>
        Directory.GetDirectories(Orders, "pdf-*").Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The file names of the rotated fixtures, in ordinal order.</summary>
    public static List<string> RotatedFiles() =>
        Directory.GetFiles(Rotated, "*.pdf").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Names as theory data.</summary>
    public static TheoryData<string> Theory(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names)
        {
            data.Add(name);
        }

        return data;
    }

    /// <summary>The extraction of a generated order's <c>input.pdf</c> (or another file of its folder).</summary>
    public static ExtractionResult ExtractOrder(string slug, string file = "input.pdf") =>
        StayOrderExtractor.ExtractFile(Path.Combine(Orders, slug, file));

    /// <summary>Two reads of one order give the same fields: parties, title, judge, date, the stay decision, the
    /// directives and the deadlines (court, case number and footnotes are compared by each caller, as strictly as its
    /// two sources allow).</summary>
    /// <param name="actual">The read under test.</param>
    /// <param name="expected">The reference read.</param>
    public static void ShouldReadAs(StayOrder actual, StayOrder expected)
    {
        actual.Parties.Should().BeEquivalentTo(expected.Parties);
        actual.Title.Should().Be(expected.Title);
        actual.Judge.Should().BeEquivalentTo(expected.Judge);
        actual.Dated.Should().Be(expected.Dated);
        actual.IsStayOrder.Should().Be(expected.IsStayOrder);
        actual.Stay.Should().BeEquivalentTo(expected.Stay);
        actual.Directives.Select(d => (d.Label, d.Text)).Should().Equal(expected.Directives.Select(d => (d.Label, d.Text)));
        actual.Deadlines.Select(d => (d.DirectiveIndex, d.Due, d.Trigger)).Should().Equal(expected.Deadlines.Select(d => (d.DirectiveIndex, d.Due, d.Trigger)));
    }
}
