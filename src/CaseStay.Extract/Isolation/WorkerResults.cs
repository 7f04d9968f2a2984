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
        var r = StayOrderJson.Deserialize(reply.Record);
        var source = r.Source;
        var warnings = r.Warnings;
        var error = r.Error;

        // The contract writes a result without an order with a null document type; an order always has one.
        if (r.DocumentType is null)
        {
            return new ExtractionResult(source, null, error, warnings);
        }

        var cn = r.CaseNumber is null
            ? null
            : new CaseNumber(r.CaseNumber.Raw, r.CaseNumber.Office, r.CaseNumber.Year, r.CaseNumber.Type, r.CaseNumber.Sequence,
                r.CaseNumber.JudgeInitials.ToArray(), r.CaseNumber.Suffix, reply.CaseNumberDefendant, reply.CaseNumberOfficeInferred);
        var order = new StayOrder
        {
            IsStayOrder = r.IsStayOrder,
            NotStayReason = r.NotStayReason,
            Court = r.Court,
            CaseNumber = cn,
            FilingStamp = r.FilingStamp,
            Parties = r.Parties,
            Title = r.Title,
            Judge = r.Judge,
            Dated = r.Dated,
            Stay = r.Stay,
            Directives = r.Directives,
            Deadlines = r.Deadlines,
            Citations = r.Citations,
            DocumentType = r.DocumentType,
            Contacts = r.Contacts,
            Facts = r.Facts,
            Footnotes = r.Footnotes,
            Provenance = r.Provenance ?? new Dictionary<string, SourceSpan>(),
            Corrections = r.Corrections ?? new Dictionary<string, FieldCorrection>(),
        };
        return new ExtractionResult(source, order, error, warnings);
    }
}
