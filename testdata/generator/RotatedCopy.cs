using System.Globalization;
using System.Text;

namespace CaseStay.FixtureGenerator;

/// <summary>
/// Makes a copy of a generated PDF whose pages carry <c>/Rotate</c> (90, 180 or 270, clockwise): the way a scanner
/// or a clerk's viewer saves a page turned sideways. The copy is the original bytes plus one incremental update that
/// rewrites each page dictionary with the entry, so the content (and every word's position in unrotated user space)
/// stays byte-identical and only the displayed orientation changes. Deterministic.
/// </summary>
internal static class RotatedCopy
{
    public static byte[] Rotate(byte[] pdf, IReadOnlyList<int> degrees)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var pages = new List<(int Number, string Dictionary)>();
        var at = 0;
        while ((at = text.IndexOf("/Type /Page ", at, StringComparison.Ordinal)) >= 0)
        {
            var start = text.LastIndexOf(" 0 obj", at, StringComparison.Ordinal);
            var line = text.LastIndexOf('\n', start) + 1;
            var number = int.Parse(text.AsSpan(line, start - line), CultureInfo.InvariantCulture);
            var open = text.IndexOf("<<", start, StringComparison.Ordinal);
            var end = text.IndexOf("endobj", at, StringComparison.Ordinal);
            var dictionary = text[open..end].TrimEnd();
            if (dictionary.Contains("/Rotate", StringComparison.Ordinal) || !dictionary.EndsWith(">>", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"object {number}: unexpected page dictionary");
            }

            pages.Add((number, dictionary));
            at = end;
        }

        var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var trailer = text[(text.IndexOf("<<", trailerAt, StringComparison.Ordinal) + 2)..text.IndexOf("startxref", trailerAt, StringComparison.Ordinal)].Trim();
        trailer = trailer[..^2].Trim();
        var previous = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0].Trim();

        var update = new StringBuilder();
        var offsets = new List<(int Number, int Offset)>();
        for (var i = 0; i < pages.Count; i++)
        {
            var (number, dictionary) = pages[i];
            var rotate = degrees[Math.Min(i, degrees.Count - 1)];
            offsets.Add((number, pdf.Length + update.Length));
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{dictionary[..^2]}/Rotate {rotate} >>\nendobj\n");
        }

        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets.OrderBy(o => o.Number))
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:D10} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<<{trailer} /Prev {previous} >>\nstartxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }
}
