using System.Diagnostics;
using System.Globalization;
using CaseStay.Extract;

/// <summary>
/// Issue 12, item 3: adversarial texts built around each reader's anchors (case-number prefix, caption column and
/// <c>v.</c>, numbered lines, dated line, court header, deadline phrase, citations, footnote markers, stamps,
/// Unicode white space …) at 200 K and 2 M characters; the whole text pipeline must grow no faster than linearly.
/// Benchmark-style, not a unit test: the best of three runs per size, a generous bound (10× the input may cost at
/// most 30× the time; quadratic would be 100×), and exit code 1 when a shape breaks it.
/// Run: <c>bash tests/CaseStay.Extract.Benchmarks/linearity.sh</c>.
/// </summary>
public static class Linearity
{
    /// <summary>The ratio of times (2 M against 200 K characters) above which a shape counts as super-linear.</summary>
    public const double MaxRatio = 30;

    /// <summary>Times below this are rounded up to it, so that tiny timings do not make huge ratios.</summary>
    public const double FloorMs = 20;

    /// <summary>Each shape repeats a unit of text up to the wanted length.</summary>
    public static IReadOnlyDictionary<string, string> Units { get; } = new Dictionary<string, string>
    {
        ["unicode-spaces"] = "No\u2003\u2009\u200A\u3000\u1680\u0085\u2028",
        ["case-number-prefix"] = "No. 1-",
        ["digits"] = "7777777777",
        ["dashes"] = "-—–-",
        ["caption-column"] = ")\n",
        ["versus"] = "v. ",
        ["numbered-lines"] = "1. \n",
        ["dated-line"] = "Dated: ",
        ["court-header"] = "UNITED STATES DISTRICT ",
        ["deadline-phrase"] = "within 30 days of ",
        ["operative"] = "IT IS ORDERED that ",
        ["citation"] = "See Id. at 3; 123 F.3d 456, 457 (9th Cir. ",
        ["footnote-markers"] = "1 2 3 ¹ ",
        ["capital-names"] = "JOHN DOE, ",
        ["stamp"] = "Case 2:1",
        ["sentences"] = "a. b. ",
        ["signature"] = "/s/ ",
        ["contact"] = "Tel: (916) 555-",
        ["month-names"] = "January February ",
        ["parentheses"] = "((((",
    };

    /// <summary>Measures every shape; prints one line each and returns 1 when one is super-linear.</summary>
    public static int Run()
    {
        var failed = 0;
        Console.WriteLine($"{"shape",-20} {"200K ms",9} {"2M ms",9} {"ratio",7}  (bound {MaxRatio.ToString(CultureInfo.InvariantCulture)}×)");
        foreach (var (name, unit) in Units)
        {
            var small = Best(Repeat(unit, 200_000), 3);
            var large = Best(Repeat(unit, 2_000_000), 2);
            var ratio = Math.Max(large, FloorMs) / Math.Max(small, FloorMs);
            var bad = ratio > MaxRatio;
            failed += bad ? 1 : 0;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20} {small,9:F1} {large,9:F1} {ratio,7:F1}{(bad ? "  SUPER-LINEAR" : string.Empty)}"));
        }

        Console.WriteLine(failed == 0 ? "linearity: every shape within the bound" : $"linearity: {failed} shape(s) super-linear");
        return failed == 0 ? 0 : 1;
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }

    private static double Best(string text, int runs)
    {
        StayOrderExtractor.ExtractText(text); // warm
        return Enumerable.Range(0, runs).Min(_ =>
        {
            var watch = Stopwatch.StartNew();
            StayOrderExtractor.ExtractText(text);
            return watch.Elapsed.TotalMilliseconds;
        });
    }
}
