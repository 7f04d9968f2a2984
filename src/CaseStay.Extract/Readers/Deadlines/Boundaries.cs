namespace CaseStay.Extract.Readers.Deadlines;

/// <summary>Sentence boundaries in collapsed text: a period that ends a sentence, not one that closes an abbreviation.</summary>
internal static class Boundaries
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "v", "vs", "cal", "civ", "fed", "dkt", "doc", "docs", "ecf", "inc", "co", "corp", "ltd", "llc", "jr", "sr", "mr", "mrs", "ms", "dr",
        "p", "r", "l", "u", "s", "d", "e", "n", "c", "a", "m", "st", "app", "supp", "cir", "ct", "stat", "seq", "etc", "al", "id", "gov", "sec", "cf", "ed", "rev", "pl", "ex",
    };

    /// <summary>True when <paramref name="i"/> is a period that ends a sentence.</summary>
    public static bool IsSentenceEnd(string text, int i)
    {
        if (text[i] is '!' or '?')
        {
            return i + 1 >= text.Length || text[i + 1] == ' ';
        }

        if (text[i] != '.')
        {
            return false;
        }

        if (i + 1 < text.Length && text[i + 1] != ' ' && text[i + 1] is not '"' and not '”' and not ')')
        {
            return false;
        }

        var w = i;
        while (w > 0 && char.IsLetter(text[w - 1]))
        {
            w--;
        }

        var word = text[w..i];
        if (word.Length == 0)
        {
            // "45)." or "2025." end a sentence; "1." of a list does not reach here as a sentence of its own.
            return i > 0 && (char.IsDigit(text[i - 1]) || text[i - 1] is ')' or '"' or '”' or '\'' or '’');
        }

        // "a.m.", "p.m.", "U.S.": a one-letter word right after another period.
        if (word.Length == 1 && w > 0 && text[w - 1] == '.')
        {
            // … but "9:00 a.m. The parties" ends the sentence when a capital follows.
            return i + 2 < text.Length && char.IsUpper(text[i + 2]) && word is "m" or "M";
        }

        return !s_abbreviations.Contains(word);
    }

    /// <summary>Splits collapsed text into sentences (start, end) at sentence-ending periods.</summary>
    public static List<(int Start, int End)> Sentences(string text)
    {
        var list = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSentenceEnd(text, i))
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or ')')
                {
                    end++;
                }

                Add(list, text, start, end);
                start = end;
            }
        }

        Add(list, text, start, text.Length);
        return list;
    }

    private static void Add(List<(int, int)> list, string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        if (end > start)
        {
            list.Add((start, end));
        }
    }
}
