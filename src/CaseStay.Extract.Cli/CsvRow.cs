using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Cli;

/// <summary>The flat CSV form of a record: one row per file.</summary>
internal static class CsvRow
{
    public const string Header = "path,kind,isStayOrder,notStayReason,court,caseNumber,plaintiffs,defendants,title,judge,judgeTitle,dated,stayKind,directives,labels,footnotes,warnings,error"
        + ",nextDue,deadlines,document,filed,sha256,judgeInferred,stayUntil";

    /// <summary>One row. With <paramref name="neutralize"/> (the default) a cell that a spreadsheet would run as a
    /// formula (it starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) gets a leading <c>'</c>.</summary>
    public static string Format(ExtractionResult r, bool neutralize = true)
    {
        var o = r.Order;
        string?[] cells =
        [
            r.Source.Path,
            r.Source.Kind,
            r.Success ? (o!.IsStayOrder ? "true" : "false") : null,
            o?.NotStayReason?.Code,
            o?.Court?.Code,
            o?.CaseNumber?.Normalized,
            o?.Parties is null ? null : string.Join("; ", o.Parties.Plaintiffs) + (o.Parties.PlaintiffsEtAl ? ", et al." : string.Empty),
            o?.Parties is null ? null : string.Join("; ", o.Parties.Defendants) + (o.Parties.DefendantsEtAl ? ", et al." : string.Empty),
            o?.Title,
            o?.Judge?.Name,
            o?.Judge?.Title,
            o?.Dated?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            o?.Stay?.Kind,
            o?.Directives.Count.ToString(CultureInfo.InvariantCulture),
            o is null ? null : string.Join(' ', o.Directives.Select(d => d.Label ?? "-")),
            o?.Footnotes.Count.ToString(CultureInfo.InvariantCulture),
            string.Join(' ', r.Warnings.Select(w => w.Code)),
            r.Error?.Code,
            o is null ? null : NextDue(o.Deadlines),
            o is null ? null : string.Join("; ", o.Deadlines.Select(Describe)),
            o?.FilingStamp?.Document,
            o?.FilingStamp?.Filed is { } filed ? LocalDatePattern.Iso.Format(filed) : null,
            r.Source.Sha256,
            o?.Judge is null ? null : (o.Judge.Inferred ? "true" : "false"),
            o?.Stay?.Until,
        ];
        return string.Join(',', cells.Select(c => Escape(neutralize ? Neutralize(c) : c)));
    }

    /// <summary>The earliest due date of the record's deadlines (the earlier one when it is holiday-dependent).</summary>
    internal static string? NextDue(IReadOnlyList<Deadline> deadlines)
    {
        LocalDate? best = null;
        foreach (var d in deadlines)
        {
            var due = d.HolidayDependent && d.DueFederal is { } f && d.Due is { } x && f < x ? f : d.Due;
            if (due is { } day && (best is null || day < best))
            {
                best = day;
            }
        }

        return best is { } b ? LocalDatePattern.Iso.Format(b) : null;
    }

    /// <summary>"2025-03-17 (P45D after order-date)", "? (P14D after completion of the VDRP session)", "2025-05-01 (fixed)".</summary>
    internal static string Describe(Deadline d)
    {
        var due = d.Due is { } day ? LocalDatePattern.Iso.Format(day) : "?";
        if (d.Trigger == DeadlineTriggers.FixedDate)
        {
            return $"{due} (fixed)";
        }

        var unit = d.Unit is "court-days" or "business-days" ? " " + d.Unit : string.Empty;
        var anchor = d.TriggerText ?? d.Anchor ?? d.Trigger;
        var every = d.Recurring && d.Interval is { } i ? $", every {PeriodPattern.Roundtrip.Format(i)}" : string.Empty;
        var alt = d.HolidayDependent && d.DueFederal is { } f ? $", federal-only {LocalDatePattern.Iso.Format(f)}" : string.Empty;
        return $"{due} ({(d.Period is { } p ? PeriodPattern.Roundtrip.Format(p) : "?")}{unit} {d.Direction} {anchor}{every}{alt})";
    }

    /// <summary>Formula-injection guard: a cell starting with = + - @ tab or CR gets a leading apostrophe.</summary>
    internal static string? Neutralize(string? value) =>
        string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? value : "'" + value;

    private static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 2).Append('"');
        sb.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        return sb.ToString();
    }
}
