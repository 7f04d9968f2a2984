using System.Text.RegularExpressions;

namespace CaseStay.Extract.Regions;

/// <summary>
/// The signature block: the region of the flow after the order's closing ("IT IS SO ORDERED") or its dated line,
/// where the dated line, the "/s/" signature, the printed name and the judge's title stand. Found once, from the
/// last closing of the document (attorneys' signatures of a stipulation come before the court's closing).
/// </summary>
/// <param name="Start">Start offset in the flow (the closing or the dated line, whichever comes first).</param>
/// <param name="End">End offset (exclusive) in the flow.</param>
internal sealed partial record SignatureBlock(int Start, int End)
{
    /// <summary>How far the block reaches past its anchor: a dated line, a signature, a name and a title, with margin residue.</summary>
    private const int Reach = 700;

    /// <summary>A dated line this close before the closing belongs to the same block ("Dated: …  IT IS SO ORDERED.").</summary>
    private const int DatedBefore = 300;

    /// <summary>True when <paramref name="index"/> lies inside the block.</summary>
    /// <param name="index">A flow offset.</param>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>Finds the signature block of a flow text, or null when the text shows neither a closing nor a dated line.</summary>
    /// <param name="flow">The normalized flow text.</param>
    /// <returns>The block, or null.</returns>
    public static SignatureBlock? Find(string flow)
    {
        var closing = Closing().Matches(flow).LastOrDefault();
        var dated = DatedKeyword().Matches(flow).LastOrDefault(m => IsDatedLine(flow, m.Index, m.Length));
        int start;
        if (closing is null && dated is null)
        {
            return null;
        }

        if (closing is null)
        {
            start = dated!.Index;
        }
        else if (dated is null || (dated.Index >= closing.Index && dated.Index - closing.Index <= Reach))
        {
            start = closing.Index;
        }
        else if (dated.Index < closing.Index && closing.Index - dated.Index <= DatedBefore)
        {
            start = dated.Index;
        }
        else
        {
            // Far apart: the later one closes the document (an order's closing before findings and recommendations
            // signed at their own dated line; a dated attorney's line of a stipulation before the court's closing).
            start = Math.Max(closing.Index, dated.Index);
        }

        var last = Math.Max(closing?.Index ?? 0, dated?.Index ?? 0);
        var end = Math.Min(flow.Length, (last >= start ? last : start) + Reach);
        var site = SiteMetadata().Match(flow, start, end - start);
        return new SignatureBlock(start, site.Success ? site.Index : end);
    }

    /// <summary>
    /// True when a "Dated"/"Date" keyword at <paramref name="index"/> starts a dated line: no metadata qualifier before
    /// it ("Filed Date:"), and, without a colon after it, no plain word before it other than "ORDERED" (a caption's
    /// "TRUST DATED JULY 25, 2013" is part of a party's name).
    /// </summary>
    internal static bool IsDatedLine(string flow, int index, int length)
    {
        if (IsMetadataLabel(flow, index))
        {
            return false;
        }

        var after = index + length;
        while (after < flow.Length && flow[after] is ' ' or '\t')
        {
            after++;
        }

        if (after < flow.Length && flow[after] == ':')
        {
            return true;
        }

        var e = index;
        while (e > 0 && char.IsWhiteSpace(flow[e - 1]))
        {
            e--;
        }

        var s = e;
        while (s > 0 && char.IsLetter(flow[s - 1]))
        {
            s--;
        }

        var plainWord = e > s && (s == 0 || char.IsWhiteSpace(flow[s - 1]));
        return !plainWord || flow.AsSpan(s, e - s).Equals("ORDERED", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"Filed Date:", "Modified Date:": a label word glued before the keyword marks docket or site metadata.</summary>
    internal static bool IsMetadataLabel(string flow, int keywordIndex)
    {
        var i = keywordIndex - 1;
        while (i >= 0 && flow[i] is ' ' or '\t')
        {
            i--;
        }

        var end = i + 1;
        while (i >= 0 && char.IsLetter(flow[i]))
        {
            i--;
        }

        return end - i - 1 >= 3 && MetadataQualifier().IsMatch(flow.AsSpan(i + 1, end - i - 1));
    }

    [GeneratedRegex(@"(?i:\bit\s+is\s+so\s+ordered\b)|\bSO\s+ORDERED\b|(?<=(?:^|[.\n])\s*)So\s+(?i:ordered)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Closing();

    [GeneratedRegex(@"\b(?:DATED|Dated)\b(?=\s*(?:this\b|[:.,;]|\d|[A-Za-z]+\.?\s+\d))", RegexOptions.CultureInvariant)]
    private static partial Regex DatedKeyword();

    [GeneratedRegex(@"^(?i:filed|modified|hearing|trial|entry|entered|decision|docketed|created|updated|publication|conference|sentencing|submission|due|effective|issue|issued|release|start|end|birth|incident|loss|service|mediation|session|deadline|argument|argued|last|next|termination|report|status|motion|response|reply|reviewed|accessed|retrieved|printed|download|downloaded)$", RegexOptions.CultureInvariant)]
    private static partial Regex MetadataQualifier();

    [GeneratedRegex(@"\n(?:Document\s+Info|Disclaimer:|Docket\s+Number:|Precedential\s+Status:)", RegexOptions.CultureInvariant)]
    private static partial Regex SiteMetadata();
}
