namespace CaseStay.Extract;

/// <summary>What the stay is and what it covers.</summary>
/// <param name="Kind">One of <see cref="StayKinds"/>, or null when the document is not a stay order.</param>
/// <param name="Scope">The scope as printed when narrower than the whole action (e.g. "except as set forth herein", "discovery"), else null.</param>
/// <param name="Until">The event that ends the stay, quoted from the order (e.g. "pending further order of the court"), else null.</param>
/// <param name="VacatesDeadlines">True when the order vacates previously set dates ("All previously set deadlines and hearings are VACATED").</param>
public sealed record StayInfo(string? Kind, string? Scope, string? Until, bool VacatesDeadlines = false);

/// <summary>The stable values of <see cref="StayInfo.Kind"/>.</summary>
public static class StayKinds
{
    /// <summary>Stay for the Voluntary Dispute Resolution Program (E.D. Cal. L.R. 271).</summary>
    public const string VdrpSettlement = "vdrp-settlement";
    /// <summary>Stay for settlement talks or finalization.</summary>
    public const string Settlement = "settlement";
    /// <summary>Stay pending arbitration.</summary>
    public const string Arbitration = "arbitration";
    /// <summary>Stay pending an appeal.</summary>
    public const string Appeal = "appeal";
    /// <summary>Habeas stay and abeyance under Rhines v. Weber.</summary>
    public const string HabeasRhines = "habeas-rhines";
    /// <summary>Habeas stay under Kelly v. Small.</summary>
    public const string HabeasKelly = "habeas-kelly";
    /// <summary>Stay because of a bankruptcy (11 U.S.C. § 362).</summary>
    public const string Bankruptcy = "bankruptcy";
    /// <summary>Stay of discovery only.</summary>
    public const string Discovery = "discovery";
    /// <summary>Stay pending a related case, MDL transfer or parallel proceeding.</summary>
    public const string RelatedCase = "related-case";
    /// <summary>Any other stay.</summary>
    public const string Other = "other";
}
