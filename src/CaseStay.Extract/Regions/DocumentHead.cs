using System.Text.RegularExpressions;
namespace CaseStay.Extract.Regions;

/// <summary>
/// The head of a document: its text before the signature block (at most <see cref="MaxLength"/> characters), and
/// where the prose starts in it (five lower-case words in a row). A date header and a signer line printed right
/// after the title stand there. Found once per document (<c>StayOrderBucket.Head</c>) for the judge and
/// dated readers.
/// </summary>
/// <param name="End">Flow offset where the head's search window ends (the signature block's start, the text's end, or <see cref="MaxLength"/>).</param>
/// <param name="ProseStart">Flow offset of the first prose run in the window, or -1 when there is none.</param>
internal sealed partial record DocumentHead(int End, int ProseStart)
{
    /// <summary>How far into the text the head may reach.</summary>
    public const int MaxLength = 1500;

    /// <summary>Finds the head of a document.</summary>
    /// <param name="flow">The document's flow.</param>
    /// <param name="signature">Its signature block, or null when it has none.</param>
    /// <returns>The head; never null.</returns>
    public static DocumentHead Find(string flow, SignatureBlock? signature)
    {
        var end = Math.Min(Math.Min(flow.Length, signature?.Start ?? flow.Length), MaxLength);
        var prose = Prose().Match(flow, 0, end);
        return new DocumentHead(end, prose.Success ? prose.Index : -1);
    }

    /// <summary>Five lower-case words in a row: running text.</summary>
    [GeneratedRegex(@"(?<![\p{L}'’])\p{Ll}[\p{Ll}'’]*(?:[,;]?[ \t\n]+\p{Ll}[\p{Ll}'’]*){4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Prose();
}
