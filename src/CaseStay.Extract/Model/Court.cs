namespace CaseStay.Extract;

/// <summary>The court that issued the order.</summary>
/// <param name="Name">The court's name, normalized (e.g. "United States District Court for the Eastern District of California"), or null when only inferred.</param>
/// <param name="Code">PACER court id: <c>caed</c>, <c>cand</c>, <c>cacd</c>, <c>casd</c>, <c>other</c>; null when unknown.</param>
/// <param name="Division">Division when printed (e.g. "Sacramento", "Fresno"), else null.</param>
/// <param name="Inferred">True when the court was not printed but inferred from the case number's judge initials.</param>
public sealed record Court(string? Name, string? Code, string? Division, bool Inferred)
{
    /// <summary>PACER id of the Eastern District of California.</summary>
    public const string EasternDistrictCode = "caed";
}
