namespace CaseStay.Extract.Pdf;

/// <summary>The objects and trailers <see cref="PdfGuardScanner"/> found in a PDF's bytes.</summary>
/// <param name="Objects">Indirect objects by number (a later definition replaces an earlier one).</param>
/// <param name="Trailers">The trailer dictionaries, and the dictionaries of cross-reference streams, in file order.</param>
/// <param name="DecodeBudgetExceeded">An object stream decoded to more bytes than the guard allows (a decompression bomb).</param>
internal sealed record PdfGuardDocument(IReadOnlyDictionary<long, PdfGuardObject> Objects, IReadOnlyList<PdfGuardValue> Trailers, bool DecodeBudgetExceeded)
{
    /// <summary>Units of work the checks did on this document (one per value, entry, edge or search step visited):
    /// a deterministic measure tests use to prove the checks linear, in place of a clock.</summary>
    public long Steps { get; private set; }

    /// <summary>Counts <paramref name="units"/> units of work.</summary>
    public void Step(long units = 1) => Steps += units;

    /// <summary>Follows references (a few hops at most) to a direct value; null when a reference leads nowhere.</summary>
    public PdfGuardValue? Resolve(PdfGuardValue? value)
    {
        for (var hops = 0; value is { Kind: PdfGuardValueKind.Reference } && hops < 8; hops++)
        {
            value = Objects.TryGetValue(value.Number, out var target) ? target.Value : null;
        }

        return value is { Kind: PdfGuardValueKind.Reference } ? null : value;
    }

    /// <summary>The object a value refers to, or null when it is direct or refers to nothing.</summary>
    public PdfGuardObject? Target(PdfGuardValue? value) =>
        value is { Kind: PdfGuardValueKind.Reference } && Objects.TryGetValue(value.Number, out var target) ? target : null;
}
