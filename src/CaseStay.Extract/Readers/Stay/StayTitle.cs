using System.Text.RegularExpressions;

namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// The stay decision a title announces, case-insensitive. The title is read part by part (parts split at ";"
/// and before each "ORDER &lt;verb&gt;"); each stay word takes its polarity from the nearest verb before it:
/// <c>ORDER STAYING …</c>, <c>ORDER HOLDING … IN ABEYANCE</c>, <c>ORDER GRANTING … STAY</c>, <c>… EXTENDING /
/// CONTINUING / MODIFYING … STAY</c> stay; <c>GRANTING … LIFT … STAY</c>, <c>LIFTING / VACATING … STAY</c> lift;
/// <c>DENYING … STAY</c> denies (<c>DENYING … LIFT … STAY</c> only denies a lift). Without a verb,
/// <c>STIPULATION … TO STAY … ORDER</c> and <c>ORDER TO STAY</c> stay when the title is an order's.
/// </summary>
internal static partial class StayTitle
{
    /// <summary>The verdict of a title, or <see cref="StayVerdict.None"/>.</summary>
    /// <param name="title">The title (any letter case), or null.</param>
    /// <returns>Stay, Lift, Deny, DenyLift or None.</returns>
    public static StayVerdict Read(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return StayVerdict.None;
        }

        title = StayText.Clean(title);
        if (!StayWordRegex().IsMatch(title))
        {
            return StayVerdict.None;
        }

        var isOrder = OrderWord().IsMatch(title);
        var verdicts = new List<StayVerdict>();
        foreach (var part in PartBreak().Split(title))
        {
            foreach (Match stay in StayWordRegex().Matches(part))
            {
                verdicts.Add(ReadStayWord(part, stay, isOrder));
            }
        }

        return verdicts.Contains(StayVerdict.Stay) ? StayVerdict.Stay
            : verdicts.Contains(StayVerdict.Lift) ? StayVerdict.Lift
            : verdicts.Contains(StayVerdict.Deny) ? StayVerdict.Deny
            : verdicts.Contains(StayVerdict.DenyLift) ? StayVerdict.DenyLift
            : StayVerdict.None;
    }

    private static StayVerdict ReadStayWord(string part, Match stay, bool isOrder)
    {
        var word = stay.Value.ToUpperInvariant();
        if (word == "STAYING")
        {
            return StayVerdict.Stay;
        }

        var before = part[..stay.Index];
        Match? verb = null;
        foreach (Match v in Verb().Matches(before))
        {
            verb = v;
        }

        if (verb is null)
        {
            // "STIPULATION … TO STAY … AND ORDER", "[PROPOSED] ORDER TO STAY", "ORDER FOR STAY"
            return isOrder && Requested().IsMatch(before) ? (LiftWordRegex().IsMatch(before) ? StayVerdict.Lift : StayVerdict.Stay) : StayVerdict.None;
        }

        var between = before[(verb.Index + verb.Length)..];
        var lift = LiftWordRegex().IsMatch(between);
        return verb.Groups["v"].Value.ToUpperInvariant() switch
        {
            "DENYING" or "DENY" or "DENIES" => lift ? StayVerdict.DenyLift : StayVerdict.Deny,
            "LIFTING" or "VACATING" or "DISSOLVING" or "TERMINATING" => StayVerdict.Lift,
            "HOLDING" => word == "ABEYANCE" ? StayVerdict.Stay : StayVerdict.None,
            "GRANTING" or "EXTENDING" or "CONTINUING" or "MODIFYING" or "RENEWING" => lift ? StayVerdict.Lift : StayVerdict.Stay,
            _ => StayVerdict.None, // DIRECTING, SETTING, ADOPTING …: the stay word is not what the order decides
        };
    }

    [GeneratedRegex(@"\b(?:STAY|STAYS|STAYING|ABEYANCE)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StayWordRegex();

    [GeneratedRegex(@"\bORDERS?\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrderWord();

    [GeneratedRegex(@";|\s(?=ORDER\s+(?:GRANTING|DENYING|STAYING|LIFTING|HOLDING|DIRECTING|EXTENDING|CONTINUING|VACATING|ADOPTING|SETTING|REQUIRING|TO|FOR|ON|RE)\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PartBreak();

    [GeneratedRegex(@"\b(?<v>GRANTING|DENYING|DENY|DENIES|LIFTING|VACATING|DISSOLVING|TERMINATING|HOLDING|EXTENDING|CONTINUING|MODIFYING|RENEWING|DISMISSING|REMANDING|DIRECTING|ADOPTING|SETTING|REQUIRING|CONSTRUING)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b(?:LIFT|LIFTING|VACATE|VACATING|DISSOLVE|DISSOLVING|TERMINATE|TERMINATING)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LiftWordRegex();

    [GeneratedRegex(@"\b(?:ORDER|STIPULATION|STIPULATED|AGREEMENT)\b.*\b(?:TO|FOR)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Requested();
}
