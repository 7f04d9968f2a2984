using System.Text;

namespace CaseStay.Extract.Shared;

/// <summary>Shared text utilities (white space); used by every reader.</summary>
internal static class Text
{
    /// <summary>Runs of white space to one space, trimmed (the string itself when there is nothing to change).</summary>
    /// <param name="s">The text.</param>
    /// <returns>The collapsed text.</returns>
    public static string Collapse(string s)
    {
        var clean = s.Length == 0 || (!char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1]));
        for (var i = 0; clean && i < s.Length; i++)
        {
            clean = !char.IsWhiteSpace(s[i]) || (s[i] == ' ' && !char.IsWhiteSpace(s[i + 1]));
        }

        if (clean)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var pendingSpace = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
