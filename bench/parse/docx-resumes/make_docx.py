#!/usr/bin/env python3
# ruff: noqa: E501  (a data script: the résumés' lines and Word XML are written out as they are)
"""Build 10 fictional DOCX résumés in the style of ordinary Word / Google Docs templates.

All people, employers, schools, phone numbers (555-01xx / 07700 900xxx) and e-mail
addresses (example.com / example.net / example.org) are invented.

    python bench/parse/docx-resumes/make_docx.py

Writes resumes/w01-*.docx … resumes/w10-*.docx next to this script.
Licence: CC0-1.0 (written for skillgap's benchmark).
"""
import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "resumes"

# ---------------------------------------------------------------- helpers

PPR_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
                  "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
                  "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
                  "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
                  "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
RPR_AFTER_SPACING = ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                     "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl",
                     "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath")


def new_doc(font="Calibri", size=11, margins=(1, 1, 1, 1), author="", created=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(k), font)
    st.paragraph_format.space_after = Pt(2)
    st.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.top_margin, sec.right_margin, sec.bottom_margin, sec.left_margin = [Inches(m) for m in margins]
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    cp.revision = 3
    cp.created = created or dt.datetime(2024, 3, 4, 9, 12)
    cp.modified = (created or dt.datetime(2024, 3, 4, 9, 12)) + dt.timedelta(days=2, hours=3)
    return doc


def text_width(doc):
    s = doc.sections[0]
    return s.page_width - s.left_margin - s.right_margin


def P(container, text="", bold=False, italic=False, size=None, color=None, align=None,
      style=None, after=None, before=None, caps=False):
    p = container.add_paragraph(style=style)
    if text:
        r = p.add_run(text)
        r.bold = bold or None
        r.italic = italic or None
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if caps:
            r.font.all_caps = True
    if align:
        p.alignment = align
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def runs(p, *parts):
    """parts: (text, dict(bold=, italic=, size=, color=))"""
    for text, fmt in parts:
        r = p.add_run(text)
        if fmt.get("bold"):
            r.bold = True
        if fmt.get("italic"):
            r.italic = True
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
    return p


def bottom_border(p, sz=6, color="auto", space=1):
    ppr = p._p.get_or_add_pPr()
    bdr = parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="{sz}" '
                    f'w:space="{space}" w:color="{color}"/></w:pBdr>')
    ppr.insert_element_before(bdr, *PPR_AFTER_PBDR)


def letter_spacing(run, twips=40):
    rpr = run._r.get_or_add_rPr()
    sp = parse_xml(f'<w:spacing {nsdecls("w")} w:val="{twips}"/>')
    rpr.insert_element_before(sp, *RPR_AFTER_SPACING)


def tab_line(container, left, right, pos, left_fmt=None, right_fmt=None, after=None, style=None):
    p = container.add_paragraph(style=style)
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)
    runs(p, (left, left_fmt or {"bold": True}), ("\t" + right, right_fmt or {}))
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def list_bullets(container, items, after=1):
    for it in items:
        p = container.add_paragraph(it, style="List Bullet")
        p.paragraph_format.space_after = Pt(after)


def typed_bullets(container, items, char="•", sep="\t", indent=0.25, after=1):
    for it in items:
        p = container.add_paragraph(f"{char}{sep}{it}")
        pf = p.paragraph_format
        pf.left_indent = Inches(indent)
        pf.first_line_indent = Inches(-indent + 0.05) if sep == " " else Inches(-indent)
        if sep == "\t":
            pf.tab_stops.add_tab_stop(Inches(indent))
        pf.space_after = Pt(after)


def no_borders(table):
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    b = parse_xml(f'<w:tblBorders {nsdecls("w")}>'
                  + "".join(f'<w:{e} w:val="nil"/>' for e in
                            ("top", "left", "bottom", "right", "insideH", "insideV"))
                  + "</w:tblBorders>")
    # tblBorders goes after tblW / jc / tblCellSpacing / tblInd
    succ = ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")
    tblpr.insert_element_before(b, *succ)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def cell_margins(table, left=0.08, right=0.08, top=0.0, bottom=0.0):
    tblpr = table._tbl.tblPr
    def tw(x):
        return int(x * 1440)
    m = parse_xml(f'<w:tblCellMar {nsdecls("w")}><w:top w:w="{tw(top)}" w:type="dxa"/>'
                  f'<w:left w:w="{tw(left)}" w:type="dxa"/><w:bottom w:w="{tw(bottom)}" w:type="dxa"/>'
                  f'<w:right w:w="{tw(right)}" w:type="dxa"/></w:tblCellMar>')
    tblpr.insert_element_before(m, "w:tblLook", "w:tblCaption", "w:tblDescription")


def make_table(container, rows, cols, widths, borders=False, style=None):
    t = container.add_table(rows=rows, cols=cols)
    if style:
        t.style = style
    t.autofit = False
    if not borders:
        no_borders(t)
    for i, w in enumerate(widths):
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w
    return t


def tidy_cell(cell):
    """Drop the empty first paragraph python-docx puts in a new cell."""
    ps = cell.paragraphs
    if len(ps) > 1 and not ps[0].text and not ps[0]._p.xpath(".//w:drawing|.//w:pict"):
        ps[0]._p.getparent().remove(ps[0]._p)


def skills_grid(container, items, cols, width, bullet=None):
    rows = (len(items) + cols - 1) // cols
    t = make_table(container, rows, cols, [width // cols] * cols)
    for i, it in enumerate(items):
        c = t.cell(i % rows, i // rows)
        c.paragraphs[0].text = (f"{bullet} {it}" if bullet else it)
        c.paragraphs[0].paragraph_format.space_after = Pt(1)
    return t


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- w01 nurse

def w01():
    doc = new_doc("Calibri", 11, (0.9, 1, 0.9, 1), "Danielle Fairbrook", dt.datetime(2023, 11, 18, 20, 41))
    tw = text_width(doc)
    for name in ("Heading 1",):
        h = doc.styles[name]
        h.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        h.font.size = Pt(13)
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.space_after = Pt(4)
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    runs(p, ("Danielle M. Fairbrook, RN, BSN", {"bold": True, "size": 18, "color": "1F4E79"}))
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = hdr.add_paragraph("1184 Linden Crest Dr, Columbus, OH 43215  |  (614) 555-0182  |  d.fairbrook.rn@example.com")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    bottom_border(p, sz=8, color="1F4E79", space=4)

    doc.add_heading("Professional Summary", level=1)
    P(doc, "Compassionate registered nurse with 9 years of acute-care experience in cardiac step-down, "
           "telemetry and medical-surgical units. Skilled in titrating cardiac drips, post-PCI care and "
           "patient education for heart-failure discharge. Recognised by unit leadership for precepting "
           "new graduates and leading the unit's CAUTI-reduction project.")

    doc.add_heading("Professional Experience", level=1)
    jobs = [
        ("Registered Nurse – Cardiac Step-Down Unit", "Jan 2019 – Present",
         "Riverside Valley Medical Center, Columbus, OH",
         ["Provide care for 4–5 telemetry patients per shift, including post-CABG, post-PCI and CHF exacerbation.",
          "Titrate heparin, diltiazem and amiodarone infusions per protocol; monitor rhythms and escalate changes.",
          "Precepted 11 new-graduate nurses through a 12-week orientation; all completed on schedule.",
          "Co-led CAUTI prevention bundle; unit infection rate fell 38% over 18 months.",
          "Serve as charge nurse two shifts per week on a 32-bed unit."]),
        ("Staff Nurse – Medical-Surgical", "Jun 2016 – Dec 2018",
         "Mercy Lakeside Hospital, Dayton, OH",
         ["Managed care for up to 6 adult patients on a 28-bed med-surg floor.",
          "Performed wound care, IV therapy, blood transfusions and discharge teaching.",
          "Member of the unit practice council; updated fall-prevention huddle checklist."]),
        ("Graduate Nurse / Nurse Extern", "May 2015 – May 2016",
         "Mercy Lakeside Hospital, Dayton, OH",
         ["Completed 480-hour externship rotating through ED, ICU and med-surg units.",
          "Assisted with admissions, vital signs, glucose monitoring and patient hygiene."]),
    ]
    for title, dates, emp, bullets in jobs:
        tab_line(doc, title, dates, tw, right_fmt={"bold": True}, after=0).paragraph_format.space_before = Pt(6)
        P(doc, emp, italic=True, after=2)
        list_bullets(doc, bullets)

    page_break(doc)
    doc.add_heading("Education", level=1)
    tab_line(doc, "Bachelor of Science in Nursing (BSN)", "2011–2015", tw, after=0)
    P(doc, "Wright Ridge University, Dayton, OH — cum laude")
    tab_line(doc, "Post-Baccalaureate Certificate, Cardiac Nursing", "2020", tw, after=0).paragraph_format.space_before = Pt(4)
    P(doc, "Ohio Heartland College of Nursing (online)")

    doc.add_heading("Licenses & Certifications", level=1)
    list_bullets(doc, ["Registered Nurse, State of Ohio – License No. RN.000000 (active through 10/2025)",
                       "Progressive Care Certified Nurse (PCCN), AACN – 2021",
                       "Advanced Cardiovascular Life Support (ACLS) – American Heart Association",
                       "Basic Life Support (BLS) – American Heart Association",
                       "NIH Stroke Scale Certification"])

    doc.add_heading("Skills", level=1)
    for s in ["Telemetry & 12-lead ECG interpretation", "Cardiac drip titration", "Epic EHR charting",
              "Central line & PICC care", "Patient and family education", "Charge nurse / staffing",
              "Precepting and mentoring"]:
        P(doc, s, after=0)

    doc.add_heading("References", level=1)
    P(doc, "Available upon request.")
    return doc


# ---------------------------------------------------------------- w02 accountant

def caps_rule_heading(container, text, color="000000", sz=6, size=11.5, bold=True, before=10, spacing=None):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = bold or None
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor.from_string(color)
    if spacing:
        letter_spacing(r, spacing)
    p.paragraph_format.space_before = Pt(before)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    bottom_border(p, sz=sz, color=color if color != "000000" else "auto")
    return p


def w02():
    doc = new_doc("Garamond", 11.5, (0.7, 0.85, 0.7, 0.85), "Jonathan Wexler", dt.datetime(2024, 1, 9, 7, 55))
    tw = text_width(doc)
    P(doc, "JONATHAN P. WEXLER, CPA", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, after=2)
    t = make_table(doc, 1, 3, [tw // 3] * 3)
    for c, txt in zip(t.rows[0].cells, ["West Hartford, CT 06107", "(860) 555-0147", "jwexler.cpa@example.net"], strict=False):
        c.paragraphs[0].text = txt
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    caps_rule_heading(doc, "PROFILE")
    P(doc, "Certified Public Accountant with ten years of experience in general ledger, month-end close and "
           "external audit support for manufacturing and insurance companies. Known for shortening close "
           "cycles, cleaning up reconciliations and building Excel and Power BI reporting that managers use.")

    caps_rule_heading(doc, "WORK HISTORY")
    jobs = [
        ("Accounting Manager", "01/2019 – Present", "Farnsworth Precision Components, Inc. — Bristol, CT",
         ["Lead a team of four accountants; own the monthly close for three entities ($86M revenue).",
          "Cut close from 9 to 5 business days by standardising accrual templates and a close calendar.",
          "Coordinate year-end audit with external auditors; no material adjustments for four consecutive years.",
          "Implemented BlackLine account reconciliation and retired 40+ legacy spreadsheets."]),
        ("Senior Accountant", "03/2017 – 12/2018", "Charter Oak Mutual Insurance Group — Hartford, CT",
         ["Prepared statutory and GAAP journal entries, fixed-asset schedules and lease accounting (ASC 842 prep).",
          "Reconciled 120+ balance-sheet accounts monthly; resolved aged items totalling $1.2M."]),
        ("Staff Auditor", "09/2014 – 02/2017", "Whitcombe & Dale LLP — New Haven, CT",
         ["Performed audit fieldwork for manufacturing, nonprofit and employee benefit plan clients.",
          "Tested internal controls and drafted management letter comments."]),
    ]
    for title, dates, emp, bullets in jobs:
        tab_line(doc, title, dates, tw, after=0).paragraph_format.space_before = Pt(5)
        P(doc, emp, italic=True, after=2)
        typed_bullets(doc, bullets, "•")

    caps_rule_heading(doc, "EDUCATION")
    tab_line(doc, "Master of Science in Accounting", "2014", tw, after=0)
    P(doc, "University of Hartwell, Storrs, CT")
    tab_line(doc, "Bachelor of Science in Business Administration, Finance", "2013", tw, after=0).paragraph_format.space_before = Pt(3)
    P(doc, "University of Hartwell, Storrs, CT")

    caps_rule_heading(doc, "CERTIFICATIONS")
    P(doc, "Certified Public Accountant (CPA), State of Connecticut, 2016", after=0)
    P(doc, "Certified Management Accountant (CMA), 2020", after=0)

    caps_rule_heading(doc, "CORE COMPETENCIES")
    skills_grid(doc, ["Month-End Close", "GAAP & Statutory Reporting", "Account Reconciliation",
                      "Audit Coordination", "Budgeting & Forecasting", "Fixed Assets",
                      "SAP S/4HANA", "BlackLine", "Advanced Excel / Power BI"], 3, tw)
    return doc


# ---------------------------------------------------------------- w03 teacher (shaded sidebar)

def w03():
    doc = new_doc("Century Gothic", 10, (0.6, 0.6, 0.6, 0.6), "Rosalind Achterberg", dt.datetime(2023, 6, 2, 15, 5))
    tw = text_width(doc)
    P(doc, "Rosalind Achterberg", bold=True, size=24, color="2E5E4E", after=0)
    P(doc, "Elementary School Teacher", size=13, color="595959", after=8)
    side_w = Inches(2.35)
    t = make_table(doc, 1, 2, [side_w, tw - side_w])
    side, main = t.rows[0].cells
    shade(side, "E2EFD9")
    cell_margins(t, left=0.12, right=0.12, top=0.08)

    def side_head(text):
        p = P(side, text, bold=True, size=12, color="2E5E4E", before=8, after=3)
        return p

    def main_head(text):
        return P(main, text, bold=True, size=13, color="2E5E4E", before=8, after=3)

    side_head("Contact")
    for s in ["(503) 555-0119", "r.achterberg@example.org", "Beaverton, OR 97005", "linkedin.com/in/r-achterberg-example"]:
        P(side, s, after=1)
    side_head("Skills")
    for s in ["Differentiated instruction", "Guided reading (Fountas & Pinnell)", "Classroom management",
              "Google Classroom & Seesaw", "IEP / 504 collaboration", "Parent communication",
              "Formative assessment", "STEM project-based learning"]:
        P(side, s, after=1)
    side_head("Languages")
    P(side, "English (native)", after=1)
    P(side, "Spanish (conversational)", after=1)
    P(side, "American Sign Language (basic)", after=1)

    main_head("Profile")
    P(main, "Dedicated elementary teacher with seven years in grades 2–4 at Title I schools. I build calm, "
            "structured classrooms where every child can take risks, and I use data from weekly check-ins "
            "to plan small-group instruction. Licensed in Oregon with an ESOL endorsement.")
    main_head("Employment History")
    jobs = [
        ("3rd Grade Teacher, Cedar Mill Elementary School", "Fall 2019 – Present",
         ["Teach a class of 27 students, 40% English learners; plan and deliver all core subjects.",
          "Raised the share of students meeting benchmark on the spring reading assessment from 52% to 71%.",
          "Lead the grade-level team's weekly data meetings and maintain shared assessment trackers.",
          "Started a lunchtime robotics club with donated LEGO kits (30+ students each year)."]),
        ("2nd Grade Teacher, Tualatin Valley Charter Academy", "Fall 2016 – Spring 2019",
         ["Designed integrated science and literacy units aligned to NGSS and Common Core.",
          "Collaborated with special education staff to implement accommodations for 6 students with IEPs."]),
        ("Student Teacher, Aloha Park Elementary", "Spring 2016",
         ["Completed 15-week placement in a 4th grade classroom under a mentor teacher."]),
        ("Camp Counselor, Forest Grove Parks & Recreation", "Summer 2014, Summer 2015",
         ["Supervised groups of 12 campers aged 7–10 and led outdoor education activities."]),
    ]
    for title, dates, bullets in jobs:
        P(main, title, bold=True, before=5, after=0)
        P(main, dates, italic=True, color="595959", after=2)
        list_bullets(main, bullets)
    main_head("Education")
    P(main, "Master of Arts in Teaching (MAT), Elementary Education", bold=True, after=0)
    P(main, "Pacific Crestview University, Forest Grove, OR", after=0)
    P(main, "2015 – 2016", italic=True, color="595959", after=4)
    P(main, "B.A. Psychology, minor in Spanish", bold=True, after=0)
    P(main, "Willamette Ridge College, Salem, OR", after=0)
    P(main, "2011 – 2015", italic=True, color="595959", after=2)
    main_head("Volunteer Work")
    P(main, "Reading tutor, Beaverton City Library “Read to Succeed” program (2017 – present); "
            "coordinator of the school’s winter coat drive.")
    tidy_cell(side)
    tidy_cell(main)
    return doc


# ---------------------------------------------------------------- w04 electrician (text box contact)

def textbox_anchor(paragraphs_xml, width_in, height_in, pos_x_in, shape_id=1, name="Text Box 1"):
    """A Word 2010+ style floating text box: mc:AlternateContent with a wps shape and a VML fallback
    (Word itself writes both, so the text appears twice in document.xml)."""
    def emu(x):
        return int(x * 914400)
    cx, cy = emu(width_in), emu(height_in)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    txbx = f"<w:txbxContent>{paragraphs_xml}</w:txbxContent>"
    xml = f"""<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="column"><wp:posOffset>{emu(pos_x_in)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>
<wps:txbx>{txbx}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="{name.replace(' ', '_')}" o:spid="_x0000_s1026" type="#_x0000_t202"
 style="position:absolute;margin-left:{pos_x_in * 72:.0f}pt;margin-top:0;width:{width_in * 72:.0f}pt;height:{height_in * 72:.0f}pt;z-index:251659264;visibility:visible;mso-wrap-style:square"
 fillcolor="#f2f2f2" strokecolor="#a6a6a6"><v:textbox>{txbx}</v:textbox><w10:wrap type="square"/></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def txbx_par(text, bold=False, size=None, jc=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{int(size * 2)}"/>' if size else "") + "</w:rPr>"
    ppr = '<w:pPr><w:spacing w:after="0"/>' + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    from xml.sax.saxutils import escape
    return f"<w:p>{ppr}<w:r>{rpr}<w:t xml:space=\"preserve\">{escape(text)}</w:t></w:r></w:p>"


def w04():
    doc = new_doc("Arial", 10.5, (0.75, 0.75, 0.75, 0.75), "Marcus Delahunt", dt.datetime(2024, 2, 20, 18, 30))
    p = doc.add_paragraph()
    xml = "".join([txbx_par("Marcus T. Delahunt", bold=True),
                   txbx_par("2217 Ironwood Ave"),
                   txbx_par("Tulsa, OK 74105"),
                   txbx_par("Cell: (918) 555-0163"),
                   txbx_par("mdelahunt.electric@example.com")])
    p._p.append(textbox_anchor(xml, 2.4, 1.05, 4.6, shape_id=2, name="Text Box 2"))
    runs(p, ("MARCUS DELAHUNT", {"bold": True, "size": 22}))
    P(doc, "Licensed Journeyman Electrician", size=13, after=2)
    P(doc, "Commercial • Industrial • Residential Service", italic=True, after=24)

    def head(text):
        p = P(doc, text, bold=True, size=11.5, before=12, after=3)
        p.paragraph_format.keep_with_next = True
        return p

    head("SUMMARY OF QUALIFICATIONS")
    typed_bullets(doc, ["12 years in the electrical trade, 7 as an Oklahoma licensed journeyman.",
                        "Commercial tenant finish-outs, industrial motor controls and service upgrades up to 2000A.",
                        "Reads blueprints and one-line diagrams; lays out conduit runs and panel schedules.",
                        "OSHA 30 trained; zero recordable incidents on crews I have led."], "-", sep=" ")

    head("WORK HISTORY")
    jobs = [
        ("Journeyman Electrician / Foreman", "Red Fork Electrical Contractors, Tulsa, OK", "June 2017 – Present",
         ["Run crews of 3–6 electricians and apprentices on commercial projects up to $2.4M.",
          "Install switchgear, panelboards, transformers, EMT and rigid conduit, and fire alarm rough-in.",
          "Troubleshoot VFDs, motor starters and PLC-controlled equipment for industrial customers.",
          "Work with general contractors and inspectors to pass inspections first time."]),
        ("Apprentice Electrician", "Sooner State Electric Co., Broken Arrow, OK", "Aug 2012 – May 2017",
         ["Completed 8,000 hours of on-the-job training in residential and light commercial work.",
          "Pulled wire, bent conduit, installed devices and fixtures and assisted with service changes."]),
        ("Warehouse Associate (part-time)", "Green Country Supply, Tulsa, OK", "2010 – 2012",
         ["Picked and staged electrical supply orders for contractor customers."]),
    ]
    for title, emp, dates, bullets in jobs:
        p = P(doc, "", before=6, after=0)
        runs(p, (title, {"bold": True}), (" — " + emp, {}))
        P(doc, dates, italic=True, after=2)
        typed_bullets(doc, bullets, "-", sep=" ")

    head("LICENSES & CERTIFICATIONS")
    typed_bullets(doc, ["Oklahoma Journeyman Electrician License (CIB), 2017",
                        "OSHA 30-Hour Construction Safety, 2021",
                        "NFPA 70E Arc Flash Safety, renewed 2023",
                        "Aerial & Scissor Lift Operator"], "-", sep=" ")

    head("EDUCATION & TRAINING")
    P(doc, "Electrical Apprenticeship Program — Tulsa Valley Technology Center, 2012 – 2016", after=1)
    P(doc, "High School Diploma — Edison Park High School, Tulsa, OK, 2010", after=1)

    head("SKILLS")
    P(doc, "NEC 2020, blueprint reading, conduit bending (EMT, IMC, rigid), motor controls, VFDs, "
           "troubleshooting, panel and service upgrades, fire alarm rough-in, lighting controls, "
           "Fluke meters, crew leadership, Spanish (basic)")

    head("REFERENCES")
    P(doc, "Furnished upon request.")
    return doc


# ---------------------------------------------------------------- w05 data analyst

def w05():
    doc = new_doc("Cambria", 11, (0.8, 0.9, 0.8, 0.9), "Priya Venkataraman", dt.datetime(2024, 4, 11, 22, 3))
    tw = text_width(doc)
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        st = doc.styles[name]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x26, 0x3A, 0x5A)
        st.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 6)
        st.paragraph_format.space_after = Pt(2)
    title = doc.add_paragraph("Priya Venkataraman", style="Title")
    title.paragraph_format.space_after = Pt(2)
    P(doc, "Data Analyst  ·  Minneapolis, MN  ·  (612) 555-0134  ·  priya.venk@example.com  ·  github.com/pvenk-example",
      size=10, after=6)

    doc.add_heading("Profile", level=1)
    P(doc, "Data analyst with six years of experience turning operational and customer data into reporting "
           "and forecasts that business teams act on. Comfortable across the stack from SQL and dbt models "
           "to Tableau dashboards and Python notebooks; strong at explaining results to non-technical audiences.")

    doc.add_heading("Professional Experience", level=1)
    jobs = [
        ("Senior Data Analyst", "01/2021 – Present", "North Star Grocers, Minneapolis, MN",
         ["Own the weekly sales and shrink reporting suite used by 140 store managers (Tableau, Snowflake).",
          "Built a store-level demand forecast in Python (Prophet) that reduced produce waste by 11%.",
          "Migrated 60+ legacy SQL reports to dbt models with tests and documentation.",
          "Mentor two junior analysts; run the team's monthly SQL clinic."]),
        ("Data Analyst", "03/2018 – 12/2020", "Lakeshore Health Partners, St. Paul, MN",
         ["Analysed claims and scheduling data to identify no-show drivers; a reminder pilot cut no-shows 9%.",
          "Automated monthly quality-measure reporting, saving roughly 30 staff hours per month.",
          "Partnered with finance on budget-variance dashboards in Power BI."]),
        ("Business Intelligence Intern", "Summer 2017", "Gopher State Insurance, Bloomington, MN",
         ["Cleaned and joined policy and claims extracts; built Excel pivot reports for the underwriting team."]),
    ]
    for title, dates, emp, bullets in jobs:
        h = doc.add_heading(level=2)
        h.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
        h.add_run(title + "\t" + dates)
        P(doc, emp, italic=True, after=2)
        list_bullets(doc, bullets)

    doc.add_heading("Projects", level=1)
    list_bullets(doc, [
        "Transit ridership explorer — Streamlit app combining Metro Transit open data with weather; ~2k visits.",
        "Volunteer data audit for a local food shelf: deduplicated 9,000 donor records and built a simple donor dashboard."])

    doc.add_heading("Technical Skills", level=1)
    t = make_table(doc, 5, 2, [Inches(1.6), tw - Inches(1.6)])
    for row, (k, v) in zip(t.rows, [("Languages", "SQL, Python (pandas, scikit-learn), R"),
                                    ("Data platforms", "Snowflake, PostgreSQL, BigQuery, dbt"),
                                    ("Visualisation", "Tableau, Power BI, Looker Studio"),
                                    ("Tools", "Git, Airflow, Jupyter, Excel (Power Query)"),
                                    ("Methods", "A/B testing, forecasting, regression, cohort analysis")], strict=False):
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].paragraphs[0].text = v

    page_break(doc)
    doc.add_heading("Education", level=1)
    h = doc.add_heading(level=2)
    h.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    h.add_run("B.S. Statistics, minor in Economics\t2014–2018")
    P(doc, "University of Northfield, Northfield, MN — GPA 3.7/4.0")
    doc.add_heading("Certifications", level=1)
    list_bullets(doc, ["Tableau Desktop Specialist (2020)", "dbt Analytics Engineering Certification (2023)",
                       "Google Data Analytics Professional Certificate (2019)"])
    return doc


# ---------------------------------------------------------------- w06 sales (bordered sidebar, spaced headings)

def w06():
    doc = new_doc("Calibri", 10.5, (0.6, 0.6, 0.6, 0.6), "Kieran O'Malley", dt.datetime(2023, 9, 14, 12, 0))
    tw = text_width(doc)
    p = P(doc, "", align=WD_ALIGN_PARAGRAPH.LEFT, after=0)
    r = p.add_run("KIERAN O’MALLEY")
    r.bold = True
    r.font.size = Pt(24)
    letter_spacing(r, 60)
    P(doc, "Regional Sales Manager — B2B Industrial & Packaging", size=12, color="7F7F7F", after=8)

    side_w = Inches(2.3)
    t = make_table(doc, 1, 2, [side_w, tw - side_w], borders=True, style="Table Grid")
    side, main = t.rows[0].cells
    cell_margins(t, left=0.1, right=0.1, top=0.06, bottom=0.06)

    def head(cell, text):
        p = P(cell, "", before=8, after=3)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0xC0, 0x50, 0x4D)
        letter_spacing(r, 40)
        return p

    head(side, "CONTACT")
    for s in ["Charlotte, NC 28203", "(704) 555-0171", "kieran.omalley@example.com", "linkedin.com/in/komalley-example"]:
        P(side, s, after=1)
    head(side, "KEY SKILLS")
    P(side, "Territory planning, key account management, consultative selling, contract negotiation, "
            "Salesforce CRM, pipeline forecasting, distributor management, trade shows, coaching sales reps")
    head(side, "LANGUAGES")
    P(side, "English – native", after=1)
    P(side, "Irish – intermediate", after=1)
    P(side, "French – basic", after=1)

    head(main, "PROFILE")
    P(main, "Results-driven sales leader with 11 years of B2B experience selling packaging materials and "
            "industrial consumables to manufacturers and distributors across the Southeast. Consistently "
            "above quota; builds long relationships with plant managers and procurement teams.")
    head(main, "CAREER HISTORY")
    jobs = [
        ("Regional Sales Manager", "Carolina Pack Solutions", "2018–Present",
         ["Lead 6 territory reps covering NC, SC and VA; region revenue grew from $14M to $22M.",
          "Closed the company's largest account ($3.1M/yr) with a national food manufacturer.",
          "Introduced a quarterly business review format now used company-wide."]),
        ("Senior Account Executive", "Piedmont Industrial Supply", "2015–2018",
         ["Managed 85 key accounts; 128% of quota in 2016 and 117% in 2017.",
          "Won President's Club twice; opened 23 new manufacturing accounts."]),
        ("Inside Sales Representative", "Piedmont Industrial Supply", "2013–2015",
         ["Handled inbound quotes and reorders; moved to outside sales after 18 months."]),
    ]
    for title, emp, dates, bullets in jobs:
        P(main, f"{title}, {emp}", bold=True, before=5, after=0)
        P(main, dates, color="7F7F7F", after=2)
        typed_bullets(main, bullets, "▪", indent=0.2)
    head(main, "EDUCATION")
    P(main, "B.S. Business Administration (Marketing)", bold=True, after=0)
    P(main, "Appalachian Ridge State University, Boone, NC", after=0)
    P(main, "2009–2013", color="7F7F7F", after=2)
    head(main, "ACHIEVEMENTS")
    typed_bullets(main, ["President's Club 2016, 2017, 2021", "Regional Manager of the Year 2022",
                         "Certified Professional Sales Person (CPSP), 2019"], "▪", indent=0.2)
    tidy_cell(side)
    tidy_cell(main)
    return doc


# ---------------------------------------------------------------- w07 warehouse (header contact, ruled bold headings)

def w07():
    doc = new_doc("Calibri", 11, (1, 1, 1, 1), "Luis Carrasquillo", dt.datetime(2024, 5, 6, 6, 40))
    tw = text_width(doc)
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    p.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    runs(p, ("Luis A. Carrasquillo", {"bold": True, "size": 16}), ("\tRiverside, CA 92503", {}))
    p = hdr.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Inches(3.25), WD_TAB_ALIGNMENT.CLEAR)
    p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    runs(p, ("Warehouse & Distribution Operations", {"italic": True}), ("\t(951) 555-0128 | luis.carrasquillo@example.com", {}))

    def head(text):
        p = P(doc, text, bold=True, size=12.5, before=12, after=4)
        bottom_border(p, sz=12, color="404040")
        p.paragraph_format.keep_with_next = True
        return p

    head("Professional Summary")
    P(doc, "Warehouse supervisor with 10+ years in high-volume distribution centers (e-commerce and grocery). "
           "I run safe, on-time shifts, train new associates and keep inventory accurate. Bilingual "
           "English/Spanish, forklift certified, and comfortable with WMS and labor-management systems.")

    head("Employment History")
    jobs = [
        ("Warehouse Supervisor", "2019 – Present", "Inland Empire Fulfillment Center (SunCoast Retail), Ontario, CA",
         ["Supervise 45 associates on 2nd shift across receiving, putaway, picking and shipping.",
          "Improved pick rate 18% by re-slotting fast movers and adding a pre-shift huddle.",
          "Maintain 99.6% inventory accuracy through daily cycle counts.",
          "Led site's transition from paper pick lists to RF scanners (Manhattan WMS)."]),
        ("Lead Forklift Operator", "2016 – 2019", "Golden Valley Foods Distribution, Fontana, CA",
         ["Operated sit-down, reach and order-picker forklifts in a 300,000 sq ft refrigerated DC.",
          "Trained 20+ new operators; zero lost-time incidents on my team."]),
        ("Warehouse Associate", "2013 – 2016", "Pacific Freight Logistics, Riverside, CA",
         ["Loaded and unloaded trailers, built pallets and checked outbound orders against BOLs."]),
    ]
    for title, dates, emp, bullets in jobs:
        tab_line(doc, title, dates, tw, right_fmt={"bold": True}, after=0).paragraph_format.space_before = Pt(6)
        P(doc, emp, after=2)
        typed_bullets(doc, bullets, "▪", indent=0.3)

    head("Key Skills")
    for s in ["Shift scheduling & labor planning", "Inventory control / cycle counting", "Manhattan WMS, SAP EWM",
              "OSHA safety compliance", "Forklift & reach truck operation", "Team training & coaching",
              "Bilingual English / Spanish"]:
        P(doc, s, after=0)

    head("Certifications")
    P(doc, "OSHA 10-Hour General Industry (2020)", after=0)
    P(doc, "Certified Forklift Operator – sit-down, reach, order picker (renewed 2023)", after=0)
    P(doc, "CPR / First Aid – American Red Cross", after=0)

    head("Education")
    P(doc, "Certificate in Supply Chain Management — Riverside Valley Community College, 2018", after=0)
    P(doc, "High School Diploma — Arlington Heights High School, Riverside, CA", after=0)
    return doc


# ---------------------------------------------------------------- w08 HR (heading styles, VML text box profile)

def vml_textbox_run(paragraphs_xml, width_pt, height_pt):
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    xml = f"""<w:r {ns}><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="ProfileBox" o:spid="_x0000_s1030" type="#_x0000_t202"
 style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal:center"
 fillcolor="#eaf1f8" stroked="f"><v:textbox inset="8pt,6pt,8pt,6pt"><w:txbxContent>{paragraphs_xml}</w:txbxContent></v:textbox>
<w10:wrap type="topAndBottom"/></v:shape></w:pict></w:r>"""
    return parse_xml(xml)


def w08():
    doc = new_doc("Calibri", 11, (0.9, 1, 0.9, 1), "Ngozi Whitfield-Adeyemi", dt.datetime(2023, 10, 30, 19, 25))
    tw = text_width(doc)
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(14)
    h1.font.color.rgb = RGBColor(0x3B, 0x5B, 0x8C)
    h1.paragraph_format.space_before = Pt(14)
    h1.paragraph_format.space_after = Pt(4)
    t = doc.add_paragraph("Ngozi Whitfield-Adeyemi, SHRM-CP", style="Title")
    t.paragraph_format.space_after = Pt(0)
    P(doc, "Human Resources Business Partner", size=13, color="3B5B8C", after=0)
    P(doc, "Atlanta, GA 30309  •  (404) 555-0156  •  ngozi.wa.hr@example.net", size=10, after=8)
    p = doc.add_paragraph()
    xml = txbx_par("HR generalist turned business partner with 9 years supporting workforces of 300–1,200 "
                   "employees in healthcare and logistics. I help managers hire well, handle difficult employee "
                   "relations cases fairly and keep HR data clean enough to trust. Calm under pressure, "
                   "practical about policy, and fluent in Workday and UKG.")
    p._p.append(vml_textbox_run(xml, 468, 78))

    doc.add_heading("Work Experience", level=1)
    jobs = [
        ("HR Business Partner", "Jan 2021 – Present", "Peachtree Regional Health System, Atlanta, GA",
         ["Partner with leaders of nursing, pharmacy and facilities (approx. 1,100 employees).",
          "Investigate and resolve 60+ employee relations cases per year; no adverse agency findings.",
          "Redesigned the nurse residency onboarding; first-year turnover dropped from 29% to 19%.",
          "Lead annual compensation review for 14 job families with the total rewards team."]),
        ("HR Generalist", "Apr 2017 – Dec 2020", "Southline Freight & Logistics, Marietta, GA",
         ["Full-cycle HR support for two distribution centers and a driver fleet (~450 employees).",
          "Handled FMLA, ADA accommodations, workers' compensation claims and unemployment hearings.",
          "Rolled out UKG timekeeping; trained 40 supervisors on attendance policy."]),
        ("HR Assistant", "Jun 2015 – Mar 2017", "Brightwater Staffing Group, Atlanta, GA",
         ["Processed onboarding paperwork, I-9 verification and background checks for 80+ hires a month."]),
    ]
    for title, dates, emp, bullets in jobs:
        tab_line(doc, title, dates, tw, after=0).paragraph_format.space_before = Pt(6)
        P(doc, emp, italic=True, color="595959", after=2)
        list_bullets(doc, bullets)

    page_break(doc)
    doc.add_heading("Education & Training", level=1)
    tab_line(doc, "Master of Science, Human Resource Management", "2014–2016", tw, after=0)
    P(doc, "Georgia Piedmont State University (evening program)", after=4)
    tab_line(doc, "Bachelor of Arts, Sociology", "2010–2014", tw, after=0)
    P(doc, "Chattahoochee College, Atlanta, GA", after=4)
    P(doc, "SHRM Certified Professional (SHRM-CP), 2018; Workplace Investigations Certificate, 2022", after=0)

    doc.add_heading("Core Competencies", level=1)
    list_bullets(doc, ["Employee relations & investigations", "Talent acquisition and onboarding",
                       "FMLA / ADA / FLSA compliance", "Compensation & job leveling",
                       "Workday HCM, UKG Pro, Excel", "Training and manager coaching"])

    doc.add_heading("Professional Memberships", level=1)
    P(doc, "Society for Human Resource Management (SHRM); Atlanta SHRM chapter – programs committee", after=0)

    doc.add_heading("Interests", level=1)
    P(doc, "Community choir (alto), long-distance cycling, mentoring first-generation college students.")
    return doc


# ---------------------------------------------------------------- w09 paralegal (caps ruled headings, contact table)

def w09():
    doc = new_doc("Times New Roman", 11.5, (0.9, 1, 0.9, 1), "Eleanor Bristow", dt.datetime(2024, 1, 27, 13, 14))
    tw = text_width(doc)
    P(doc, "ELEANOR J. BRISTOW", bold=True, size=18, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Litigation Paralegal", italic=True, size=12, align=WD_ALIGN_PARAGRAPH.CENTER, after=6)
    t = make_table(doc, 1, 2, [tw // 2, tw - tw // 2])
    left, r = t.rows[0].cells
    left.paragraphs[0].text = "410 Whitmore Street, Apt 3B"
    left.add_paragraph("Richmond, VA 23220")
    r.paragraphs[0].text = "(804) 555-0193"
    r.add_paragraph("ebristow.paralegal@example.org")
    for p in r.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c in (left, r):
        for p in c.paragraphs:
            p.paragraph_format.space_after = Pt(0)

    def head(text):
        p = P(doc, text, size=12, color="1F3864", before=12, after=4)
        bottom_border(p, sz=4, color="1F3864")
        p.paragraph_format.keep_with_next = True
        return p

    head("PROFESSIONAL SUMMARY")
    P(doc, "Detail-oriented litigation paralegal with eight years of experience in civil defense and "
           "insurance litigation in state and federal courts. Experienced in e-discovery, trial binders, "
           "deposition summaries and calendaring. Trusted to manage document productions of 500,000+ pages.")

    head("RELEVANT EXPERIENCE")
    jobs = [
        ("Senior Litigation Paralegal", "Hollis, Grayson & Pruitt PLLC, Richmond, VA", "September 2019 – Present",
         ["Support four partners on a docket of 60+ active matters (premises liability, product liability, contracts).",
          "Draft discovery requests and responses, subpoenas, privilege logs and routine motions.",
          "Manage e-discovery review sets in Relativity; coordinate with vendors on processing and productions.",
          "Prepare trial notebooks, exhibit lists and witness binders; attend trial and assist in court.",
          "Track deadlines in CompuLaw; no missed deadlines in five years."]),
        ("Litigation Paralegal", "Tidewater Insurance Defense Group, Norfolk, VA", "June 2016 – August 2019",
         ["Summarised deposition transcripts and medical records for bodily injury claims.",
          "Filed pleadings through PACER/CM-ECF and Virginia Judiciary e-filing.",
          "Organised and indexed case files for 120 open claims."]),
        ("Legal Intern", "Office of the Public Defender, Richmond, VA", "Summer 2015",
         ["Assisted attorneys with client intake, records requests and legal research."]),
    ]
    for title, emp, dates, bullets in jobs:
        P(doc, title, bold=True, before=6, after=0)
        P(doc, emp, after=0)
        P(doc, dates, italic=True, after=2)
        list_bullets(doc, bullets)

    page_break(doc)
    head("EDUCATION")
    P(doc, "Paralegal Studies Certificate (ABA-approved)", bold=True, after=0)
    P(doc, "James River Community College, Richmond, VA — 2016", after=4)
    P(doc, "Bachelor of Arts, Political Science", bold=True, after=0)
    P(doc, "Old Dominion Heights University, Norfolk, VA — 2011 – 2015", after=0)

    head("AREAS OF EXPERTISE")
    skills_grid(doc, ["Civil litigation support", "E-discovery (Relativity, Everlaw)", "Deposition summaries",
                      "Legal research (Westlaw, Lexis)", "Trial preparation", "Docketing (CompuLaw)",
                      "Medical records review", "Federal & state e-filing"], 2, tw, bullet="•")

    head("LANGUAGES")
    P(doc, "English (native); Spanish (professional working proficiency)")

    head("REFERENCES")
    P(doc, "Available on request.")
    return doc


# ---------------------------------------------------------------- w10 hospitality (borderless sidebar on the right)

def w10():
    doc = new_doc("Georgia", 10, (0.6, 0.6, 0.6, 0.6), "Sophie Marchetti", dt.datetime(2024, 3, 18, 10, 10))
    tw = text_width(doc)
    p = P(doc, "", after=0)
    r = p.add_run("SOPHIE MARCHETTI")
    r.font.size = Pt(26)
    letter_spacing(r, 80)
    p = P(doc, "", after=10)
    r = p.add_run("RESTAURANT & HOTEL SUPERVISOR")
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x8C, 0x6D, 0x46)
    letter_spacing(r, 40)
    bottom_border(p, sz=6, color="8C6D46", space=6)

    side_w = Inches(2.3)
    t = make_table(doc, 1, 2, [tw - side_w, side_w])
    main, side = t.rows[0].cells
    cell_margins(t, left=0.1, right=0.15)

    def head(cell, text):
        p = P(cell, "", before=10, after=4)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(10.5)
        r.font.color.rgb = RGBColor(0x8C, 0x6D, 0x46)
        letter_spacing(r, 50)
        return p

    head(main, "PROFILE")
    P(main, "Hospitality supervisor with eight years in busy city-centre restaurants and a four-star hotel. "
            "I lead front-of-house teams of up to 20, keep service running smoothly on 300-cover nights and "
            "care about guests leaving happy. Personal Licence holder, strong on rotas, stock and cash-up.")
    head(main, "WORK HISTORY")
    jobs = [
        ("Restaurant Supervisor", "The Albert Quay Hotel, Manchester", "March 2021 – Present",
         ["Run front of house for a 140-cover brasserie and private dining room.",
          "Write weekly rotas for 18 staff and keep labour within 28% of sales.",
          "Raised TripAdvisor rating from 4.1 to 4.6 in 18 months through service training.",
          "Handle cash-up, banking, supplier deliveries and weekly stock takes."]),
        ("Assistant Bar Manager", "Ancoats Kitchen & Bar, Manchester", "June 2018 – February 2021",
         ["Managed bar stock, cellar and ordering; cut wastage by introducing a spill and comp log.",
          "Trained new bartenders on cocktails, licensing law and Challenge 25."]),
        ("Waitress / Barista", "Caffè Lucerna, Stockport", "2015 – 2018",
         ["Served breakfast and lunch service; opened and closed the café as keyholder."]),
    ]
    for title, emp, dates, bullets in jobs:
        P(main, title, bold=True, before=5, after=0)
        P(main, f"{emp}  |  {dates}", italic=True, after=2)
        typed_bullets(main, bullets, "•", indent=0.2)
    head(main, "EDUCATION")
    P(main, "BTEC Level 3 Extended Diploma in Hospitality", bold=True, after=0)
    P(main, "Stockport & Cheadle College, 2013 – 2015", after=3)
    P(main, "GCSEs (9 including English and Maths)", bold=True, after=0)
    P(main, "Marple Hall Academy, 2013", after=0)
    head(main, "QUALIFICATIONS")
    typed_bullets(main, ["Personal Licence (APLH), 2019", "Level 3 Award in Food Safety in Catering, 2022",
                         "Emergency First Aid at Work, 2023", "WSET Level 2 Award in Wines"], "•", indent=0.2)

    head(side, "CONTACT")
    for s in ["07700 900418", "sophie.marchetti@example.co.uk", "Chorlton, Manchester M21"]:
        P(side, s, after=2)
    head(side, "SKILLS")
    for s in ["Team leadership", "Rota planning", "Stock control", "Opera PMS & Lightspeed EPOS",
              "Complaint handling", "Allergen management", "Cocktails & wine service"]:
        P(side, s, after=2)
    head(side, "LANGUAGES")
    P(side, "English – native", after=2)
    P(side, "Italian – fluent", after=2)
    head(side, "INTERESTS")
    P(side, "Cooking regional Italian food, fell walking, Manchester food festivals.")
    tidy_cell(main)
    tidy_cell(side)
    return doc


BUILDERS = [
    ("w01-nurse", w01), ("w02-accountant", w02), ("w03-teacher", w03), ("w04-electrician", w04),
    ("w05-data-analyst", w05), ("w06-sales", w06), ("w07-warehouse", w07), ("w08-hr", w08),
    ("w09-paralegal", w09), ("w10-hospitality", w10),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS:
        doc = fn()
        doc.save(OUT / f"{name}.docx")
        print("wrote", OUT / f"{name}.docx")


if __name__ == "__main__":
    main()
