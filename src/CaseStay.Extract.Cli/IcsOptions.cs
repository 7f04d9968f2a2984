using System.Globalization;
using CaseStay.Extract.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Cli;

/// <summary>Options of the calendar export.</summary>
/// <param name="Horizon">How far past its anchor a recurring duty is expanded into occurrences (default one year).</param>
/// <param name="StaysOnly">Only stay orders' deadlines.</param>
/// <param name="Calendar">The holiday calendar occurrences are adjusted with (the extraction's).</param>
internal sealed record IcsOptions(Period Horizon, bool StaysOnly, HolidayCalendar Calendar)
{
    public static IcsOptions Default { get; } = new(Period.FromYears(1), false, HolidayCalendar.FederalAndCalifornia);

    /// <summary>Reads a horizon: an ISO period ("P1Y", "P18M") or a count with a unit ("365d", "26w", "18m", "2y").</summary>
    public static bool TryParseHorizon(string? text, out Period horizon)
    {
        horizon = Period.FromYears(1);
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        text = text.Trim();
        if (text.StartsWith('P') || text.StartsWith('p'))
        {
            var iso = PeriodPattern.NormalizingIso.Parse(text.ToUpperInvariant());
            if (!iso.Success || iso.Value.HasTimeComponent || iso.Value.Normalize() is var p && (p.Years < 0 || p.Months < 0 || p.Days < 0 || p.Weeks < 0) || iso.Value == Period.Zero)
            {
                return false;
            }

            horizon = iso.Value;
            return true;
        }

        var unit = char.ToLowerInvariant(text[^1]);
        if (!int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > 100_000)
        {
            return false;
        }

        Period? value = unit switch
        {
            'd' => Period.FromDays(n),
            'w' => Period.FromWeeks(n),
            'm' => Period.FromMonths(n),
            'y' => Period.FromYears(n),
            _ => null,
        };
        if (value is null)
        {
            return false;
        }

        horizon = value;
        return true;
    }
}
