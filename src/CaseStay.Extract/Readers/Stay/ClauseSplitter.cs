namespace CaseStay.Extract.Readers.Stay;

/// <summary>
/// Splits cleaned text into clauses: at a period, semicolon or colon followed by a space, and before a numbered
/// item ("2. ", "(b) "). A parenthetical such as "(ECF No. 41)" stays inside its clause, and the period of an
/// abbreviation ("No.", "U.S.C.", "v.", "Inc.", initials) does not end one.
/// </summary>
internal static class ClauseSplitter
{
    private static readonly HashSet<string> s_abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "v", "vs", "inc", "co", "corp", "ltd", "llc", "cir", "supp", "cal", "app", "doc", "docs", "dkt", "civ",
        "fed", "mr", "mrs", "ms", "dr", "jr", "sr", "e.g", "i.e", "id", "al", "seq", "stat", "st", "ct", "ed", "dist", "ex",
        "f", "f.2d", "f.3d", "f.4th", "u.s", "u.s.c", "s.ct", "l.ed", "p", "r", "proc", "pl", "pls", "def", "defs", "mot",
        "opp", "decl", "ord", "rep", "cf", "para", "sec", "art", "cl", "ch", "pp", "at", "approx", "assn", "ass'n", "dept",
        "gov't", "govt", "hon", "mag", "j", "jj", "cong", "sess", "reg", "regs", "n", "nn", "vol", "rev", "tr", "ecf",
    };

    public static List<Clause> Split(string text, int start = 0, int end = -1)
    {
        if (end < 0 || end > text.Length)
        {
            end = text.Length;
        }

        var clauses = new List<Clause>();
        var depth = 0;
        var begin = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is '(' or '[')
            {
                depth++;
                continue;
            }

            if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
                if (depth == 0 && i > begin && text[i - 1] == '.' && i + 1 < end && text[i + 1] == ' ')
                {
                    // "(ECF No. 35.)": a citation sentence ends here.
                    Add(clauses, text, begin, i + 1);
                    begin = i + 1;
                }

                continue;
            }

            if (depth > 0 && i - begin < 400)
            {
                continue;
            }

            var next = i + 1 < end ? text[i + 1] : ' ';
            if (c is ';' || (c is ':' && next == ' ') || (c is '.' && next == ' ' && !IsAbbreviation(text, i, begin)))
            {
                Add(clauses, text, begin, i + 1);
                begin = i + 1;
                depth = 0;
            }
            else if (c == ' ' && i > begin + 1 && StartsNumberedItem(text, i + 1, end))
            {
                Add(clauses, text, begin, i);
                begin = i + 1;
                depth = 0;
            }
        }

        Add(clauses, text, begin, end);
        return clauses;
    }

    private static void Add(List<Clause> clauses, string text, int start, int end)
    {
        while (start < end && text[start] == ' ')
        {
            start++;
        }

        if (end > start)
        {
            clauses.Add(new Clause(start, text[start..end]));
        }
    }

    private static bool IsAbbreviation(string text, int dot, int begin)
    {
        var j = dot;
        while (j > begin && text[j - 1] != ' ' && text[j - 1] != '(')
        {
            j--;
        }

        var word = text[j..dot];
        if (word.Length == 0)
        {
            return false;
        }

        // A single letter ("A."), an initial, or a numbered label ("1.") is not the end of a sentence.
        return word.Length == 1 || s_abbreviations.Contains(word) || word.All(char.IsDigit) && word.Length <= 2 && (j == begin || text[j - 1] == ' ');
    }

    // "2. " or "(b) " or "(2) " starting a numbered item: the item is a clause of its own.
    private static bool StartsNumberedItem(string text, int i, int end)
    {
        if (i >= end)
        {
            return false;
        }

        var j = i;
        if (text[j] == '(')
        {
            var k = j + 1;
            while (k < end && k - j <= 3 && char.IsLetterOrDigit(text[k]))
            {
                k++;
            }

            return k > j + 1 && k < end - 1 && text[k] == ')' && text[k + 1] == ' ' && (char.IsDigit(text[j + 1]) || k == j + 2);
        }

        while (j < end && j - i < 2 && char.IsDigit(text[j]))
        {
            j++;
        }

        return j > i && j < end - 1 && text[j] == '.' && text[j + 1] == ' ';
    }
}
