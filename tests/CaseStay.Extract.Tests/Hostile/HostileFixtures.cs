using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CaseStay.Extract.Tests.Support;

namespace CaseStay.Extract.Tests.Hostile;

/// <summary>
/// The hostile inputs of issue 12, generated (nothing binary is committed): each is a small file that once crashed
/// the process (stack overflow), blew memory, or was misread. <see cref="All"/> names each with the one error code
/// its record must carry (null: a record with fields). <c>testdata/generate_hostile_fixtures.sh</c> writes them to a
/// folder for use with the harness.
/// </summary>
public static class HostileFixtures
{
    /// <summary>One fixture: file name, bytes, and the error code its record must carry (null: success).</summary>
    public sealed record Fixture(string Name, byte[] Bytes, string? ExpectedError);

    /// <summary>A good order in UTF-8 that the text fixtures re-encode.</summary>
    public static string GoodText { get; } = File.ReadAllText(Path.Combine(TestPaths.TestData, "orders", "rhines-clean", "input.txt"));

    private static readonly Lazy<IReadOnlyList<Fixture>> s_all = new(Build);

    /// <summary>Every hostile fixture (generated once per test run).</summary>
    public static IReadOnlyList<Fixture> All() => s_all.Value;

    private static IReadOnlyList<Fixture> Build() =>
    [
        new("mutual-forms.pdf", MutualForms(), ErrorCodes.PdfCorrupt),
        new("form-chain-10000.pdf", FormChain(10_000), ErrorCodes.PdfCorrupt),
        new("image-dictionary-loop.pdf", ImageDictionaryLoop(), ErrorCodes.PdfCorrupt),
        new("page-tree-loop.pdf", PageTreeLoop(), ErrorCodes.PdfCorrupt),
        new("page-repeated-1000000.pdf", RepeatedPage(1_000_000), ErrorCodes.TooLarge),
        new("image-bomb.pdf", ImageBombPdf(), ErrorCodes.TooLarge),
        new("image-stream-bomb.pdf", ImageStreamBomb(), ErrorCodes.TooLarge),
        new("content-stream-bomb.pdf", ContentStreamBomb(), ErrorCodes.TooLarge),
        new("inline-image-bomb.pdf", InlineImageBomb(), ErrorCodes.TooLarge),
        new("image-bomb.png", PngBomb(20_000, 20_000), ErrorCodes.TooLarge),
        new("tiff-10000-frames.tif", TiffFrames(10_000, 1, 1, loop: false), ErrorCodes.TooLarge),
        new("tiff-directory-loop.tif", TiffFrames(3, 1, 1, loop: true), ErrorCodes.ImageCorrupt),
        new("utf16le-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(GoodText)], null),
        new("utf16be-bom.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(GoodText)], null),
        new("utf32le-bom.txt", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(GoodText)], null),
        new("utf32be-bom.txt", [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, true).GetBytes(GoodText)], null),
        new("stray-invalid-utf8-byte.txt", StrayByte(), null),
        new("fullwidth-digits.txt", Encoding.UTF8.GetBytes(ToDigits(GoodText, '\uFF10')), null),
        new("arabic-indic-digits.txt", Encoding.UTF8.GetBytes(ToDigits(GoodText, '\u0660')), null),
    ];

    /// <summary>The good order with every ASCII digit replaced by the digit of another script (zero at <paramref name="zero"/>).</summary>
    public static string ToDigits(string text, char zero) =>
        string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(zero + (c - '0')) : c));

    /// <summary>The good order in UTF-8 (with an accented party name) and one stray 0xFF byte in its body.</summary>
    public static byte[] StrayByte()
    {
        var text = GoodText.Replace("LUIS ORTEGA-MARSH", "LUIS ORTEGA-MÁRSH", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        var at = text.IndexOf("Accordingly", StringComparison.Ordinal);
        bytes.Insert(Encoding.UTF8.GetByteCount(text[..at]), 0xFF);
        return [.. bytes];
    }

    private const string Font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private static string Text(string s) => $"BT /F1 12 Tf 72 720 Td ({s}) Tj ET\n";

    /// <summary>A catalog and one page whose resources and content are given.</summary>
    private static byte[] OnePage(HostilePdfWriter w, string resources, string content)
    {
        var pages = w.Reserve();
        var contentRef = w.AddStream(string.Empty, content);
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources {resources} /Contents {contentRef} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
    }

    /// <summary>Two Form XObjects that draw each other (1.4 KB; overflowed PdfPig's stack even with OCR off).</summary>
    public static byte[] MutualForms()
    {
        var w = new HostilePdfWriter();
        var font = w.Add(Font);
        var a = w.Reserve();
        var b = w.Reserve();
        w.SetStream(a, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /FmB {b} 0 R >> /Font << /F1 {font} 0 R >> >>", Encoding.Latin1.GetBytes(Text("Form A") + "/FmB Do\n"));
        w.SetStream(b, $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /FmA {a} 0 R >> /Font << /F1 {font} 0 R >> >>", Encoding.Latin1.GetBytes(Text("Form B") + "/FmA Do\n"));
        return OnePage(w, $"<< /XObject << /FmA {a} 0 R >> /Font << /F1 {font} 0 R >> >>", Text("ORDER") + "/FmA Do\n");
    }

    /// <summary>A chain of <paramref name="depth"/> forms, each drawing the next.</summary>
    public static byte[] FormChain(int depth)
    {
        var w = new HostilePdfWriter();
        var font = w.Add(Font);
        var forms = Enumerable.Range(0, depth).Select(_ => w.Reserve()).ToArray();
        for (var i = 0; i < depth; i++)
        {
            var next = i + 1 < depth ? $"/XObject << /Fm {forms[i + 1]} 0 R >> " : string.Empty;
            var draw = i + 1 < depth ? "/Fm Do\n" : Text("bottom");
            w.SetStream(forms[i], $"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << {next}/Font << /F1 {font} 0 R >> >>", Encoding.Latin1.GetBytes(draw));
        }

        return OnePage(w, $"<< /XObject << /Fm {forms[0]} 0 R >> /Font << /F1 {font} 0 R >> >>", Text("ORDER") + "/Fm Do\n");
    }

    /// <summary>A scanned-looking page whose image dictionary refers, through an array, to a dictionary that contains itself.</summary>
    public static byte[] ImageDictionaryLoop()
    {
        var w = new HostilePdfWriter();
        var loop = w.Reserve();
        w.Set(loop, $"<< /A [{loop} 0 R] >>");
        var image = w.Reserve();
        w.SetStream(image, $"/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Foo {loop} 0 R", [0, 255, 255, 0]);
        return OnePage(w, $"<< /XObject << /Im1 {image} 0 R >> >>", "q 612 0 0 792 0 0 cm /Im1 Do Q\n");
    }

    /// <summary>A fuzzed page tree: an intermediate node lists its own ancestor among its kids.</summary>
    public static byte[] PageTreeLoop()
    {
        var w = new HostilePdfWriter();
        var font = w.Add(Font);
        var root = w.Reserve();
        var middle = w.Reserve();
        var content = w.AddStream(string.Empty, Text("ORDER"));
        var page = w.Add($"<< /Type /Page /Parent {middle} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        w.Set(root, $"<< /Type /Pages /Kids [{middle} 0 R] /Count 2 >>");
        w.Set(middle, $"<< /Type /Pages /Parent {root} 0 R /Kids [{page} 0 R {root} 0 R] /Count 2 >>");
        return w.Build(w.Add($"<< /Type /Catalog /Pages {root} 0 R >>"));
    }

    /// <summary>A page tree that lists one page <paramref name="times"/> times (6 MB for a million).</summary>
    public static byte[] RepeatedPage(int times)
    {
        var w = new HostilePdfWriter();
        var font = w.Add(Font);
        var pages = w.Reserve();
        var content = w.AddStream(string.Empty, Text("ORDER"));
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>");
        var kids = new StringBuilder("<< /Type /Pages /Count ").Append(times).Append(" /Kids [");
        var one = $"{page} 0 R ";
        for (var i = 0; i < times; i++)
        {
            kids.Append(one);
        }

        w.Set(pages, kids.Append("] >>").ToString());
        return w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
    }

    /// <summary>A page image that declares 200,000 × 200,000 pixels (40 gigapixels) in a few bytes of Flate data.</summary>
    public static byte[] ImageBombPdf()
    {
        var w = new HostilePdfWriter();
        var image = w.Reserve();
        w.SetStream(image, "/Type /XObject /Subtype /Image /Width 200000 /Height 200000 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", Deflate(new byte[65536]));
        return OnePage(w, $"<< /XObject << /Im1 {image} 0 R >> >>", "q 612 0 0 792 0 0 cm /Im1 Do Q\n");
    }

    /// <summary>A 100 × 100 grey image whose Flate data inflates to 64 MB (it needs 10 KB).</summary>
    public static byte[] ImageStreamBomb()
    {
        var w = new HostilePdfWriter();
        var image = w.Reserve();
        w.SetStream(image, "/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode", DeflateZeros(64 << 20));
        return OnePage(w, $"<< /XObject << /Im1 {image} 0 R >> >>", "q 612 0 0 792 0 0 cm /Im1 Do Q\n");
    }

    /// <summary>A page whose content holds an inline image declaring 100,000 × 100,000 pixels.</summary>
    public static byte[] InlineImageBomb() =>
        OnePage(new HostilePdfWriter(), "<< >>", "q 612 0 0 792 0 0 cm BI /W 100000 /H 100000 /CS /G /BPC 8 ID \u0000\u0000 EI Q\n");

    /// <summary>A page whose content stream inflates to 300 MB of blanks (PdfPig would decode it whole).</summary>
    public static byte[] ContentStreamBomb()
    {
        var w = new HostilePdfWriter();
        var pages = w.Reserve();
        var content = w.Reserve();
        w.SetStream(content, "/Filter /FlateDecode", DeflateZeros(300 << 20, (byte)' '));
        var page = w.Add($"<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 612 792] /Resources << >> /Contents {content} 0 R >>");
        w.Set(pages, $"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>");
        return w.Build(w.Add($"<< /Type /Catalog /Pages {pages} 0 R >>"));
    }

    private static byte[] DeflateZeros(int length, byte fill = 0)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, fill);
            for (var written = 0; written < length; written += block.Length)
            {
                z.Write(block, 0, Math.Min(block.Length, length - written));
            }
        }

        return output.ToArray();
    }

    /// <summary>A real, valid grey PNG of <paramref name="width"/> × <paramref name="height"/> pixels of white: its
    /// deflated rows are about a thousandth of its decoded size (20,000² → 400 MB decoded from ~400 KB).</summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[width + 1];
            Array.Fill(row, (byte)255);
            row[0] = 0;
            for (var y = 0; y < height; y++)
            {
                z.Write(row);
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace 0
        Chunk(png, "IHDR", ihdr);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> four = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(four, (uint)data.Length);
        png.Write(four);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(four, Crc32(typed));
        png.Write(four);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return crc ^ 0xFFFFFFFFu;
    }

    /// <summary>A little-endian TIFF of <paramref name="frames"/> uncompressed 1-bit frames; with
    /// <paramref name="loop"/>, the last directory points back to the first.</summary>
    public static byte[] TiffFrames(int frames, int width, int height, bool loop)
    {
        const int entries = 8;
        const int ifdSize = 2 + (12 * entries) + 4;
        var pixelsAt = 8;
        var firstIfd = pixelsAt + 4;
        var bytes = new byte[firstIfd + (frames * ifdSize)];
        "II*\0"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)firstIfd);
        for (var f = 0; f < frames; f++)
        {
            var at = firstIfd + (f * ifdSize);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), entries);
            var e = at + 2;
            void Entry(ushort tag, ushort type, uint value)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(e), tag);
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(e + 2), type);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(e + 4), 1);
                if (type == 3)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(e + 8), (ushort)value);
                }
                else
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(e + 8), value);
                }

                e += 12;
            }

            Entry(256, 4, (uint)width);
            Entry(257, 4, (uint)height);
            Entry(258, 3, 1); // bits per sample
            Entry(259, 3, 1); // no compression
            Entry(262, 3, 0); // white is zero
            Entry(273, 4, (uint)pixelsAt);
            Entry(278, 4, (uint)height);
            Entry(279, 4, (uint)(((width + 7) / 8) * height));
            var next = f + 1 < frames ? (uint)(at + ifdSize) : loop ? (uint)firstIfd : 0u;
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(e), next);
        }

        return bytes;
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var z = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            z.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Writes every fixture into <paramref name="folder"/>; returns their paths.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        return All().Select(f =>
        {
            var path = Path.Combine(folder, f.Name);
            File.WriteAllBytes(path, f.Bytes);
            return path;
        }).ToList();
    }

    /// <summary>The invariant culture's text of a number (for messages).</summary>
    internal static string Invariant(long n) => n.ToString(CultureInfo.InvariantCulture);
}
