using UglyToad.PdfPig;

namespace CaseStay.Extract.Review;

/// <summary>
/// How each page of a PDF is displayed: its <c>/Rotate</c> (0, 90, 180, 270 clockwise) and the lower-left corner of
/// its media box (the origin <c>pdftoppm</c> renders from). Field boxes are in unrotated user space, so a page shown
/// turned needs its boxes turned with it.
/// </summary>
internal static class PdfPageGeometry
{
    /// <summary>Each page's rotation and origin (index 0 = page 1), or null when every page is upright with its
    /// media box at (0, 0) — decided from the raw bytes without parsing when the file has no <c>/Rotate</c>, no
    /// compressed object stream and only media boxes that start at 0 0 (the common case, and free).</summary>
    public static IReadOnlyList<(int Rotation, double OriginX, double OriginY)>? Read(byte[] pdf)
    {
        if (IsPlainlyUpright(pdf))
        {
            return null;
        }

        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<(int, double, double)>(document.NumberOfPages);
            for (var n = 1; n <= document.NumberOfPages; n++)
            {
                var page = document.GetPage(n);
                var media = page.MediaBox.Bounds;
                pages.Add((((page.Rotation.Value % 360) + 360) % 360, Math.Min(media.Left, media.Right), Math.Min(media.Bottom, media.Top)));
            }

            return pages.All(p => p is (0, 0, 0)) ? null : pages;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // A PDF PdfPig cannot read page by page: show it upright (its pages rendered as they are).
            return null;
        }
    }

    /// <summary>True when the bytes show that no page is rotated or offset: no <c>/Rotate</c> key, no object stream
    /// (which could hide one) and every <c>/MediaBox</c> an array starting with two zeros.</summary>
    internal static bool IsPlainlyUpright(ReadOnlySpan<byte> pdf)
    {
        if (pdf.IndexOf("/Rotate"u8) >= 0 || pdf.IndexOf("/ObjStm"u8) >= 0)
        {
            return false;
        }

        var rest = pdf;
        int at;
        while ((at = rest.IndexOf("/MediaBox"u8)) >= 0)
        {
            rest = rest[(at + 9)..];
            var i = Skip(rest, 0);
            if (i >= rest.Length || rest[i] != '[')
            {
                return false;
            }

            i++;
            for (var corner = 0; corner < 2; corner++)
            {
                i = Skip(rest, i);
                var start = i;
                while (i < rest.Length && (rest[i] is (byte)'0' or (byte)'.' or (byte)'-' or (byte)'+'))
                {
                    i++;
                }

                if (i == start || i >= rest.Length || !IsDelimiter(rest[i]))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static int Skip(ReadOnlySpan<byte> s, int i)
    {
        while (i < s.Length && s[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0)
        {
            i++;
        }

        return i;
    }

    private static bool IsDelimiter(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f' or 0 or (byte)']';
}
