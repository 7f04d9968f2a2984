namespace CaseStay.Extract;

/// <summary>The parties as printed in the caption.</summary>
/// <param name="Plaintiffs">Plaintiffs or petitioners as printed, without the trailing "et al.".</param>
/// <param name="Defendants">Defendants or respondents as printed, without the trailing "et al.".</param>
/// <param name="PlaintiffsEtAl">True when the plaintiffs' block ends with "et al.".</param>
/// <param name="DefendantsEtAl">True when the defendants' block ends with "et al.".</param>
/// <param name="PlaintiffRole">The printed role word (e.g. "Plaintiff", "Petitioners").</param>
/// <param name="DefendantRole">The printed role word (e.g. "Defendants", "Respondent").</param>
public sealed record Parties(
    IReadOnlyList<string> Plaintiffs,
    IReadOnlyList<string> Defendants,
    bool PlaintiffsEtAl,
    bool DefendantsEtAl,
    string PlaintiffRole,
    string DefendantRole);
