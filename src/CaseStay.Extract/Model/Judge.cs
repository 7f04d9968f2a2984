namespace CaseStay.Extract;

/// <summary>The judge who signed the order.</summary>
/// <param name="Name">Name in title case (e.g. "Daniel J. Calabretta"); null when the name is only in a signature image.</param>
/// <param name="Title">Title, normalized (e.g. "United States District Judge"); null when not printed.</param>
/// <param name="Signature">The electronic signature line as printed (e.g. "/s/ Daniel J. Calabretta"), else null.</param>
/// <param name="Inferred">True when the name was not printed but inferred from case-number initials (only with <see cref="ExtractionOptions.InferJudgeFromInitials"/>).</param>
public sealed record Judge(string? Name, string? Title, string? Signature, bool Inferred);
