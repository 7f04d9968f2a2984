namespace CaseStay.Extract;

/// <summary>
/// The stable values of <see cref="StayOrder.DocumentType"/>. Stay decisions and deadlines come only from
/// <see cref="Order"/>, <see cref="StipulationAndOrder"/> and <see cref="Minutes"/>.
/// </summary>
public static class DocumentTypes
{
    /// <summary>An order of the court.</summary>
    public const string Order = "order";
    /// <summary>A stipulation of the parties with the court's order.</summary>
    public const string StipulationAndOrder = "stipulation-and-order";
    /// <summary>Findings and recommendations of a magistrate judge (not an order).</summary>
    public const string FindingsAndRecommendations = "findings-and-recommendations";
    /// <summary>A party's motion, application or stipulation without the court's order (not an order).</summary>
    public const string Motion = "motion";
    /// <summary>Civil minutes (C.D. Cal. form CV-90 and similar).</summary>
    public const string Minutes = "minutes";
    /// <summary>A complaint or petition that opens a case.</summary>
    public const string Complaint = "complaint";
    /// <summary>A transcript of proceedings.</summary>
    public const string Transcript = "transcript";
    /// <summary>A judgment (including a judgment in a civil case).</summary>
    public const string Judgment = "judgment";
    /// <summary>A jury's verdict (verdict form).</summary>
    public const string Verdict = "verdict";
    /// <summary>A notice filed by a party or the clerk (notice of appeal, of related case, of removal …).</summary>
    public const string Notice = "notice";
    /// <summary>A party's response, opposition, reply or brief.</summary>
    public const string ResponseOrBrief = "response/brief";
    /// <summary>Any other document (declaration, exhibit, letter …).</summary>
    public const string Other = "other";

    /// <summary>True when documents of this type can decide a stay or set deadlines (orders, stipulated orders, minutes).</summary>
    /// <param name="type">A value of <see cref="StayOrder.DocumentType"/>.</param>
    /// <returns>Whether the type is a court's order.</returns>
    public static bool IsOrder(string? type) => type is Order or StipulationAndOrder or Minutes;
}
