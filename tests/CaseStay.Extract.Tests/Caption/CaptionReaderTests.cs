using CaseStay.Extract.Tests.Generality;
using FluentAssertions;
using Xunit;

namespace CaseStay.Extract.Tests.Caption;

/// <summary>
/// The caption grammar on synthetic captions (invented names): every caption form (plain, ")" columns, -layout two
/// columns, role words after the names, "v." before the role word, columns read in the other order), header residue
/// (date lines, divisions, sideways court names, rules, hearing lines, the assigned judge) and case-number residue
/// (PS, CIV. NO., (DTBx)); each row is also read in the other text forms (one token per line, lines collapsed with
/// margin numbers inline, ")" columns added, pleading numbers removed).
/// </summary>
public class CaptionReaderTests
{
    private const string Header = "UNITED STATES DISTRICT COURT\nEASTERN DISTRICT OF CALIFORNIA\n\n";
    private const string Body = "\n\nThe Court has read the papers filed by the parties and rules as follows in this matter today.\n\nIT IS SO ORDERED.\n";

    /// <summary>Name, caption (after the court header), plaintiffs and defendants ("|" between parties; "+" = et al.), role words.</summary>
    public static TheoryData<string, string, string, string, string?, string> Rows => new()
    {
        { "plain lines", "ALMA REYES,\nPlaintiff,\nv.\nNORTHVALE CARE, INC.,\nDefendant.\n\nORDER", "ALMA REYES", "NORTHVALE CARE, INC.", "Plaintiff", "Defendant" },
        { "one line", "ALMA REYES, Plaintiff, v. NORTHVALE CARE, INC., Defendant.\nORDER STAYING CASE", "ALMA REYES", "NORTHVALE CARE, INC.", "Plaintiff", "Defendant" },
        { "paren columns", "ALMA REYES, ) Case No. 2:23-cv-01234-TLN-AC\n) \nPlaintiff, ) ORDER\nv. )\n)\nNORTHVALE CARE, INC., )\n)\nDefendant. )", "ALMA REYES", "NORTHVALE CARE, INC.", "Plaintiff", "Defendant" },
        { "paren columns inline", "BESSA LOOM, ) ) Plaintiff, ) v. ) ) UNITED FARM SUPPLY ) COOPERATIVE, et ) al., ) ) Defendants. ) ) 1:19-cv-0421-SAB ORDER STAYING THIS ACTION", "BESSA LOOM", "UNITED FARM SUPPLY COOPERATIVE+", "Plaintiff", "Defendants" },
        { "case number right of the name", "TESSA VOGEL, No. 2:22-cv-00999-KJM-AC\nPlaintiff,\nv. ORDER GRANTING MOTION TO STAY\nGRANITE BAY FREIGHT LLC,\nDefendant.", "TESSA VOGEL", "GRANITE BAY FREIGHT LLC", "Plaintiff", "Defendant" },
        { "layout two columns", "     TESSA VOGEL,                              No. 2:22-cv-00999-KJM-AC\n                 Plaintiff,                ORDER GRANTING MOTION TO\n           v.                              STAY PROCEEDINGS PENDING\n     GRANITE BAY MUTUAL                    ARBITRATION\n     COMPANY,\n                 Defendant.", "TESSA VOGEL", "GRANITE BAY MUTUAL COMPANY", "Plaintiff", "Defendant" },
        { "layout name beside title", "     OSWIN PRAED,                              CASE NO. 2:21-MJ-0042-AC\n                 Plaintiff,                UNDER SEAL\n           v.                              ORDER TO FILE REDACTED COPY OF\n     KELDA MARSH,                          CRIMINAL COMPLAINT\n                 Defendant.", "OSWIN PRAED", "KELDA MARSH", "Plaintiff", "Defendant" },
        { "v. before the role word", "ORLANDO PIKE, et al.,\nv.\nCase No. 1:21-cv-00456-LJO-SAB\nPlaintiffs,\nORDER GRANTING STIPULATED STAY\nBRAMBLE COUNTY, et al.,\nDefendants.", "ORLANDO PIKE+", "BRAMBLE COUNTY+", "Plaintiffs", "Defendants" },
        { "role words after the names", "HENRY QUILL; MAVIS OKAFOR; and DELL PRATT V. PLAINTIFFS CASE NO. 3:19-CV-2211 LINDEN HARBOR SUPPLY, INC. DEFENDANT ORDER", "HENRY QUILL|MAVIS OKAFOR|DELL PRATT", "LINDEN HARBOR SUPPLY, INC.", "PLAINTIFFS", "DEFENDANT" },
        { "role words after the names, no comma", "FENWICK TRUST COMPANY PLAINTIFF v. ARLO BEAM, et al. CASE NO.: 4:18-cv-79-DMB-JMV DEFENDANTS ORDER STAYING CERTAIN PROCEEDINGS", "FENWICK TRUST COMPANY", "ARLO BEAM+", "PLAINTIFF", "DEFENDANTS" },
        { "columns read in the other order", "Pike v. RIDGE PAPER CO. and DOES 1-10, Defendants. / NOLA BRANDT, Plaintiff, No. C 11-04411 CW ORDER GRANTING MOTION TO COMPEL ARBITRATION", "NOLA BRANDT", "RIDGE PAPER CO.|DOES 1-10", "Plaintiff", "Defendants" },
        { "petitioner and respondent", "GAVIN TORRES,\nPetitioner,\nv.\nE. LANDRY, Warden,\nRespondent.\nORDER GRANTING MOTION TO STAY", "GAVIN TORRES", "E. LANDRY, Warden", "Petitioner", "Respondent" },
        { "warden with prison, title between", "WYATT COLE, 11 Petitioner, 12 Case No. 1:17-cv-01111-DAD DEATH PENALTY CASE v. 13 ORDER HOLDING FEDERAL PROCEEDINGS IN ABEYANCE PENDING STATE EXHAUSTION PROCEEDINGS RON HALE, Warden of Mesa Verde State Prison, 14 Respondent.", "WYATT COLE", "RON HALE, Warden of Mesa Verde State Prison", "Petitioner", "Respondent" },
        { "title cut into the name", "WYATT COLE, Case No. 1:17-cv-01111-DAD 11 Petitioner, DEATH PENALTY CASE 12 v. ORDER HOLDING FEDERAL PROCEEDINGS IN ABEYANCE DURING 13 RON HALE, Warden of the Mesa Verde State PENDENCY OF STATE EXHAUSTION Prison, PROCEEDINGS 14 Respondent.", "WYATT COLE", "RON HALE, Warden of the Mesa Verde State Prison", "Petitioner", "Respondent" },
        { "title pieces inside the defendants", "VALE ORCHARDS, INC., a CASE NO. 1:20-CV-0141 AWI HBK Nevada corporation, 7 Plaintiff ORDER DIRECTING THE PARTIES TO 8 ARBITRATION, ORDER STAYING v. THE MATTER, and ORDER SETTING 9 CONDITIONAL STATUS QUARRY MARKETING, LLC, a CONFERENCE 10 Utah Limited Liability Company, and DOES 1-10 inclusive, 11 (Doc. Nos. 14, 16) Defendant", "VALE ORCHARDS, INC., a Nevada corporation", "QUARRY MARKETING, LLC, a Utah Limited Liability Company|DOES 1-10 inclusive", "Plaintiff", "Defendant" },
        { "entity suffix after a title word", "PERRIN HOLT, an individual, No. 1:21-cv-00512-NONE-JLT 11 Plaintiff, 12 ORDER GRANTING DEFENDANT'S v. UNOPPOSED MOTION TO COMPEL 13 ARBITRATION AND DISMISSING 14 CALDER FREIGHT SOLUTIONS, CASE LLC, a Texas Limited Liability Company; 15 and DOES 1 through 20, inclusive, 16 Defendants.", "PERRIN HOLT, an individual", "CALDER FREIGHT SOLUTIONS, LLC, a Texas Limited Liability Company|DOES 1 through 20, inclusive", "Plaintiff", "Defendants" },
        { "DOES 1 through 20 kept whole", "LUZ ARCE,\nPlaintiff,\nv.\nBRISK COURIERS, INC.; and DOES 1 through 20, inclusive,\nDefendants.", "LUZ ARCE", "BRISK COURIERS, INC.|DOES 1 through 20, inclusive", "Plaintiff", "Defendants" },
        { "PS after hyphenated initials", "RUTH OBI, No. 2:20-cv-00111-KJM-CKD PS\nPlaintiff,\nv. ORDER TO SHOW CAUSE\nCOUNTY OF ELMWOOD et al.,\nDefendants.", "RUTH OBI", "COUNTY OF ELMWOOD+", "Plaintiff", "Defendants" },
        { "PS inside a wrapped name", "K-L UNIVERSITY. BOARD OF No. 2:21–cv–553–MCE–KJN PS TRUSTEES, et al., 12 ORDER TO SHOW CAUSE Plaintiffs, 13 (ECF No. 29.) v. 14 MORRIS A. DALE, et al., 15 Defendants.", "K-L UNIVERSITY. BOARD OF TRUSTEES+", "MORRIS A. DALE+", "Plaintiffs", "Defendants" },
        { "CIV. NO. and a rule", "----oo0oo----\nHUGO MARCH, VERA MARCH, and LINA MARCH,\nPlaintiffs,\nCIV. NO. 2:18-1402 WBS DB\nORDER RE: MOTION TO STAY\nv.\nCITY OF BRANTLEY, BRANTLEY POLICE DEPARTMENT, and OMAR QUINT,\nDefendants.\n----oo0oo----", "HUGO MARCH|VERA MARCH|LINA MARCH", "CITY OF BRANTLEY|BRANTLEY POLICE DEPARTMENT|OMAR QUINT", "Plaintiffs", "Defendants" },
        { "(DTBx) after the initials", "NEVA SOTO et al., Plaintiffs, Case No. 5:14-cv-00222-ODW(DTBx) v. ORDER DENYING JOINT 4KQ Inc.; DOES 1–3, inclusive, Defendants. REQUEST TO FURTHER STAY PROCEEDINGS [31]", "NEVA SOTO+", "4KQ Inc.|DOES 1–3, inclusive", "Plaintiffs", "Defendants" },
        { "S.D. numbers", "PAXTON REED, CASE NOS. 17cv1300-LAB (JMA) and 17cv2600-LAB (JMA) Plaintiff, vs. ORDER GRANTING MOTION TO CONTINUE STAY; AND GLORIA HUNT, TRUSTEE OF THE GLORIA HUNT TRUST DATED JUNE 2, 2014, DIRECTIONS TO PARTIES REGARDING THE COURT'S EXPECTATIONS Defendant.", "PAXTON REED", "GLORIA HUNT, TRUSTEE OF THE GLORIA HUNT TRUST DATED JUNE 2, 2014", "Plaintiff", "Defendant" },
        { "date line above the caption", "March 3, 2021\n\nIRIS MALONE, PLAINTIFF,\nv.\nPELLAM FOODS, INC., ET AL., DEFENDANTS.", "IRIS MALONE", "PELLAM FOODS, INC.+", "PLAINTIFF", "DEFENDANTS" },
        { "division line", "SACRAMENTO DIVISION\n\nJUNE FARRELL,\nPlaintiff,\nv.\nDELTA ROW BAKERY,\nDefendant.", "JUNE FARRELL", "DELTA ROW BAKERY", "Plaintiff", "Defendant" },
        { "mixed-case division and court name again", "San Jose Division For the Northern District of California UNITED STATES DISTRICT COURT CORVID LABS, INC., No. 5:14-CV-3630 LB Plaintiff, v. ORDER COMPELLING ARBITRATION AND STAYING CASE HALVORSEN CANDY CO., INC., MILO FENN, and ADA PRICE [Re: ECF No. 18] Defendants.", "CORVID LABS, INC.", "HALVORSEN CANDY CO., INC.|MILO FENN|ADA PRICE", "Plaintiff", "Defendants" },
        { "sideways court name in the defendants", "KARL DENN, Case No. 3:16-cv-2231 (WHO) Plaintiff, v. OTIS GRAY and PERLA GRAY, United States District Court Northern District of California ORDER FOR CASE REASSIGNED TO VISITING JUDGE Defendants.", "KARL DENN", "OTIS GRAY|PERLA GRAY", "Plaintiff", "Defendants" },
        { "hearing line between the name and the role", "ODA PRICE, Plaintiff is proceeding with a civil action in this Court. Date: May 1, 2025 Time: 9:30 a.m. ) ) Plaintiff, ) v. ) ) MERIDIAN GRAIN ) EXCHANGE, et ) al., ) ) Defendants. ) ORDER STAYING THIS ACTION", "ODA PRICE", "MERIDIAN GRAIN EXCHANGE+", "Plaintiff", "Defendants" },
        { "assigned judge in the caption", "SCOTT LANE, Plaintiff, No. 2:18-cv-00395-JAM-EFB v. JOINT STIPULATION TO STAY THE CASE PENDING APPEAL AND ORDER CEDAR COFFEE CORPORATION, A Washington Corporation; AND DOES 1-10, Honorable Mara J. Quinn Defendants.", "SCOTT LANE", "CEDAR COFFEE CORPORATION, A Washington Corporation|DOES 1-10", "Plaintiff", "Defendants" },
        { "title in title case words", "RENA HOLT, Case No. 1:20-cv-01556-JLT-EPG Plaintiffs, ORDER GRANTING DEFENDANTS' MOTION TO Stay v. (ECF No. 91) LUGO BRAND, et al., Defendants.", "RENA HOLT", "LUGO BRAND+", "Plaintiffs", "Defendants" },
        { "OCR versus", "LANCE MERRIT,\nPlaintiff,\nVv.\nNORTHWIND LOGISTICS LLC,\nDefendant.", "LANCE MERRIT", "NORTHWIND LOGISTICS LLC", "Plaintiff", "Defendant" },
        { "mixed-case names and descriptors", "SCOTT LANE, Plaintiff, v. Rose Quarry, A California General Partnership; Elaine Voss DBA Voss Garden Grill; and Does 1-10, Defendants.", "SCOTT LANE", "Rose Quarry, A California General Partnership|Elaine Voss DBA Voss Garden Grill|Does 1-10", "Plaintiff", "Defendants" },
        { "official capacity", "HUNT CLUB OF THE WEST, et al., No. 2:22-cv-01395-DAD-JDP 12 Plaintiffs, 13 v. ORDER GRANTING THE PARTIES' JOINT MOTION FOR A STAY OF PROCEEDINGS 14 ROSA BANE, in her official capacity as Attorney General of the State of Nevada, (Doc. No. 28) 15 Defendant.", "HUNT CLUB OF THE WEST+", "ROSA BANE, in her official capacity as Attorney General of the State of Nevada", "Plaintiffs", "Defendant" },
        { "serial list with and", "RORY VANCE, Plaintiff, v. COUNTY OF MADRONA, DAVID ROCHE, HECTOR VILA, and NINA SOLIS, Defendants.", "RORY VANCE", "COUNTY OF MADRONA|DAVID ROCHE|HECTOR VILA|NINA SOLIS", "Plaintiff", "Defendants" },
        { "two names joined by and", "SCOTT LANE, Plaintiff, v. MARIA F. ROYCE and CELIA ANN PARR, Defendants.", "SCOTT LANE", "MARIA F. ROYCE|CELIA ANN PARR", "Plaintiff", "Defendants" },
        { "individually and doing business as", "TAPROOM MEDIA, INC., Plaintiff, v. OWEN DALE FISK, individually and dba FISK'S TAVERN & GRILL, Defendant.", "TAPROOM MEDIA, INC.", "OWEN DALE FISK, individually and dba FISK'S TAVERN & GRILL", "Plaintiff", "Defendant" },
        { "no court header (web excerpt)", "2:22-cv-1015-KJN\n10-11-2022\nDARIO GILL, Plaintiff, v. PETRO MESA OIL CO. et al., Defendants.\nORDER STAYING CASE FOR VDRP", "DARIO GILL", "PETRO MESA OIL CO.+", "Plaintiff", "Defendants" },
        { "et al. in capitals after a comma", "NORA KING, Plaintiff, v. UR MENDEZ, ET AL., Defendants.", "NORA KING", "UR MENDEZ+", "Plaintiff", "Defendants" },
        { "vs. and a slash rule", "EDDA BROWN, et al., Plaintiffs, No. 2:09-cv-2038 JAM CKD PS vs. CANDIDA STEELE, et al., Defendants. / ORDER", "EDDA BROWN+", "CANDIDA STEELE+", "Plaintiffs", "Defendants" },
        { "underscore rule after the defendants", "PIA BOONE, Plaintiff, No. 2:11-cv-623-MCE-EFB PS vs. FEDERAL CORRECTION INSTITUTION MESA, ORDER Defendant. _________________________________/", "PIA BOONE", "FEDERAL CORRECTION INSTITUTION MESA", "Plaintiff", "Defendant" },
        { "N.A. and L.P. suffixes", "MTQQ Investors, L.P., No. 2:15-cv-2317 KJM AC (PS) Plaintiff, v. ORDER CONTINUING HEARING HANK BOLT, STELLA BOLT, and DOES 1-5, Defendants.", "MTQQ Investors, L.P.", "HANK BOLT|STELLA BOLT|DOES 1-5", "Plaintiff", "Defendants" },
        { "agency with its abbreviation", "R.T.V.M., et al., Case No.: 20-CV-2146 TWR (BGS) Plaintiffs, ORDER GRANTING JOINT v. MOTION FOR A STAY U.S. DEPARTMENT OF FARM SECURITY (“DFS”), et al., (ECF No. 72) Defendants.", "R.T.V.M.+", "U.S. DEPARTMENT OF FARM SECURITY (“DFS”)+", "Plaintiffs", "Defendants" },
        { "hearing details after the title", "OPAL DAIRY COMPANY, LLC, Case No. 1:12-cv-02019-SAB ORDER RE MOTIONS Plaintiff, ECF NOS. 29, 36, 38 v. and KAREN SEBRING, et al., Defendants. ORDER SETTING FURTHER SCHEDULING CONFERENCE", "OPAL DAIRY COMPANY, LLC", "KAREN SEBRING+", "Plaintiff", "Defendants" },
        { "status report deadline in the title cell", "PEDRO SALAS, Case No. 1:19-cv-00354-ADA-HBK Plaintiff, ORDER DENYING MOTION TO LIFT STAY; ORDER GRANTING CONSTRUED v. MOTION TO CONTINUE STAY AND DIRECTING DEFENDANT FILE STATUS ROY DENTON, REPORT NO LATER THAN SEPTEMBER 12, 2023 Defendant. (Doc. Nos. 51, 56)", "PEDRO SALAS", "ROY DENTON", "Plaintiff", "Defendant" },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Caption_GivesPartiesAndRoles(string name, string caption, string plaintiffs, string defendants, string? plaintiffRole, string defendantRole)
    {
        var order = StayOrderExtractor.ExtractText(Header + caption + Body).Order!;
        order.Parties.Should().NotBeNull(name);
        Show(order.Parties!.Plaintiffs, order.Parties.PlaintiffsEtAl).Should().Be(plaintiffs, name);
        Show(order.Parties.Defendants, order.Parties.DefendantsEtAl).Should().Be(defendants, name);
        order.Parties.PlaintiffRole.Should().Be(plaintiffRole, name);
        order.Parties.DefendantRole.Should().Be(defendantRole, name);
    }

    /// <summary>
    /// Every row read in every other text form gives the same parties (word for word); except a -layout caption
    /// collapsed into one line, inline or joined (its column gaps are gone: "collapsed-inline-numbers", "one-line") and "DOES 1 through 20" with one token per line (the lone
    /// "1" reads as a pleading-line number before the caption is read).
    /// </summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public void Caption_IsTheSameInEveryTextForm(string name, string caption, string plaintiffs, string defendants, string? plaintiffRole, string defendantRole)
    {
        _ = (plaintiffRole, defendantRole);
        foreach (var (form, apply) in InvarianceTests.Variants.Where(v => v.Name is not "other-case" and not "markdown"))
        {
            if ((name.StartsWith("layout", StringComparison.Ordinal) && form is "collapsed-inline-numbers" or "token-per-line" or "one-line")
                || (caption.Contains("DOES 1 through", StringComparison.Ordinal) && form == "token-per-line"))
            {
                // Known limits of those forms, not of the caption grammar: collapsing a -layout caption loses its
                // column gaps; a number alone on its line ("DOES⏎1⏎through") is read as a pleading-line number.
                continue;
            }

            var order = StayOrderExtractor.ExtractText(apply(Header + caption + Body)).Order!;
            order.Parties.Should().NotBeNull($"{name} / {form}");
            Words(order.Parties!.Plaintiffs, order.Parties.PlaintiffsEtAl).Should().Be(Words(plaintiffs), $"{name} / {form}");
            Words(order.Parties.Defendants, order.Parties.DefendantsEtAl).Should().Be(Words(defendants), $"{name} / {form}");
        }
    }

    [Theory]
    [InlineData("ALMA REYES,\nPlaintiff,\nv.\nNORTHVALE CARE, INC.,\nDefendant.\n\nORDER STAYING CASE PENDING ARBITRATION", "ORDER STAYING CASE PENDING ARBITRATION")]
    [InlineData("ALMA REYES, ) Case No. 2:23-cv-01234-TLN-AC\nPlaintiff, ) ORDER GRANTING JOINT\nv. ) STIPULATION TO STAY\nNORTHVALE CARE, INC., )\nDefendant. )", "ORDER GRANTING JOINT STIPULATION TO STAY")]
    [InlineData("IDA FROST,\nPlaintiff,\nv.\nCALLOWAY TRUST BANK,\nDefendant.\n\nSTIPULATION AND [PROPOSED] ORDER TO STAY ACTION PENDING MEDIATION", "STIPULATION AND [PROPOSED] ORDER TO STAY ACTION PENDING MEDIATION")]
    [InlineData("IDA FROST,\nPlaintiff,\nv.\nCALLOWAY TRUST BANK,\nDefendant.\n\nFINDINGS AND RECOMMENDATIONS TO GRANT MOTION TO STAY", "FINDINGS AND RECOMMENDATIONS TO GRANT MOTION TO STAY")]
    [InlineData("IDA FROST,\nPlaintiff,\nv.\nCALLOWAY TRUST BANK,\nDefendant.\n\nMEMORANDUM AND ORDER RE: THE KESTREL VALLEY MOTION TO STAY", "MEMORANDUM AND ORDER RE: THE KESTREL VALLEY MOTION TO STAY")]
    [InlineData("IDA FROST,\nPlaintiff,\nv.\nCALLOWAY TRUST BANK,\nDefendant.\n\nORDER GRANTING THE UNITED STATES OF AMERICA'S MOTION TO STAY PROCEEDINGS PENDING APPEAL", "ORDER GRANTING THE UNITED STATES OF AMERICA'S MOTION TO STAY PROCEEDINGS PENDING APPEAL")]
    [InlineData("WYATT COLE, 11 Petitioner, 12 v. 13 ORDER HOLDING FEDERAL PROCEEDINGS IN ABEYANCE RON HALE, Warden, 14 Respondent.", "ORDER HOLDING FEDERAL PROCEEDINGS IN ABEYANCE")]
    [InlineData("IDA FROST,\nPlaintiff,\nv.\nCALLOWAY TRUST BANK,\nDefendant.\n\nJUDGMENT", "JUDGMENT")]
    public void Title_IsTheUpperCaseBlockFromItsHead(string caption, string title) =>
        StayOrderExtractor.ExtractText(Header + caption + Body).Order!.Title.Should().Be(title);

    private static string Show(IReadOnlyList<string> parties, bool etAl) => string.Join("|", parties) + (etAl ? "+" : string.Empty);

    private static string Words(IReadOnlyList<string> parties, bool etAl) => Words(string.Join(" ", parties) + (etAl ? " et al" : string.Empty));

    private static string Words(string shown) =>
        string.Join(' ', FieldAgreement.Words(shown.Replace("|", " ", StringComparison.Ordinal).Replace("+", " et al", StringComparison.Ordinal))
            .Split(' ').Where(w => w != "and"));
}
