using System.Globalization;
using System.Text;
using FluentAssertions;
using NodaTime.Text;
using Xunit;

namespace CaseStay.Extract.Tests.Deadlines;

/// <summary>The same directive in upper case, wrapped on pleading paper with margin numbers, or in markdown gives the same deadlines.</summary>
public class DeadlineInvarianceTests
{
    public static TheoryData<string, string> Sample()
    {
        var data = new TheoryData<string, string>();
        var k = 0;
        foreach (var row in DeadlinePhraseTable.Rows)
        {
            if (k++ % 3 == 0)
            {
                data.Add((string)row[0], (string)row[1]);
            }
        }

        return data;
    }

    private static IReadOnlyList<(NodaTime.LocalDate? Due, string? Anchor, string? Unit)> Read(string directive, string dated, Func<string, string> form)
    {
        var date = LocalDatePattern.Iso.Parse(dated).Value;
        var text = $"UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\nJANE ROE,\nPlaintiff,\nv.\nACME WIDGETS, INC.,\nDefendant.\n\nNo. 2:25-cv-00123-ABC-DEF\n\nORDER\n\nIT IS HEREBY ORDERED that:\n{form("1. " + directive)}\n\nIT IS SO ORDERED.\nDated: {date.ToString("MMMM d, uuuu", CultureInfo.InvariantCulture)}";
        return StayOrderExtractor.ExtractText(text).Order!.Deadlines.Select(d => (d.Due, d.Anchor, d.Unit)).ToList();
    }

    private static string Wrapped(string s)
    {
        // Pleading paper: short lines, each with its margin number.
        var sb = new StringBuilder();
        var line = new StringBuilder();
        var n = 1;
        foreach (var word in s.Split(' '))
        {
            if (line.Length + word.Length > 24)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{n++} {line.ToString().TrimEnd()}\n");
                line.Clear();
            }

            line.Append(word).Append(' ');
        }

        return sb.Append(CultureInfo.InvariantCulture, $"{n} {line.ToString().TrimEnd()}").ToString();
    }

    [Theory]
    [MemberData(nameof(Sample))]
    public void SameDeadlines_InEveryForm(string directive, string dated)
    {
        var plain = Read(directive, dated, s => s);
        Read(directive, dated, s => s.ToUpperInvariant()).Should().Equal(plain, "upper case");
        Read(directive, dated, Wrapped).Should().Equal(plain, "wrapped with margin numbers");
        Read(directive, dated, s => "**" + s + "**").Should().Equal(plain, "markdown bold");
    }
}
