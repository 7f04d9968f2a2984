using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Batch;

/// <summary>Generated orders in every text form: extraction never throws and never invents a value absent from the input.</summary>
public partial class PropertyTests
{
    private static readonly string[] s_initials = ["DJC", "TLN", "KJM", "JAM", "WBS", "DAD", "AWI", "SCR", "KJN", "AC", "DB", "CKD", "EPG", "SAB", "BAM"];
    private static readonly string[] s_words = ["ACME", "RIVER", "VALLEY", "HOLDINGS", "LLC", "INC.", "COUNTY", "OF", "SACRAMENTO", "JOHNSON", "MARIA", "LEE", "PACIFIC", "TRUST", "BANK"];
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_directives =
    [
        "This action is STAYED pending further order of the court.",
        "All previously set deadlines and hearings are VACATED.",
        "The parties shall file a joint status report within ninety (90) days.",
        "The parties shall contact the VDRP administrator within forty-five (45) days.",
        "Plaintiff shall serve the defendant within fourteen (14) days of this order.",
        "Discovery is STAYED pending resolution of the motion to dismiss.",
    ];

    private static readonly Gen<string> s_name = Gen.Int[1, 3].SelectMany(n => Gen.Int[0, s_words.Length - 1].Array[n]).Select(ix => string.Join(' ', ix.Select(i => s_words[i])));

    private static readonly Gen<string> s_order =
        from office in Gen.Int[1, 2]
        from yy in Gen.Int[10, 25]
        from seq in Gen.Int[1, 9999]
        from j1 in Gen.Int[0, s_initials.Length - 1]
        from j2 in Gen.Int[0, s_initials.Length - 1]
        from plaintiff in s_name
        from defendant in s_name
        from month in Gen.Int[0, 11]
        from day in Gen.Int[1, 28]
        from year in Gen.Int[2015, 2030]
        from count in Gen.Int[0, 6]
        from picks in Gen.Int[0, s_directives.Length - 1].Array[count]
        from form in Gen.Int[0, 3]
        from noise in Gen.String[0, 40]
        select Render(form, $"{office}:{yy}-cv-{seq:D5}-{s_initials[j1]}-{s_initials[j2]}", plaintiff, defendant,
            $"{s_months[month]} {day}, {year}", picks.Select(p => s_directives[p]).ToArray(), noise);

    private static string Render(int form, string caseNumber, string plaintiff, string defendant, string date, string[] directives, string noise)
    {
        var lines = new List<string>
        {
            "UNITED STATES DISTRICT COURT", "EASTERN DISTRICT OF CALIFORNIA", plaintiff + ",", "Plaintiff,", "v.", defendant + ",", "Defendant.",
            "Case No. " + caseNumber, "ORDER", noise, "IT IS HEREBY ORDERED that:",
        };
        lines.AddRange(directives.Select((d, i) => $"{i + 1}. {d}"));
        lines.AddRange(["IT IS SO ORDERED.", "Dated: " + date, "/s/ Jane Q. Example", "UNITED STATES DISTRICT JUDGE"]);
        return form switch
        {
            0 => string.Join('\n', lines),
            1 => string.Join('\n', lines.Select((l, i) => $"{(i % 28) + 1} {l}")),
            2 => string.Join(' ', lines.Select((l, i) => $"{(i % 28) + 1} {l}")),
            _ => string.Join("\n\n", lines),
        };
    }

    [Fact]
    public void GeneratedOrders_NeverThrow_NeverInvent()
    {
        s_order.Sample(text =>
        {
            var result = StayOrderExtractor.ExtractText(text);
            result.Success.Should().BeTrue(result.Error?.Message);
            var o = result.Order!;
            var flat = Collapse(text);
            if (o.CaseNumber is { } cn)
            {
                text.Should().Contain(cn.Raw);
            }

            foreach (var party in (o.Parties?.Plaintiffs ?? []).Concat(o.Parties?.Defendants ?? []))
            {
                flat.Should().Contain(Collapse(party));
            }

            if (o.Dated is { } dated)
            {
                text.Should().Contain(dated.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (o.Judge?.Name is { } name)
            {
                flat.ToUpperInvariant().Should().Contain(name.Split(' ')[^1].ToUpperInvariant());
            }

            foreach (var d in o.Directives)
            {
                foreach (var word in d.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    flat.Should().Contain(word);
                }
            }
        }, iter: 300, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void ArbitraryText_NeverThrows()
    {
        Gen.String[0, 2000].Sample(text =>
        {
            var result = StayOrderExtractor.ExtractText(text);
            result.Error?.Code.Should().NotBe(ErrorCodes.InternalError);
        }, iter: 500);
    }

    private static string Collapse(string s) => Space().Replace(s, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
