using System.Text.Json.Serialization;

namespace CaseStay.Extract;

/// <summary>The parties as printed in the caption, one entry per party.</summary>
/// <param name="Plaintiffs">
/// Plaintiffs or petitioners as printed, one per party: the block is split on ";", on ", and" / "and" before the
/// last party of a list, on the commas of a serial list and before "DOES …"; commas inside a name stay
/// ("ACME WIDGETS, INC., a Delaware corporation"). Without the trailing "et al.".
/// </param>
/// <param name="Defendants">Defendants or respondents, split like <paramref name="Plaintiffs"/>.</param>
/// <param name="PlaintiffsEtAl">True when the plaintiffs' block ends with "et al.".</param>
/// <param name="DefendantsEtAl">True when the defendants' block ends with "et al.".</param>
/// <param name="PlaintiffRole">The printed role word (e.g. "Plaintiff", "Petitioners"), or null when the caption prints none.</param>
/// <param name="DefendantRole">The printed role word (e.g. "Defendants", "Respondent").</param>
public sealed record Parties(
    [property: JsonPropertyOrder(0)] IReadOnlyList<string> Plaintiffs,
    [property: JsonPropertyOrder(1)] IReadOnlyList<string> Defendants,
    [property: JsonPropertyOrder(3)] bool PlaintiffsEtAl,
    [property: JsonPropertyOrder(2)] bool DefendantsEtAl,
    [property: JsonPropertyOrder(4)] string? PlaintiffRole,
    [property: JsonPropertyOrder(5)] string? DefendantRole);
