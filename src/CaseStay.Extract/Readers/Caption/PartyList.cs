using System.Text;

namespace CaseStay.Extract.Readers.Caption;

/// <summary>
/// Splits a printed party block into parties: on <c>;</c>, on <c>, and</c> / <c>and</c> before the last party of a
/// list, on the commas of a serial list, and before <c>DOES …</c>; commas inside a name stay
/// (<c>ACME WIDGETS, INC., a Delaware corporation</c>, <c>JANE ROE, Warden</c>). A trailing <c>et al.</c> becomes the
/// flag, never a party; <c>DOES 1 through 20, inclusive</c> stays whole.
/// </summary>
internal static class PartyList
{
    /// <summary>Words that continue the party before the comma (entity suffixes, descriptors, capacities).</summary>
    private static readonly HashSet<string> s_continuations = new(StringComparer.OrdinalIgnoreCase)
    {
        "INC", "INC.", "LLC", "L.L.C.", "LLP", "L.L.P.", "LP", "L.P.", "N.A.", "NA", "CO", "CO.", "CORP", "CORP.", "LTD", "LTD.",
        "PLC", "P.C.", "PC", "PA", "P.A.", "JR", "JR.", "SR", "SR.", "II", "III", "IV", "ESQ", "ESQ.", "M.D.", "PH.D.", "S.A.", "AG", "GMBH",
        "A", "AN", "INDIVIDUALLY", "IN", "AS", "WARDEN", "TRUSTEE", "DATED", "INCLUSIVE", "D/B/A", "DBA", "AKA", "A/K/A", "FKA",
        "F/K/A", "ON", "BY", "FOR", "ET", "SUCCESSOR", "DOING", "ACTING", "FORMERLY", "ALSO", "EACH", "BOTH", "SUED",
    };

    private static readonly HashSet<string> s_entitySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "INC", "LLC", "L.L.C", "LLP", "L.L.P", "LP", "L.P", "N.A", "CO", "CORP", "LTD", "PLC", "P.C", "P.A", "S.A", "GMBH",
    };

    /// <summary>True for an entity suffix (INC., LLC, L.P., N.A. …), given without its trailing punctuation.</summary>
    /// <param name="bare">The word without surrounding punctuation.</param>
    /// <returns>True for a suffix.</returns>
    public static bool IsEntitySuffix(string bare) => s_entitySuffixes.Contains(bare.TrimEnd('.'));

    /// <summary>Splits a block into parties and the "et al." flag.</summary>
    /// <param name="block">The printed block (white space already collapsed).</param>
    /// <returns>The parties in print order, and whether the block ended with "et al.".</returns>
    public static (IReadOnlyList<string> Parties, bool EtAl) Split(string block)
    {
        var s = Clean(block);
        var etAl = false;
        var m = CaptionResidue.EtAlSuffix().Match(s);
        if (m.Success)
        {
            etAl = true;
            s = Clean(s[..m.Index]);
        }

        var parties = new List<string>();
        foreach (var segment in s.Split(';'))
        {
            var seg = Clean(segment);
            if (seg.Length > 0)
            {
                parties.AddRange(SplitSegment(seg));
            }
        }

        return (parties, etAl);
    }

    private static IEnumerable<string> SplitSegment(string seg)
    {
        // Commas at the top level: chunks. A chunk that continues the previous party (a suffix or descriptor) is
        // joined back; the others start a new party only when the list is serial (ends with "and X").
        var chunks = new List<string>();
        var serial = false;
        foreach (var piece in seg.Split(','))
        {
            var c = piece.Trim();
            if (c.Length > 0)
            {
                serial |= chunks.Count > 0 && StartsWithAnd(c);
                chunks.Add(c);
            }
        }

        var result = new List<StringBuilder>();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var startsNew = i == 0 || (serial && (StartsWithAnd(chunk) || !Continues(chunk, chunks[i - 1])));
            if (startsNew)
            {
                result.Add(new StringBuilder(StripAnd(chunk)));
            }
            else
            {
                result[^1].Append(", ").Append(chunk);
            }
        }

        foreach (var party in result.Select(sb => sb.ToString()))
        {
            foreach (var p in SplitAnd(party))
            {
                yield return p;
            }
        }
    }

    /// <summary>"X and DOES 1-10" / "X and Y" (two short names, no commas): two parties.</summary>
    private static IEnumerable<string> SplitAnd(string party)
    {
        var words = party.Split(' ');
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (!words[i].Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var left = words[..i];
            var right = words[(i + 1)..];
            var beforeDoes = right[0].StartsWith("DOES", StringComparison.OrdinalIgnoreCase) || right[0].StartsWith("ROES", StringComparison.OrdinalIgnoreCase);
            var twoNames = !party.Contains(',', StringComparison.Ordinal) && left.Length is >= 2 and <= 4 && right.Length is >= 2 and <= 4
                && left.Concat(right).All(w => w.Length > 0 && (char.IsUpper(w[0]) || !char.IsLetter(w[0])))
                && !left.Concat(right).Any(w => w is "OF" or "THE" or "Of" or "The" or "&");
            if (beforeDoes || twoNames)
            {
                return [string.Join(' ', left), string.Join(' ', right)];
            }
        }

        return [party];
    }

    private static bool Continues(string chunk, string previous)
    {
        var first = chunk.Split(' ')[0];
        if (first.Length == 0)
        {
            return true;
        }

        return char.IsLower(first[0]) || s_continuations.Contains(first) || s_continuations.Contains(first.TrimEnd('.'))
            || chunk.StartsWith("DOES", StringComparison.OrdinalIgnoreCase) && previous.StartsWith("DOES", StringComparison.OrdinalIgnoreCase);
    }

    private static bool StartsWithAnd(string chunk) =>
        chunk.StartsWith("and ", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("& ", StringComparison.Ordinal);

    private static string StripAnd(string chunk) =>
        chunk.StartsWith("and ", StringComparison.OrdinalIgnoreCase) ? chunk[4..].TrimStart()
        : chunk.StartsWith("& ", StringComparison.Ordinal) ? chunk[2..].TrimStart() : chunk;

    private static string Clean(string s)
    {
        s = Shared.Text.Collapse(s).Trim().Trim(Shared.TrimChars.CommaSemicolonSpace);
        if (s.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[4..].TrimStart();
        }

        return s.TrimEnd(Shared.TrimChars.CommaSemicolonSpace);
    }
}
