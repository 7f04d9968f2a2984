using System.Text.RegularExpressions;
using CaseStay.Extract.Internal;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Fields;

/// <summary>Finds the dated line ("Dated: January 29, 2025", "DATED: 1/29/2025", "this 15th day of May, 2018").</summary>
internal static class DatedExtractor
{
    private static readonly LocalDatePattern s_long = LocalDatePattern.CreateWithInvariantCulture("MMMM d uuuu");
    private static readonly LocalDatePattern s_short = LocalDatePattern.CreateWithInvariantCulture("MMM d uuuu");
    private static readonly LocalDatePattern s_numeric = LocalDatePattern.CreateWithInvariantCulture("M/d/uuuu");

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        Match? chosen = null;
        foreach (Match m in Patterns.DatedLine().Matches(flow))
        {
            var keyword = flow.Substring(m.Index, 5);
            if (!keyword.Equals("Dated", StringComparison.OrdinalIgnoreCase) && IsHearingLine(flow, m))
            {
                continue;
            }

            chosen = m;
        }

        if (chosen is not null)
        {
            if (chosen.Groups["blank"].Success)
            {
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.DatedLineBlank,
                    "The dated line is blank (left for a hand signature).", bucket.Document.Span(chosen.Index, chosen.Index + chosen.Length)));
                return;
            }

            Set(bucket, Parse(chosen), chosen.Index, chosen.Index + chosen.Length);
            return;
        }

        if (bucket.IsOcr && Patterns.OcrDatedLine().Matches(flow).LastOrDefault() is { } noisy && Text.OcrRepair.Month(noisy.Groups["month"].Value) is { } month)
        {
            var digits = (string d) => new string(d.Select(c => c switch { 'O' => '0', 'I' or 'l' => '1', 'S' => '5', _ => c }).ToArray());
            var parsed = s_long.Parse($"{month} {digits(noisy.Groups["day"].Value)} {digits(noisy.Groups["year"].Value)}");
            if (parsed.Success)
            {
                Set(bucket, parsed.Value, noisy.Index, noisy.Index + noisy.Length);
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired, $"Dated line read as '{noisy.Value}' was repaired to {LocalDatePattern.Iso.Format(parsed.Value)}.", bucket.Document.Span(noisy.Index, noisy.Index + noisy.Length)));
                return;
            }
        }

        var ordinal = Patterns.OrdinalDate().Matches(flow).LastOrDefault();
        if (ordinal is not null && flow[Math.Max(0, ordinal.Index - 60)..ordinal.Index].Contains("ORDERED", StringComparison.OrdinalIgnoreCase))
        {
            Set(bucket, Parse(ordinal), ordinal.Index, ordinal.Index + ordinal.Length);
            return;
        }

        // casetext prints the decision date alone on a line ("03-14-2013") above the caption.
        foreach (var line in bucket.Document.Lines.Take(6))
        {
            var m = Patterns.DateOnlyLine().Match(bucket.Document.LineText(line));
            if (m.Success)
            {
                Set(bucket, Parse(m), line.FlowStart, line.FlowEnd);
                return;
            }
        }
    }

    private static void Set(StayOrderBucket bucket, LocalDate? date, int start, int end)
    {
        if (date is null)
        {
            return;
        }

        bucket.Dated = date;
        bucket.Locate("dated", start, end);
    }

    private static bool IsHearingLine(string flow, Match m)
    {
        var lineEnd = flow.IndexOf('\n', m.Index);
        var tail = flow[m.Index..(lineEnd < 0 ? flow.Length : Math.Min(lineEnd, m.Index + 120))];
        return tail.Contains("Time", StringComparison.OrdinalIgnoreCase) || tail.Contains("Courtroom", StringComparison.OrdinalIgnoreCase)
            || tail.Contains("Dept", StringComparison.OrdinalIgnoreCase);
    }

    internal static LocalDate? Parse(Match m)
    {
        if (m.Groups["month"].Success)
        {
            var month = m.Groups["month"].Value.TrimEnd('.');
            month = month == "Sept" ? "Sep" : month;
            var text = $"{month} {m.Groups["day"].Value} {m.Groups["year"].Value}";
            var result = month.Length <= 3 ? s_short.Parse(text) : s_long.Parse(text);
            return result.Success ? result.Value : null;
        }

        if (m.Groups["nm"].Success)
        {
            var year = m.Groups["ny"].Value;
            if (year.Length == 2)
            {
                year = (int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) >= 70 ? "19" : "20") + year;
            }

            var result = s_numeric.Parse($"{m.Groups["nm"].Value}/{m.Groups["nd"].Value}/{year}");
            return result.Success ? result.Value : null;
        }

        return null;
    }
}
