using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace CaseStay.Extract.Readers.Dated;

/// <summary>
/// The date grammar of dated lines, in any letter case: "June 3, 2022", "Sept. 3rd, 2024", "6/3/2022", "6/3/22"
/// (a two-digit year under 70 is 20yy), "06-03-2022", "this 21st day of August, 2017".
/// </summary>
internal static partial class CourtDate
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    /// <summary>Any date form, at the start of the text it is matched against (after optional white space).</summary>
    private const string DateForm =
        @"(?:(?<month>(?i:" + Months + @"))\.?\s+(?<day>\d{1,2})(?i:st|nd|rd|th)?\s*,?\s*(?<year>\d{4})(?!\d)"
        + @"|(?<nm>\d{1,2})(?<sep>[/\-.])(?<nd>\d{1,2})\k<sep>(?<ny>\d{4}|\d{2})(?![\d/])"
        + @"|(?:(?i:this|the)\s+)?(?<day>\d{1,2})(?i:st|nd|rd|th)?\s+(?i:day\s+of)\s+(?<month>(?i:" + Months + @"))\.?\s*,?\s*(?:(?i:in\s+the\s+year\s+)?)(?<year>\d{4})(?!\d))";

    private static readonly LocalDatePattern s_long = LocalDatePattern.CreateWithInvariantCulture("MMMM d uuuu");
    private static readonly LocalDatePattern s_short = LocalDatePattern.CreateWithInvariantCulture("MMM d uuuu");
    private static readonly LocalDatePattern s_numeric = LocalDatePattern.CreateWithInvariantCulture("M/d/uuuu");

    /// <summary>Reads a date that starts at <paramref name="index"/> (white space skipped).</summary>
    /// <param name="text">The text.</param>
    /// <param name="index">Where the date should start.</param>
    /// <param name="date">The date, when it parses and exists in the calendar.</param>
    /// <param name="end">The end offset of the printed date.</param>
    /// <returns>True when a valid date starts there.</returns>
    public static bool TryReadAt(string text, int index, out LocalDate date, out int end)
    {
        date = default;
        end = index;
        var m = DateAt().Match(text, index);
        if (!m.Success || m.Index != index || TryParse(m) is not { } parsed)
        {
            return false;
        }

        date = parsed;
        end = m.Index + m.Length;
        return true;
    }

    /// <summary>Every printed date of a text region (month-name, numeric and ordinal forms).</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Region start.</param>
    /// <param name="length">Region length.</param>
    /// <returns>Each date with its start and end offset; dates that do not exist are left out.</returns>
    public static IEnumerable<(LocalDate Date, int Start, int End)> All(string text, int start, int length)
    {
        foreach (Match m in AnyDate().Matches(text.Substring(start, length)))
        {
            if (TryParse(m) is { } d)
            {
                yield return (d, start + m.Index, start + m.Index + m.Length);
            }
        }
    }

    /// <summary>Parses a match of the date grammar (groups month/day/year or nm/nd/ny).</summary>
    internal static LocalDate? TryParse(Match m)
    {
        if (m.Groups["month"].Success)
        {
            var month = m.Groups["month"].Value.TrimEnd('.');
            month = char.ToUpperInvariant(month[0]) + month[1..].ToLowerInvariant();
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
                year = (int.Parse(year, CultureInfo.InvariantCulture) >= 70 ? "19" : "20") + year;
            }

            var result = s_numeric.Parse($"{m.Groups["nm"].Value}/{m.Groups["nd"].Value}/{year}");
            return result.Success ? result.Value : null;
        }

        return null;
    }

    [GeneratedRegex(@"\G\s*" + DateForm, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateAt();

    [GeneratedRegex(@"(?<![\w/\-.])" + DateForm, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AnyDate();
}
