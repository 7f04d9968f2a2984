using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CaseStay.Extract.Cli;

/// <summary>Writes computed deadlines as an iCalendar file: one all-day event per deadline with a due date.</summary>
internal static class IcsExport
{
    public static int Write(string path, IEnumerable<ExtractionResult> results)
    {
        var calendar = new Calendar { ProductId = "-//CaseStay.Extract//casestay//EN" };
        var count = 0;
        foreach (var result in results)
        {
            if (result.Order is not { } order)
            {
                continue;
            }

            foreach (var deadline in order.Deadlines)
            {
                if (deadline.Due is not { } due)
                {
                    continue;
                }

                var directive = order.Directives.FirstOrDefault(d => d.Index == deadline.DirectiveIndex);
                var caseNumber = order.CaseNumber?.Normalized ?? "(no case number)";
                var e = new CalendarEvent
                {
                    Uid = $"{result.Source.Sha256}-{deadline.DirectiveIndex}-{count}@casestay",
                    Summary = $"{caseNumber}: due ({Shorten(deadline.Description, 80)})",
                    Description = new StringBuilder()
                        .AppendLine($"Case: {caseNumber}")
                        .AppendLine($"Directive {directive?.Label ?? "-"}: {directive?.Text}")
                        .AppendLine($"Computed: {deadline.Explanation}")
                        .AppendLine($"Source: {result.Source.Path}")
                        .ToString(),
                    DtStart = new CalDateTime(due.Year, due.Month, due.Day),
                    DtEnd = new CalDateTime(due.Year, due.Month, due.Day).AddDays(1),
                };
                calendar.Events.Add(e);
                count++;
            }
        }

        var text = new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return count;
    }

    private static string Shorten(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
