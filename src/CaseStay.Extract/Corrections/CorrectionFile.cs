namespace CaseStay.Extract.Corrections;

/// <summary>The JSON shape of <c>corrections.json</c>: <c>{"version":1,"corrections":[{"sha256":…,"path":…,"field":…,"value":…,"original":…}]}</c>.</summary>
internal sealed record CorrectionFile(int Version, IReadOnlyList<CorrectionFileEntry>? Corrections);
