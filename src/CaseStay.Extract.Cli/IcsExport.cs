using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CaseStay.Extract.Deadlines;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using NodaTime.Text;
using Period = NodaTime.Period;

namespace CaseStay.Extract.Cli;

/// <summary>
/// Writes computed deadlines as an iCalendar file a clerk can re-import: one all-day event per occurrence (a
/// recurring duty is expanded within the horizon, each occurrence adjusted under Rule 6(a)); UIDs derived from
/// the case number (or the source hash), the directive, the phrase and the occurrence — never a counter — so a
/// re-export updates events instead of duplicating them; events de-duplicated by case number + directive + due
/// date across files (the same order as .txt and .pdf gives one event).
/// </summary>
internal static class IcsExport
{
    public static int Write(string path, IEnumerable<ExtractionResult> results, IcsOptions? options = null)
    {
        var text = Serialize(results, options ?? IcsOptions.Default, out var count);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return count;
    }

    public static string Serialize(IEnumerable<ExtractionResult> results, IcsOptions options, out int count)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//CaseStay.Extract//casestay//EN" };
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var calculator = new Rule6Calculator(options.Calendar);
        foreach (var result in results)
        {
            if (result.Order is not { } order || (options.StaysOnly && !order.IsStayOrder))
            {
                continue;
            }

            var caseKey = order.CaseNumber?.Normalized ?? "sha256:" + result.Source.Sha256;
            foreach (var deadline in order.Deadlines)
            {
                if (deadline.Due is not { } due)
                {
                    continue;
                }

                var directive = order.Directives.FirstOrDefault(d => d.Index == deadline.DirectiveIndex);
                var directiveKey = directive?.Label ?? Normalize(deadline.Description);
                var occurrences = Occurrences(deadline, due, calculator, options.Horizon);
                for (var k = 0; k < occurrences.Count; k++)
                {
                    var (day, explanation) = occurrences[k];
                    if (!seen.Add($"{caseKey}|{directiveKey}|{LocalDatePattern.Iso.Format(day)}"))
                    {
                        continue;
                    }

                    calendar.Events.Add(Event(result, order, deadline, directive, caseKey, directiveKey, k, day, explanation));
                }
            }
        }

        count = calendar.Events.Count;
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static List<(LocalDate Day, string Explanation)> Occurrences(Deadline deadline, LocalDate due, Rule6Calculator calculator, Period horizon)
    {
        if (!deadline.Recurring || deadline.Interval is not { } interval || deadline.UnadjustedDue is not { } first
            || interval.HasTimeComponent || interval == Period.Zero)
        {
            return [(due, deadline.Explanation)];
        }

        var through = (deadline.AnchorDate ?? first).Plus(horizon);
        var list = calculator.Occurrences(first, interval, through).Select((o, k) => (o.Due, k == 0
            ? deadline.Explanation
            : $"{o.Explanation} — occurrence {k + 1} of a duty recurring every {interval}; {deadline.RecursUntil ?? "no end printed"}")).ToList();
        return list.Count == 0 ? [(due, deadline.Explanation)] : list;
    }

    private static CalendarEvent Event(ExtractionResult result, StayOrder order, Deadline deadline, Directive? directive, string caseKey, string directiveKey, int occurrence, LocalDate day, string explanation)
    {
        var caseNumber = order.CaseNumber?.Normalized ?? "(no case number)";
        var who = deadline.Obligor is null ? string.Empty : deadline.Obligor + ": ";
        var kind = deadline.Kind == DeadlineKinds.Objections ? "objections due" : "due";
        var span = deadline.PhraseSpan is { } s ? $"page {s.Page}, line {s.Line}, characters {s.Start}–{s.End}" : "-";
        var description = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Case: {caseNumber}")
            .AppendLine(CultureInfo.InvariantCulture, $"Directive {directive?.Label ?? "-"}: {deadline.Description}")
            .AppendLine(CultureInfo.InvariantCulture, $"Phrase: {deadline.Phrase} ({span})")
            .AppendLine(CultureInfo.InvariantCulture, $"Who must act: {deadline.Obligor ?? "not named"}")
            .AppendLine(CultureInfo.InvariantCulture, $"Computed: {explanation}");
        if (deadline.HolidayDependent)
        {
            description.AppendLine(CultureInfo.InvariantCulture,
                $"Holiday-dependent: {deadline.DueFederal:uuuu-MM-dd} (federal holidays) / {deadline.DueFederalAndCalifornia:uuuu-MM-dd} (federal + California)");
        }

        description.AppendLine(CultureInfo.InvariantCulture, $"Source: {result.Source.Path} (sha256 {result.Source.Sha256})");
        var uidKey = $"{caseKey}|{directiveKey}|{Normalize(deadline.Phrase ?? deadline.Description)}|{occurrence}";
        var stamp = order.Dated ?? day;
        return new CalendarEvent
        {
            Uid = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uidKey)))[..32] + "@casestay",
            Summary = $"{caseNumber}: {who}{kind}{(deadline.DueTime is { } t ? " by " + t.ToString("h:mm tt", CultureInfo.InvariantCulture) : string.Empty)} ({Shorten(deadline.Description, 80)})",
            Description = description.ToString(),
            DtStart = new CalDateTime(day.Year, day.Month, day.Day),
            DtEnd = new CalDateTime(day.Year, day.Month, day.Day).AddDays(1),
            DtStamp = new CalDateTime(new DateTime(stamp.Year, stamp.Month, stamp.Day, 0, 0, 0, DateTimeKind.Utc)),
        };
    }

    /// <summary>Letters and digits only, lower case: the same phrase from a PDF and from its text twin.</summary>
    private static string Normalize(string s) =>
        string.Concat(s.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
