using System.Globalization;
using CaseStay.Extract.Internal;
using NodaTime.Text;

namespace CaseStay.Extract.Fields;

/// <summary>Finds the caption's case number and the CM/ECF filing stamp.</summary>
internal static class CaseNumberExtractor
{
    private static readonly LocalDatePattern s_stampDate = LocalDatePattern.CreateWithInvariantCulture("MM/dd/yy");
    private static readonly LocalDatePattern s_stampDate4 = LocalDatePattern.CreateWithInvariantCulture("MM/dd/uuuu");

    public static void Extract(StayOrderBucket bucket)
    {
        var flow = bucket.Document.Flow;
        var stamp = Patterns.FilingStamp().Match(flow);
        CaseNumber? stampNumber = null;
        if (stamp.Success)
        {
            var filed = stamp.Groups["filed"].Value;
            var parsed = (filed.Length == 8 ? s_stampDate : s_stampDate4).Parse(filed);
            bucket.FilingStamp = new FilingStamp(stamp.Groups["number"].Value, stamp.Groups["doc"].Value,
                parsed.Success ? parsed.Value : null, int.Parse(stamp.Groups["pages"].Value, CultureInfo.InvariantCulture));
            CaseNumber.TryParse(stamp.Groups["number"].Value, out stampNumber);
            bucket.Locate("filingStamp", stamp.Index, stamp.Index + stamp.Length);
        }

        // The caption's number: the first one after the court header; failing that, the first in the document
        // that is not inside a citation ("Lewis v. Russell, No. CIV. S–03–2646 …") or the stamp.
        var all = CaseNumber.FindAll(flow).OrderBy(c => c.Index).ToList();
        bucket.CaseNumberSpans.AddRange(all.Select(c => (c.Index, c.Length)));
        var candidates = all
            .Where(c => !(stamp.Success && c.Index >= stamp.Index && c.Index < stamp.Index + stamp.Length))
            .Where(c => !IsCitation(flow, c.Index))
            .ToList();
        if (bucket.IsOcr)
        {
            // OCR: numbers that only parse after repairing confusions inside the token, reported as repaired.
            foreach (var (repairedValue, index, length, printed) in Text.OcrRepair.FindCaseNumbers(flow))
            {
                if (candidates.Any(c => c.Index <= index && index < c.Index + c.Length))
                {
                    continue;
                }

                var clean = CaseNumber.FindAll(printed).FirstOrDefault();
                if (clean.Value is not null && clean.Value.Normalized == repairedValue.Normalized)
                {
                    continue;
                }

                candidates.Add((repairedValue, index, length));
                bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired, $"Case number read as '{printed}' was repaired to '{repairedValue.Normalized}'.", bucket.Document.Span(index, index + length)));
            }

            candidates.Sort((a, b) => a.Index.CompareTo(b.Index));
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                var repaired = c.Value.JudgeInitials.Select(Text.OcrRepair.RepairInitials).ToArray();
                if (!repaired.SequenceEqual(c.Value.JudgeInitials))
                {
                    candidates[i] = (c.Value.WithJudgeInitials(repaired), c.Index, c.Length);
                    bucket.Warnings.Add(new ExtractionWarning(WarningCodes.OcrRepaired,
                        $"Judge initials {string.Join('-', c.Value.JudgeInitials)} were repaired to {string.Join('-', repaired)} by the judge roster.", bucket.Document.Span(c.Index, c.Index + c.Length)));
                }
            }
        }

        if (candidates.Count == 0)
        {
            if (stampNumber is not null)
            {
                bucket.CaseNumber = stampNumber;
                bucket.Locate("caseNumber", stamp.Groups["number"].Index, stamp.Groups["number"].Index + stamp.Groups["number"].Length);
            }

            return;
        }

        var chosen = candidates.FirstOrDefault(c => c.Index >= bucket.CaptionStart);
        if (chosen.Value is null)
        {
            chosen = candidates[0];
        }

        var value = chosen.Value;
        if (stampNumber is not null && value.IsSameCase(stampNumber) && stampNumber.JudgeInitials.Count > value.JudgeInitials.Count)
        {
            value = value.WithJudgeInitials(stampNumber.JudgeInitials);
        }

        bucket.CaseNumber = value;
        bucket.Locate("caseNumber", chosen.Index, chosen.Index + chosen.Length);
    }

    private static bool IsCitation(string flow, int index)
    {
        var before = flow[Math.Max(0, index - 40)..index];
        return before.Contains(" v. ", StringComparison.Ordinal) && before.TrimEnd().EndsWith(',');
    }
}
