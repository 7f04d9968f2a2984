using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseStay.Extract.Tests.Corpus;

/// <summary>
/// Whether a label's evidence quote itself shows the labelled value. A label is scored where its evidence is non-null
/// because the evidence shows what the TEXT proves; a quote that does not show the value (a dated line cut before
/// the year, a signer quote without the surname) cannot prove it, so that label is questioned: printed with the
/// reason, not scored. Each method returns the reason, or null when the quote shows the value.
/// </summary>
internal static partial class LabelEvidence
{
    private static readonly string[] s_units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
         "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] s_tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Words of a title that every judge's title may print; the others (magistrate, district, senior, …) must show.</summary>
    private static readonly HashSet<string> s_genericTitleWords = new(StringComparer.Ordinal) { "judge", "united", "states", "u", "s", "us", "of", "the", "court" };

    /// <summary>A stay label (is_stay_order true) needs a stay word in its quote; a quote for "not a stay" shows the operative part, which need not name a stay.</summary>
    public static string? StayQuestion(bool isStay, string evidence) =>
        isStay && !StayWord().IsMatch(evidence) ? "stay_evidence shows no stay word (stay, stayed, staying, abeyance)" : null;

    /// <summary>The signer's surname (the name's last word before Jr./Sr./II/III) must be in the quote.</summary>
    public static string? JudgeQuestion(string? judgeName, string evidence)
    {
        if (judgeName is null)
        {
            return null;
        }

        // Word by word as printed, so that a hyphenated surname stays one name ("Barch-Kuchta" → "barch kuchta").
        var words = judgeName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Words).Where(w => w.Length > 0 && w is not ("jr" or "sr" or "ii" or "iii" or "iv")).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var surname = words[^1];
        return (" " + Words(evidence) + " ").Contains(" " + surname + " ", StringComparison.Ordinal)
            ? null
            : $"judge_evidence does not contain the surname \"{surname}\"";
    }

    /// <summary>The title's distinguishing words (magistrate, district, senior, chief, bankruptcy) must be in the quote.</summary>
    public static string? TitleQuestion(string judgeTitle, string evidence)
    {
        var shown = " " + Words(evidence) + " ";
        shown = shown.Replace(" u s m j ", " magistrate judge ", StringComparison.Ordinal).Replace(" u s d j ", " district judge ", StringComparison.Ordinal)
            .Replace(" usmj ", " magistrate judge ", StringComparison.Ordinal).Replace(" usdj ", " district judge ", StringComparison.Ordinal);
        var missing = Words(judgeTitle).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !s_genericTitleWords.Contains(w) && !shown.Contains(" " + w + " ", StringComparison.Ordinal))
            .ToList();
        return missing.Count == 0 ? null : $"judge_evidence does not show the title word(s) {string.Join(", ", missing.Select(w => "\"" + w + "\""))}";
    }

    /// <summary>A date's year must be in the quote: four digits, the two-digit year of a numeric date, or in words.</summary>
    public static string? DateQuestion(string? date, string evidence)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return null;
        }

        var year = d.Year.ToString(CultureInfo.InvariantCulture);
        if (Regex.IsMatch(evidence, $@"(?<!\d){year}(?!\d)"))
        {
            return null;
        }

        foreach (Match m in NumericDate().Matches(evidence))
        {
            if (m.Groups["yy"].Value == year[2..])
            {
                return null;
            }
        }

        var words = " " + Words(evidence.Replace('-', ' ')) + " ";
        return YearInWords(d.Year).Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal))
            ? null
            : $"dated_evidence does not show the year {year}";
    }

    /// <summary>The ways a year is written in words: "two thousand eighteen", "two thousand and eighteen", "twenty eighteen", "nineteen ninety eight".</summary>
    internal static IEnumerable<string> YearInWords(int year)
    {
        var century = year / 100;
        var rest = year % 100;
        var restWords = UpTo99(rest);
        if (century % 10 == 0)
        {
            var thousands = s_units[century / 10] + " thousand";
            yield return rest == 0 ? thousands : thousands + " " + restWords;
            if (rest != 0)
            {
                yield return thousands + " and " + restWords;
            }
        }

        if (rest != 0)
        {
            yield return UpTo99(century) + " " + (rest < 10 ? "oh " + restWords : restWords);
            yield return UpTo99(century) + " hundred " + restWords;
            yield return UpTo99(century) + " hundred and " + restWords;
        }
    }

    private static string UpTo99(int n) => n < 20 ? s_units[n] : s_tens[n / 10] + (n % 10 == 0 ? string.Empty : " " + s_units[n % 10]);

    /// <summary>Lower case, every run of other characters one space.</summary>
    internal static string Words(string s) => NonWord().Replace(s.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"(?i)\bstay(?:s|ed|ing)?\b|\babeyance\b", RegexOptions.CultureInvariant)]
    private static partial Regex StayWord();

    [GeneratedRegex(@"(?<!\d)\d{1,2}[-/.]\d{1,2}[-/.](?<yy>\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWord();
}
