using System.Text;
using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace CaseStay.Extract.Tests.Generality;

/// <summary>
/// Every labelled real order and every text fixture, re-written the way real sources re-write orders, must give the
/// same fields as the original: decision words and judge titles in another letter case, lines collapsed with the
/// pleading numbers inline, one token per line, ")" caption columns, pleading numbers removed, markdown, one line. The table
/// (TestResults/invariance.md) holds a ratchet floor per (variant, field).
/// </summary>
public partial class InvarianceTests(ITestOutputHelper output)
{
    /// <summary>Per (variant/field) floors, as measured; raise with every fix, never lower.</summary>
    private static readonly Dictionary<string, double> s_floors = new(StringComparer.Ordinal)
    {
        ["other-case/caseNumber"] = 1.0,
        ["other-case/court"] = 1.0,
        ["other-case/plaintiffs"] = 1.0,
        ["other-case/defendants"] = 1.0,
        ["other-case/judge"] = 1.0,
        ["other-case/dated"] = 1.0,
        ["other-case/directiveLabels"] = 1.0,
        ["other-case/isStayOrder"] = 1.0,
        ["collapsed-inline-numbers/caseNumber"] = 1.0,
        ["collapsed-inline-numbers/court"] = 1.0,
        ["collapsed-inline-numbers/plaintiffs"] = 1.0,
        ["collapsed-inline-numbers/defendants"] = 1.0,
        ["collapsed-inline-numbers/judge"] = 1.0,
        ["collapsed-inline-numbers/dated"] = 1.0,
        ["collapsed-inline-numbers/directiveLabels"] = 0.989,
        ["collapsed-inline-numbers/isStayOrder"] = 1.0,
        ["token-per-line/caseNumber"] = 1.0,
        ["token-per-line/court"] = 1.0,
        ["token-per-line/plaintiffs"] = 0.989,
        ["token-per-line/defendants"] = 0.978,
        ["token-per-line/judge"] = 1.0,
        ["token-per-line/dated"] = 1.0,
        ["token-per-line/directiveLabels"] = 0.989,
        ["token-per-line/isStayOrder"] = 1.0,
        ["paren-caption/caseNumber"] = 1.0,
        ["paren-caption/court"] = 1.0,
        ["paren-caption/plaintiffs"] = 1.0,
        ["paren-caption/defendants"] = 1.0,
        ["paren-caption/judge"] = 1.0,
        ["paren-caption/dated"] = 1.0,
        ["paren-caption/directiveLabels"] = 1.0,
        ["paren-caption/isStayOrder"] = 1.0,
        ["no-margin-numbers/caseNumber"] = 1.0,
        ["no-margin-numbers/court"] = 1.0,
        ["no-margin-numbers/plaintiffs"] = 1.0,
        ["no-margin-numbers/defendants"] = 1.0,
        ["no-margin-numbers/judge"] = 1.0,
        ["no-margin-numbers/dated"] = 1.0,
        ["no-margin-numbers/directiveLabels"] = 1.0,
        ["no-margin-numbers/isStayOrder"] = 1.0,
        ["markdown/caseNumber"] = 1.0,
        ["markdown/court"] = 1.0,
        ["markdown/plaintiffs"] = 1.0,
        ["markdown/defendants"] = 1.0,
        ["markdown/judge"] = 1.0,
        ["markdown/dated"] = 1.0,
        ["markdown/directiveLabels"] = 1.0,
        ["markdown/isStayOrder"] = 1.0,
        ["one-line/caseNumber"] = 1.0,
        ["one-line/court"] = 1.0,
        ["one-line/plaintiffs"] = 1.0,
        ["one-line/defendants"] = 1.0,
        ["one-line/judge"] = 0.989,
        ["one-line/dated"] = 1.0,
        ["one-line/directiveLabels"] = 0.989,
        ["one-line/isStayOrder"] = 1.0,

    };

    /// <summary>The variants: name and transformation.</summary>
    internal static readonly (string Name, Func<string, string> Apply)[] Variants =
    [
        ("other-case", OtherCase),
        ("collapsed-inline-numbers", CollapsedWithInlineNumbers),
        ("token-per-line", TokenPerLine),
        ("paren-caption", ParenCaption),
        ("no-margin-numbers", WithoutMarginNumbers),
        ("markdown", Markdown),
        ("one-line", OneLine),
    ];

    [SkippableFact]
    public void EveryOrder_GivesTheSameFields_InEveryVariant()
    {
        var inputs = new List<(string Id, string Text)>();
        var real = TestPaths.RequireShared(Path.Combine("corpus", "real"));
        inputs.AddRange(Directory.GetFiles(real, "*.txt").Order(StringComparer.Ordinal).Select(f => ("real/" + Path.GetFileNameWithoutExtension(f), File.ReadAllText(f))));
        foreach (var dir in Directory.GetDirectories(Path.Combine(TestPaths.TestData, "orders")).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.GetFiles(dir, "input.*").Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)))
            {
                inputs.Add(("fixture/" + Path.GetFileName(dir), File.ReadAllText(file)));
            }
        }

        var pairs = new List<(string, string, IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>)>();
        foreach (var (id, text) in inputs)
        {
            var reference = FieldAgreement.Snapshot(StayOrderExtractor.ExtractText(text, path: id));
            foreach (var (name, apply) in Variants)
            {
                pairs.Add((id, name, reference, FieldAgreement.Snapshot(StayOrderExtractor.ExtractText(apply(text), path: id))));
            }
        }

        var cells = FieldAgreement.Compare(pairs);
        var table = FieldAgreement.Report("invariance", "Invariance under text forms", cells, s_floors);
        output.WriteLine(table);
        FieldAgreement.HoldFloors(cells, s_floors, table);
    }

    [Theory]
    [InlineData("IT IS ORDERED that this action is STAYED.", "IT IS Ordered that this action is Stayed.")]
    [InlineData("the motion is granted", "the motion is GRANTED")]
    [InlineData("UNITED STATES MAGISTRATE JUDGE", "United States Magistrate Judge")]
    [InlineData("United States District Judge", "UNITED STATES DISTRICT JUDGE")]
    public void OtherCase_SwapsDecisionWordsAndTitles(string input, string expected) =>
        Assert.Equal(expected, OtherCase(input));

    [Fact]
    public void OtherCase_LeavesTheCaptionTitleAlone()
    {
        var text = "ORDER STAYING CASE\nJOHN DOE,\nThe court has read the papers and now rules that this action is stayed.";
        Assert.Equal("ORDER STAYING CASE\nJOHN DOE,\nThe court has read the papers and now rules that this action is STAYED.", OtherCase(text));
    }

    [Fact]
    public void Collapsed_PutsFreshNumbersInline()
    {
        Assert.Equal("1 JOHN DOE, 2 Plaintiff, 3 v.", CollapsedWithInlineNumbers("1 JOHN DOE,\n2 Plaintiff,\n3 v.\n"));
    }

    [Theory]
    [InlineData("21 IT IS SO ORDERED.", "21 **IT IS SO ORDERED.**")]
    [InlineData("IT IS SO ORDERED.", "**IT IS SO ORDERED.**")]
    [InlineData("17 1. The motion is granted.", "17 - 1. The motion is granted.")]
    [InlineData("2. The motion is granted.", "- 2. The motion is granted.")]
    [InlineData("3 The court has read the papers.", "3 The court has read the papers.")]
    public void Markdown_KeepsTheMarginNumberOutsideTheMarkup(string input, string expected) =>
        Assert.Equal(expected, Markdown(input));

    [Fact]
    public void OneLine_DropsMarginNumbersAndJoinsLines()
    {
        Assert.Equal("JOHN DOE, Plaintiff, v.", OneLine("1 JOHN DOE,\n2 Plaintiff,\n\n3 v.\n"));
    }

    [Fact]
    public void ParenCaption_AddsTheColumnToCaptionLinesOnly()
    {
        var text = "UNITED STATES DISTRICT COURT\nJOHN DOE,\nPlaintiff,\nv.\nACME CORP.,\nDefendant.\nThe Court has read the papers and rules as follows today.";
        Assert.Equal("UNITED STATES DISTRICT COURT\nJOHN DOE, )\nPlaintiff, )\nv. )\nACME CORP., )\nDefendant. )\nThe Court has read the papers and rules as follows today.", ParenCaption(text));
    }

    /// <summary>
    /// Decision words and judge titles of the body in the other letter case (upper → title case, otherwise →
    /// upper). The body starts at the first prose line (at least six lower-case words): the caption's title is
    /// printed upper case by every source, so changing its case would test a form no source produces.
    /// </summary>
    internal static string OtherCase(string text)
    {
        var start = BodyStart(text);
        return text[..start] + CaseWords().Replace(text[start..], m =>
            m.Value == m.Value.ToUpperInvariant()
                ? string.Join(' ', m.Value.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()))
                : m.Value.ToUpperInvariant());
    }

    /// <summary>Offset of the first line holding at least six all-lower-case words (0 when there is none).</summary>
    internal static int BodyStart(string text)
    {
        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            var lower = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.All(char.IsLower));
            if (lower >= 6)
            {
                return offset;
            }

            offset += line.Length + 1;
        }

        return 0;
    }

    /// <summary>Web excerpts: pleading numbers 1–28 at every line start (old ones removed), then all lines joined by spaces.</summary>
    internal static string CollapsedWithInlineNumbers(string text)
    {
        var lines = WithoutMarginNumbers(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            sb.Append((i % 28) + 1).Append(' ').Append(lines[i]);
        }

        return sb.ToString();
    }

    /// <summary>Text from HTML or a JSON field whose line breaks were collapsed: no margin numbers, every line joined by one space.</summary>
    internal static string OneLine(string text) =>
        string.Join(' ', WithoutMarginNumbers(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    /// <summary>Converters that emit one token per line.</summary>
    internal static string TokenPerLine(string text) =>
        string.Join('\n', text.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Caption lines (from the first line after the court header that is not the header, up to and including the
    /// first line with the defendant's or respondent's role word) get the ")" column separator.
    /// </summary>
    internal static string ParenCaption(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => CaptionStart().IsMatch(l));
        var end = Array.FindIndex(lines, Math.Max(0, start), l => DefendantRole().IsMatch(l));
        if (start < 0 || end < 0 || end - start > 40)
        {
            return text;
        }

        for (var i = start; i <= end; i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                lines[i] = lines[i].TrimEnd() + " )";
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Pleading numbers removed: a leading 1–28 on a line, and lines that hold only such a number.</summary>
    internal static string WithoutMarginNumbers(string text) => LeadingNumber().Replace(text, string.Empty);

    /// <summary>
    /// Converter markdown: upper-case lines in bold, numbered paragraphs as bullets. A pleading margin number is a
    /// separate text run in the PDF, never in the line's bold font, so converters keep it outside the markup
    /// ("21 **IT IS SO ORDERED.**", "17 - 1. The motion …").
    /// </summary>
    internal static string Markdown(string text) => string.Join('\n', text.Split('\n').Select(l =>
    {
        var margin = LeadingNumber().Match(l) is { Success: true, Index: 0 } m ? m.Value : string.Empty;
        var t = l[margin.Length..].Trim();
        if (t.Length > 3 && t.Any(char.IsLetter) && t == t.ToUpperInvariant())
        {
            return margin + "**" + t + "**";
        }

        return NumberedParagraph().IsMatch(t) ? margin + "- " + t : l;
    }));

    [GeneratedRegex(@"\b(?:stayed|stay|granted|denied|ordered|abeyance|lifted|vacated|(?:chief\s+|senior\s+)?united\s+states\s+(?:district|magistrate)\s+judge|(?:district|magistrate)\s+judge)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CaseWords();

    [GeneratedRegex(@"(?m)^[ \t]*(?:[1-9]|1[0-9]|2[0-8])(?:[ \t]+|$)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:\d{1,2}|[a-z])\.\s")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^\s*(?:\d{1,2}\s+)?[A-Z][A-Za-z.'&-]+(?:\s+[A-Z][A-Za-z.'&-]+)*,\s*$")]
    private static partial Regex CaptionStart();

    [GeneratedRegex(@"(?i)\b(?:defendants?|respondents?)\.?\s*$")]
    private static partial Regex DefendantRole();
}
