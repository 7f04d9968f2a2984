using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseStay.Extract.Text;

/// <summary>
/// Repairs of OCR confusions, applied only inside the token being parsed and only when the result then fits
/// the field's grammar; body text is never changed.
/// </summary>
internal static partial class OcrRepair
{
    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Finds case numbers that OCR garbled ("2:24-ev-O2760-DIC-SCR") and repairs them.</summary>
    public static IEnumerable<(CaseNumber Value, int Index, int Length, string Printed)> FindCaseNumbers(string text, JudgeRoster roster)
    {
        foreach (Match m in GarbledCaseNumber().Matches(text))
        {
            var printed = m.Value;
            var sb = new StringBuilder();
            sb.Append(Digits(m.Groups["office"].Value)).Append(':').Append(Digits(m.Groups["yy"].Value)).Append('-');
            var type = m.Groups["type"].Value.ToLowerInvariant() switch
            {
                "ev" or "cv" or "c\\/" or "cy" or "gv" => "cv",
                var t => t,
            };
            sb.Append(type).Append('-').Append(Digits(m.Groups["seq"].Value));
            var initials = m.Groups["j"].Captures.Select(c => RepairInitials(c.Value, roster)).ToList();
            foreach (var i in initials)
            {
                sb.Append('-').Append(i);
            }

            if (CaseNumber.TryParse(sb.ToString(), out var value))
            {
                yield return (value, m.Index, m.Length, printed);
            }
        }
    }

    /// <summary>Initials not on the roster but one letter away from exactly one roster entry are that entry ("DIC" → "DJC").</summary>
    public static string RepairInitials(string initials, JudgeRoster roster)
    {
        if (initials is "NONE" or "NODJ" || roster.TryGetByInitials(initials, out _))
        {
            return initials;
        }

        // One substitution; a visually confusable one (I/J, O/D, C/G, …) beats any other.
        var near = roster.Judges
            .Where(j => j.Initials.Length == initials.Length)
            .Select(j => (j.Initials, Cost: SubstitutionCost(j.Initials, initials)))
            .Where(x => x.Cost <= 1)
            .OrderBy(x => x.Cost)
            .ToList();
        return near.Count == 1 || (near.Count > 1 && near[0].Cost < near[1].Cost) ? near[0].Initials : initials;
    }

    /// <summary>A month name as OCR may print it ("Januarv", "Nov ember", "Febmary") → the month, when one is close enough.</summary>
    public static string? Month(string printed)
    {
        var joined = new string(printed.Where(char.IsLetter).ToArray());
        if (joined.Length < 3)
        {
            return null;
        }

        var best = s_months.Select(m => (Month: m, Distance: Shared.EditDistance.Of(m.ToUpperInvariant(), joined.ToUpperInvariant()))).OrderBy(x => x.Distance).First();
        return best.Distance <= (joined.Length >= 6 ? 2 : 1) ? best.Month : null;
    }

    private static readonly string[] s_confusable = ["IJ", "IL", "OD", "OQ", "CG", "EF", "MN", "HN", "UV", "PR", "BE", "KX"];

    private static double SubstitutionCost(string a, string b)
    {
        var cost = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var pair = string.Concat(new[] { a[i], b[i] }.Order());
            cost += s_confusable.Contains(pair) ? 0.5 : 1;
        }

        return cost;
    }

    private static string Digits(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                'O' or 'o' or 'Q' or 'D' => '0',
                'I' or 'l' or '|' or 'i' or '!' => '1',
                'S' or 's' => '5',
                'B' => '8',
                'Z' or 'z' => '2',
                _ => c,
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"(?<![\w:])(?<office>[0-9OIl|])\s?[:;.]\s?(?<yy>[0-9OIlSZ]{2})\s?[-–—~]\s?(?<type>cv|ev|cr|mj|sw|mc|CV|EV|CR|MJ|SW|c\\/|cy|gv)\s?[-–—~]\s?(?<seq>[0-9OIlSBZ]{3,5})(?![\w])(?:\s?[-–—]\s?(?<j>[A-Z]{2,4})(?![A-Za-z])){0,3}", RegexOptions.CultureInvariant)]
    private static partial Regex GarbledCaseNumber();
}
