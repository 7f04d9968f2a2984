namespace CaseStay.Extract.Corrections;

/// <summary>One entry of <c>corrections.json</c> as written (every member may be missing in a hand-edited file).</summary>
internal sealed record CorrectionFileEntry(string? Sha256, string? Path, string? Field, string? Value, string? Original);
