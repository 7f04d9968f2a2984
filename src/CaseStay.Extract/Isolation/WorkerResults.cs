using System.Buffers.Binary;
using System.Text;
using CaseStay.Extract.Serialization;

namespace CaseStay.Extract.Isolation;

/// <summary>Turns an <see cref="ExtractionResult"/> into a worker reply and back, and lays a reply out in a frame. The
/// reply carries the output contract's record (so what crosses the pipe is the JSON the harness writes) plus the case
/// number's two facts the contract leaves out; the result rebuilt in the parent serializes to the same bytes as the
/// worker's.</summary>
/// <remarks>A reply's frame is binary, not JSON, so the record's bytes cross as they are (JSON inside JSON would be
/// escaped by the worker and unescaped by the parent, for every file): one byte of flags (1 retire, 2 stay order,
/// 4 office inferred, 8 a defendant number follows), the defendant number and the OCR pages (32-bit little-endian),
/// the error code's UTF-8 length (16-bit little-endian, -1 for none) and bytes, then the record's UTF-8 to the end.</remarks>
internal static class WorkerResults
{
    private const int Fixed = 1 + 4 + 4 + 2;

    /// <summary>The reply for a result.</summary>
    public static WorkerReply ToReply(ExtractionResult result, bool retire) => new(
        StayOrderJson.Serialize(result, indented: false),
        result.Order?.CaseNumber?.Defendant,
        result.Order?.CaseNumber?.OfficeInferred ?? false,
        retire,
        result.Success ? null : result.Error?.Code ?? ErrorCodes.InternalError,
        result.Success && result.Order.IsStayOrder,
        result.Source.OcrPages);

    /// <summary>The result a reply describes.</summary>
    public static ExtractionResult FromReply(WorkerReply reply)
    {
        var result = StayOrderJson.Deserialize(reply.Record);
        return result.Order is { CaseNumber: { } cn } order && reply.CaseNumberOfficeInferred
            ? result with { Order = order with { CaseNumber = cn.WithOfficeInferred(true) } }
            : result;
    }

    /// <summary>A reply's frame payload.</summary>
    public static byte[] Encode(WorkerReply reply)
    {
        var code = reply.ErrorCode is null ? 0 : Encoding.UTF8.GetByteCount(reply.ErrorCode);
        var payload = new byte[Fixed + code + Encoding.UTF8.GetByteCount(reply.Record)];
        payload[0] = (byte)((reply.Retire ? 1 : 0) | (reply.IsStayOrder ? 2 : 0) | (reply.CaseNumberOfficeInferred ? 4 : 0) | (reply.CaseNumberDefendant is null ? 0 : 8));
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(1), reply.CaseNumberDefendant ?? 0);
        BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan(5), reply.OcrPages);
        BinaryPrimitives.WriteInt16LittleEndian(payload.AsSpan(9), reply.ErrorCode is null ? (short)-1 : (short)code);
        if (reply.ErrorCode is not null)
        {
            Encoding.UTF8.GetBytes(reply.ErrorCode, payload.AsSpan(Fixed));
        }

        Encoding.UTF8.GetBytes(reply.Record, payload.AsSpan(Fixed + code));
        return payload;
    }

    /// <summary>The reply a frame payload holds, or null when it is not one (cut short, lengths out of range).</summary>
    public static WorkerReply? Decode(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < Fixed || payload[0] > 15)
        {
            return null;
        }

        var flags = payload[0];
        var code = BinaryPrimitives.ReadInt16LittleEndian(payload[9..]);
        if (code < -1 || Fixed + Math.Max(0, (int)code) > payload.Length)
        {
            return null;
        }

        var errorCode = code < 0 ? null : Encoding.UTF8.GetString(payload.Slice(Fixed, code));
        var record = payload[(Fixed + Math.Max(0, (int)code))..];
        if (record.IsEmpty)
        {
            return null;
        }

        return new WorkerReply(
            Encoding.UTF8.GetString(record),
            (flags & 8) != 0 ? BinaryPrimitives.ReadInt32LittleEndian(payload[1..]) : null,
            (flags & 4) != 0,
            (flags & 1) != 0,
            errorCode,
            (flags & 2) != 0,
            BinaryPrimitives.ReadInt32LittleEndian(payload[5..]));
    }
}
