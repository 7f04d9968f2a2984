using NodaTime;

namespace CaseStay.Extract;

/// <summary>A person the order tells the parties to contact (e.g. the VDRP administrator).</summary>
/// <param name="Role">The role as printed ("VDRP administrator", "Courtroom Deputy").</param>
/// <param name="Name">The name, or null.</param>
/// <param name="Phone">The phone number as printed, or null.</param>
/// <param name="Email">The e-mail address, or null.</param>
public sealed record Contact(string Role, string? Name, string? Phone, string? Email);

/// <summary>A procedural fact stated in the order's reasoning.</summary>
/// <param name="Kind">"removal", "answer", "motion-granted" or "motion-denied".</param>
/// <param name="Date">The date stated with it, or null.</param>
/// <param name="Text">The sentence it was read from.</param>
/// <param name="DocketNumbers">ECF/Doc. numbers cited in that sentence.</param>
/// <param name="Statutes">Statutes cited in that sentence (e.g. "28 U.S.C. §§ 1332, 1441, and 1446").</param>
public sealed record ProceduralFact(string Kind, LocalDate? Date, string Text, IReadOnlyList<string> DocketNumbers, IReadOnlyList<string> Statutes);
