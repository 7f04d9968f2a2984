using System.Runtime.InteropServices;
using CaseStay.Extract.Ocr.Native;

namespace CaseStay.Extract.Ocr;

/// <summary>
/// The part of a page image that holds text, from the ink profile of its rows and columns: right of the pleading
/// paper's left rule (the margin-number column is never read by any field), and between the first and the last row
/// and column with ink. The right-hand rule does not bound it (a signature title may run across it). The first
/// recognition pass reads only this rectangle; blank bands and the margin column cost nothing.
/// </summary>
internal static class OcrTextArea
{
    /// <summary>A row or column needs this many ink pixels to count (a speck has one or two).</summary>
    public const int MinInk = 4;

    /// <summary>A column inked over this share of the page's height is a ruled line.</summary>
    public const double RuleShare = 0.5;

    /// <summary>Room left around the text, as a share of the page's width (left, right) or height (top, bottom).</summary>
    public const double Pad = 0.01;

    /// <summary>The text area of an image, or null when it is (nearly) the whole image or holds no ink.</summary>
    public static (int Left, int Top, int Width, int Height)? Find(PixHandle pix)
    {
        var binary = NativeMethods.pixConvertTo1(pix, 160);
        if (binary == IntPtr.Zero)
        {
            return null;
        }

        using var bin = PixHandle.FromPointer(binary);
        var width = NativeMethods.pixGetWidth(bin);
        var height = NativeMethods.pixGetHeight(bin);
        var wpl = NativeMethods.pixGetWpl(bin);
        var data = NativeMethods.pixGetData(bin);
        if (width <= 0 || height <= 0 || wpl <= 0 || data == IntPtr.Zero)
        {
            return null;
        }

        var words = new int[wpl * height];
        Marshal.Copy(data, words, 0, words.Length);
        return Find(MemoryMarshal.Cast<int, uint>(words), wpl, width, height);
    }

    /// <summary>The text area of a 1-bit image (leptonica's layout: rows of <paramref name="wpl"/> 32-bit words, the
    /// leftmost pixel in the most significant bit, 1 = ink).</summary>
    internal static (int Left, int Top, int Width, int Height)? Find(ReadOnlySpan<uint> data, int wpl, int width, int height)
    {
        var columns = new int[width];
        for (var y = 0; y < height; y++)
        {
            var row = data.Slice(y * wpl, wpl);
            for (var k = 0; k < wpl; k++)
            {
                var word = row[k];
                while (word != 0)
                {
                    var bit = System.Numerics.BitOperations.LeadingZeroCount(word);
                    var x = (k * 32) + bit;
                    if (x < width)
                    {
                        columns[x]++;
                    }

                    word &= ~(0x80000000u >> bit);
                }
            }
        }

        var rule = columns.Select(c => c > RuleShare * height).ToArray();
        var left = 0;
        for (var x = (int)(width * 0.25); x >= 0; x--)
        {
            if (rule[x])
            {
                left = x + 1;
                break;
            }
        }

        var first = Enumerable.Range(left, width - left).FirstOrDefault(x => !rule[x] && columns[x] >= MinInk, -1);
        if (first < 0)
        {
            return null;
        }

        var last = Enumerable.Range(first, width - first).Reverse().First(x => !rule[x] && columns[x] >= MinInk);
        var rows = new int[height];
        for (var y = 0; y < height; y++)
        {
            var row = data.Slice(y * wpl, wpl);
            for (var x = first; x <= last; x++)
            {
                if (!rule[x] && (row[x >> 5] & (0x80000000u >> (x & 31))) != 0)
                {
                    rows[y]++;
                }
            }
        }

        var top = Array.FindIndex(rows, r => r >= MinInk);
        var bottom = Array.FindLastIndex(rows, r => r >= MinInk);
        if (top < 0)
        {
            return null;
        }

        var (padX, padY) = ((int)(Pad * width), (int)(Pad * height));
        var l = Math.Max(left, first - padX);
        var r = Math.Min(width, last + 1 + padX);
        var t = Math.Max(0, top - padY);
        var b = Math.Min(height, bottom + 1 + padY);
        return (long)(r - l) * (b - t) > 0.95 * width * height ? null : (l, t, r - l, b - t);
    }
}
