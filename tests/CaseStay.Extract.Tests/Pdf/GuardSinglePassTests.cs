using System.IO.Compression;
using System.Text;
using CaseStay.Extract.Pdf;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Pdf;

/// <summary>Issue 17: the guard inflates a page content stream once (<see cref="PdfGuardScanner.DecodeWithin"/>) for
/// both the bomb budget and the inline-image scan; it must answer exactly what the two separate passes
/// (<see cref="PdfGuardScanner.DecodedLength"/> and <see cref="PdfGuardScanner.Decode"/>) answered.</summary>
public class GuardSinglePassTests
{
    private const string Content = "BT /F1 12 Tf 72 700 Td (It is so ordered.) Tj ET\nBI /W 4 /H 4 /BPC 8 /CS /G ID 0123456789abcdef EI\n";

    public static TheoryData<string, string?, bool, int, int, long> Streams => new()
    {
        // name, filter ("A:" prefix = array of the names after it), compress, repeat, keep cap, count cap
        { "no filter", null, false, 1, 1 << 20, 1 << 24 },
        { "no filter, over the keep cap", null, false, 200, 64, 1 << 24 },
        { "flate", "FlateDecode", true, 1, 1 << 20, 1 << 24 },
        { "flate, short name", "Fl", true, 3, 1 << 20, 1 << 24 },
        { "flate in a one-item array", "A:FlateDecode", true, 1, 1 << 20, 1 << 24 },
        { "flate then another filter", "A:FlateDecode DCTDecode", true, 1, 1 << 20, 1 << 24 },
        { "empty filter array", "A:", false, 1, 1 << 20, 1 << 24 },
        { "another filter", "LZWDecode", false, 1, 1 << 20, 1 << 24 },
        { "flate over the keep cap", "FlateDecode", true, 500, 1000, 1 << 24 },
        { "flate over the count cap", "FlateDecode", true, 5000, 1000, 20_000 },
        { "damaged flate", "FlateDecode", false, 2, 1 << 20, 1 << 24 },
    };

    [Theory]
    [MemberData(nameof(Streams))]
    public void OnePass_AnswersWhatTheSeparatePassesAnswered(string name, string? filter, bool compress, int repeat, int keepCap, long countCap)
    {
        var plain = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat(Content, repeat)));
        var data = compress ? Deflate(plain) : plain;
        var file = new byte[data.Length + 16];
        data.CopyTo(file, 7);
        var entries = new List<PdfGuardValue>();
        if (filter is not null)
        {
            entries.Add(PdfGuardValue.OfName("Filter"));
            entries.Add(filter.StartsWith("A:", StringComparison.Ordinal)
                ? PdfGuardValue.Array(filter[2..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(PdfGuardValue.OfName).ToList())
                : PdfGuardValue.OfName(filter));
        }

        var stream = new PdfGuardObject(5, PdfGuardValue.Dictionary(entries), file, 7, data.Length);

        var length = PdfGuardScanner.DecodeWithin(stream, keepCap, countCap, out var kept);

        length.Should().Be(PdfGuardScanner.DecodedLength(stream, countCap), name);
        var small = PdfGuardScanner.DecodedLength(stream, keepCap);
        var separate = small >= 0 && small <= keepCap ? PdfGuardScanner.Decode(stream, out _) : null;
        kept.ToArray().Should().Equal(separate ?? [], name);
    }

    private static byte[] Deflate(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Fastest))
        {
            zlib.Write(plain);
        }

        return output.ToArray();
    }
}
