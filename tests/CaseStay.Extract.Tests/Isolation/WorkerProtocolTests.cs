using CaseStay.Extract.Isolation;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Isolation;

/// <summary>
/// The worker protocol's bytes: frames written and read with blocking calls, and the binary reply layout (the record's
/// UTF-8 crosses as it is, with the facts the batch needs in a fixed header). Every reply survives the round trip
/// exactly; a frame or reply cut short, or with a length out of range, is refused (null), never misread.
/// </summary>
public sealed class WorkerProtocolTests
{
    public static TheoryData<string, int?, bool, bool, string?, bool, int> Replies() => new()
    {
        { """{"schemaVersion":"1.0","order":{"title":"ORDER"}}""", null, false, false, null, false, 0 },
        { """{"schemaVersion":"1.0","order":{"caseNumber":"2:31-cv-00417-QXZ"}}""", 3, true, false, null, true, 0 },
        { """{"schemaVersion":"1.0","error":{"code":"pdf-corrupt"}}""", null, false, false, "pdf-corrupt", false, 0 },
        { """{"schemaVersion":"1.0","order":{"judge":"Zéphyrine Ö. Quillon — “Chief”"}}""", 12, false, true, null, true, 2 },
        { """{"a":"\u0000 ☃ 𝄞"}""", int.MaxValue, true, true, "internal-error", false, int.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Replies))]
    public void Reply_RoundTripsExactly(string record, int? defendant, bool officeInferred, bool retire, string? error, bool stay, int ocrPages)
    {
        var reply = new WorkerReply(record, defendant, officeInferred, retire, error, stay, ocrPages);
        WorkerResults.Decode(WorkerResults.Encode(reply)).Should().Be(reply);
    }

    [Theory]
    [MemberData(nameof(Replies))]
    public void Reply_CutShortOrEmpty_IsRefused(string record, int? defendant, bool officeInferred, bool retire, string? error, bool stay, int ocrPages)
    {
        var bytes = WorkerResults.Encode(new WorkerReply(record, defendant, officeInferred, retire, error, stay, ocrPages));
        var header = 11 + (error is null ? 0 : System.Text.Encoding.UTF8.GetByteCount(error));
        for (var cut = 0; cut <= header; cut++)
        {
            WorkerResults.Decode(bytes.AsSpan(0, cut)).Should().BeNull($"{cut} of {bytes.Length} bytes hold no record");
        }

        var badFlags = (byte[])bytes.Clone();
        badFlags[0] = 0xFF;
        WorkerResults.Decode(badFlags).Should().BeNull("unknown flag bits");
        var badLength = (byte[])bytes.Clone();
        badLength[9] = 0xFF;
        badLength[10] = 0x7F; // an error code longer than the payload
        WorkerResults.Decode(badLength).Should().BeNull("an error code past the end");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5000)]
    [InlineData(300_000)] // more than a pipe's buffer: a read returns it in pieces
    public void Frames_RoundTrip_OneAfterAnother(int size)
    {
        var first = Enumerable.Range(0, size).Select(i => unchecked((byte)(i * 7))).ToArray();
        var second = new byte[] { 1, 2, 3 };
        using var stream = new MemoryStream();
        WorkerFrames.Write(stream, first);
        WorkerFrames.Write(stream, second);
        stream.Length.Should().Be(size + 4 + 3 + 4, "each frame is its length and its bytes, nothing else");
        stream.Position = 0;

        WorkerFrames.Read(stream).Should().Equal(first);
        WorkerFrames.Read(stream).Should().Equal(second);
        WorkerFrames.Read(stream).Should().BeNull("the stream ended");
    }

    [Theory]
    [InlineData(new byte[] { }, "nothing")]
    [InlineData(new byte[] { 9, 0 }, "half a length")]
    [InlineData(new byte[] { 9, 0, 0, 0, 1, 2, 3 }, "a frame cut short")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, "a negative length")]
    [InlineData(new byte[] { 0, 0, 0, 0x7F, 1 }, "a length over the limit")]
    public void Frames_CutShortOrOutOfRange_ReadAsNull(byte[] bytes, string why)
    {
        using var stream = new MemoryStream(bytes);
        WorkerFrames.Read(stream).Should().BeNull(why);
    }
}
