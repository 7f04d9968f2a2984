using System.Text.RegularExpressions;
using CaseStay.Extract.Pipeline;
using CaseStay.Extract.Readers.References;
using CaseStay.Extract.Text;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Fields;

/// <summary>
/// The hand-written fast paths (anchored case-number scan, white-space collapse, sentence split, bounded edit
/// distance) give exactly what the plain versions they replaced give, on generated text made of the pieces that
/// matter to each.
/// </summary>
public partial class FastPathEquivalenceTests
{
    private static readonly string[] s_pieces =
    [
        "Case No. ", "CASE NO.: ", "No. ", "Civ. No. ", "1:", "2: ", "2:", "24", "07", "-", "–", "—", " - ", "cv", "CV", "cr", "Cv", "mj", "xx",
        "02760", "1607", "123456", "DJC", "SCR", "JAM DB", "(PC)", " (HC)", "CIV ", "Civ", "CV ", "S", "F", "S-", "05-1234", "LKK GGH",
        " ", "  ", "\n", "\t", "\u00A0", "\n\n", ". ", "! ", "? ", ".", "(", ")", "A", "The", "motion", "Smith v. Jones, ", "ECF No. 7", ":", "9",
        "C ", "CR ", "EDCV ", "SACV ", "CIVIL ", "NO. ", "ACTION ", "S - ", "F-", "09", "- 03378", "123", "1:05", "\u2013 ",
    ];

    private static readonly Gen<string> s_piece = Gen.Int[0, s_pieces.Length - 1].Select(i => s_pieces[i]);

    /// <summary>A case number in one of its printed shapes, with random spacing and dashes.</summary>
    private static readonly Gen<string> s_caseNumber =
        from prefix in Gen.OneOfConst("", "Case No. ", "No.", "CASE NO.: ", "Civ. No. ")
        from office in Gen.OneOfConst("", "1:", "2:", "2 : ", "9")
        from yy in Gen.Int[0, 99]
        from dash1 in Gen.OneOfConst("-", "–", " - ", "—")
        from type in Gen.OneOfConst("cv", "CV", "cr", "mj", "Cr", "xx")
        from dash2 in Gen.OneOfConst("-", "–", " -", "")
        from seq in Gen.Int[0, 999999]
        from initials in Gen.OneOfConst("", "-DJC", "-DJC-SCR", " JAM DB", " (PC)", "-KJM (HC)")
        from old in Gen.Bool
        select old ? $"{prefix}CIV {(yy % 2 == 0 ? 'S' : 'F')}-{yy:D2}-{seq % 10000}{initials}" : $"{prefix}{office}{yy:D2}{dash1}{type}{dash2}{seq}{initials}";

    private static readonly Gen<string> s_text = Gen.Frequency((3, s_piece), (1, s_caseNumber)).Array[0, 30].Select(string.Concat);

    [Fact]
    public void CaseNumberAnchoredScan_FindsWhatTheFullScanFinds()
    {
        var withNumbers = 0;
        s_text.Sample(text =>
        {
            var fast = CaseNumber.FindAll(text).Select(c => (c.Value.Normalized, c.Value.Raw, c.Index, c.Length)).OrderBy(c => c.Index).ToList();
            var full = CaseNumber.FindAllByFullScan(text).Select(c => (c.Value.Normalized, c.Value.Raw, c.Index, c.Length)).OrderBy(c => c.Index).ToList();
            if (full.Count > 0)
            {
                Interlocked.Increment(ref withNumbers);
            }

            fast.Should().Equal(full, "for text {0}", text);
        }, iter: 20_000);

        // The comparison is not between empty lists: most generated texts hold case numbers.
        withNumbers.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void CaseNumberAnchoredScan_FindsEveryPrintedForm()
    {
        var text = "UNITED STATES DISTRICT COURT\nCase No. 2:24-cv-02760-DJC-SCR\nLewis v. Russell, No. CIV S-03-2646 LKK GGH (E.D. Cal.)\n1:07-cv-1547 SRB (PC) and 2: 17-cv-1607 JAM DB";
        CaseNumber.FindAll(text).Select(c => c.Value.Normalized).Should().Equal(CaseNumber.FindAllByFullScan(text).Select(c => c.Value.Normalized))
            .And.HaveCount(4);
    }

    [Fact]
    public void Collapse_IsWhiteSpaceRunsToOneSpace_Trimmed()
    {
        s_text.Sample(text => Shared.Text.Collapse(text).Should().Be(WhiteSpaceRuns().Replace(text, " ").Trim()), iter: 20_000);
    }

    [Fact]
    public void Collapse_ReturnsTheSameString_WhenNothingChanges()
    {
        const string clean = "ORDER STAYING CASE";
        Shared.Text.Collapse(clean).Should().BeSameAs(clean);
    }

    [Fact]
    public void Sentences_SplitWhereTheSentenceRegexSplits()
    {
        s_text.Sample(text =>
        {
            var fast = ReferenceExtractor.Sentences(text).Select(s => text[s.Start..s.End]).ToList();
            fast.Should().Equal(SentenceBreak().Split(text), "for text {0}", text);
        }, iter: 20_000);
    }

    [Fact]
    public void BoundedDistance_AgreesWithTheFullDistance_UpToTheLimit()
    {
        var names = Gen.String[Gen.Char["ABCDEFJ .'"], 0, 14];
        Gen.Select(names, names, Gen.Int[0, 4]).Sample((a, b, limit) =>
        {
            var full = Levenshtein(a, b);
            var bounded = Extract.Shared.EditDistance.Of(a, b, limit);
            Extract.Shared.EditDistance.Of(a, b).Should().Be(full);
            if (full <= limit)
            {
                bounded.Should().Be(full);
            }
            else
            {
                bounded.Should().BeGreaterThan(limit);
            }
        }, iter: 20_000);
    }

    /// <summary>The textbook full-matrix edit distance.</summary>
    private static int Levenshtein(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex WhiteSpaceRuns();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(])|\n\s*\n", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();
}
