using CaseStay.Extract.Shared;

namespace CaseStay.Extract.Cli;

/// <summary>"Did you mean …?" for a mistyped option: the nearest known name by edit distance
/// (the library's <see cref="EditDistance"/>, letter case ignored).</summary>
internal static class Suggest
{
    /// <summary>The closest of <paramref name="known"/> to <paramref name="typed"/>, or null when none is close.</summary>
    public static string? Nearest(string typed, IEnumerable<string> known)
    {
        var bare = typed.Split('=', 2)[0];
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in known)
        {
            var d = EditDistance.Of(bare.ToLowerInvariant(), name.ToLowerInvariant());
            if (d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        // Close means: at most a third of the name's letters changed (and never more than three).
        return best is not null && bestDistance <= Math.Min(3, Math.Max(1, best.TrimStart('-').Length / 3 + 1)) ? best : null;
    }
}
