#!/usr/bin/env python3
"""Generates the text fixtures under testdata/orders/ (synthetic orders; every name is fictional).

Each order is written in one of the text forms seen in the wild:
  pleading   - pleading-paper line numbers at line starts (28 per page), page number between pages
  collapsed  - all line breaks collapsed, margin numbers inline between words
  newline    - every margin number on its own line, detached from the text (justia style)
  markdown   - converter output: **bold**, '- ' bullets, page 2 printed before page 1
  clean      - casetext style: no line numbers, date line on top
Run:  python3 testdata/generate_text_fixtures.py   (deterministic; rewrites input.txt files only)
Golden files (expected.json) are written by the test suite on request and reviewed by eye:
  CASESTAY_UPDATE_GOLDEN=1 dotnet test --filter Golden
"""
import os
import textwrap

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "orders")

VDRP_DIRECTIVES = [
    "This action is STAYED pending further order of the court.",
    "All previously set deadlines and hearings are VACATED.",
    "The parties are DIRECTED to promptly meet and confer to discuss settlement of this action.",
    "If the parties have not been able to informally reach a settlement within forty-five (45) days, the parties "
    "shall thereafter initiate participation in the court's Voluntary Dispute Resolution Program (\"VDRP\") by "
    "contacting the court's VDRP administrator, and file a notice on the court's docket stating they have contacted "
    "the VDRP administrator.\u00b9",
    "The parties shall carefully review and comply with E.D. Cal. L.R. 271, which outlines the specifications and "
    "requirements of the VDRP.",
    "No later than fourteen (14) days after completion of the VDRP session, the parties shall jointly file their "
    "VDRP Completion Report, consistent with E.D. Cal. L.R. 271(o).",
]
VDRP_FOOTNOTE = ("The parties are expected to make good faith efforts to timely and fully exhaust informal "
                 "settlement efforts prior to initiating participation in the VDRP.")

ORDERS = {
    "vdrp-pleading-2p": dict(
        form="pleading", court="EASTERN", case="Case No. 2:23-cv-01234-TLN-AC", plaintiff="MARGARET QUILLON,",
        p_role="Plaintiff,", defendant="HARBOR LIGHT GROCERY, INC., et al.,", d_role="Defendants.", title="ORDER",
        intro="Plaintiff filed this action under the Americans with Disabilities Act on May 1, 2023. (ECF No. 1.) "
              "In the interest of avoiding the accumulation of fees and costs, IT IS HEREBY ORDERED that:",
        directives=VDRP_DIRECTIVES, labels=None, footnote=VDRP_FOOTNOTE,
        dated="Dated: March 3, 2025", sig=["/s/ Troy L. Nunley", "TROY L. NUNLEY", "UNITED STATES DISTRICT JUDGE"]),
    "vdrp-collapsed-misnumbered": dict(
        form="collapsed", court="EASTERN", case="No. 2:24-cv-0777 DJC CKD", plaintiff="OSCAR BELLWEATHER,",
        p_role="Plaintiff,", defendant="DELTA PIER HOLDINGS LLC,", d_role="Defendant.", title="ORDER",
        intro="IT IS HEREBY ORDERED that:", directives=VDRP_DIRECTIVES[:5], labels=["1", "2", "4", "3", "5"],
        footnote=VDRP_FOOTNOTE, dated="DATED: 6/2/2025",
        sig=["THE HONORABLE DANIEL J. CALABRETTA", "UNITED STATES DISTRICT JUDGE"]),
    "arbitration-newline": dict(
        form="newline", court="EASTERN", case="Case No. 1:22-cv-00412-JLT-SAB", plaintiff="GRANITE VALLEY PACKERS, INC.,",
        p_role="Plaintiff,", defendant="NORTHWIND FREIGHT CO.,", d_role="Defendant.",
        title="ORDER GRANTING MOTION TO COMPEL ARBITRATION AND STAYING ACTION",
        intro="Defendant moves to compel arbitration under 9 U.S.C. \u00a7 4 and to stay this action pending arbitration. "
              "(Doc. No. 9.) The motion is granted. Accordingly, IT IS HEREBY ORDERED that:",
        directives=["Defendant's motion to compel arbitration (Doc. No. 9) is GRANTED.",
                    "This action is STAYED pending completion of arbitration.",
                    "The parties shall file a joint status report within ninety (90) days of the date of this order "
                    "and every ninety (90) days thereafter."],
        labels=None, footnote=None, dated="Dated: July 14, 2025",
        sig=["/s/ Jennifer L. Thurston", "JENNIFER L. THURSTON", "UNITED STATES DISTRICT JUDGE"]),
    "rhines-clean": dict(
        form="clean", court=None, case="1:23-cv-00981-KES-EPG (HC)", plaintiff="LUIS ORTEGA-MARSH,",
        p_role="Petitioner,", defendant="WARDEN, KERN VALLEY STATE PRISON,", d_role="Respondent.",
        title="ORDER GRANTING PETITIONER'S MOTION FOR STAY AND ABEYANCE",
        intro="Petitioner moves to stay this habeas action under Rhines v. Weber, 544 U.S. 269 (2005), while he exhausts "
              "two claims in state court. Accordingly, IT IS HEREBY ORDERED that:",
        directives=["Petitioner's motion for a stay (ECF No. 12) is GRANTED.",
                    "This action is STAYED pending exhaustion of state remedies.",
                    "Petitioner shall file a status report every ninety (90) days."],
        labels=None, footnote=None, dated="Dated: October 6, 2025",
        sig=["/s/ Erica P. Grosjean", "UNITED STATES MAGISTRATE JUDGE"], date_line="10-06-2025"),
    "vdrp-markdown-out-of-order": dict(
        form="markdown", court="EASTERN", case="Case No.: 2:25-cv-00315-DAD-JDP", plaintiff="ROSALIND FEATHERSTONE,",
        p_role="Plaintiff,", defendant="CASCADE OUTLET STORES, L.P., ET AL.,", d_role="Defendants.", title="ORDER",
        intro="On April 2, 2025, Defendant removed this action to this court. ECF No. 1. IT IS HEREBY ORDERED that:",
        directives=VDRP_DIRECTIVES, labels=["1", "2", "3", None, "5", "6"], footnote=VDRP_FOOTNOTE,
        dated="Dated: May 20, 2025", sig=["/s/ Dale A. Drozd", "THE HONORABLE DALE A. DROZD", "UNITED STATES DISTRICT JUDGE"]),
    "denial-pleading": dict(
        form="pleading", court="EASTERN", case="No. 2:21-cv-02222 WBS KJN", plaintiff="PATRICIA OYELOWO,",
        p_role="Plaintiff,", defendant="CITY OF RIVERBEND,", d_role="Defendant.", title="ORDER DENYING MOTION TO STAY",
        intro="Defendant asks the court to stay this action pending a related state proceeding. The court finds no "
              "reason to delay. Accordingly, IT IS HEREBY ORDERED that:",
        directives=["Defendant's motion to stay (ECF No. 30) is DENIED.",
                    "Defendant shall answer the complaint within fourteen (14) days of this order."],
        labels=None, footnote=None, dated="Dated: February 11, 2025",
        sig=["/s/ William B. Shubb", "WILLIAM B. SHUBB", "UNITED STATES DISTRICT JUDGE"]),
    "fr-collapsed": dict(
        form="collapsed", court="EASTERN", case="Case No. 1:24-cv-00155-JLT-HBK", plaintiff="DARIUS KELLAND,",
        p_role="Petitioner,", defendant="T. ABERNATHY, Warden,", d_role="Respondent.",
        title="FINDINGS AND RECOMMENDATIONS TO GRANT MOTION TO STAY",
        intro="Petitioner asks the court to stay this action under Kelly v. Small, 315 F.3d 1063 (9th Cir. 2003). "
              "The undersigned recommends that the motion be granted.",
        directives=[], labels=None, footnote=None, dated="Dated: August 8, 2025",
        sig=["HELENA M. BARCH-KUCHTA", "UNITED STATES MAGISTRATE JUDGE"]),
    "other-district-clean": dict(
        form="clean", court="NORTHERN", case="Case No. 3:24-cv-05555-JST", plaintiff="BAYVIEW TENANTS UNION,",
        p_role="Plaintiff,", defendant="MISSION HEIGHTS PROPERTIES LLC,", d_role="Defendant.", title="ORDER STAYING CASE",
        intro="The parties report that they have reached a settlement in principle. IT IS HEREBY ORDERED that:",
        directives=["This action is STAYED pending finalization of the settlement.",
                    "The parties shall file a stipulation of dismissal within sixty (60) days."],
        labels=None, footnote=None, dated="Dated: September 2, 2025",
        sig=["/s/ Jon S. Tigar", "UNITED STATES DISTRICT JUDGE"]),
}


def caption_lines(o):
    lines = []
    if o["court"]:
        lines += ["UNITED STATES DISTRICT COURT", f"{o['court']} DISTRICT OF CALIFORNIA", ""]
    lines += [o["plaintiff"], o["p_role"], "v.", o["defendant"], o["d_role"], "", o["case"], "", o["title"], ""]
    return lines


def body_paragraphs(o):
    paras = [o["intro"]]
    labels = o["labels"] or [str(i + 1) for i in range(len(o["directives"]))]
    for label, text in zip(labels, o["directives"]):
        paras.append((f"{label}. " if label else "") + text)
    paras.append("IT IS SO ORDERED.")
    return paras


def signature_lines(o):
    return [o["dated"], ""] + o["sig"]


def wrap(paragraph):
    return textwrap.wrap(paragraph, 88) or [""]


def render_pleading(o, collapse=False, detached=False):
    """Lay the order out on 28-line pages and number the lines as a text converter would."""
    flat = caption_lines(o)
    for p in body_paragraphs(o):
        flat += wrap(p) + [""]
    flat += signature_lines(o)
    pages = [flat[i:i + 26] for i in range(0, len(flat), 26)]
    out = []
    for n, page in enumerate(pages, start=1):
        page = page + [""] * (28 - len(page))
        if o["footnote"] and n == len(pages):
            note = wrap("\u00b9 " + o["footnote"])
            page = page[:28 - len(note)] + note
        if detached:
            out += [str(i) for i in range(1, 29)] + [l for l in page if l]
        else:
            out += [f"{i} {l}".rstrip() for i, l in enumerate(page, start=1)]
        out.append(str(n))
    if collapse:
        return " ".join(x for x in out if x.strip()) + "\n"
    return "\n".join(out) + "\n"


def render_markdown(o):
    caption = caption_lines(o)
    if o["court"]:
        caption[0:2] = [f"**{caption[0]}", f"{caption[1]}**"]
    paras = body_paragraphs(o)
    first, rest = paras[:3], paras[3:]
    page2 = []
    for p in rest:
        page2.append("- " + p if p[0].isdigit() or not p.startswith("IT IS") else p)
        page2.append("")
    page2 += signature_lines(o)
    if o["footnote"]:
        page2 += ["", " 1 " + o["footnote"]]
    page1 = [l for l in caption] + [p + "\n" for p in first]
    return "\n".join(["2", ""] + page2 + ["", "---", ""] + page1) + "\n"


def render_clean(o):
    head = [o["case"], o.get("date_line", ""), ""]
    caption = " ".join(x for x in [o["plaintiff"], o["p_role"], "v.", o["defendant"], o["d_role"]])
    lines = head + [caption, "", o["title"], ""]
    for p in body_paragraphs(o):
        lines += [p, ""]
    lines += signature_lines(o)
    if o["court"]:
        lines = [f"United States District Court, {o['court'][0]}.D. California", ""] + lines
    return "\n".join(lines) + "\n"


def main():
    for slug, o in ORDERS.items():
        form = o["form"]
        if form == "pleading":
            text = render_pleading(o)
        elif form == "collapsed":
            text = render_pleading(o, collapse=True)
        elif form == "newline":
            text = render_pleading(o, detached=True)
        elif form == "markdown":
            text = render_markdown(o)
        else:
            text = render_clean(o)
        folder = os.path.join(ROOT, slug)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "input.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        print(f"wrote {slug}/input.txt ({len(text)} chars)")


if __name__ == "__main__":
    main()
