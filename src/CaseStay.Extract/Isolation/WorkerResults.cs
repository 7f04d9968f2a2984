using CaseStay.Extract.Serialization;

namespace CaseStay.Extract.Isolation;

/// <summary>Turns an <see cref="ExtractionResult"/> into a worker reply and back. The reply carries the output
/// contract's record (so what crosses the pipe is the JSON the harness writes) plus the case number's two facts the
/// contract leaves out; the result rebuilt in the parent serializes to the same bytes as the worker's.</summary>
internal static class WorkerResults
{
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
}
