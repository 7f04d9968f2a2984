using System.Buffers;
using System.Buffers.Binary;

namespace CaseStay.Extract.Isolation;

/// <summary>The worker protocol's framing: a 4-byte little-endian length, then that many bytes (a request's UTF-8
/// JSON, or a reply as <see cref="WorkerResults.Encode"/> lays it out). Blocking reads and writes: each side of the
/// pipe serves one file at a time on a thread of its own, so a frame costs one system call to write and usually one
/// to read, and no thread-pool hand-over.</summary>
internal static class WorkerFrames
{
    /// <summary>The largest frame accepted (a record of a 4-million-character text is well under it).</summary>
    public const int MaxFrameBytes = 256 * 1024 * 1024;

    /// <summary>Writes one frame (length and payload in one write) and flushes.</summary>
    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        var frame = ArrayPool<byte>.Shared.Rent(payload.Length + 4);
        try
        {
            BinaryPrimitives.WriteInt32LittleEndian(frame, payload.Length);
            payload.CopyTo(frame.AsSpan(4));
            stream.Write(frame, 0, payload.Length + 4);
            stream.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(frame);
        }
    }

    /// <summary>Reads one frame's payload; null when the stream ended (cleanly or in the middle of a frame) or the
    /// length is out of range.</summary>
    public static byte[]? Read(Stream stream)
    {
        Span<byte> header = stackalloc byte[4];
        if (stream.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header);
        if (length < 0 || length > MaxFrameBytes)
        {
            return null;
        }

        var payload = new byte[length];
        return stream.ReadAtLeast(payload, length, throwOnEndOfStream: false) == length ? payload : null;
    }
}
