namespace CaseStay.Extract.Serialization;

/// <summary>The case number as the contract writes it (its <see cref="CaseNumber.Normalized"/> form beside the parts;
/// without the model's <see cref="CaseNumber.OfficeInferred"/> and <see cref="CaseNumber.Defendant"/>).</summary>
/// <param name="Raw">As printed.</param>
/// <param name="Normalized">The normalized form.</param>
/// <param name="Office">The office digit, or null.</param>
/// <param name="Year">The four-digit year.</param>
/// <param name="Type">The case type.</param>
/// <param name="Sequence">The sequence number.</param>
/// <param name="JudgeInitials">The judges' initials.</param>
/// <param name="Suffix">A suffix, or null.</param>
public sealed record ContractCaseNumber(string Raw, string Normalized, int? Office, int Year, string Type, int Sequence, IReadOnlyList<string> JudgeInitials, string? Suffix);
