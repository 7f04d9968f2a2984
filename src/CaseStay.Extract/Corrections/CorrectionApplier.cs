using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Corrections;

/// <summary>Applies a <see cref="CorrectionSet"/> to a result: corrections whose SHA-256 is the file's replace the field
/// and are recorded in <see cref="StayOrder.Corrections"/> with the extracted value; a correction for a file of the same
/// name but other bytes is reported (<c>correction-stale</c>), never applied.</summary>
internal static partial class CorrectionApplier
{
    public static ExtractionResult Apply(ExtractionResult result, CorrectionSet? set)
    {
        if (set is null || set.Entries.Count == 0 || result.Order is null)
        {
            return result;
        }

        var sha = result.Source.Sha256;
        var mine = set.Entries.Where(e => string.Equals(e.Sha256, sha, StringComparison.OrdinalIgnoreCase)).ToArray();
        var warnings = new List<ExtractionWarning>();
        var name = FileName(result.Source.Path);
        if (name is not null)
        {
            foreach (var stale in set.Entries
                .Where(e => !string.Equals(e.Sha256, sha, StringComparison.OrdinalIgnoreCase) && string.Equals(FileName(e.Path), name, StringComparison.Ordinal))
                .Where(e => mine.All(m => m.Field != e.Field))
                .DistinctBy(e => e.Field))
            {
                warnings.Add(new ExtractionWarning(WarningCodes.CorrectionStale,
                    $"The correction of '{stale.Field}' was made for other bytes of '{name}' (SHA-256 {Short(stale.Sha256)}, now {Short(sha)}); it was not applied."));
            }
        }

        var order = result.Order;
        var applied = new Dictionary<string, FieldCorrection>(order.Corrections, StringComparer.Ordinal);
        foreach (var correction in mine.Reverse().DistinctBy(e => e.Field).OrderBy(e => e.Field == CorrectionFields.IsStayOrder ? 0 : 1))
        {
            var (next, original, problem) = ApplyOne(order, correction);
            if (next is null)
            {
                warnings.Add(problem!.StartsWith(Stale, StringComparison.Ordinal)
                    ? new ExtractionWarning(WarningCodes.CorrectionStale, $"The correction of '{correction.Field}' was not applied: {problem[Stale.Length..]}")
                    : new ExtractionWarning(WarningCodes.CorrectionInvalid, $"The correction of '{correction.Field}' was not applied: {problem}"));
                continue;
            }

            // A deadline's correction is recorded under its stable key, whichever key named it.
            var field = correction.Field.StartsWith("deadlines[", StringComparison.Ordinal) && !DeadlineKeys.IsStable(correction.Field)
                && int.TryParse(DeadlineDuePattern().Match(correction.Field).Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var position)
                ? DeadlineKeys.For(order)[position]
                : correction.Field;
            order = next;
            applied[field] = new FieldCorrection(correction.Value, original);
        }

        return result with
        {
            Order = order with { Corrections = applied },
            Warnings = warnings.Count == 0 ? result.Warnings : [.. result.Warnings, .. warnings],
        };
    }

    private static (StayOrder? Order, string? Original, string? Problem) ApplyOne(StayOrder order, Correction c)
    {
        var value = c.Value.Trim();
        switch (c.Field)
        {
            case CorrectionFields.CaseNumber:
                return CaseNumber.TryParse(value, out var number)
                    ? (order with { CaseNumber = number }, order.CaseNumber?.Normalized, null)
                    : (null, null, $"'{value}' is not a case number.");
            case CorrectionFields.Judge:
                return value.Length == 0
                    ? (null, null, "a judge's name is empty.")
                    : (order with { Judge = order.Judge is null ? new Judge(value, null, null, false) : order.Judge with { Name = value, Inferred = false } }, order.Judge?.Name, null);
            case CorrectionFields.Dated:
                return LocalDatePattern.Iso.Parse(value) is { Success: true } dated
                    ? (order with { Dated = dated.Value }, Iso(order.Dated), null)
                    : (null, null, $"'{value}' is not an ISO date (yyyy-MM-dd).");
            case CorrectionFields.IsStayOrder:
                if (!bool.TryParse(value, out var stayed))
                {
                    return (null, null, $"'{value}' is not true or false.");
                }

                return (order with { IsStayOrder = stayed, NotStayReason = stayed ? null : order.NotStayReason, Stay = stayed ? order.Stay ?? new StayInfo(null, null, null) : null },
                    order.IsStayOrder ? "true" : "false", null);
            case CorrectionFields.StayKind:
                return s_stayKinds.Contains(value)
                    ? (order with { Stay = (order.Stay ?? new StayInfo(null, null, null)) with { Kind = value } }, order.Stay?.Kind, null)
                    : (null, null, $"'{value}' is not a stay kind ({string.Join(", ", s_stayKinds)}).");
            default:
                return ApplyDeadline(order, c, value);
        }
    }

    /// <summary>A deadline's due date, named by its stable key (<see cref="DeadlineKeys"/>) or, as older files do, by its
    /// position; a position is trusted only while that deadline still has the due date the clerk saw.</summary>
    private static (StayOrder? Order, string? Original, string? Problem) ApplyDeadline(StayOrder order, Correction c, string value)
    {
        var keys = DeadlineKeys.For(order);
        int index;
        if (DeadlineKeys.IsStable(c.Field))
        {
            index = keys.ToList().IndexOf(c.Field);
            if (index < 0)
            {
                return (null, null, Stale + $"no deadline of this run is '{c.Field}' (the deadlines now: {Listed(keys)}).");
            }
        }
        else
        {
            var match = DeadlineDuePattern().Match(c.Field);
            if (!match.Success || !int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out index))
            {
                return (null, null, $"'{c.Field}' is not a field that can be corrected.");
            }

            if (index >= order.Deadlines.Count)
            {
                return (null, null, $"the record has {order.Deadlines.Count} deadline(s), not {index + 1}.");
            }

            if (c.Original is null || !string.Equals(c.Original, Iso(order.Deadlines[index].Due) ?? string.Empty, StringComparison.Ordinal))
            {
                return (null, null, Stale + $"'{c.Field}' names a deadline by its position, and deadline {index + 1} of this run ('{keys[index]}', due {Iso(order.Deadlines[index].Due) ?? "undated"}) "
                    + $"is not the one corrected (due {c.Original ?? "unknown"}); correct it again on the review page (keys by directive and phrase).");
            }
        }

        if (LocalDatePattern.Iso.Parse(value) is not { Success: true } due)
        {
            return (null, null, $"'{value}' is not an ISO date (yyyy-MM-dd).");
        }

        var deadlines = order.Deadlines.ToArray();
        var original = Iso(deadlines[index].Due);
        deadlines[index] = deadlines[index] with { Due = due.Value };
        return (order with { Deadlines = deadlines }, original, null);
    }

    /// <summary>The start of a problem that is reported as <c>correction-stale</c> (the correction no longer names what it named).</summary>
    private const string Stale = "stale: ";

    private static string Listed(IReadOnlyList<string> keys) => keys.Count == 0 ? "none" : string.Join(", ", keys);

    private static readonly HashSet<string> s_stayKinds = new(StringComparer.Ordinal)
    {
        StayKinds.VdrpSettlement, StayKinds.Settlement, StayKinds.Arbitration, StayKinds.Appeal, StayKinds.HabeasRhines, StayKinds.HabeasKelly,
        StayKinds.Bankruptcy, StayKinds.Discovery, StayKinds.RelatedCase, StayKinds.Other,
    };

    private static string? Iso(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static string? FileName(string? path) => string.IsNullOrEmpty(path) ? null : Path.GetFileName(path.Replace('\\', '/'));

    private static string Short(string sha) => sha.Length > 12 ? sha[..12] + "…" : sha;

    [GeneratedRegex(@"^deadlines\[(\d{1,4})\]\.due$", RegexOptions.CultureInvariant)]
    private static partial Regex DeadlineDuePattern();
}
