namespace CaseStay.Extract.Cli;

/// <summary>"Did you mean …?" for a mistyped option: the nearest known name by edit distance.</summary>
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
            var d = Distance(bare, name);
            if (d < bestDistance)
            {
                (best, bestDistance) = (name, d);
            }
        }

        // Close means: at most a third of the name's letters changed (and never more than three).
        return best is not null && bestDistance <= Math.Min(3, Math.Max(1, best.TrimStart('-').Length / 3 + 1)) ? best : null;
    }

    /// <summary>Optimal string alignment distance (a swap of two neighbours counts one).</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
