using System.Globalization;
using System.Text;

namespace CaseStay.Extract.Sources;

/// <summary>Stage 1 output for text inputs: the whole input text (pages separated by form feeds) and what decoding
/// it had to say.</summary>
/// <param name="Text">The decoded text (line endings kept; offsets in provenance refer to it).</param>
/// <param name="EncodingName">The encoding it was read in ("utf-8", "utf-16le", "utf-16be", "utf-32le", "utf-32be", "windows-1252").</param>
/// <param name="Warnings">Warnings about the decoding (<c>invalid-utf8</c> with a count, <c>windows-1252</c>).</param>
internal sealed record SourceText(string Text, string EncodingName, IReadOnlyList<ExtractionWarning> Warnings)
{
    /// <summary>
    /// Decodes a text file honestly: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE); without one,
    /// UTF-16 is recognized by its zero bytes; otherwise UTF-8, with invalid bytes replaced by U+FFFD and a warning
    /// <c>invalid-utf8</c> that counts them. Windows-1252 is chosen only when the file is not UTF-8 at all (not one
    /// valid multi-byte sequence) and reads as plausible text in it, with a warning <c>windows-1252</c>.
    /// </summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Unicode(new UTF32Encoding(bigEndian: false, byteOrderMark: false), bytes[4..], "utf-32le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Unicode(new UTF32Encoding(bigEndian: true, byteOrderMark: false), bytes[4..], "utf-32be");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Unicode(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), bytes[2..], "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Unicode(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), bytes[2..], "utf-16be");
        }

        if (Utf16WithoutMark(bytes) is { } bigEndian)
        {
            return Unicode(new UnicodeEncoding(bigEndian, byteOrderMark: false), bytes, bigEndian ? "utf-16be" : "utf-16le");
        }

        var (invalid, multiByte) = ScanUtf8(bytes);
        if (invalid > 0 && multiByte == 0 && PlausibleWindows1252(bytes))
        {
            return new SourceText(Windows1252(bytes), "windows-1252",
                [new ExtractionWarning(WarningCodes.Windows1252, "The file is not UTF-8; it was read as Windows-1252.")]);
        }

        return Utf8(bytes);
    }

    /// <summary>
    /// Compatibility forms the readers would otherwise misread, mapped one character to one character so that every
    /// offset still points into the input: decimal digits of any script (full-width ０–９, Arabic-Indic ٠–٩, …) become
    /// ASCII digits, full-width ASCII forms (！–～) become ASCII, and white space of any kind (every Unicode space
    /// separator, U+2028/U+2029, NEL U+0085) becomes a plain space (a line or paragraph separator a newline).
    /// Superscript digits (footnote markers) are kept.
    /// </summary>
    public static string NormalizeCompatibility(string text)
    {
        var at = 0;
        while (at < text.Length && !NeedsMapping(text[at]))
        {
            at++;
        }

        if (at == text.Length)
        {
            return text;
        }

        return string.Create(text.Length, (text, at), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            for (var i = first; i < source.Length; i++)
            {
                span[i] = Map(source[i]);
            }
        });
    }

    private static bool NeedsMapping(char c) => c > '\u007F' && Map(c) != c;

    private static char Map(char c)
    {
        if (c <= '\u007F')
        {
            return c;
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (c is '\u2028' or '\u2029' or '\u0085')
        {
            return '\n';
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.DecimalDigitNumber when CharUnicodeInfo.GetDecimalDigitValue(c) is >= 0 and <= 9 and var d => (char)('0' + d),
            UnicodeCategory.SpaceSeparator => ' ',
            _ => c,
        };
    }

    private static SourceText Unicode(Encoding strict, ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            return new SourceText(strict.GetString(bytes), name, []);
        }
        catch (DecoderFallbackException)
        {
            var lenient = (Encoding)strict.Clone();
            lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
            var text = lenient.GetString(bytes);
            var bad = text.Count(c => c == '\uFFFD');
            return new SourceText(text, name,
                [new ExtractionWarning(WarningCodes.InvalidUtf8, $"The file is marked {name} but has {bad} invalid code unit(s); they were replaced by U+FFFD.")]);
        }
    }

    private static SourceText Utf8(ReadOnlySpan<byte> bytes)
    {
        var (invalid, _) = ScanUtf8(bytes);
        var text = new UTF8Encoding(false, throwOnInvalidBytes: false).GetString(bytes);
        return invalid == 0
            ? new SourceText(text, "utf-8", [])
            : new SourceText(text, "utf-8", [new ExtractionWarning(WarningCodes.InvalidUtf8,
                string.Create(CultureInfo.InvariantCulture, $"The file has {invalid} byte(s) that are not valid UTF-8; each was replaced by U+FFFD."))]);
    }

    /// <summary>Counts invalid bytes and valid multi-byte sequences of UTF-8, in one pass.</summary>
    private static (int Invalid, int MultiByte) ScanUtf8(ReadOnlySpan<byte> bytes)
    {
        int invalid = 0, multi = 0;
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                multi += consumed > 1 ? 1 : 0;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (invalid, multi);
    }

    /// <summary>UTF-16 without a byte-order mark: most characters of a text are ASCII, so one byte of each pair is zero.</summary>
    private static bool? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 16)
        {
            return null;
        }

        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZero += sample[i] == 0 ? 1 : 0;
            oddZero += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return oddZero > pairs * 0.6 && evenZero < pairs * 0.05 ? false
            : evenZero > pairs * 0.6 && oddZero < pairs * 0.05 ? true
            : null;
    }

    private static readonly string s_windows1252High =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    private static string Windows1252(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? s_windows1252High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }

    /// <summary>Plausible Windows-1252 text: no byte that is undefined there, and no control characters other than
    /// tab, line feed, form feed and carriage return.</summary>
    private static bool PlausibleWindows1252(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D || (b < 0x20 && b is not 0x09 and not 0x0A and not 0x0C and not 0x0D) || b == 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
