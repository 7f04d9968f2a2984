using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace CaseStay.Extract.Corrections;

/// <summary>
/// The stable correction key of a deadline: <c>deadlines[LABEL:PHRASE].due</c>, the label of the directive it comes from
/// and its due-date phrase as printed, both folded to lower-case words joined by hyphens (so a line break, letter case or
/// spacing does not change it), e.g. <c>deadlines[3:within-ninety-90-days-of-the-date-of-this-order].due</c>. A re-run
/// that finds one more deadline, or finds them in another order, keeps every other deadline's key. A phrase longer than
/// <see cref="MaxPhrase"/> characters is cut at a hyphen and ends with a hash of the whole phrase; the second deadline
/// with the same key gets <c>~2</c>, and so on.
/// </summary>
internal static partial class DeadlineKeys
{
    /// <summary>The most characters of the folded phrase kept in the key.</summary>
    public const int MaxPhrase = 64;

    /// <summary>The keys of an order's deadlines, in the order's deadline order.</summary>
    public static IReadOnlyList<string> For(StayOrder order)
    {
        var labels = order.Directives.GroupBy(d => d.Index).ToDictionary(g => g.Key, g => g.First().Label);
        return Fields(order.Deadlines.Select(d => ((string? Label, int DirectiveIndex, string? Phrase))(labels.TryGetValue(d.DirectiveIndex, out var label) ? label : null, d.DirectiveIndex, d.Phrase ?? d.Description)).ToArray());
    }

    /// <summary>The keys of deadlines given by their directive's printed label (or null), the directive's index and
    /// their phrase (or description).</summary>
    public static IReadOnlyList<string> Fields(IReadOnlyList<(string? Label, int DirectiveIndex, string? Phrase)> deadlines)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new string[deadlines.Count];
        for (var i = 0; i < deadlines.Count; i++)
        {
            var (label, index, phrase) = deadlines[i];
            var folded = Fold(label ?? string.Empty);
            var key = (folded.Length > 0 ? folded : index.ToString(CultureInfo.InvariantCulture)) + ":" + Phrase(phrase ?? string.Empty);
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            keys[i] = "deadlines[" + key + (count > 1 ? "~" + count.ToString(CultureInfo.InvariantCulture) : string.Empty) + "].due";
        }

        return keys;
    }

    /// <summary>True when a field names a deadline by a stable key (not by position).</summary>
    public static bool IsStable(string field) => StableField().IsMatch(field);

    private static string Phrase(string phrase)
    {
        var folded = Fold(phrase);
        if (folded.Length <= MaxPhrase)
        {
            return folded;
        }

        var cut = folded.LastIndexOf('-', MaxPhrase);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded)))[..8];
        return folded[..(cut > 0 ? cut : MaxPhrase)] + "-" + hash;
    }

    private static string Fold(string text) => NotWord().Replace(text.ToLowerInvariant(), "-").Trim('-');

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotWord();

    [GeneratedRegex(@"^deadlines\[[^\[\]]*:[^\[\]]*\]\.due$", RegexOptions.CultureInvariant)]
    private static partial Regex StableField();
}
