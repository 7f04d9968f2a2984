namespace CaseStay.Extract.Shared;

/// <summary>Small scanning helpers shared by the hand-written fast paths.</summary>
internal static class TextScan
{
    /// <summary>The first index at or after <paramref name="i"/> that is not white space (or the text's length).</summary>
    public static int SkipWhiteSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
