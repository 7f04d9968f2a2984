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
        retire);

    /// <summary>The result a reply describes.</summary>
    public static ExtractionResult FromReply(WorkerReply reply)
    {
        var r = StayOrderJson.Deserialize(reply.Record);
        var source = new SourceInfo(r.Source.Path, r.Source.Kind, r.Source.Pages, r.Source.Sha256) { Id = r.Source.Id, OcrPages = r.Source.OcrPages };
        var warnings = r.Warnings.Select(w => new ExtractionWarning(w.Code, w.Message, w.Provenance)).ToArray();
        var error = r.Error is null ? null : new ExtractionError(r.Error.Code, r.Error.Message);

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
            Court = r.Court is null ? null : new Court(r.Court.Name, r.Court.Code, r.Court.Division, r.Court.Inferred),
            CaseNumber = cn,
            FilingStamp = r.FilingStamp,
            Parties = r.Parties is null
                ? null
                : new Parties(r.Parties.Plaintiffs, r.Parties.Defendants, PlaintiffsEtAl: r.Parties.PlaintiffsEtAl, DefendantsEtAl: r.Parties.DefendantsEtAl,
                    PlaintiffRole: r.Parties.PlaintiffRole, DefendantRole: r.Parties.DefendantRole),
            Title = r.Title,
            Judge = r.Judge is null ? null : new Judge(r.Judge.Name, r.Judge.Title, r.Judge.Signature, r.Judge.Inferred),
            Dated = r.Dated,
            Stay = r.Stay is null ? null : new StayInfo(r.Stay.Kind, r.Stay.Scope, r.Stay.Until, r.Stay.VacatesDeadlines),
            Directives = r.Directives.Select(d => new Directive(d.Index, d.Label, d.Text, d.Page, d.Footnotes, d.Provenance)).ToArray(),
            Deadlines = r.Deadlines.Select(d => new Deadline(d.DirectiveIndex, d.Description, d.Period, d.Trigger, d.TriggerText, d.Due, d.UnadjustedDue, d.Recurring, d.Explanation)
            {
                Kind = d.Kind,
                Obligor = d.Obligor,
                Phrase = d.Phrase,
                PhraseSpan = d.PhraseProvenance,
                Anchor = d.Anchor,
                AnchorDate = d.AnchorDate,
                Direction = d.Direction,
                Unit = d.Unit,
                DueTime = d.DueTime,
                Interval = d.Interval,
                RecursUntil = d.RecursUntil,
                HolidayDependent = d.HolidayDependent,
                DueFederal = d.DueFederal,
                DueFederalAndCalifornia = d.DueFederalAndCalifornia,
            }).ToArray(),
            Citations = r.Citations.Select(c => new Citation(c.Kind, c.Text, c.Title, c.Sections)).ToArray(),
            DocumentType = r.DocumentType,
            Contacts = r.Contacts,
            Facts = r.Facts,
            Footnotes = r.Footnotes.Select(f => new Footnote(f.Marker, f.Text, f.Provenance)).ToArray(),
            Provenance = r.Provenance ?? new Dictionary<string, SourceSpan>(),
        };
        return new ExtractionResult(source, order, error, warnings);
    }
}
