using System.Buffers.Binary;
using System.Globalization;

namespace CaseStay.Extract.Sources;

/// <summary>
/// Reads the size of a PNG, JPEG or TIFF from its header (for a TIFF: every frame, following the chain of image
/// file directories with loop detection) so that an image bomb is refused before any decoder allocates for it:
/// <c>too-large</c> for more frames than <see cref="ExtractionOptions.MaxPages"/>, a frame over
/// <see cref="ExtractionOptions.MaxImagePixels"/>, or frames × pixels over <see cref="ExtractionOptions.MaxTotalPixels"/>;
/// <c>image-corrupt</c> for a TIFF whose directories loop. Linear in the number of directories; never decodes.
/// </summary>
internal static class ImageHeader
{
    /// <summary>The outcome: an error, or the number of frames when the header could be read (null: unknown format,
    /// left to the decoder).</summary>
    internal readonly record struct Outcome(ExtractionError? Error, int? Frames);

    /// <summary>Checks an encoded image's header against the budgets of <paramref name="options"/>.</summary>
    public static Outcome Check(ReadOnlySpan<byte> bytes, ExtractionOptions options)
    {
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])
            && bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return Single(BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]), options);
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return Jpeg(bytes, options);
        }

        if (bytes.Length >= 8 && ((bytes[0] == 'I' && bytes[1] == 'I' && bytes[2] == 42 && bytes[3] == 0) || (bytes[0] == 'M' && bytes[1] == 'M' && bytes[2] == 0 && bytes[3] == 42)))
        {
            return Tiff(bytes, bytes[0] == 'I', options);
        }

        return new Outcome(null, null);
    }

    private static Outcome Single(long width, long height, ExtractionOptions options)
    {
        var pixels = (double)width * height;
        return pixels > Math.Min(options.MaxImagePixels, options.MaxTotalPixels)
            ? new Outcome(TooLarge(string.Create(CultureInfo.InvariantCulture, $"it is {width} × {height} pixels; the limit is {options.MaxImagePixels} (ExtractionOptions.MaxImagePixels)")), null)
            : new Outcome(null, 1);
    }

    private static Outcome Jpeg(ReadOnlySpan<byte> bytes, ExtractionOptions options)
    {
        var at = 2;
        while (at + 9 < bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return new Outcome(null, null);
            }

            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++;
                continue;
            }

            if (marker is 0xD8 or 0x01 or (>= 0xD0 and <= 0xD7))
            {
                at += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var height = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(bytes[(at + 7)..]);
                return Single(width, height, options);
            }

            if (marker == 0xDA || length < 2)
            {
                return new Outcome(null, null);
            }

            at += 2 + length;
        }

        return new Outcome(null, null);
    }

    private static Outcome Tiff(ReadOnlySpan<byte> bytes, bool little, ExtractionOptions options)
    {
        var seen = new HashSet<uint>();
        var offset = U32(bytes, little, 4);
        var frames = 0;
        double total = 0;
        while (offset != 0)
        {
            if (!seen.Add(offset))
            {
                return new Outcome(new ExtractionError(ErrorCodes.ImageCorrupt, "The TIFF's chain of image directories loops back on itself; it is not decoded."), null);
            }

            if (offset + 2L > bytes.Length)
            {
                break; // A damaged chain: the decoder reads what it can.
            }

            int count = U16(bytes, little, (int)offset);
            var entries = (int)offset + 2;
            if (entries + (12L * count) + 4 > bytes.Length)
            {
                break;
            }

            long width = 0, height = 0;
            for (var i = 0; i < count; i++)
            {
                var entry = entries + (12 * i);
                var tag = U16(bytes, little, entry);
                if (tag is not 256 and not 257)
                {
                    continue;
                }

                long value = U16(bytes, little, entry + 2) == 3 ? U16(bytes, little, entry + 8) : U32(bytes, little, entry + 8);
                (width, height) = tag == 256 ? (value, height) : (width, value);
            }

            if (++frames > options.MaxPages)
            {
                return new Outcome(TooLarge($"it has more than {options.MaxPages.ToString(CultureInfo.InvariantCulture)} frames (ExtractionOptions.MaxPages)"), null);
            }

            var pixels = (double)width * height;
            total += pixels;
            if (pixels > options.MaxImagePixels)
            {
                return new Outcome(TooLarge(string.Create(CultureInfo.InvariantCulture, $"frame {frames} is {width} × {height} pixels; the limit is {options.MaxImagePixels} (ExtractionOptions.MaxImagePixels)")), null);
            }

            if (total > options.MaxTotalPixels)
            {
                return new Outcome(TooLarge(string.Create(CultureInfo.InvariantCulture, $"its frames hold more than {options.MaxTotalPixels} pixels in all (ExtractionOptions.MaxTotalPixels)")), null);
            }

            offset = U32(bytes, little, entries + (12 * count));
        }

        return new Outcome(null, frames > 0 ? frames : null);
    }

    private static uint U32(ReadOnlySpan<byte> bytes, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[at..]);

    private static ushort U16(ReadOnlySpan<byte> bytes, bool little, int at) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);

    private static ExtractionError TooLarge(string why) => new(ErrorCodes.TooLarge, $"The image is refused before decoding: {why}.");
}
