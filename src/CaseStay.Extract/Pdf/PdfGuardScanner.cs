using System.IO.Compression;
using System.Text;

namespace CaseStay.Extract.Pdf;

/// <summary>
/// A lightweight, linear-time scan of a PDF's raw bytes for <see cref="PdfGuard"/>: every <c>N G obj … endobj</c>
/// (and the objects inside Flate-compressed object streams), reduced to names, integers, references, arrays and
/// dictionaries. No cross-reference table is trusted and nothing recurses on the native stack: nested arrays and
/// dictionaries are built with an explicit stack.
/// </summary>
internal sealed class PdfGuardScanner
{
    /// <summary>Bytes one decoded stream may reach before the guard calls it a decompression bomb.</summary>
    public const int MaxDecodedStreamBytes = 256 * 1024 * 1024;

    private const int MaxContainerDepth = 512;

    private readonly byte[] _bytes;
    private readonly int _end;
    private int _pos;
    private int _tokenStart;
    private int _tokenEnd;

    private PdfGuardScanner(byte[] bytes, int start, int end)
    {
        _bytes = bytes;
        _pos = start;
        _end = end;
    }

    private enum Token
    {
        End,
        Other,
        Integer,
        Name,
        Keyword,
        DictOpen,
        DictClose,
        ArrayOpen,
        ArrayClose,
    }

    /// <summary>Scans a whole file.</summary>
    public static PdfGuardDocument Scan(byte[] bytes, CancellationToken cancellationToken)
    {
        var objects = new Dictionary<long, PdfGuardObject>();
        var trailers = new List<PdfGuardValue>();
        var scanner = new PdfGuardScanner(bytes, 0, bytes.Length);
        long? before = null, last = null;
        var steps = 0;
        while (true)
        {
            if ((++steps & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var token = scanner.Next(out var integer);
            if (token == Token.End)
            {
                break;
            }

            if (token == Token.Integer)
            {
                (before, last) = (last, integer);
                continue;
            }

            if (token == Token.Keyword && scanner.KeywordIs("obj"u8) && before is { } number && last is not null)
            {
                var value = scanner.ParseValue() ?? PdfGuardValue.Other;
                objects[number] = scanner.ReadStream(number, value);
            }
            else if (token == Token.Keyword && scanner.KeywordIs("trailer"u8) && scanner.ParseValue() is { Kind: PdfGuardValueKind.Dictionary } trailer)
            {
                trailers.Add(trailer);
            }

            (before, last) = (null, null);
        }

        foreach (var o in objects.Values.Where(o => o.Value["Type"]?.IsName("XRef") == true))
        {
            trailers.Add(o.Value);
        }

        var exceeded = false;
        var compressed = new Dictionary<long, PdfGuardObject>();
        foreach (var stream in objects.Values.Where(o => o.IsStream && o.Value["Type"]?.IsName("ObjStm") == true).ToList())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var decoded = Decode(stream, out var tooLarge);
            exceeded |= tooLarge;
            if (decoded is not null)
            {
                ReadObjectStream(stream.Value, decoded, compressed);
            }
        }

        foreach (var (number, o) in compressed)
        {
            objects.TryAdd(number, o);
        }

        return new PdfGuardDocument(objects, trailers, exceeded);
    }

    /// <summary>The decoded data of a stream (no filter or FlateDecode), or null when it uses another filter or is
    /// damaged; <paramref name="tooLarge"/> when it would exceed <see cref="MaxDecodedStreamBytes"/>.</summary>
    public static byte[]? Decode(PdfGuardObject stream, out bool tooLarge)
    {
        tooLarge = false;
        if (stream.Data is null)
        {
            return null;
        }

        var filter = stream.Value["Filter"];
        var flate = filter switch
        {
            null => false,
            { Kind: PdfGuardValueKind.Name } f => f.Name is "FlateDecode" or "Fl" ? true : (bool?)null,
            { Kind: PdfGuardValueKind.Array, Items.Count: 0 } => false,
            { Kind: PdfGuardValueKind.Array, Items.Count: 1 } a => a.Items[0].Name is "FlateDecode" or "Fl" ? true : (bool?)null,
            _ => null,
        };
        if (flate is null)
        {
            return null;
        }

        var raw = new ReadOnlyMemory<byte>(stream.Data, stream.DataStart, stream.DataLength);
        if (flate == false)
        {
            return raw.ToArray();
        }

        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var input = new MemoryStream(stream.Data, stream.DataStart, stream.DataLength, writable: false);
            using var inflate = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            int read;
            while ((read = ReadSome(inflate, chunk)) > 0)
            {
                if (output.Length + read > MaxDecodedStreamBytes)
                {
                    tooLarge = true;
                    return null;
                }

                output.Write(chunk, 0, read);
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>How many bytes a stream decodes to, counted without keeping them and stopping once past
    /// <paramref name="cap"/> (then cap + 1); -1 when it uses a filter other than FlateDecode.</summary>
    public static long DecodedLength(PdfGuardObject stream, long cap)
    {
        if (stream.Data is null)
        {
            return 0;
        }

        var filter = stream.Value["Filter"];
        var lastFilter = filter switch
        {
            { Kind: PdfGuardValueKind.Name } f => f.Name,
            { Kind: PdfGuardValueKind.Array, Items.Count: > 0 } a => a.Items[0].Name,
            _ => null,
        };
        if (filter is null)
        {
            return stream.DataLength;
        }

        if (lastFilter is not ("FlateDecode" or "Fl"))
        {
            return -1;
        }

        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var input = new MemoryStream(stream.Data, stream.DataStart, stream.DataLength, writable: false);
            using var inflate = new ZLibStream(input, CompressionMode.Decompress);
            long total = 0;
            int read;
            while ((read = ReadSome(inflate, chunk)) > 0)
            {
                total += read;
                if (total > cap)
                {
                    return cap + 1;
                }
            }

            return total;
        }
        catch (InvalidDataException)
        {
            return -1;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// One pass over a page content stream for two checks: its decoded length counted up to <paramref name="countCap"/>
    /// (exactly <see cref="DecodedLength"/>), and its decoded bytes when that length is at most
    /// <paramref name="keepCap"/> and <see cref="Decode"/> would return them (else empty). The stream is inflated
    /// once instead of three times.
    /// </summary>
    public static long DecodeWithin(PdfGuardObject stream, int keepCap, long countCap, out ReadOnlyMemory<byte> kept)
    {
        kept = ReadOnlyMemory<byte>.Empty;
        if (stream.Data is null)
        {
            return 0;
        }

        var filter = stream.Value["Filter"];
        var lastFilter = filter switch
        {
            { Kind: PdfGuardValueKind.Name } f => f.Name,
            { Kind: PdfGuardValueKind.Array, Items.Count: > 0 } a => a.Items[0].Name,
            _ => null,
        };
        if (filter is null)
        {
            if (stream.DataLength <= keepCap)
            {
                kept = new ReadOnlyMemory<byte>(stream.Data, stream.DataStart, stream.DataLength);
            }

            return stream.DataLength;
        }

        if (lastFilter is not ("FlateDecode" or "Fl"))
        {
            return -1;
        }

        // Decode keeps the bytes of a lone FlateDecode only (a chain of filters is not decoded).
        var keep = filter.Kind == PdfGuardValueKind.Name || filter.Items.Count == 1;
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using var input = new MemoryStream(stream.Data, stream.DataStart, stream.DataLength, writable: false);
            using var inflate = new ZLibStream(input, CompressionMode.Decompress);
            using var output = keep ? new MemoryStream() : null;
            long total = 0;
            int read;
            while ((read = ReadSome(inflate, chunk)) > 0)
            {
                total += read;
                if (total > countCap)
                {
                    return countCap + 1;
                }

                if (output is not null && total <= keepCap)
                {
                    output.Write(chunk, 0, read);
                }
            }

            if (output is not null && total <= keepCap)
            {
                kept = new ReadOnlyMemory<byte>(output.GetBuffer(), 0, (int)output.Length);
            }

            return total;
        }
        catch (InvalidDataException)
        {
            return -1;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>Reads what a damaged deflate stream yields before its damage (as PDF readers do).</summary>
    private static int ReadSome(Stream inflate, byte[] chunk)
    {
        try
        {
            return inflate.Read(chunk, 0, chunk.Length);
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }

    private static void ReadObjectStream(PdfGuardValue dictionary, byte[] decoded, Dictionary<long, PdfGuardObject> into)
    {
        if (dictionary["N"] is not { Kind: PdfGuardValueKind.Integer } n || dictionary["First"] is not { Kind: PdfGuardValueKind.Integer } first
            || first.Number < 0 || first.Number > decoded.Length)
        {
            return;
        }

        var header = new PdfGuardScanner(decoded, 0, (int)first.Number);
        var pairs = new List<(long Number, long Offset)>();
        for (var i = 0; i < n.Number && i < decoded.Length; i++)
        {
            if (header.Next(out var number) != Token.Integer || header.Next(out var offset) != Token.Integer)
            {
                break;
            }

            pairs.Add((number, offset));
        }

        foreach (var (number, offset) in pairs)
        {
            var at = first.Number + offset;
            if (offset < 0 || at >= decoded.Length)
            {
                continue;
            }

            var body = new PdfGuardScanner(decoded, (int)at, decoded.Length);
            if (body.ParseValue() is { } value)
            {
                into.TryAdd(number, new PdfGuardObject(number, value));
            }
        }
    }

    /// <summary>After an object's value: when the keyword <c>stream</c> follows, the object is a stream whose data
    /// ends at <c>/Length</c> (when that lands on <c>endstream</c>) or at the next <c>endstream</c>.</summary>
    private PdfGuardObject ReadStream(long number, PdfGuardValue value)
    {
        var mark = _pos;
        if (value.Kind != PdfGuardValueKind.Dictionary || Next(out _) != Token.Keyword || !KeywordIs("stream"u8))
        {
            _pos = mark;
            return new PdfGuardObject(number, value);
        }

        var start = _pos;
        if (start < _end && _bytes[start] == '\r')
        {
            start++;
        }

        if (start < _end && _bytes[start] == '\n')
        {
            start++;
        }

        int length;
        if (value["Length"] is { Kind: PdfGuardValueKind.Integer } declared && declared.Number >= 0 && declared.Number <= _end - start
            && EndstreamAt(start + (int)declared.Number))
        {
            length = (int)declared.Number;
        }
        else
        {
            var found = _bytes.AsSpan(start, _end - start).IndexOf("endstream"u8);
            length = found < 0 ? _end - start : found;
            while (length > 0 && _bytes[start + length - 1] is (byte)'\r' or (byte)'\n')
            {
                length--;
            }
        }

        _pos = start + length;
        var after = _bytes.AsSpan(_pos, _end - _pos).IndexOf("endstream"u8);
        _pos = after < 0 ? _end : _pos + after + "endstream".Length;
        return new PdfGuardObject(number, value, _bytes, start, length);
    }

    private bool EndstreamAt(int at)
    {
        while (at < _end && IsWhite(_bytes[at]))
        {
            at++;
        }

        return _bytes.AsSpan(at, _end - at).StartsWith("endstream"u8);
    }

    /// <summary>Parses one value at the current position with an explicit stack (no recursion); null at the end of input.</summary>
    private PdfGuardValue? ParseValue()
    {
        var stack = new List<(bool Dictionary, List<PdfGuardValue> Items)>();
        while (true)
        {
            var mark = _pos;
            var token = Next(out var integer);
            PdfGuardValue value;
            switch (token)
            {
                case Token.End:
                    return stack.Count == 0 ? null : CloseAll(stack);
                case Token.DictOpen or Token.ArrayOpen:
                    if (stack.Count >= MaxContainerDepth)
                    {
                        return CloseAll(stack);
                    }

                    stack.Add((token == Token.DictOpen, []));
                    continue;
                case Token.DictClose or Token.ArrayClose:
                    if (stack.Count == 0)
                    {
                        return PdfGuardValue.Other;
                    }

                    var (isDictionary, items) = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    value = isDictionary ? PdfGuardValue.Dictionary(items) : PdfGuardValue.Array(items);
                    break;
                case Token.Integer:
                    value = PdfGuardValue.Integer(integer);
                    break;
                case Token.Name:
                    value = PdfGuardValue.OfName(DecodeName());
                    break;
                case Token.Keyword when KeywordIs("R"u8):
                    if (stack.Count > 0 && stack[^1].Items is { Count: >= 2 } list
                        && list[^1].Kind == PdfGuardValueKind.Integer && list[^2].Kind == PdfGuardValueKind.Integer)
                    {
                        var target = list[^2].Number;
                        list.RemoveRange(list.Count - 2, 2);
                        value = PdfGuardValue.Reference(target);
                    }
                    else
                    {
                        value = PdfGuardValue.Other;
                    }

                    break;
                case Token.Keyword when KeywordIs("endobj"u8) || KeywordIs("stream"u8) || KeywordIs("obj"u8) || KeywordIs("endstream"u8):
                    // An unclosed container: stop before the keyword, keep what was read.
                    _pos = mark;
                    return stack.Count == 0 ? PdfGuardValue.Other : CloseAll(stack);
                default:
                    value = PdfGuardValue.Other;
                    break;
            }

            if (stack.Count == 0)
            {
                return value;
            }

            stack[^1].Items.Add(value);
        }
    }

    private static PdfGuardValue CloseAll(List<(bool Dictionary, List<PdfGuardValue> Items)> stack)
    {
        PdfGuardValue? inner = null;
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var (isDictionary, items) = stack[i];
            if (inner is not null)
            {
                items.Add(inner);
            }

            inner = isDictionary ? PdfGuardValue.Dictionary(items) : PdfGuardValue.Array(items);
        }

        return inner!;
    }

    private bool KeywordIs(ReadOnlySpan<byte> keyword) => _bytes.AsSpan(_tokenStart, _tokenEnd - _tokenStart).SequenceEqual(keyword);

    private string DecodeName()
    {
        var span = _bytes.AsSpan(_tokenStart + 1, _tokenEnd - _tokenStart - 1);
        if (span.IndexOf((byte)'#') < 0)
        {
            return Encoding.Latin1.GetString(span);
        }

        var sb = new StringBuilder(span.Length);
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '#' && i + 2 < span.Length && Uri.IsHexDigit((char)span[i + 1]) && Uri.IsHexDigit((char)span[i + 2]))
            {
                sb.Append((char)Convert.ToByte(Encoding.Latin1.GetString(span.Slice(i + 1, 2)), 16));
                i += 2;
            }
            else
            {
                sb.Append((char)span[i]);
            }
        }

        return sb.ToString();
    }

    private static bool IsWhite(byte c) => c is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte c) => c is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private Token Next(out long integer)
    {
        integer = 0;
        var b = _bytes;
        while (_pos < _end)
        {
            if (IsWhite(b[_pos]))
            {
                _pos++;
            }
            else if (b[_pos] == '%')
            {
                while (_pos < _end && b[_pos] is not (byte)'\n' and not (byte)'\r')
                {
                    _pos++;
                }
            }
            else
            {
                break;
            }
        }

        _tokenStart = _pos;
        if (_pos >= _end)
        {
            _tokenEnd = _pos;
            return Token.End;
        }

        var c = b[_pos];
        Token token;
        switch (c)
        {
            case (byte)'(':
                SkipString();
                token = Token.Other;
                break;
            case (byte)'<' when _pos + 1 < _end && b[_pos + 1] == '<':
                _pos += 2;
                token = Token.DictOpen;
                break;
            case (byte)'<':
                var close = b.AsSpan(_pos, _end - _pos).IndexOf((byte)'>');
                _pos = close < 0 ? _end : _pos + close + 1;
                token = Token.Other;
                break;
            case (byte)'>' when _pos + 1 < _end && b[_pos + 1] == '>':
                _pos += 2;
                token = Token.DictClose;
                break;
            case (byte)'[':
                _pos++;
                token = Token.ArrayOpen;
                break;
            case (byte)']':
                _pos++;
                token = Token.ArrayClose;
                break;
            case (byte)'/':
                _pos++;
                while (_pos < _end && !IsWhite(b[_pos]) && !IsDelimiter(b[_pos]))
                {
                    _pos++;
                }

                token = Token.Name;
                break;
            case (byte)')' or (byte)'>' or (byte)'{' or (byte)'}':
                _pos++;
                token = Token.Other;
                break;
            default:
                while (_pos < _end && !IsWhite(b[_pos]) && !IsDelimiter(b[_pos]))
                {
                    _pos++;
                }

                token = ParseInteger(b.AsSpan(_tokenStart, _pos - _tokenStart), out integer) ? Token.Integer : Token.Keyword;
                break;
        }

        _tokenEnd = _pos;
        return token;
    }

    private static bool ParseInteger(ReadOnlySpan<byte> s, out long value)
    {
        value = 0;
        var i = s.Length > 0 && s[0] is (byte)'+' or (byte)'-' ? 1 : 0;
        if (i == s.Length || s.Length - i > 18)
        {
            return false;
        }

        for (var j = i; j < s.Length; j++)
        {
            if (s[j] is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (s[j] - '0');
        }

        value = s[0] == '-' ? -value : value;
        return true;
    }

    private void SkipString()
    {
        var close = PdfTextReader.SkipString(_bytes.AsSpan(0, _end), _pos);
        _pos = close < _end ? close + 1 : _end;
    }
}
