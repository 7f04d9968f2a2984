namespace CaseStay.Extract.Isolation;

/// <summary>
/// One result of a batch as the batch's own writer needs it: the typed <see cref="ExtractionResult"/>, or — for a file
/// a worker process read — the worker's reply, whose record is already the output contract's JSON. The typed result
/// of a reply is built only when asked for (<see cref="Result"/>), so a harness writing JSON Lines copies the
/// worker's bytes instead of deserializing, rebuilding and serializing them again. Immutable once made (the typed
/// result is computed at most once and is the same whichever thread asks).
/// </summary>
internal sealed class BatchRecord
{
    private readonly Lazy<ExtractionResult> _result;

    private BatchRecord(Lazy<ExtractionResult> result, string? compactJson, string? errorCode, bool isStayOrder, int ocrPages)
    {
        _result = result;
        CompactJson = compactJson;
        ErrorCode = errorCode;
        IsStayOrder = isStayOrder;
        OcrPages = ocrPages;
    }

    /// <summary>The typed result (built from the worker's record on first use).</summary>
    public ExtractionResult Result => _result.Value;

    /// <summary>The record exactly as <see cref="Serialization.StayOrderJson.Serialize"/> writes it without
    /// indentation, when a worker wrote it; null for a result made in this process (serialize <see cref="Result"/>).</summary>
    public string? CompactJson { get; }

    /// <summary>The error code, or null when the file has its record (<see cref="ExtractionResult.Success"/>).</summary>
    public string? ErrorCode { get; }

    /// <summary>Whether the file was read and is a stay order.</summary>
    public bool IsStayOrder { get; }

    /// <summary>Pages read by OCR.</summary>
    public int OcrPages { get; }

    /// <summary>Whether the file has its record.</summary>
    public bool Success => ErrorCode is null;

    /// <summary>A result made in this process.</summary>
    public static BatchRecord Of(ExtractionResult result) => new(
        new Lazy<ExtractionResult>(result),
        null,
        result.Success ? null : result.Error?.Code ?? ErrorCodes.InternalError,
        result.Success && result.Order.IsStayOrder,
        result.Source.OcrPages);

    /// <summary>A worker's reply; its typed result is built when first asked for.</summary>
    public static BatchRecord Of(WorkerReply reply) => new(
        new Lazy<ExtractionResult>(() => WorkerResults.FromReply(reply), LazyThreadSafetyMode.ExecutionAndPublication),
        reply.Record,
        reply.ErrorCode,
        reply.IsStayOrder,
        reply.OcrPages);
}
