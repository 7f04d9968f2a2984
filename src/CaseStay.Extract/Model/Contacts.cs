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

/// <summary>The stable values of <see cref="StayOrder.DocumentType"/>.</summary>
public static class DocumentTypes
{
    /// <summary>An order of the court.</summary>
    public const string Order = "order";
    /// <summary>A stipulation of the parties with the court's order.</summary>
    public const string StipulationAndOrder = "stipulation-and-order";
    /// <summary>Findings and recommendations of a magistrate judge (not an order).</summary>
    public const string FindingsAndRecommendations = "findings-and-recommendations";
    /// <summary>A party's motion or notice (not an order).</summary>
    public const string Motion = "motion";
    /// <summary>Civil minutes (C.D. Cal. form CV-90 and similar).</summary>
    public const string Minutes = "minutes";
}
