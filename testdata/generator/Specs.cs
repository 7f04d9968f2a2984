namespace CaseStay.FixtureGenerator;

/// <summary>The PDF fixtures. Every party, judge pairing and case number here is invented for testing.</summary>
internal static class Specs
{
    private const string VdrpIntro = "In the interest of avoiding the accumulation of fees and costs through potentially unnecessary discovery and motion practice, and to allow the parties sufficient time to pursue an early informal resolution of this matter, IT IS HEREBY ORDERED that:";
    private const string VdrpNote = "The parties are expected to make good faith efforts to timely and fully exhaust informal settlement efforts prior to initiating participation in the VDRP.";

    private static readonly string[] s_vdrp =
    [
        "This action is STAYED except as set forth herein.",
        "All previously set deadlines and hearings are VACATED pending further order of the court.",
        "The parties are DIRECTED to promptly meet and confer to discuss settlement of this action. Plaintiff should initiate settlement discussions by providing a written itemization of damages and a meaningful settlement demand.",
        "If the parties have not been able to informally reach a settlement within forty-five (45) days, the parties shall thereafter initiate participation in the court's Voluntary Dispute Resolution Program (\"VDRP\") by contacting the court's VDRP administrator.",
        "The parties shall carefully review and comply with E.D. Cal. L.R. 271, which outlines the specifications and requirements of the VDRP.",
        "No later than fourteen (14) days after completion of the VDRP session, the parties shall jointly file their VDRP Completion Report, consistent with E.D. Cal. L.R. 271(o).",
    ];

    private static OrderSpec Vdrp(string slug) => new()
    {
        Slug = slug,
        CaseNumber = "Case No.: 2:24-cv-02760-DJC-SCR",
        StampNumber = "2:24-cv-02760-DJC-SCR",
        Plaintiffs = ["LANCE MERIWETHER,"],
        Defendants = ["NORTHGATE LOGISTICS LLC, et al.,"],
        Intro = VdrpIntro,
        Directives = s_vdrp,
        FootnoteOnDirective = 3,
        Footnote = VdrpNote,
    };

    public static IReadOnlyList<OrderSpec> All { get; } =
    [
        Vdrp("pdf-vdrp-parens"),
        Vdrp("pdf-vdrp-ruled") with { Caption = CaptionStyle.Ruled },
        Vdrp("pdf-vdrp-gap") with { Caption = CaptionStyle.Gap },
        Vdrp("pdf-vdrp-26-lines") with { MarginLines = 26 },
        Vdrp("pdf-vdrp-no-line-numbers") with { MarginLines = 0, Stamp = false, Dated = "DATED: 1/29/2025" },
        Vdrp("pdf-vdrp-misnumbered") with { Labels = ["1", "2", "4", "3", "4", "5"] },
        Vdrp("pdf-vdrp-sacramento-division") with { Division = "SACRAMENTO", Caption = CaptionStyle.Ruled, Dated = "DATED: February 3, 2025" },
        Vdrp("pdf-vdrp-printed-signature") with { Signature = ["DANIEL J. CALABRETTA", "UNITED STATES DISTRICT JUDGE"] },
        Vdrp("pdf-vdrp-signature-image") with { Signature = ["", "UNITED STATES DISTRICT JUDGE"] },
        Vdrp("pdf-vdrp-directive-split") with { ExtraBodyParagraphs = 3 },
        Vdrp("pdf-vdrp-footnote-continued") with
        {
            FootnoteOnDirective = 0,
            Footnote = VdrpNote + " The court will look with disfavor upon parties stalling or failing to participate in the above-mentioned initial informal discussions, and/or failing to participate in the VDRP program in good faith, and it may impose sanctions on a party that does not take part in the program as this order and the Local Rules require.",
        },
        new()
        {
            Slug = "pdf-fresno-arbitration",
            Division = "FRESNO",
            CaseNumber = "Case No. 1:23-cv-00415-JLT-BAM",
            Plaintiffs = ["ORCHARD CREST GROWERS, INC., a California corporation,"],
            Defendants = ["PACIFIC RIDGE FREIGHT SERVICES, LLC,"],
            DefendantRole = "Defendant.",
            Title = ["ORDER GRANTING MOTION TO", "COMPEL ARBITRATION AND", "STAYING ACTION"],
            Intro = "Defendant moves to compel arbitration under the parties' agreement and to stay this action pending arbitration under 9 U.S.C. § 3. (Doc. No. 12.) Plaintiff filed a statement of non-opposition. (Doc. No. 14.) Accordingly, IT IS HEREBY ORDERED that:",
            Directives =
            [
                "Defendant's motion to compel arbitration (Doc. No. 12) is GRANTED.",
                "This action is STAYED pending completion of arbitration.",
                "The parties shall file a joint status report within ninety (90) days of the date of this order and every ninety (90) days thereafter.",
            ],
            Dated = "Dated: March 14, 2025",
            Signature = ["/s/ Jennifer L. Thurston", "JENNIFER L. THURSTON", "UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            // A caption printed without a ")" column: the right cell (number, a three-line title) is only a gap away.
            Slug = "pdf-gap-caption-title",
            Division = "SACRAMENTO",
            Caption = CaptionStyle.Gap,
            CaseNumber = "Case No. 2:23-cv-01877-TLN-JDP",
            Plaintiffs = ["HALVORSEN ORCHARD SUPPLY CO., a California corporation,"],
            Defendants = ["BLUE HERON CARRIERS, INC., et al.,"],
            Title = ["ORDER GRANTING STIPULATED", "MOTION TO STAY ACTION", "PENDING MEDIATION"],
            Intro = "The parties have stipulated to stay this action while they mediate their dispute. Good cause appearing, IT IS HEREBY ORDERED that:",
            Directives =
            [
                "This action is STAYED pending completion of the parties' mediation.",
                "The parties shall file a joint status report within sixty (60) days of the date of this order.",
            ],
            Dated = "Dated: April 8, 2025",
            Signature = ["/s/ Troy L. Nunley", "TROY L. NUNLEY", "UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            Slug = "pdf-long-party-lists",
            CaseNumber = "No. 2:22-cv-01987 KJM CKD",
            Plaintiffs = ["RIVER DELTA FARMWORKERS ALLIANCE; MARISOL ECHEVERRIA; TOBIAS LINDQVIST; PRIYA NANDAKUMAR; and HOLLIS VANDERMEER, on behalf of themselves and all others similarly situated,"],
            PlaintiffRole = "Plaintiffs,",
            Defendants = ["SACRAMENTO VALLEY IRRIGATION DISTRICT; WESTLAKE WATER HOLDINGS, INC.; CENTRAL CANAL MAINTENANCE CO.; and DOES 1 through 25, inclusive,"],
            Title = ["ORDER GRANTING JOINT", "STIPULATION TO STAY", "PROCEEDINGS PENDING", "SETTLEMENT"],
            Intro = "The parties report that they have reached a settlement in principle and ask the court to stay this action while they finalize it. Good cause appearing, IT IS HEREBY ORDERED that:",
            Directives =
            [
                "This action is STAYED pending finalization of the settlement.",
                "The parties shall file a stipulation of dismissal or a joint status report on or before June 30, 2025.",
            ],
            Dated = "Dated: April 2, 2025",
            Signature = ["/s/ Kimberly J. Mueller", "KIMBERLY J. MUELLER", "CHIEF UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            Slug = "pdf-denial",
            CaseNumber = "No. 2:21-cv-02222 WBS KJN",
            Plaintiffs = ["PATRICIA OYELOWO,"],
            Defendants = ["CITY OF RIVERBEND,"],
            DefendantRole = "Defendant.",
            Title = ["ORDER DENYING MOTION TO STAY"],
            Intro = "Defendant asks the court to stay this action pending a related state proceeding. The court finds no reason to delay. Accordingly, IT IS HEREBY ORDERED that:",
            Directives = ["Defendant's motion to stay (ECF No. 30) is DENIED.", "Defendant shall answer the complaint within fourteen (14) days of this order."],
            Dated = "Dated: February 11, 2025",
            Signature = ["/s/ William B. Shubb", "WILLIAM B. SHUBB", "SENIOR UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            Slug = "pdf-findings-and-recommendations",
            Division = "FRESNO",
            CaseNumber = "Case No. 1:24-cv-00155-JLT-HBK (HC)",
            Plaintiffs = ["DARIUS KELLAND,"],
            PlaintiffRole = "Petitioner,",
            Defendants = ["T. ABERNATHY, Warden,"],
            DefendantRole = "Respondent.",
            Title = ["FINDINGS AND", "RECOMMENDATIONS TO GRANT", "MOTION TO STAY"],
            Intro = "Petitioner asks the court to stay this action under Kelly v. Small, 315 F.3d 1063 (9th Cir. 2003), while he exhausts a claim in state court. The undersigned recommends that the motion be granted.",
            Directives = [],
            Dated = "Dated: August 8, 2025",
            Signature = ["HELENA M. BARCH-KUCHTA", "UNITED STATES MAGISTRATE JUDGE"],
        },
        new()
        {
            Slug = "pdf-bankruptcy",
            Division = "FRESNO",
            CaseNumber = "No. 1:22-cv-00871-DAD-SKO",
            Plaintiffs = ["SIERRA FOOTHILL SUPPLY CO.,"],
            Defendants = ["VALLEY HARVEST MARKETS, INC.,"],
            DefendantRole = "Defendant.",
            Title = ["ORDER STAYING CASE"],
            Intro = "On May 2, 2025, defendant filed a notice that it had filed a petition under Chapter 11 of the Bankruptcy Code. (Doc. No. 40.) The automatic stay of 11 U.S.C. § 362(a) applies to this action. Accordingly, IT IS HEREBY ORDERED that:",
            Directives = ["This action is STAYED pending further order of the court.", "Plaintiff shall file a status report within thirty days of any ruling lifting the automatic stay."],
            Dated = "Dated: May 9, 2025",
            Signature = ["/s/ Dale A. Drozd", "DALE A. DROZD", "UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            Slug = "pdf-appeal",
            CaseNumber = "No. 2:23-cv-00912-TLN-DB",
            Plaintiffs = ["GOLDEN STATE ANGLERS ASSOCIATION, et al.,"],
            PlaintiffRole = "Plaintiffs,",
            Defendants = ["DIRECTOR, CALIFORNIA DEPARTMENT OF FISH AND WILDLIFE,"],
            DefendantRole = "Defendant.",
            Title = ["ORDER GRANTING JOINT MOTION", "FOR A STAY OF PROCEEDINGS"],
            Intro = "The parties jointly move to stay these proceedings pending the Ninth Circuit's decision in the interlocutory appeal of this court's order denying a preliminary injunction. (ECF No. 28.) Good cause appearing, IT IS HEREBY ORDERED that:",
            Directives = ["The joint motion (ECF No. 28) is GRANTED, and this action is STAYED pending the Ninth Circuit's decision.", "The parties shall file a joint status report within fourteen (14) days of the Ninth Circuit's decision."],
            Dated = "Dated: June 17, 2025",
            Signature = ["/s/ Troy L. Nunley", "TROY L. NUNLEY", "UNITED STATES DISTRICT JUDGE"],
        },
        new()
        {
            Slug = "pdf-rhines-prisoner",
            CaseNumber = "No. 2:24-cv-1447 DB P",
            Plaintiffs = ["MARCUS ODUYA,"],
            PlaintiffRole = "Petitioner,",
            Defendants = ["WARDEN, MULE CREEK STATE PRISON,"],
            DefendantRole = "Respondent.",
            Title = ["ORDER"],
            Intro = "Petitioner moves to stay this habeas action under Rhines v. Weber, 544 U.S. 269 (2005), while he exhausts two claims in state court. Accordingly, IT IS HEREBY ORDERED that:",
            Directives = ["Petitioner's motion for a stay (ECF No. 12) is GRANTED, and this action is STAYED.", "Petitioner shall file a status report every ninety (90) days."],
            Dated = "Dated: October 6, 2025",
            Signature = ["/s/ Deborah Barnes", "DEBORAH BARNES", "UNITED STATES MAGISTRATE JUDGE"],
        },
        new()
        {
            Slug = "pdf-discovery-stay",
            CaseNumber = "No. 2:23-cv-02048-DJC-AC (PS)",
            Plaintiffs = ["EVANGELINE ROSSI,"],
            Defendants = ["COUNTY OF PLACER, et al.,"],
            Title = ["ORDER GRANTING MOTION TO", "STAY DISCOVERY"],
            Intro = "Defendants move to stay discovery pending resolution of their motion to dismiss. (ECF No. 22.) Accordingly, IT IS HEREBY ORDERED that:",
            Directives = ["Defendants' motion to stay discovery (ECF No. 22) is GRANTED.", "Discovery is STAYED pending resolution of the motion to dismiss."],
            Dated = "Dated: July 1, 2025",
            Signature = ["/s/ Allison Claire", "ALLISON CLAIRE", "UNITED STATES MAGISTRATE JUDGE"],
        },
        new()
        {
            Slug = "pdf-magistrate-vdrp",
            CaseNumber = "No. 2:17-cv-1607 JAM KJN",
            Plaintiffs = ["SCOTT JORDANSON,"],
            Defendants = ["PATRICK H. MEEKLY, et al.,"],
            Intro = VdrpIntro,
            Directives = s_vdrp.Take(4).ToArray(),
            Dated = "Dated: September 7, 2017",
            Signature = ["KENDALL J. NEWMAN", "UNITED STATES MAGISTRATE JUDGE"],
        },
        new()
        {
            Slug = "pdf-northern-district",
            Court = "NORTHERN",
            CaseNumber = "Case No. 3:24-cv-05555-JST",
            Plaintiffs = ["BAYVIEW TENANTS UNION,"],
            Defendants = ["MISSION HEIGHTS PROPERTIES LLC,"],
            DefendantRole = "Defendant.",
            Title = ["ORDER STAYING CASE"],
            Intro = "The parties report that they have reached a settlement in principle. IT IS HEREBY ORDERED that:",
            Directives = ["This action is STAYED pending finalization of the settlement.", "The parties shall file a stipulation of dismissal within sixty (60) days."],
            Dated = "Dated: September 2, 2025",
            Signature = ["/s/ Jon S. Tigar", "JON S. TIGAR", "UNITED STATES DISTRICT JUDGE"],
        },
    ];
}
