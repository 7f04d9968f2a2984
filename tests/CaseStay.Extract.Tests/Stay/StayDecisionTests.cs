using CaseStay.Extract.Readers.Stay;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Stay;

/// <summary>
/// The stay decision on synthetic snippets (invented names and wording): every clause form, polarity and
/// speech-act guard of the grammar, each reason code and each kind. A row gives the title, the body, and either the
/// stay kind (a stay order) or the reason code (not one).
/// </summary>
public class StayDecisionTests
{
    private const string Closing = "\nIT IS SO ORDERED.\nDated: March 4, 2024";

    public static TheoryData<string, string, string> Stays => new()
    {
        // a subject + stayed / held in abeyance / administratively closed
        { "ORDER", "IT IS HEREBY ORDERED that this action is stayed pending the outcome of the related state-court proceeding." + Closing, StayKinds.RelatedCase },
        { "ORDER", "IT IS ORDERED that all proceedings in this case are hereby STAYED pending arbitration before the AAA." + Closing, StayKinds.Arbitration },
        { "ORDER", "Accordingly, the claims against Defendant Harlow Freight are stayed pending resolution of its Chapter 11 bankruptcy case." + Closing, StayKinds.Bankruptcy },
        { "ORDER", "IT IS ORDERED that discovery is stayed pending a ruling on the motion to dismiss." + Closing, StayKinds.Discovery },
        { "ORDER", "IT IS ORDERED that enforcement of the judgment is STAYED pending appeal to the Ninth Circuit." + Closing, StayKinds.Appeal },
        { "ORDER", "Good cause appearing, this matter is hereby stayed and administratively closed until the parties finalize their settlement." + Closing, StayKinds.Settlement },
        { "ORDER", "IT IS ORDERED that the federal petition shall be held in abeyance while petitioner exhausts his unexhausted claims in state court." + Closing, StayKinds.HabeasRhines },
        { "ORDER", "it is hereby ordered that this action is administratively closed and stayed pending the agency's decision on the visa petition." + Closing, StayKinds.Other },
        { "ORDER", "IT IS ORDERED: 1. This action is STAYED pending further order. 2. Within 45 days the parties shall contact the VDRP administrator." + Closing, StayKinds.VdrpSettlement },
        { "ORDER", "IT IS ORDERED that the case shall remain stayed pending the criminal prosecution of Plaintiff Dara Quill." + Closing, StayKinds.RelatedCase },

        // a request granted, across parentheticals within one sentence
        { "ORDER", "IT IS HEREBY ORDERED that Plaintiff's motion to stay all proceedings (ECF No. 41) is granted pending mediation." + Closing, StayKinds.Settlement },
        { "ORDER", "Accordingly, the Joint Motion for Stay Pending Settlement (ECF No. 30) should be and hereby is GRANTED." + Closing, StayKinds.Settlement },
        { "ORDER", "IT IS ORDERED that Respondent's application for a stay of this action (Doc. 12; Doc. 14) is GRANTED pending the Supreme Court's decision in Orrin v. Vail." + Closing, StayKinds.RelatedCase },
        { "ORDER", "IT IS ORDERED that petitioner's motion for a stay under Kelly v. Small is GRANTED; the alternative request under Rhines v. Weber is DENIED as moot." + Closing, StayKinds.HabeasKelly },
        { "ORDER", "IT IS ORDERED that the parties' stipulated request to stay the case pending the appraisal under the policy is GRANTED." + Closing, StayKinds.Arbitration },
        { "ORDER", "IT IS ORDERED that Defendant's motion to extend the stay (ECF No. 88) is GRANTED while the parties continue settlement negotiations." + Closing, StayKinds.Settlement },
        { "ORDER", "The motion to stay is GRANTED and the motion to remand is DENIED without prejudice pending the ruling of the MDL court." + Closing, StayKinds.RelatedCase },

        // the Court acting
        { "ORDER", "For the foregoing reasons, the Court stays this lawsuit pending the outcome of the arbitration." + Closing, StayKinds.Arbitration },
        { "ORDER", "Accordingly, the Court GRANTS Defendant's motion to compel arbitration and to stay the proceedings." + Closing, StayKinds.Arbitration },
        { "ORDER", "Accordingly, the Court DENIES the motion to dismiss and GRANTS the stay of discovery pending the early settlement conference." + Closing, StayKinds.Discovery },
        { "ORDER", "IT IS ORDERED that the Court extends the stay of this action until the certiorari petition in this case is decided." + Closing, StayKinds.Appeal },
        { "ORDER", "IT IS ORDERED that the stay previously entered is extended to June 1, 2025, pending resolution of the action through the parties' negotiations." + Closing, StayKinds.Settlement },
        { "ORDER", "IT IS ORDERED that the stay of this case shall remain in effect pending the Ninth Circuit's mandate." + Closing, StayKinds.Appeal },
        { "ORDER", "IT IS ORDERED that the motion to lift the stay is DENIED. The stay is continued pending the state court's decision in the companion case." + Closing, StayKinds.RelatedCase },
        { "ORDER", "As requested, the Court stays this case for sixty (60) days." + Closing, StayKinds.Other },

        // titles decide when the operative part is silent or not visible
        { "ORDER STAYING CASE PENDING APPEAL", "Plaintiff appealed the judgment to the Court of Appeals. The Court has considered the factors of", StayKinds.Appeal },
        { "ORDER HOLDING FEDERAL PROCEEDINGS IN ABEYANCE PENDING STATE EXHAUSTION", "Petitioner filed a mixed petition. Under the governing", StayKinds.HabeasRhines },
        { "order granting defendant's motion to stay pending arbitration", "Defendant moved to compel arbitration and to stay. The", StayKinds.Arbitration },
        { "JOINT STIPULATION TO STAY THE CASE PENDING MEDIATION AND [PROPOSED] ORDER", "The parties, through counsel, stipulate as follows." + Closing, StayKinds.Settlement },
        { "ORDER DENYING PLAINTIFF'S MOTION TO LIFT STAY; ORDER GRANTING MOTION TO EXTEND STAY", "Plaintiff Tova Renn asks the Court to lift the stay entered in the related federal criminal case. The", StayKinds.RelatedCase },
        { "ORDER GRANTING JOINT MOTION FOR DISCOVERY STAY", "The parties jointly move to stay discovery. The", StayKinds.Discovery },
        { "ORDER STAYING PROCEEDINGS AGAINST DEFENDANT NORTHWIND CARE, LLC PURSUANT TO 11 U.S.C. § 362(a)", "Defendant filed a suggestion of bankruptcy. The", StayKinds.Bankruptcy },

        // approval, partial grants, adopted recommendations
        { "ORDER", "IT IS ORDERED that the parties' stipulation to stay this case (ECF No. 20) is APPROVED pending mediation." + Closing, StayKinds.Settlement },
        { "ORDER GRANTING IN PART AND DENYING IN PART MOTION TO STAY", "Defendant Orla Finch seeks a stay pending appeal. The", StayKinds.Appeal },
        { "ORDER", "Accordingly, the Court GRANTS in part and DENIES in part the motion to stay pending the related criminal case." + Closing, StayKinds.RelatedCase },
        { "ORDER ADOPTING FINDINGS AND RECOMMENDATIONS", "IT IS ORDERED that: 1. The findings and recommendations recommending that the motion to stay under Rhines be granted (ECF No. 20) are ADOPTED in full." + Closing, StayKinds.HabeasRhines },
        { "ORDER", "IT IS ORDERED that this action is stayed pending the decision of the Board of Immigration Appeals on the petition." + Closing, StayKinds.Other },
        { "ORDER", "IT IS ORDERED that this case is STAYED until the Ninth Circuit issues its mandate in Pell v. Okafor." + Closing, StayKinds.RelatedCase },
        { "ORDER", "IT IS ORDERED that this matter is stayed because of the lapse in appropriations." + Closing, StayKinds.Other },
        { "ORDER", "MINUTE ORDER: The request for stay (ECF No. 7) is GRANTED. All dates are vacated pending the settlement conference.", StayKinds.Settlement },

        // the court's act in the reasoning, coordinated with another verb
        { "ORDER", "The Court has reviewed the docket and will grant a further stay until the criminal trial of Plaintiff ends. The", StayKinds.RelatedCase },

        // a truncated text: the court's own conclusion in the reasoning decides
        { "ORDER", "The parties jointly request a stay pending resolution of the interlocutory appeal. The circumstances here warrant a stay, although the appeal may take", StayKinds.Appeal },
        { "ORDER", "For the reasons set forth below, the court will grant defendant's motion to stay this action pending resolution of ongoing state proceedings. The", StayKinds.RelatedCase },
    };

    public static TheoryData<string, string, string> NotStays => new()
    {
        // polarity: denials and lifts
        { "ORDER", "IT IS ORDERED that Defendant's motion to stay (ECF No. 22) is DENIED." + Closing, NotStayReasons.DeniesStay },
        { "ORDER DENYING STIPULATED REQUEST TO STAY", "The parties ask that the case be stayed for ninety days. The" , NotStayReasons.DeniesStay },
        { "ORDER", "Nonetheless, the court declines to stay this matter. IT IS ORDERED that the parties file a joint report." + Closing, NotStayReasons.DeniesStay },
        { "ORDER GRANTING REQUEST TO LIFT STAY", "Petitioner has exhausted his claims. The", NotStayReasons.LiftsStay },
        { "ORDER", "IT IS ORDERED: 1. The stay of the matter is lifted; 2. The Clerk shall reopen the case." + Closing, NotStayReasons.LiftsStay },
        { "ORDER", "IT IS ORDERED that the stay entered on May 2, 2022 is hereby vacated." + Closing, NotStayReasons.LiftsStay },
        { "ORDER", "Accordingly, the Court lifts the stay and sets a scheduling conference." + Closing, NotStayReasons.LiftsStay },
        { "ORDER", "IT IS ORDERED that Plaintiff's motion to lift the stay is DENIED." + Closing, NotStayReasons.MentionsStay },

        // speech-act guards
        { "FINDINGS AND RECOMMENDATIONS", "IT IS HEREBY RECOMMENDED that petitioner's motion for a stay (ECF No. 9) be granted.", NotStayReasons.RecommendsStay },
        { "FINDINGS & RECOMMENDATIONS", "The undersigned recommends that the motion to stay be granted.", NotStayReasons.RecommendsStay },
        { "ORDER & FINDINGS & RECOMMENDATIONS", "For these reasons, the undersigned recommends that his motion to stay be denied.", NotStayReasons.RecommendsStay },
        { "ORDER", "IT IS HEREBY RECOMMENDED that this action be stayed pending exhaustion.", NotStayReasons.RecommendsStay },
        { "DEFENDANT'S NOTICE OF MOTION AND MOTION TO STAY PROCEEDINGS", "PLEASE TAKE NOTICE that Defendant moves to stay this action.", NotStayReasons.MotionNotOrder },
        { "ORDER SETTING STATUS CONFERENCE", "This case was stayed on May 3, 2021. IT IS ORDERED that a status conference is set for June 1." + Closing, NotStayReasons.MentionsStay },
        { "ORDER", "Defendants, in the alternative, request that this matter be stayed. IT IS ORDERED that the motion to dismiss is granted." + Closing, NotStayReasons.MentionsStay },
        { "ORDER", "IT IS ORDERED that the motion to dismiss is granted. See Ardent v. Moss (staying a parallel case)." + Closing, NotStayReasons.MentionsStay },
        { "ORDER", "IT IS ORDERED that the hearing is continued to May 5. \u201CThe action is stayed pending appeal,\u201D the prior order said." + Closing, NotStayReasons.MentionsStay },
        { "ORDER", "IT IS ORDERED that if the parties settle, the stay will be lifted. The motion to compel is granted." + Closing, NotStayReasons.MentionsStay },
        { "ORDER", "The Court will decide whether a stay is appropriate after the hearing. IT IS ORDERED that the hearing is set." + Closing, NotStayReasons.MentionsStay },

        { "ORDER", "IT IS ORDERED that the motion to stay is DENIED as moot and the motion to dismiss is GRANTED." + Closing, NotStayReasons.DeniesStay },
        { "ORDER", "IT IS ORDERED that the stay is lifted and the case is reopened; the parties shall file a joint status report." + Closing, NotStayReasons.LiftsStay },

        { "ORDER", "Following review, further scheduling of this action is stayed pending plaintiff's review of the records. Accordingly, IT IS HEREBY ORDERED that defendants shall produce the records within thirty days." + Closing, NotStayReasons.MentionsStay },

        // nothing, or nothing visible
        { "ORDER", "IT IS ORDERED that the scheduling conference is continued to April 9, 2024." + Closing, NotStayReasons.NoStayLanguage },
        { "ORDER", "Plaintiff filed this action in 2021 alleging barriers at a gas station. The parties have filed", NotStayReasons.DecisionNotVisible },
        { "ORDER", "Defendant moved to stay the action pending arbitration. The standard for a stay under Landis requires", NotStayReasons.DecisionNotVisible },

        // documents that are not orders
        { "COMPLAINT FOR DAMAGES", "Plaintiff alleges that the stay of the eviction was wrongful.", NotStayReasons.MotionNotOrder },
        { "REPORTER'S TRANSCRIPT OF PROCEEDINGS", "THE COURT: The case is stayed.", NotStayReasons.NotAnOrder },
        { "JUDGMENT IN A CIVIL CASE", "The action is dismissed.", NotStayReasons.NotAnOrder },
        { "VERDICT FORM", "We, the jury, find for the plaintiff.", NotStayReasons.NotAnOrder },
        { "DEFENDANT'S OPPOSITION TO PLAINTIFF'S MOTION TO STAY", "The action should not be stayed.", NotStayReasons.MotionNotOrder },
    };

    [Theory]
    [MemberData(nameof(Stays))]
    public void Stay_KindFromWhatIsGranted(string title, string body, string kind)
    {
        var d = StayReader.Decide(title, string.Empty, body);
        d.IsStayOrder.Should().BeTrue(d.Reason?.Message);
        d.Stay!.Kind.Should().Be(kind);
        d.Reason.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(NotStays))]
    public void NotStay_SaysWhy(string title, string body, string code)
    {
        var d = StayReader.Decide(title, string.Empty, body);
        d.IsStayOrder.Should().BeFalse(d.Stay?.Kind);
        d.Stay.Should().BeNull();
        d.Reason!.Code.Should().Be(code);
        d.Reason.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("WREN HOLLIS, ) Case No. 1:22-cv-00101 ) Plaintiff, ) ORDER GRANTING DEFENDANTS' MOTION\nv. ) TO STAY DISCOVERY PENDING APPEAL\nCORBIN MILLS, ) Defendant.", StayKinds.Discovery)]
    [InlineData("WREN HOLLIS, Plaintiff, ORDER DENYING MOTION TO LIFT STAY; ORDER GRANTING\nv. MOTION TO CONTINUE Stay PENDING THE RELATED CRIMINAL CASE\nCORBIN MILLS, Defendant.", StayKinds.RelatedCase)]
    public void Stay_FromATitleSplitByCaptionColumns(string caption, string kind)
    {
        // The caption reader's title may hold only part of it: the printed title runs of the caption are read whole.
        var d = StayReader.Decide("ORDER GRANTING DEFENDANTS' MOTION", caption, "Defendants moved on May 2. The");
        d.IsStayOrder.Should().BeTrue(d.Reason?.Message);
        d.Stay!.Kind.Should().Be(kind);
    }

    [Theory]
    [MemberData(nameof(Stays))]
    public void Stay_IsTheSameInAnyLetterCase(string title, string body, string kind)
    {
        StayReader.Decide(title, string.Empty, body.ToUpperInvariant()).Stay?.Kind.Should().Be(kind);
        StayReader.Decide(title, string.Empty, body.ToLowerInvariant().Replace(" v. ", " v. ", StringComparison.Ordinal)).IsStayOrder.Should().BeTrue();
    }
}
