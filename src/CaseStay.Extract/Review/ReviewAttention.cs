namespace CaseStay.Extract.Review;

/// <summary>What needs a person first: errors (rank 0), then records with something to check (rank 1: the decision
/// not visible, a field read with low OCR confidence, any warning, a holiday-dependent deadline), then the rest
/// (rank 2); within a rank the nearest due date first.</summary>
internal static class ReviewAttention
{
    public static (int Rank, IReadOnlyList<string> Reasons) Of(ReviewRecord record, StayOrderReportOptions options)
    {
        if (record.ErrorCode is { } code)
        {
            return (0, ["error: " + code]);
        }

        var reasons = new List<string>();
        if (record.NotStayReason == NotStayReasons.DecisionNotVisible)
        {
            reasons.Add(NotStayReasons.DecisionNotVisible);
        }

        var low = record.Fields.Where(f => f.Span?.Confidence is { } c && c < options.LowConfidence).Select(f => f.Key).ToArray();
        if (low.Length > 0)
        {
            reasons.Add("low confidence: " + string.Join(", ", low));
        }

        reasons.AddRange(record.Warnings.Select(w => w.Code).Distinct(StringComparer.Ordinal));
        if (record.Deadlines.Any(d => d.HolidayDependent))
        {
            reasons.Add("holiday-dependent deadline");
        }

        return (reasons.Count > 0 ? 1 : 2, reasons);
    }

    /// <summary>The nearest due date (ISO text) on or after <see cref="StayOrderReportOptions.Today"/>, or the earliest
    /// when no day is given; null when no deadline has a date.</summary>
    public static string? NextDue(ReviewRecord record, StayOrderReportOptions options)
    {
        var today = options.Today?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return record.Deadlines
            .Select(d => d.Due)
            .Where(d => d is not null && (today is null || string.CompareOrdinal(d, today) >= 0))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>The records in review order.</summary>
    public static IReadOnlyList<ReviewRecord> Sort(IEnumerable<ReviewRecord> records, StayOrderReportOptions options) =>
        records
            .Select(r => (Record: r, Rank: Of(r, options).Rank, Due: NextDue(r, options)))
            .OrderBy(x => x.Rank)
            .ThenBy(x => x.Due is null ? 1 : 0)
            .ThenBy(x => x.Due, StringComparer.Ordinal)
            .ThenBy(x => x.Record.DisplayName, StringComparer.Ordinal)
            .ThenBy(x => x.Record.Path, StringComparer.Ordinal)
            .Select(x => x.Record)
            .ToArray();
}
