using System.Text;
using System.Text.RegularExpressions;
using CaseStay.Extract.Layout;
using CaseStay.Extract.Readers.Stay;
using CaseStay.Extract.Text;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Fields;

/// <summary>
/// The throughput work keeps results exact: the one-pass stay-text flattening gives what collapsing and then the
/// margin-number regex gave, and the ordering words found once per document (and re-used from any start offset) are
/// the match a fresh scan from that offset finds. Generated text made of the pieces that matter to each.
/// </summary>
public class SharedRegionEquivalenceTests
{
    private static readonly string[] s_pieces =
    [
        " ", "  ", "\n", "\t", "\u00A0", "\u2003", "*", "_", "|", "’", "‘", "`", "–", "—", "1", "12", "123", "7", "٣", "0 ", " 9 ",
        "word", "Stay", "ORDERED", "IT IS HEREBY ", "IT IS ", "It is further ", "the Court ", "Court ORDERS", "ORDERED as follows",
        "THEREFORE, ", "hereby ", "x1", "2x", ".", ",", "(", ")",
    ];

    private static readonly Gen<string> s_text = Gen.Int[0, s_pieces.Length - 1].Select(i => s_pieces[i]).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Flatten_IsCollapseThenMarginNumbersRemoved()
    {
        s_text.Sample(text =>
        {
            if (text.Length > 0)
            {
                StayText.Flatten(text).Should().Be(Reference(text), "for text {0}", Escape(text));
            }
        }, iter: 20_000);
    }

    [Theory]
    [InlineData("12 motion 3 is granted 45", " motion  is granted ")]
    [InlineData("1\n2\n3", "  ")]
    [InlineData("see * 5 * here", "see      here")]
    [InlineData("ECF No. 123 and 4x", "ECF No. 123 and 4x")]
    [InlineData("the court’s order", "the court's order")]
    public void Flatten_DropsLoneNumbers_KeepsTheirSpaces(string input, string expected) =>
        StayText.Flatten(input).Should().Be(expected);

    [Fact]
    public void OrderingTrigger_FromAnyOffset_IsTheFreshScan()
    {
        var withMatch = 0;
        Gen.Select(s_text, Gen.Int[0, 100]).Sample((text, from) =>
        {
            var (lines, pages, _) = LineAssembler.Assemble(text);
            var doc = NormalizedDocument.Build(text, lines, pages);
            var start = Math.Min(from, doc.Flow.Length);
            var fresh = NormalizedDocument.OrderingTriggerPattern().Match(doc.Flow, start);
            var shared = doc.OrderingTrigger(start);
            shared.Success.Should().Be(fresh.Success, "for flow {0} from {1}", Escape(doc.Flow), start);
            if (fresh.Success)
            {
                Interlocked.Increment(ref withMatch);
                (shared.Index, shared.Length).Should().Be((fresh.Index, fresh.Length), "for flow {0} from {1}", Escape(doc.Flow), start);
            }

            // Asked again from the start, the document answers the scan from the start.
            doc.OrderingTrigger().Success.Should().Be(NormalizedDocument.OrderingTriggerPattern().IsMatch(doc.Flow));
        }, iter: 5_000);

        withMatch.Should().BeGreaterThan(500);
    }

    [Fact]
    public void SignatureBlock_IsFoundOnce_AndIsTheRegionFinderAnswer()
    {
        const string text = "ORDER STAYING CASE\nThe motion is granted.\nIT IS SO ORDERED.\nDated: May 3, 2024\n/s/ Jane Roe\nUNITED STATES DISTRICT JUDGE";
        var (lines, pages, _) = LineAssembler.Assemble(text);
        var doc = NormalizedDocument.Build(text, lines, pages);
        var bucket = new Extract.Pipeline.StayOrderBucket(doc, ExtractionOptions.Default);
        var block = bucket.SignatureBlock;
        block.Should().Be(Regions.SignatureBlock.Find(doc.Flow)).And.NotBeNull();
        bucket.SignatureBlock.Should().BeSameAs(block);
    }

    /// <summary>The stay text's first step as it was: white space collapsed, characters mapped, then the margin-number regex.</summary>
    private static string Reference(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '`' => '\'',
                '\u2013' or '\u2014' => '-',
                '*' or '_' or '|' => ' ',
                _ => c,
            });
        }

        return StayText.MarginNumber().Replace(sb.ToString(), string.Empty);
    }

    private static string Escape(string s) => Regex.Escape(s);
}
