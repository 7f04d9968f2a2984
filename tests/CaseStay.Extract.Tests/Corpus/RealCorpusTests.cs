using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CaseStay.Extract.Tests.Support;
using FluentAssertions;
using Xunit;
using Xunit.Abstractions;

namespace CaseStay.Extract.Tests.Corpus;

/// <summary>
/// Every labelled real order in ../shared/corpus/real: extract, compare each field with its label, print a
/// per-field accuracy table (also written to TestResults/corpus-accuracy.md) and hold the floors below.
/// A field the text does not show (the label came from the docket summary) must come back null.
/// </summary>
public partial class RealCorpusTests(ITestOutputHelper output)
{
    private sealed record Row(string File, string Field, bool Ok, string Expected, string Actual);

    [SkippableFact]
    public void Corpus_PerFieldAccuracy()
    {
        var dir = TestPaths.RequireShared(Path.Combine("corpus", "real"));
        var rows = new List<Row>();
        var files = Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).ToList();
        files.Should().NotBeEmpty();
        foreach (var labelFile in files)
        {
            var id = Path.GetFileNameWithoutExtension(labelFile);
            var text = File.ReadAllText(Path.ChangeExtension(labelFile, ".txt"));
            using var label = JsonDocument.Parse(File.ReadAllText(labelFile));
            var l = label.RootElement;
            var result = StayOrderExtractor.ExtractText(text, path: id);
            result.Success.Should().BeTrue($"{id}: {result.Error?.Message}");
            var o = result.Order!;

            // Court: the label's court when the text names a district or carries the case number; else null.
            var labelCaseNumber = Str(l, "case_number");
            var showsCourt = DistrictPhrase().IsMatch(text) || labelCaseNumber is not null;
            var expectedCourt = showsCourt ? CourtCode(Str(l, "court")) : null;
            rows.Add(Compare(id, "court", expectedCourt, o.Court?.Code));

            rows.Add(Compare(id, "caseNumber", labelCaseNumber is null ? null : Str(l, "case_number_normalized"), o.CaseNumber?.Normalized));
            rows.Add(Compare(id, "isStayOrder", l.GetProperty("is_stay_order").GetBoolean().ToString(), o.IsStayOrder.ToString()));
            var visible = l.GetProperty("directive_numbers_visible").EnumerateArray().Select(e => e.GetInt32().ToString(CultureInfo.InvariantCulture));
            rows.Add(Compare(id, "directiveLabels", string.Join(",", visible), string.Join(",", o.Directives.Where(d => d.Label is not null).Select(d => d.Label))));
            rows.Add(Compare(id, "plaintiffs", Norm(Str(l, "plaintiffs")), Norm(PartyText(o.Parties?.Plaintiffs, o.Parties?.PlaintiffsEtAl))));
            rows.Add(Compare(id, "defendants", Norm(Str(l, "defendants")), Norm(PartyText(o.Parties?.Defendants, o.Parties?.DefendantsEtAl))));

            var judge = Str(l, "judge_name");
            var judgeShown = judge is not null && SignedAs(text, judge);
            rows.Add(Compare(id, "judgeName", judgeShown ? Norm(judge) : null, Norm(o.Judge?.Name)));
            var judgeTitle = Str(l, "judge_title");
            if (judgeShown && judgeTitle is not null)
            {
                rows.Add(new Row(id, "judgeTitle", o.Judge?.Title?.Contains(judgeTitle, StringComparison.OrdinalIgnoreCase) == true, judgeTitle, o.Judge?.Title ?? "null"));
            }

            var date = Str(l, "date_signed");
            var dateShown = date is not null && DatedLineShows(text, date);
            rows.Add(Compare(id, "dated", dateShown ? date : null, o.Dated?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)));
            rows.Add(Compare(id, "stayKind", Str(l, "stay_kind"), o.Stay?.Kind));
        }

        var table = Report(rows);
        output.WriteLine(table);
        var reportDir = Path.Combine(TestPaths.RepoRoot, "TestResults");
        Directory.CreateDirectory(reportDir);
        File.WriteAllText(Path.Combine(reportDir, "corpus-accuracy.md"), table);

        double Accuracy(string field) => rows.Where(r => r.Field == field).Average(r => r.Ok ? 1.0 : 0.0);
        using (new FluentAssertions.Execution.AssertionScope())
        {
            Accuracy("court").Should().Be(1.0, table);
            Accuracy("caseNumber").Should().Be(1.0, table);
            Accuracy("directiveLabels").Should().Be(1.0, table);
            Accuracy("plaintiffs").Should().Be(1.0, table);
            Accuracy("defendants").Should().Be(1.0, table);
            Accuracy("judgeName").Should().Be(1.0, table);
            Accuracy("judgeTitle").Should().Be(1.0, table);
            Accuracy("dated").Should().Be(1.0, table);
            // Two labels (021, 075) rest on the docket summary, not on the excerpt: see README "Accuracy".
            Accuracy("isStayOrder").Should().BeGreaterThanOrEqualTo(0.92, table);
            // The kind is right wherever the stay decision is.
            var agreed = rows.Where(r => r.Field == "isStayOrder" && r.Ok).Select(r => r.File).ToHashSet();
            rows.Where(r => r.Field == "stayKind" && agreed.Contains(r.File)).Should().OnlyContain(r => r.Ok, table);
        }
    }

    private static Row Compare(string file, string field, string? expected, string? actual) =>
        new(file, field, string.Equals(expected ?? "null", actual ?? "null", StringComparison.Ordinal), expected ?? "null", actual ?? "null");

    private static string Report(List<Row> rows)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| field | correct | total | accuracy |").AppendLine("|---|---|---|---|");
        foreach (var g in rows.GroupBy(r => r.Field))
        {
            var ok = g.Count(r => r.Ok);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {g.Key} | {ok} | {g.Count()} | {100.0 * ok / g.Count():F1}% |");
        }

        sb.AppendLine().AppendLine("Mismatches:");
        foreach (var r in rows.Where(r => !r.Ok))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"- {r.File} {r.Field}: expected `{r.Expected}`, got `{r.Actual}`");
        }

        return sb.ToString();
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string? CourtCode(string? label) => label switch
    {
        null => null,
        "E.D. Cal." => "caed",
        "N.D. Cal." => "cand",
        "C.D. Cal." => "cacd",
        "S.D. Cal." => "casd",
        _ => "other",
    };

    private static string? PartyText(IReadOnlyList<string>? names, bool? etAl) =>
        names is null ? null : string.Join(" ", names) + (etAl == true ? " et al" : string.Empty);

    private static string? Norm(string? s) =>
        s is null ? null : Regex.Replace(Regex.Replace(s.ToLowerInvariant(), @"\b(jr|sr|iii|ii)\b", " "), @"[^a-z0-9]+", " ").Trim();

    /// <summary>The name is printed as a signer: upper case (signature block), after "/s/", or as "NAME, J.".</summary>
    private static bool SignedAs(string text, string name)
    {
        var bare = Regex.Replace(name, @",?\s+(Jr\.|Sr\.|III|II)$", string.Empty);
        return text.Contains(bare.ToUpperInvariant(), StringComparison.Ordinal) || text.Contains("/s/ " + bare, StringComparison.Ordinal);
    }

    /// <summary>The date is printed as a dated line: "Dated: …", "DATED: M/d/yyyy", a lone "MM-dd-yyyy" line, or "the Nth day of Month, yyyy".</summary>
    private static bool DatedLineShows(string text, string iso)
    {
        var d = DateTime.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var longForm = d.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        return Regex.IsMatch(text, @"(?m)^\s*" + Regex.Escape(d.ToString("MM-dd-yyyy", CultureInfo.InvariantCulture)) + @"\s*$")
            || Regex.IsMatch(text, @"(?i)\bdated?\s*:?\s*" + Regex.Escape(longForm))
            || Regex.IsMatch(text, @"(?i)\bdated?\s*:?\s*" + Regex.Escape(d.ToString("M/d/yyyy", CultureInfo.InvariantCulture)))
            || text.Contains(d.Day.ToString(CultureInfo.InvariantCulture) + Ordinal(d.Day) + " day of " + d.ToString("MMMM, yyyy", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    private static string Ordinal(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" },
    };

    [GeneratedRegex(@"(?i)\b(?:eastern|northern|central|southern)\s+district\s+of\s+\w+|\b[ENCS]\.D\.\s+(?:Cal|Mississippi)")]
    private static partial Regex DistrictPhrase();
}
