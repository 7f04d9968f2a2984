using CaseStay.Extract.Layout;
using CaseStay.Extract.Ocr;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Ocr;

/// <summary>A field is flagged <c>low-confidence</c> by the confidences of the words that make it up.</summary>
public sealed class OcrFieldConfidenceTests(OcrFixture ocr) : IClassFixture<OcrFixture>
{
    [Theory]
    [InlineData("judge", "Quentin:0.96 R.:0.93 Marlowe:0.95", false)]          // every word sure
    [InlineData("judge", "Quentin:0.96 R.:0.93 MARLOWEZ:0.41", true)]          // one word under the word threshold
    [InlineData("dated", "March:0.78 3,:0.74 2031:0.79", true)]                // each word fair, the mean under 0.80
    [InlineData("dated", "March:0.81 3,:0.80 2031:0.80", false)]               // exactly at the thresholds: kept quiet
    [InlineData("parties", "ACME:0.97 WIDGETS:0.95 LLC,:0.50", false)]
    [InlineData("parties", "ACME:0.97 WIDGETS:0.95 LLC,:0.49", true)]
    [InlineData("caseNumber", "", false)]                                        // no OCR words: nothing to judge
    public void AField_IsFlagged_WhenItsWordsFallBelowAThreshold(string field, string words, bool flagged)
    {
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => (Text: w[..w.LastIndexOf(':')], Confidence: double.Parse(w[(w.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var message = OcrFieldConfidence.Check(field, list);
        if (flagged)
        {
            message.Should().NotBeNull().And.Contain($"'{field}'");
        }
        else
        {
            message.Should().BeNull();
        }
    }

    [Theory]
    [InlineData("Hon.:0.95 Quentin:0.93 Marlowe:0.94", 1, 3, null)]             // every word sure
    [InlineData("Hon.:0.95 Quentin:0.93 Marlowe:0.31", 1, 3, "'Marlowe' 0.31")]  // the weak word is the field's
    [InlineData("Hon.:0.95 Quentin:0.93 Marlowe:0.31", 0, 2, null)]             // the weak word is outside the span
    [InlineData("Hon.:0.95 ¹|Quentin:0.41 Marlowe:0.94", 1, 3, "of 2 word(s) (threshold 0.80), weakest '¹ Quentin' 0.41")] // two tokens, one word
    [InlineData("Hon.:0.95 Quentin:0.93 Marlowe:", 0, 3, null)]                 // a word without confidence is not judged
    public void AField_IsJudgedByTheWordsOfItsTokens(string words, int firstWord, int lastWord, string? expected)
    {
        // One OCR'd line written as the page composer writes it: a word ("¹ Quentin", written with its space) may
        // make several tokens, all sharing the word's place and confidence.
        var written = new PositionedText();
        written.StartPage();
        written.StartLine(false);
        var starts = new List<int>();
        var ends = new List<int>();
        foreach (var (w, i) in words.Split(' ').Select((w, i) => (w, i)))
        {
            var text = w[..w.LastIndexOf(':')].Replace('|', ' ');
            var confidence = w[(w.LastIndexOf(':') + 1)..] is { Length: > 0 } c ? double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) : (double?)null;
            var start = written.AppendWord(text, new TokenPlace(1, 10 * i, 0, (10 * i) + 8, 10, confidence, TokenFlags.None), i == 0);
            starts.Add(start);
            ends.Add(start + text.Length);
        }

        var model = LineModel.FromPositioned(written.Text(), written.Tokens);
        var span = new SourceSpan(1, 1, starts[firstWord], ends[lastWord - 1] - starts[firstWord]);
        var order = new StayOrder { Provenance = new Dictionary<string, SourceSpan> { ["judge"] = span } };
        var warnings = OcrFieldConfidence.Warnings(order, model, ocrPages: [1]);
        if (expected is null)
        {
            warnings.Should().BeEmpty();
        }
        else
        {
            warnings.Should().ContainSingle().Which.Message.Should().Contain("'judge'").And.Contain(expected);
        }

        OcrFieldConfidence.Warnings(order, model, ocrPages: []).Should().BeEmpty("a layer without OCR'd pages is not judged");
    }

    [Fact]
    public void ARealScan_FlagsOnlyFieldsWithWeakWords_AndABornDigitalPdfNone()
    {
        var scan = StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "scan-vdrp-margin-glyphs-300dpi", "input.pdf"), ocr.Options);
        var flagged = scan.Warnings.Where(w => w.Code == WarningCodes.LowConfidence).ToList();
        flagged.Should().NotBeEmpty("the scan's margin glyphs and specks leave weak words in a field");
        foreach (var w in flagged)
        {
            var field = scan.Order!.Provenance.Single(p => p.Value == w.Span).Key;
            w.Message.Should().Contain($"'{field}'");
            w.Span!.Value.Box.Should().NotBeNull("the review page points at the field");
        }

        foreach (var (field, span) in scan.Order!.Provenance)
        {
            if (span.Confidence < OcrFieldConfidence.MinFieldConfidence)
            {
                flagged.Should().Contain(w => w.Message.Contains($"'{field}'"), "a field whose mean confidence is under the threshold is flagged");
            }
        }

        StayOrderExtractor.ExtractFile(Path.Combine(TestPaths.TestData, "orders", "pdf-vdrp-parens", "input.pdf"))
            .Warnings.Should().NotContain(w => w.Code == WarningCodes.LowConfidence);
    }
}
