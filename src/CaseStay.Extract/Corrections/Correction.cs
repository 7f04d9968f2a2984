namespace CaseStay.Extract.Corrections;

/// <summary>One correction: a field of the file whose bytes hash to <paramref name="Sha256"/> has the value <paramref name="Value"/>.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes (<see cref="SourceInfo.Sha256"/>).</param>
/// <param name="Field">One of <see cref="CorrectionFields"/>.</param>
/// <param name="Value">The correct value: a case number, a judge's name, an ISO date, <c>true</c>/<c>false</c>, a stay kind.</param>
public sealed record Correction(string Sha256, string Field, string Value)
{
    /// <summary>The file's path when the correction was made (for reporting a file whose bytes changed), or null.</summary>
    public string? Path { get; init; }

    /// <summary>The value the extractor had found, as the clerk saw it, or null.</summary>
    public string? Original { get; init; }
}
