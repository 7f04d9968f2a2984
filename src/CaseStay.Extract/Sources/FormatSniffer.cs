using System.Text;

namespace CaseStay.Extract.Sources;

/// <summary>
/// Decides a file's format from its bytes; the extension is only a hint. Blobs from object stores often have no
/// extension, and a PDF saved as <c>.txt</c> must still be read as a PDF.
/// </summary>
internal static class FormatSniffer
{
    private const int PdfHeaderWindow = 1024;
    private const int TextSample = 8192;

    private static readonly string[] s_textExtensions = [".txt", ".md", ".text", ".markdown"];
    private static readonly string[] s_imageExtensions = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>The format of <paramref name="bytes"/>.</summary>
    public static SniffedFormat Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return SniffedFormat.Empty;
        }

        // The PDF specification lets readers accept a header within the first kilobyte (mail gateways prepend junk).
        if (bytes[..Math.Min(bytes.Length, PdfHeaderWindow)].IndexOf("%PDF-"u8) >= 0)
        {
            return SniffedFormat.Pdf;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return SniffedFormat.Png;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return SniffedFormat.Jpeg;
        }

        if (bytes.StartsWith("II*\0"u8) || bytes.StartsWith("MM\0*"u8))
        {
            return SniffedFormat.Tiff;
        }

        // A UTF-8 or UTF-32 byte-order mark (UTF-32 LE starts like UTF-16 LE below): text, decoded by its mark.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return SniffedFormat.Text;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return SniffedFormat.Utf16LittleEndian;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return SniffedFormat.Utf16BigEndian;
        }

        var sample = bytes[..Math.Min(bytes.Length, TextSample)];
        if (Utf16WithoutBom(sample) is { } utf16)
        {
            return utf16;
        }

        return LooksLikeText(sample) ? SniffedFormat.Text : SniffedFormat.Unsupported;
    }

    /// <summary>A short name of the format for messages ("a PDF", "UTF-16 text", …).</summary>
    public static string Describe(SniffedFormat format) => format switch
    {
        SniffedFormat.Empty => "no bytes",
        SniffedFormat.Pdf => "a PDF",
        SniffedFormat.Png => "a PNG image",
        SniffedFormat.Jpeg => "a JPEG image",
        SniffedFormat.Tiff => "a TIFF image",
        SniffedFormat.Text => "text",
        SniffedFormat.Utf16LittleEndian or SniffedFormat.Utf16BigEndian => "UTF-16 text",
        _ => "an unsupported format",
    };

    /// <summary>What known binary formats that are not supported are (for the error message), or null.</summary>
    public static string? NameUnsupported(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("PK\u0003\u0004"u8) ? "a ZIP archive (e.g. .docx, .xlsx, .zip)"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]) ? "an OLE compound file (e.g. .doc, .msg)"
        : bytes.StartsWith("GIF8"u8) ? "a GIF image"
        : bytes.StartsWith("\u007FELF"u8) ? "an executable"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) ? "gzip-compressed data"
        : null;

    /// <summary>True when the extension names a format other than the one sniffed; no extension is no mismatch.</summary>
    public static bool ExtensionDisagrees(string? path, SniffedFormat format)
    {
        var ext = Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
        if (ext.Length == 0 || format is SniffedFormat.Empty or SniffedFormat.Unsupported)
        {
            return false;
        }

        return format switch
        {
            SniffedFormat.Pdf => ext != ".pdf",
            SniffedFormat.Png => ext != ".png",
            SniffedFormat.Jpeg => ext is not ".jpg" and not ".jpeg",
            SniffedFormat.Tiff => ext is not ".tif" and not ".tiff",
            _ => !s_textExtensions.Contains(ext),
        };
    }

    /// <summary>The format an extension names, for a file with no bytes (the only case where the name decides).</summary>
    public static SniffedFormat FromExtension(string? path)
    {
        var ext = Path.GetExtension(path ?? string.Empty).ToLowerInvariant();
        return ext == ".pdf" ? SniffedFormat.Pdf
            : s_imageExtensions.Contains(ext) ? SniffedFormat.Png
            : SniffedFormat.Text;
    }

    /// <summary>Decodes UTF-16 text (either byte order, a byte-order mark dropped).</summary>
    public static string DecodeUtf16(byte[] bytes, SniffedFormat format)
    {
        var encoding = format == SniffedFormat.Utf16BigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        return encoding.GetString(bytes).TrimStart('\uFEFF');
    }

    /// <summary>UTF-16 without a byte-order mark: most ASCII characters have a zero byte on one side.</summary>
    private static SniffedFormat? Utf16WithoutBom(ReadOnlySpan<byte> sample)
    {
        if (sample.Length < 4)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            evenZero += sample[i] == 0 ? 1 : 0;
            oddZero += sample[i + 1] == 0 ? 1 : 0;
        }

        // Text in a Latin script: nearly every second byte is zero, the others nearly never.
        if (oddZero * 10 >= pairs * 7 && evenZero * 10 <= pairs)
        {
            return SniffedFormat.Utf16LittleEndian;
        }

        return evenZero * 10 >= pairs * 7 && oddZero * 10 <= pairs ? SniffedFormat.Utf16BigEndian : null;
    }

    /// <summary>Few control bytes (NUL included; at most one in twenty): text in UTF-8 or a single-byte code page.
    /// Random or compressed bytes have about one in ten.</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> sample)
    {
        var control = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not (byte)'\f' and not 0x1B)
            {
                control++;
            }
        }

        return control * 20 <= sample.Length;
    }
}
