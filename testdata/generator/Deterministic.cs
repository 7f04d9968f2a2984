using System.Security.Cryptography;
using System.Text;

namespace CaseStay.FixtureGenerator;

/// <summary>PdfPig writes a random trailer /ID; replace it (same length, so no offset moves) with one derived from the slug.</summary>
internal static class Deterministic
{
    public static byte[] FixDocumentId(byte[] pdf, string slug)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("/ID [", StringComparison.Ordinal);
        if (at < 0)
        {
            return pdf;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(slug)))[..32];
        var result = (byte[])pdf.Clone();
        var pos = at;
        for (var k = 0; k < 2; k++)
        {
            var open = text.IndexOf('<', pos);
            var close = text.IndexOf('>', open);
            if (open < 0 || close - open - 1 != 32)
            {
                return pdf;
            }

            Encoding.ASCII.GetBytes(hash).CopyTo(result, open + 1);
            pos = close + 1;
        }

        return result;
    }
}
