#!/usr/bin/env python3
# ruff: noqa: E501  (a data script: the résumés' lines and Word XML are written out as they are)
"""Build 10 more fictional DOCX résumés (w11 … w20) in the style of ordinary Word / Google Docs documents.

Each one uses Word features that w01–w10 (make_docx.py) do not: a two-column section, a label
column table, heading bars, shaded headings, custom heading styles with outline levels, small caps
and all-caps run formatting on lower-case text, numbered headings, real numbering-definition bullets,
dot-leader tabs, a text-box sidebar, content controls, tracked changes and comments, hyperlinks,
footnotes, a footer with page numbers, split-run headings and line breaks inside paragraphs.

All people, employers, schools, phone numbers and e-mail addresses are invented.

    python bench/parse/docx-resumes/make_docx_more.py      # e.g. .venv/bin/python

Writes resumes/w11-*.docx … resumes/w20-*.docx next to this script; the zip entries get a fixed
timestamp, so the output is byte-for-byte the same on every run.
Licence: CC0-1.0 (written for skillgap's benchmark).
"""
import datetime as dt
import io
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_docx import (  # noqa: E402  (shared helpers of the first ten)
    PPR_AFTER_PBDR,
    P,
    bottom_border,
    cell_margins,
    list_bullets,
    make_table,
    new_doc,
    runs,
    shade,
    tab_line,
    text_width,
    tidy_cell,
)

OUT = HERE / "resumes"
W = nsdecls("w")
WR = nsdecls("w", "r")
PPR_AFTER_NUMPR = ("w:suppressLineNumbers", "w:pBdr") + PPR_AFTER_PBDR
PPR_AFTER_SHD = PPR_AFTER_PBDR[1:]
PPR_AFTER_OUTLINE = ("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
PPR_AFTER_RPR = ("w:sectPr", "w:pPrChange")

# ---------------------------------------------------------------- helpers


def a4(doc):
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(210), Mm(297)


def rpr_xml(bold=False, italic=False, caps=False, smallcaps=False, color=None, size=None, font=None, underline=False, rstyle=None):
    x = ""
    if rstyle:
        x += f'<w:rStyle w:val="{rstyle}"/>'
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        x += "<w:b/><w:bCs/>"
    if italic:
        x += "<w:i/><w:iCs/>"
    if caps:
        x += "<w:caps/>"
    if smallcaps:
        x += "<w:smallCaps/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if size:
        x += f'<w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/>'
    if underline:
        x += '<w:u w:val="single"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def bullet_numbering(doc, glyphs, font=None, left=720, hanging=360, step=720, size=None, color=None, nsid="5C3A1E01"):
    """Add a bullet list definition (w:abstractNum + w:num) to numbering.xml; return its numId."""
    numbering = doc.part.numbering_part.element
    aid = max(int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))) + 1
    nid = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    lvls = ""
    for i, g in enumerate(glyphs):
        rf = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>' if font else ""
        col = f'<w:color w:val="{color}"/>' if color else ""
        sz = f'<w:sz w:val="{int(size * 2)}"/>' if size else ""
        lvls += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                 f'<w:lvlText w:val="{escape(g)}"/><w:lvlJc w:val="left"/>'
                 f'<w:pPr><w:ind w:left="{left + i * step}" w:hanging="{hanging}"/></w:pPr>'
                 f'<w:rPr>{rf}{col}{sz}<w:u w:val="none"/></w:rPr></w:lvl>')
    absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{aid}"><w:nsid w:val="{nsid}"/>'
                     f'<w:multiLevelType w:val="hybridMultilevel"/>{lvls}</w:abstractNum>')
    numbering.findall(qn("w:num"))[0].addprevious(absn)
    numbering.findall(qn("w:num"))[-1].addnext(
        parse_xml(f'<w:num {W} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
    return nid


def num_par(container, text, num_id, ilvl=0, style=None, after=1, parts=None):
    """A list paragraph whose bullet comes from numbering.xml (w:numPr), not a typed glyph."""
    p = container.add_paragraph(style=style)
    ppr = p._p.get_or_add_pPr()
    ppr.insert_element_before(
        parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'),
        *PPR_AFTER_NUMPR)
    if parts:
        runs(p, *parts)
    else:
        p.add_run(text)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    return p


def num_bullets(container, items, num_id, style=None, after=1):
    for it in items:
        num_par(container, it, num_id, style=style, after=after)


def hyperlink(p, url, text, **fmt):
    rid = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(f'<w:hyperlink {WR} r:id="{rid}" w:history="1"><w:r>{rpr_xml(**fmt)}'
                          f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'))


def hyperlink_style(doc):
    st = doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
    st.font.underline = True
    st.unhide_when_used = True
    return st


def para_shading(p, fill):
    ppr = p._p.get_or_add_pPr()
    ppr.insert_element_before(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'), *PPR_AFTER_SHD)


def outline_level(ppr, lvl):
    ppr.insert_element_before(parse_xml(f'<w:outlineLvl {W} w:val="{lvl}"/>'), *PPR_AFTER_OUTLINE)


def table_borders(table, color="BFBFBF", sz=4, edges=("top", "insideH")):
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    xml = "".join(
        (f'<w:{e} w:val="single" w:sz="{sz}" w:space="0" w:color="{color}"/>' if e in edges else f'<w:{e} w:val="nil"/>')
        for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    tblpr.insert_element_before(parse_xml(f"<w:tblBorders {W}>{xml}</w:tblBorders>"),
                                "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")


def field(p, instr, shown, rpr=""):
    for x in (f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>',
              f'<w:r {W}>{rpr}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>',
              f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>',
              f'<w:r {W}>{rpr}<w:t>{shown}</w:t></w:r>',
              f'<w:r {W}>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(x))


def line_break_par(container, lines, after=2, before=None, align=None):
    """One paragraph whose lines are separated by w:br (Shift+Enter), not by new paragraphs.
    lines: list of lists of (text, fmt) parts."""
    p = container.add_paragraph()
    for i, parts in enumerate(lines):
        for j, (text, fmt) in enumerate(parts):
            r = p.add_run(text)
            r.bold = fmt.get("bold") or None
            r.italic = fmt.get("italic") or None
            if fmt.get("size"):
                r.font.size = Pt(fmt["size"])
            if fmt.get("color"):
                r.font.color.rgb = RGBColor.from_string(fmt["color"])
            if i < len(lines) - 1 and j == len(parts) - 1:
                r.add_break()
    p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if align is not None:
        p.alignment = align
    return p


def block_sdt(paragraphs, alias, tag, sid):
    """Wrap body paragraphs in a block-level content control (w:sdt), as Word résumé templates do."""
    first = paragraphs[0]._p
    sdt = parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                    f'<w:id w:val="{sid}"/></w:sdtPr><w:sdtContent/></w:sdt>')
    first.addprevious(sdt)
    content = sdt.find(qn("w:sdtContent"))
    for p in paragraphs:
        content.append(p._p)
    return sdt


def run_sdt(p, text, alias, tag, sid, **fmt):
    """A run-level plain-text content control inside a paragraph."""
    rpr = rpr_xml(**fmt)
    p._p.append(parse_xml(f'<w:sdt {W}><w:sdtPr>{rpr}<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                          f'<w:id w:val="{sid}"/><w:text/></w:sdtPr><w:sdtContent><w:r>{rpr}'
                          f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:sdtContent></w:sdt>'))


def xpar(parts, before=0, after=2, jc=None):
    """A text-box paragraph (raw XML). parts: list of (text, fmt dict for rpr_xml)."""
    ppr = f'<w:pPr><w:spacing w:before="{int(before * 20)}" w:after="{int(after * 20)}"/>' + (f'<w:jc w:val="{jc}"/>' if jc else "") + "</w:pPr>"
    rs = "".join(f'<w:r>{rpr_xml(**fmt)}<w:t xml:space="preserve">{escape(t)}</w:t></w:r>' for t, fmt in parts)
    return f"<w:p>{ppr}{rs}</w:p>"


def page_textbox(paragraphs_xml, x_in, y_in, w_in, h_in, fill="EEF3F7", shape_id=1, name="Text Box 1", dist_r_in=0.2):
    """A floating text box positioned relative to the page, written the way Word 2010+ writes it
    (mc:AlternateContent: a wps shape plus a VML fallback, so the text is there twice)."""
    def emu(v):
        return int(v * 914400)
    cx, cy = emu(w_in), emu(h_in)
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:w10="urn:schemas-microsoft-com:office:word"')
    txbx = f"<w:txbxContent>{paragraphs_xml}</w:txbxContent>"
    xml = f"""<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="0" distR="{emu(dist_r_in)}" simplePos="0" relativeHeight="251660288"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_in)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_in)}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx>{txbx}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="137160" tIns="182880" rIns="137160" bIns="91440" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="{name.replace(' ', '_')}" o:spid="_x0000_s1027" type="#_x0000_t202"
 style="position:absolute;margin-left:{x_in * 72:.0f}pt;margin-top:{y_in * 72:.0f}pt;width:{w_in * 72:.0f}pt;height:{h_in * 72:.0f}pt;z-index:251660288;visibility:visible;mso-wrap-style:square;mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
 fillcolor="#{fill.lower()}" stroked="f"><v:textbox inset="10.8pt,14.4pt,10.8pt,7.2pt">{txbx}</v:textbox><w10:wrap type="square" anchorx="page" anchory="page"/></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def add_footnotes(doc, notes):
    """Add word/footnotes.xml with the separators and one footnote per text (ids 1, 2, …)."""
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
           '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {escape(t)}</w:t></w:r></w:p></w:footnote>'
        for i, t in enumerate(notes, 1))
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {WR}>{sep}{body}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    ft = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    ft.base_style = doc.styles["Normal"]
    ft.font.size = Pt(8.5)
    ft.paragraph_format.space_after = Pt(0)
    fr = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    fr.font.superscript = True


def footnote_ref(p, fid):
    p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))


def track_revisions_on(doc):
    s = doc.settings.element
    s.insert_element_before(parse_xml(f"<w:trackRevisions {W}/>"), "w:defaultTabStop")


def save(doc, path):
    """Save with fixed zip timestamps so that rebuilding gives identical bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


# ---------------------------------------------------------------- w11 care assistant (Google Docs export style, UK)

def w11():
    doc = new_doc("Arial", 11, (1, 1, 1, 1), "", dt.datetime(2024, 2, 6, 21, 15))
    a4(doc)
    normal = doc.styles["Normal"].paragraph_format
    normal.line_spacing = 1.15
    normal.space_after = Pt(0)
    bul = bullet_numbering(doc, ["●", "○", "■"], nsid="0A1B2C11")
    grey = "666666"

    P(doc, "Bethany Okafor", bold=True, size=20, after=2)
    P(doc, "Senior Care Assistant", size=12, color=grey, after=4)
    p = P(doc, "Leeds, West Yorkshire  |  07700 900127  |  ", after=0)
    hyperlink(p, "mailto:bethany.okafor@example.co.uk", "bethany.okafor@example.co.uk", color="1155CC", underline=True)

    def head(text):
        p = P(doc, text, bold=True, size=13, before=16, after=6)
        p.paragraph_format.keep_with_next = True
        return p

    def role(title, place, dates, bullets):
        p = P(doc, "", before=8, after=0)
        runs(p, (title, {"bold": True}), (", " + place, {}))
        P(doc, dates, italic=True, color=grey, after=4)
        num_bullets(doc, bullets, bul, after=0)

    head("Personal Statement")
    P(doc, "Caring and reliable senior care assistant with over six years’ experience supporting older adults "
           "and people living with dementia, both in a residential home and in the community. I hold a Level 3 "
           "Diploma in Adult Care and am trained to administer medication. I take pride in person-centred care, "
           "treating every resident with dignity and getting to know what matters to them, and I enjoy "
           "supporting newer colleagues on shift.")

    head("Relevant Experience")
    role("Senior Care Assistant", "Roundhay Grange Care Home, Leeds", "August 2020 – Present", [
        "Lead a team of four care assistants on day shifts in a 48-bed residential and dementia home.",
        "Administer medication using an eMAR system and complete monthly stock checks with the deputy manager.",
        "Write and review person-centred care plans with residents and their families.",
        "Complete daily records, fluid and repositioning charts and incident reports accurately.",
        "Mentor new starters through the Care Certificate; buddied 12 new carers in 2023."])
    role("Care Assistant (Domiciliary)", "Kirkstall Community Care Ltd, Leeds", "March 2018 – July 2020", [
        "Visited 10–14 clients a day in their own homes, supporting personal care, meals and medication prompts.",
        "Reported changes in clients’ health to the office and district nurses promptly.",
        "Built trusting relationships with clients living with dementia, Parkinson’s and after strokes."])

    head("Other Employment")
    role("Customer Assistant", "Northgate Supermarket, Headingley", "September 2015 – February 2018", [
        "Worked on tills and the customer service desk; handled refunds and complaints calmly.",
        "Trained as a keyholder and helped with overnight stock deliveries."])

    head("Training & Development")
    num_bullets(doc, ["Level 3 Diploma in Adult Care (RQF) – 2021",
                      "Safe Handling and Administration of Medication – 2022 (annual competency check)",
                      "Dementia Care (Tier 2) – 2022",
                      "Safeguarding Adults Level 2 – refreshed 2023",
                      "Moving and Handling People, including hoists – refreshed 2023",
                      "Emergency First Aid at Work – 2023",
                      "The Care Certificate – 2018"], bul, after=0)

    head("Education")
    p = P(doc, "", after=0)
    runs(p, ("Aire Valley College, Leeds", {"bold": True}), (" — BTEC Level 2 Diploma in Health and Social Care", {}))
    P(doc, "2014 – 2015", italic=True, color=grey, after=6)
    p = P(doc, "", after=0)
    runs(p, ("Harehills Park Academy, Leeds", {"bold": True}), (" — 9 GCSEs (grades 9–4) including English and Maths", {}))
    P(doc, "2009 – 2014", italic=True, color=grey, after=0)

    head("Skills")
    num_bullets(doc, ["Person-centred care and care planning", "Medication administration (eMAR)",
                      "Dementia and end-of-life care", "Safe moving and handling", "Record keeping and reporting",
                      "Leading a team on shift", "Clear written and spoken English"], bul, after=0)

    head("Additional Information")
    P(doc, "Full UK driving licence and own car. Enhanced DBS certificate on the Update Service. Available for "
           "days, nights, weekends and bank holidays. Up to date with COVID-19 and flu vaccinations.")

    head("References")
    P(doc, "References available on request.")
    return doc


# ---------------------------------------------------------------- w12 plumber (label-column table, Australia)

def w12():
    doc = new_doc("Calibri", 10.5, (0.7, 0.7, 0.7, 0.7), "Brendan Thorley", dt.datetime(2024, 5, 2, 19, 40))
    a4(doc)
    tw = text_width(doc)
    teal = "1F6F8B"
    P(doc, "Brendan Thorley", bold=True, size=24, color=teal, after=0)
    P(doc, "Licensed Plumber & Gasfitter", size=13, after=2)
    P(doc, "Belmont, Geelong VIC 3216  •  0491 570 158  •  b.thorley.plumbing@example.com  •  Class C driver licence",
      size=9.5, color="404040", after=10)

    label_w = Inches(1.55)
    rows = ["Career Summary", "Employment History", "Licences & Tickets", "Trade Qualifications", "Skills", "Referees"]
    t = make_table(doc, len(rows), 2, [label_w, tw - label_w])
    table_borders(t, color="9DC3D4", sz=6, edges=("top", "insideH", "bottom"))
    cell_margins(t, left=0.06, right=0.1, top=0.08, bottom=0.08)
    cells = {}
    for row, name in zip(t.rows, rows, strict=True):
        lab, body = row.cells
        p = lab.paragraphs[0]
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor.from_string(teal)
        cells[name] = body

    c = cells["Career Summary"]
    P(c, "Licensed plumber and Type A gasfitter with 11 years in residential maintenance, new homes and light "
         "commercial work across Geelong and the Bellarine. Leading hand for a crew of four, confident quoting and "
         "running jobs from rough-in to fit-off, and known for clean work, clear communication with customers and "
         "getting compliance paperwork right the first time.")

    c = cells["Employment History"]
    jobs = [
        ("Leading Hand – Plumber & Gasfitter", "Coastline Plumbing Services, Geelong VIC", "Mar 2019 – Present",
         ["Run a crew of 2 plumbers and 2 apprentices on new homes, units and renovations (up to 12 sites at a time).",
          "Rough-in and fit-off of hot and cold water, sanitary drainage, stormwater and gas to AS/NZS 3500 and 5601.",
          "Install and commission gas and heat-pump hot water systems and ducted heating.",
          "Lodge compliance certificates and book inspections with builders and the regulator.",
          "Quote maintenance jobs and small renovations; average job value up 20% since 2021."]),
        ("Plumber", "Bellarine Maintenance Plumbing, Ocean Grove VIC", "Jul 2016 – Feb 2019",
         ["Attended 6–8 service calls a day: blocked drains, burst pipes, leaking taps and toilets, HWS changeovers.",
          "Used drain cameras and high-pressure jetters to find and clear blockages.",
          "Kept the service van stocked and completed job cards on a tablet (ServiceM8)."]),
        ("Apprentice Plumber", "J. & R. Tanner Plumbing, Geelong VIC", "Feb 2012 – Jun 2016",
         ["Four-year apprenticeship on residential and light commercial sites.",
          "Named Apprentice of the Year by the trade school in 2015."]),
    ]
    for i, (title, emp, dates, bullets) in enumerate(jobs):
        P(c, title, bold=True, before=0 if i == 0 else 6, after=0)
        P(c, f"{emp}  |  {dates}", italic=True, color="404040", after=2)
        list_bullets(c, bullets, after=0)

    c = cells["Licences & Tickets"]
    list_bullets(c, ["Plumbing Licence – water supply, sanitary, drainage and gasfitting (Type A)",
                     "Gasfitting Type B endorsement (in progress, due 2025)",
                     "Construction Induction (White Card)", "Working Safely at Heights", "Confined Space Entry",
                     "EWP Licence – under 11 m (Yellow Card)", "First Aid – HLTAID011 (2023)"], after=0)

    c = cells["Trade Qualifications"]
    for q, where in [("Certificate III in Plumbing", "Barwon Coast TAFE, 2012 – 2015"),
                     ("Certificate IV in Plumbing and Services (Gas)", "Barwon Coast TAFE, 2019"),
                     ("Victorian Certificate of Education (VCE)", "Barrabool Secondary College, 2011")]:
        p = P(c, "", after=2)
        runs(p, (q, {"bold": True}), (" — " + where, {}))

    c = cells["Skills"]
    P(c, "Rough-in and fit-off, gas appliance installation and servicing, hot water systems (gas, electric, heat "
         "pump, solar), drainage and CCTV drain inspection, backflow testing, roofing and spouting repairs, quoting, "
         "crew supervision, customer service, ServiceM8 and Tradify.")

    c = cells["Referees"]
    P(c, "Graham Pettigrew — Director, Coastline Plumbing Services — 0491 570 110", after=2)
    P(c, "Sue Hadley — Site Supervisor, Surf Coast Homes — 0491 570 156", after=0)

    for cell in cells.values():
        tidy_cell(cell)
    return doc


# ---------------------------------------------------------------- w13 office administrator (content controls, heading bars, Canada)

def w13():
    doc = new_doc("Segoe UI", 10, (0.7, 0.75, 0.7, 0.75), "Marie-Claude Tremblay", dt.datetime(2024, 1, 22, 8, 5))
    tw = text_width(doc)
    bar_fill = "1F4E5F"
    bul = bullet_numbering(doc, ["■", "□", "▪"], font="Segoe UI", left=360, hanging=260, size=7, color=bar_fill, nsid="0A1B2C13")

    name = P(doc, "", after=0)
    r = name.add_run("Marie-Claude Tremblay")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor.from_string(bar_fill)
    title = P(doc, "Bilingual Office Administrator", size=12, color="595959", after=2)
    block_sdt([name, title], "Name", "Name", "-1729103651")
    p1 = P(doc, "", after=0)
    run_sdt(p1, "148 Rue Laurier, Gatineau, QC J8X 3W4", "Address", "Address", "1486042290", size=9.5)
    p2 = P(doc, "", after=8)
    run_sdt(p2, "(819) 555-0128", "Phone", "Phone", "-906920471", size=9.5)
    r = p2.add_run("   |   ")
    r.font.size = Pt(9.5)
    run_sdt(p2, "mc.tremblay@example.com", "Email", "Email", "2044627853", size=9.5)
    block_sdt([p1, p2], "Contact Info", "ContactInfo", "1394625014")

    def bar(text):
        t = make_table(doc, 1, 1, [tw])
        cell = t.cell(0, 0)
        shade(cell, bar_fill)
        cell_margins(t, left=0.1, right=0.1, top=0.03, bottom=0.03)
        p = cell.paragraphs[0]
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        p.paragraph_format.space_after = Pt(0)
        P(doc, "", after=0).paragraph_format.line_spacing = Pt(6)

    def role(title, emp, dates, bullets):
        t = make_table(doc, 1, 2, [tw - Inches(1.9), Inches(1.9)])
        cell_margins(t, left=0.0, right=0.0)
        left, right = t.rows[0].cells
        P(left, title, bold=True, after=0)
        P(left, emp, italic=True, color="595959", after=0)
        P(right, dates, bold=True, color=bar_fill, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
        tidy_cell(left)
        tidy_cell(right)
        num_bullets(doc, bullets, bul, after=1)
        P(doc, "", after=0).paragraph_format.line_spacing = Pt(6)

    bar("Career Profile")
    P(doc, "Bilingual (French/English) office administrator with nine years of experience keeping busy offices "
           "organised. I manage calendars, vendor accounts and records for property management and healthcare "
           "teams, process invoices and payroll inputs, and am the first point of contact for tenants, patients "
           "and clients. Calm on the phone, accurate with details and quick to learn new software.", after=8)

    bar("Professional Background")
    role("Office Administrator", "Rideau Valley Property Management, Ottawa, ON", "May 2020 – Present", [
        "Run the front office for a portfolio of 14 residential buildings (about 900 units) and a team of 22.",
        "Process 250+ supplier invoices a month in Yardi and QuickBooks and prepare bi-weekly payroll inputs.",
        "Coordinate maintenance requests and contractor access; cut average response time from 4 to 2 days.",
        "Maintain lease files and insurance certificates; prepared the records for the 2023 external audit.",
        "Answer tenant calls and e-mails in French and English."])
    role("Administrative Assistant", "Bytown Dental Group, Ottawa, ON", "Sept 2016 – April 2020", [
        "Booked appointments for five dentists and three hygienists using Dentrix.",
        "Submitted insurance claims and followed up rejected claims, recovering about $18,000 a year.",
        "Ordered clinical and office supplies and reconciled monthly supplier statements."])
    role("Receptionist (part-time)", "Gatineau Hills Community Centre, Gatineau, QC", "2014 – 2016", [
        "Greeted visitors, handled program registrations and took payments at the front desk."])

    bar("Education")
    role("Office Administration – Executive, Ontario College Diploma", "Ottawa Valley College, Ottawa, ON — Dean’s Honour List", "2012 – 2014", [])
    role("Diplôme d’études secondaires (DES)", "École secondaire des Collines-Blanches, Gatineau, QC", "2012", [])

    bar("Computer Skills")
    num_bullets(doc, ["Microsoft 365: Outlook, Word, Excel (pivot tables, XLOOKUP), Teams, SharePoint",
                      "Yardi Voyager, QuickBooks Online, Dentrix",
                      "Adobe Acrobat Pro, DocuSign, Canva",
                      "Typing: 70 wpm (English), 65 wpm (French)"], bul, after=1)
    P(doc, "", after=0).paragraph_format.line_spacing = Pt(6)

    bar("Languages")
    P(doc, "French – native   |   English – fluent (written and spoken)", after=8)

    bar("Volunteer Experience")
    P(doc, "Volunteer shift lead, Vanier Community Pantry, Ottawa (2019 – present): schedule 15 volunteers for "
           "Saturday food distribution and keep the intake log.", after=0)
    return doc


# ---------------------------------------------------------------- w14 financial analyst (custom heading style, tracked changes, comments)

def w14():
    doc = new_doc("Calibri", 11, (0.75, 0.9, 0.75, 0.9), "Gregory Tan", dt.datetime(2024, 2, 9, 22, 40))
    tw = text_width(doc)
    navy = "2F5496"
    st = doc.styles.add_style("Resume Heading", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.next_paragraph_style = doc.styles["Normal"]
    st.quick_style = True
    st.font.bold = True
    st.font.all_caps = True
    st.font.size = Pt(12)
    st.font.color.rgb = RGBColor.from_string(navy)
    st.paragraph_format.space_before = Pt(12)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.keep_with_next = True
    sppr = st.element.get_or_add_pPr()
    sppr.insert_element_before(parse_xml(f'<w:pBdr {W}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{navy}"/></w:pBdr>'),
                               *PPR_AFTER_PBDR)
    outline_level(sppr, 0)
    track_revisions_on(doc)

    rev = {"author": "Dana Whitcomb", "date": "2024-02-11T14:03:00Z"}
    rid = iter(range(101, 200))

    def ins(p, text):
        p._p.append(parse_xml(f'<w:ins {W} w:id="{next(rid)}" w:author="{rev["author"]}" w:date="{rev["date"]}">'
                              f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))

    def dele(p, text):
        p._p.append(parse_xml(f'<w:del {W} w:id="{next(rid)}" w:author="{rev["author"]}" w:date="{rev["date"]}">'
                              f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))

    def mark(p, kind):
        """Mark the paragraph mark itself as inserted or deleted."""
        ppr = p._p.get_or_add_pPr()
        ppr.insert_element_before(parse_xml(f'<w:rPr {W}><w:{kind} w:id="{next(rid)}" w:author="{rev["author"]}" w:date="{rev["date"]}"/></w:rPr>'),
                                  *PPR_AFTER_RPR)

    P(doc, "Gregory Tan, CFA", bold=True, size=22, color="1F2A44", align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    P(doc, "Chicago, IL 60614  |  (312) 555-0104  |  gregory.tan@example.com  |  linkedin.com/in/gregorytan-example",
      size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, after=4)

    doc.add_paragraph("Professional Profile", style="Resume Heading")
    p = doc.add_paragraph()
    p.add_run("Financial analyst with ")
    dele(p, "six")
    ins(p, "seven")
    p.add_run(" years of experience in FP&A and corporate finance at consumer products and logistics companies. "
              "I build the driver-based forecasts, budget models and monthly variance analysis that leadership teams "
              "use to make decisions, and turn large data sets into clear recommendations. CFA charterholder.")

    doc.add_paragraph("Experience", style="Resume Heading")
    tab_line(doc, "Senior Financial Analyst, FP&A", "June 2021 – Present", tw, after=0)
    P(doc, "Lakefront Consumer Brands — Chicago, IL", italic=True, after=2)
    b = doc.add_paragraph("Own the $640M annual operating plan and quarterly reforecasts for the North American snacks division.", style="List Bullet")
    b = doc.add_paragraph(style="List Bullet")
    b.add_run("Built a driver-based revenue model in Excel and ")
    hyp = b.add_run("Hyperion")
    b.add_run(" that cut the forecast cycle by four days.")
    c1 = doc.add_comment(hyp, text="Do they still call it Hyperion? Maybe say Oracle EPM.", author="Dana Whitcomb", initials="DW")
    c1._comment_elm.date = dt.datetime(2024, 2, 11, 14, 6, tzinfo=dt.timezone.utc)
    b = doc.add_paragraph(style="List Bullet")
    b.add_run("Identified $")
    dele(b, "4.2M")
    ins(b, "4.6M")
    b.add_run(" of trade-spend savings by analysing promotion ROI with the sales team.")
    doc.add_paragraph("Prepare the monthly business review deck for the division CFO and present variance commentary.", style="List Bullet")
    b = doc.add_paragraph(style="List Bullet")
    ins(b, "Partner with supply chain on make-vs-buy and capacity investment cases (NPV/IRR).")
    mark(b, "ins")

    tab_line(doc, "Financial Analyst", "July 2018 – May 2021", tw, after=0).paragraph_format.space_before = Pt(6)
    P(doc, "Meridian Freight Holdings — Oak Brook, IL", italic=True, after=2)
    doc.add_paragraph("Prepared monthly P&L, balance sheet and cash-flow reporting for 12 terminals.", style="List Bullet")
    doc.add_paragraph("Automated the weekly fuel-cost report with Power Query, saving six hours a week.", style="List Bullet")
    b = doc.add_paragraph(style="List Bullet")
    dele(b, "Answered ad hoc requests from operations managers.")
    mark(b, "del")
    doc.add_paragraph("Supported the 2020 debt refinancing with lender models and covenant tracking.", style="List Bullet")

    tab_line(doc, "Corporate Finance Summer Analyst", "June – August 2017", tw, after=0).paragraph_format.space_before = Pt(6)
    P(doc, "Halsted Bancorp — Chicago, IL", italic=True, after=2)
    doc.add_paragraph("Built comparable-company analyses and helped prepare credit memos for middle-market clients.", style="List Bullet")

    doc.add_paragraph("Education", style="Resume Heading")
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    runs(p, ("Bachelor of Science in Finance, minor in Data Analytics", {"bold": True}), ("\t", {}))
    yrs = p.add_run("2014 – 2018")
    c2 = doc.add_comment(yrs, text="Add your GPA here? 3.8 is worth showing.", author="Dana Whitcomb", initials="DW")
    c2._comment_elm.date = dt.datetime(2024, 2, 11, 14, 9, tzinfo=dt.timezone.utc)
    P(doc, "Wrightwood University, Chicago, IL — summa cum laude", italic=True, after=2)

    doc.add_paragraph("Licenses & Designations", style="Resume Heading")
    for s in ["Chartered Financial Analyst (CFA) charterholder, 2022",
              "Financial Modeling & Valuation Analyst (FMVA), 2019",
              "Bloomberg Market Concepts (BMC), 2017"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_paragraph("Technical Proficiencies", style="Resume Heading")
    P(doc, "Excel (advanced modeling, Power Query, VBA), Oracle Hyperion Planning, SAP BW, Power BI, SQL, "
           "Python (pandas), PowerPoint")
    return doc


# ---------------------------------------------------------------- w15 retail manager (two-column section, split-run headings, Ireland)

def w15():
    doc = new_doc("Calibri", 10.5, (0.6, 0.7, 0.6, 0.7), "Aoife Brennan", dt.datetime(2024, 4, 3, 20, 50))
    a4(doc)
    tw = text_width(doc)
    ink = "1F3864"
    P(doc, "Aoife Brennan", bold=True, size=24, color=ink, after=0)
    P(doc, "Retail Store Manager", size=13, color="C0504D", after=2)
    p = P(doc, "Knocknacarra, Galway  ·  +353 85 555 0142  ·  aoife.brennan@example.com  ·  Full clean driving licence",
          size=9.5, after=6)
    bottom_border(p, sz=4, color="BFBFBF", space=4)

    def head(first, rest="", column_break=False):
        """Heading typed as one phrase, but the first word is bold and the rest is not (two runs)."""
        p = P(doc, "", before=10, after=3)
        if column_break:
            p.add_run().add_break(WD_BREAK.COLUMN)
            p.paragraph_format.space_before = Pt(0)
        r = p.add_run(first)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor.from_string(ink)
        if rest:
            r = p.add_run(rest)
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor.from_string(ink)
        p.paragraph_format.keep_with_next = True
        return p

    head("Profile")
    P(doc, "Store manager with over ten years in fashion and homeware retail in Galway city. I run stores that hit "
           "their numbers without burning out the team: I plan rotas around footfall, keep visual merchandising sharp "
           "and coach supervisors to step up. Strong on stock control, shrinkage and customer experience, and at my "
           "best during peak trading.")

    head("Work", " History")
    jobs = [
        ("Store Manager", "Corrib Home & Living, Galway", "Feb 2020 – Present",
         ["Manage a €3.1M store with a team of 24 (3 supervisors, 21 sales and stock staff).",
          "Grew like-for-like sales 14% in 2023 while keeping wage cost at 11% of turnover.",
          "Reduced shrinkage from 2.1% to 1.2% with tighter delivery checks and CCTV reviews.",
          "Recruited and trained the full team for the Christmas pop-up in the city centre."]),
        ("Assistant Store Manager", "Claddagh Fashion Group, Shop Street, Galway", "Mar 2016 – Jan 2020",
         ["Ran the store in the manager’s absence and led the weekly stock takes.",
          "Planned visual merchandising for seasonal launches with head office.",
          "Coached two sales assistants into supervisor roles."]),
        ("Sales Assistant / Keyholder", "Salthill Sports, Galway", "Jun 2012 – Feb 2016",
         ["Opened and closed the shop, cashed up and lodged the takings.",
          "Fitted running shoes and advised customers on kit."]),
    ]
    for title, emp, dates, bullets in jobs:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_before = Pt(5)
        p.paragraph_format.space_after = Pt(1)
        runs(p, (title, {"bold": True}), ("  |  " + emp, {}), ("\t" + dates, {"italic": True}))
        list_bullets(doc, bullets, after=0)

    # the rest of the page is a continuous section in two columns (Layout > Columns > Two)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = parse_xml(f"<w:cols {W}/>")
        sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")

    head("Education", " & Training")
    for q, where in [("Higher Certificate in Business (Retail Management)", "Western Regional Institute of Technology, 2012 – 2014"),
                     ("QQI Level 6 Certificate in Supervisory Management", "Galway Further Education Centre, 2018"),
                     ("Manual Handling Instructor", "2021"),
                     ("Leaving Certificate", "Scoil Mhuire, Oranmore, 2012")]:
        P(doc, q, bold=True, after=0)
        P(doc, where, after=3)
    head("Key", " Skills")
    list_bullets(doc, ["Team leadership & coaching", "Rotas & wage control", "Stock control & shrinkage",
                       "Visual merchandising", "Customer service recovery", "EPOS (LS Retail), Excel",
                       "Irish (conversational)"], after=0)
    head("Interests", column_break=True)
    P(doc, "Sea swimming at Blackrock all year round, coaching the under-12 camogie team, and volunteering in a "
           "charity shop on the odd Sunday.")
    head("Referees")
    P(doc, "Available on request.")
    return doc


# ---------------------------------------------------------------- w16 policy officer (numbered headings, footer page numbers, footnotes, UK)

def w16():
    doc = new_doc("Arial", 10.5, (0.8, 0.8, 0.8, 0.8), "Amira Haddad", dt.datetime(2023, 12, 1, 17, 20))
    a4(doc)
    tw = text_width(doc)
    navy = "1F3864"
    add_footnotes(doc, ["Figures from the council’s Consultation Findings Report, February 2023.",
                        "Sponsored by Ashcombe MBC for partnership work with the Home Office; valid until 2027."])

    f = doc.sections[0].footer.paragraphs[0]
    f.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT)
    grey9 = rpr_xml(color="7F7F7F", size=8.5)
    for t in ("Amira Haddad – Curriculum Vitae", "\tPage "):
        r = f.add_run(t)
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    field(f, "PAGE", "1", grey9)
    r = f.add_run(" of ")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    field(f, "NUMPAGES", "2", grey9)

    P(doc, "Amira Haddad", bold=True, size=20, color=navy, after=0)
    P(doc, "Senior Policy Officer – Housing and Homelessness", size=12, after=2)
    P(doc, "Moseley, Birmingham B13  |  07700 900582  |  amira.haddad@example.org", size=9.5, after=4)

    def head(text):
        p = P(doc, text, bold=True, size=12, color=navy, before=14, after=4)
        p.paragraph_format.keep_with_next = True
        return p

    def entry(title, dates, place):
        tab_line(doc, title, dates, tw, after=0).paragraph_format.space_before = Pt(6)
        P(doc, place, italic=True, after=2)

    head("1. Profile")
    P(doc, "Policy professional with eight years in local and regional government, specialising in housing, "
           "homelessness and tenant engagement. I write clear briefings for elected members and senior officers, "
           "lead consultations that reach people who rarely respond, and turn evidence into strategies that can be "
           "delivered and measured. Used to working to tight political deadlines and with partners across the NHS, "
           "police and voluntary sector.")

    head("2. Employment History")
    entry("Senior Policy Officer, Housing Strategy", "January 2021 – present", "Ashcombe Metropolitan Borough Council, Birmingham")
    list_bullets(doc, ["Lead author of the council’s Homelessness and Rough Sleeping Strategy 2023–2028, approved by Cabinet in March 2023.",
                       "Write committee reports and briefings for the Cabinet Member for Housing and the Scrutiny Committee."])
    b = doc.add_paragraph("Designed a consultation that reached 2,300 residents, including 400 people with lived experience of homelessness.", style="List Bullet")
    footnote_ref(b, 1)
    b.paragraph_format.space_after = Pt(1)
    list_bullets(doc, ["Manage two Policy Officers and a graduate trainee; chair the monthly housing partners’ forum.",
                       "Secured £1.8m of government grant funding for supported housing through three successful bids."])
    entry("Policy Officer", "September 2018 – December 2020", "Severn Valley Combined Authority, Worcester")
    list_bullets(doc, ["Produced evidence reviews and data packs on housing supply, affordability and transport connectivity.",
                       "Coordinated responses to government consultations on behalf of six member councils.",
                       "Supported the Housing Board: agendas, minutes, action tracking and forward plan."])
    entry("Graduate Management Trainee", "September 2016 – August 2018", "Ashcombe Metropolitan Borough Council, Birmingham")
    list_bullets(doc, ["Rotational placements in Housing, Adult Social Care, Finance and the Chief Executive’s Office.",
                       "Project-managed the move of the housing register to a new online system."])

    head("3. Education and Qualifications")
    entry("MSc Public Policy and Management (Merit)", "2015 – 2016", "Midlands Metropolitan University")
    entry("BA (Hons) Politics and Sociology, 2:1", "2012 – 2015", "University of Harrowgate")
    entry("Level 4 Certificate in Housing", "2019", "Chartered Institute of Housing")
    entry("A levels: Politics (A), History (A), English Literature (B)", "2012", "Balsall Heath Sixth Form College")

    head("4. Key Skills and Competencies")
    list_bullets(doc, ["Policy development and evidence analysis (Census, local housing and homelessness statistics)",
                       "Drafting Cabinet reports, briefings and correspondence for elected members",
                       "Stakeholder engagement and public consultation",
                       "Project and programme management (PRINCE2 Foundation)",
                       "Data analysis in Excel and Power BI",
                       "Equality impact assessment"])

    head("5. Additional Information")
    p = P(doc, "", after=1)
    runs(p, ("Security clearance: ", {"bold": True}), ("SC (Security Check)", {}))
    footnote_ref(p, 2)
    p = P(doc, "", after=1)
    runs(p, ("Languages: ", {"bold": True}), ("Arabic (fluent), French (intermediate)", {}))
    p = P(doc, "", after=1)
    runs(p, ("Membership: ", {"bold": True}), ("Chartered Institute of Housing (CIHM)", {}))
    p = P(doc, "", after=1)
    runs(p, ("Driving: ", {"bold": True}), ("Full UK driving licence", {}))
    return doc


# ---------------------------------------------------------------- w17 research scientist (text-box sidebar, small caps headings)

def w17():
    doc = new_doc("Calibri", 10, (0.5, 0.5, 0.5, 0.5), "Mei-Lin Harcourt", dt.datetime(2024, 3, 27, 23, 2))
    blue = "1F3B57"

    def shead(text, before=10):
        return xpar([(text, {"bold": True, "smallcaps": True, "size": 11.5, "color": blue})], before=before, after=3)

    def sline(text):
        return xpar([(text, {"size": 9.5})], after=2)

    side = shead("Contact", before=0)
    side += "".join(sline(s) for s in ["San Diego, CA 92121", "(858) 555-0139", "meilin.harcourt@example.org",
                                       "linkedin.com/in/meilin-harcourt-example", "ORCID 0000-0002-1825-0097"])
    side += shead("Lab Techniques")
    side += "".join(sline(s) for s in ["CRISPR-Cas9 editing and pooled screens", "qPCR and ddPCR", "Western blot & co-IP",
                                       "Mammalian cell culture (incl. iPSC)", "Flow cytometry / FACS",
                                       "RNA-seq and CLIP-seq library prep", "Confocal microscopy", "ELISA & MSD assays"])
    side += shead("Software")
    side += "".join(sline(s) for s in ["R (DESeq2, Seurat)", "Python (pandas, scanpy)", "GraphPad Prism, FlowJo",
                                       "Benchling ELN", "ImageJ / Fiji"])
    side += shead("Memberships")
    side += "".join(sline(s) for s in ["American Society for Cell Biology", "RNA Society"])

    name = P(doc, "", after=0)
    name._p.append(page_textbox(side, 0.45, 0.5, 2.3, 10.0, fill="EEF3F7", shape_id=3, name="Text Box 3", dist_r_in=0.25))
    r = name.add_run("Mei-Lin Harcourt, PhD")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor.from_string(blue)
    P(doc, "Scientist II – Molecular & Cell Biology", size=12, color="595959", after=6)

    def head(text):
        p = P(doc, "", before=10, after=3)
        r = p.add_run(text)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor.from_string(blue)
        bottom_border(p, sz=4, color="A6B8C8", space=1)
        p.paragraph_format.keep_with_next = True
        return p

    head("Research Profile")
    P(doc, "Molecular biologist with ten years of bench research in RNA biology and gene regulation, five of them in "
           "drug discovery. I design and run CRISPR screens and cell-based assays, analyse the sequencing data myself, "
           "and work closely with chemistry and computational teams to move targets from hypothesis to validated hits.")

    head("Research Experience")
    jobs = [
        ("Scientist II, Target Biology", "Torrey Mesa Therapeutics, San Diego, CA  |  2021 – present",
         ["Lead target validation for two RNA-binding protein programs; one moved to hit-to-lead in 2023.",
          "Designed and ran pooled CRISPR knockout screens in iPSC-derived neurons (12 screens, 3 cell models).",
          "Developed a 384-well splicing reporter assay now used by the chemistry team for compound triage.",
          "Supervise one research associate and train new staff on cell culture and flow cytometry."]),
        ("Postdoctoral Fellow", "Pacific Coast Institute for Biomedical Research, La Jolla, CA  |  2018 – 2021",
         ["Identified a stress-granule protein that controls neuronal mRNA decay (first-author paper, 2021).",
          "Built RNA-seq and CLIP-seq analysis pipelines in R and Python for the lab.",
          "Mentored three graduate students and two summer undergraduates."]),
        ("Graduate Researcher", "Department of Biochemistry, University of Cascadia, Seattle, WA  |  2012 – 2018",
         ["Dissertation: post-transcriptional control of synaptic gene expression.",
          "Teaching assistant for Molecular Biology Laboratory (four semesters)."]),
    ]
    for title, line, bullets in jobs:
        P(doc, title, bold=True, before=5, after=0)
        P(doc, line, italic=True, color="595959", after=2)
        list_bullets(doc, bullets, after=0)

    head("Education")
    p = P(doc, "", after=1)
    runs(p, ("Ph.D., Biochemistry and Molecular Biology", {"bold": True}), (" — University of Cascadia, 2018", {}))
    p = P(doc, "", after=1)
    runs(p, ("B.S., Biochemistry, magna cum laude", {"bold": True}), (" — Sonora Valley University, 2012", {}))

    head("Publications")
    for ref in ["Harcourt M-L, Okonjo P, Reyes D, Lindqvist A. A stress-granule protein licenses decay of neuronal transcripts. Journal of RNA Regulation. 2021;14(3):211–229.",
                "Harcourt M-L, Brandt K. Pooled CRISPR screening in iPSC-derived neurons: a practical guide. Cell Methods Reports. 2023;5:e1042.",
                "Lindqvist A, Harcourt M-L, Tsai J, et al. Local translation at the synapse is tuned by 3′ UTR length. Neuro Molecular Letters. 2017;9(2):55–67."]:
        p = P(doc, ref, after=3)
        p.paragraph_format.left_indent = Inches(0.25)
        p.paragraph_format.first_line_indent = Inches(-0.25)

    head("Honors & Awards")
    list_bullets(doc, ["Institute Postdoctoral Fellowship, 2019 – 2021", "Best Poster, West Coast RNA Meeting, 2016",
                       "Graduate Research Fellowship, 2013 – 2016"], after=0)
    return doc


# ---------------------------------------------------------------- w18 primary teacher (all-caps run formatting on lower-case headings, dot leaders, New Zealand)

def w18():
    doc = new_doc("Corbel", 10.5, (0.7, 0.8, 0.7, 0.8), "Rebecca Morrison-Hale", dt.datetime(2024, 6, 9, 16, 45))
    a4(doc)
    tw = text_width(doc)
    plum = "5B2C6F"
    dash = bullet_numbering(doc, ["–", "–", "–"], left=340, hanging=240, step=340, color=plum, nsid="0A1B2C18")

    P(doc, "Rebecca Morrison-Hale", bold=True, size=22, color=plum, after=0)
    P(doc, "Primary School Teacher (Years 3–6)", size=12, after=2)
    P(doc, "Hillcrest, Hamilton 3216  |  021 555 0147  |  rebecca.mh@example.com", size=9.5, color="595959", after=4)

    def head(text):
        p = P(doc, "", before=14, after=4)
        r = p.add_run(text)
        r.bold = True
        r.font.all_caps = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor.from_string(plum)
        p.paragraph_format.keep_with_next = True
        return p

    def dots(left, right, left_fmt=None, after=2):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(tw, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        runs(p, (left, left_fmt or {}), ("\t" + right, {}))
        p.paragraph_format.space_after = Pt(after)
        return p

    head("profile")
    P(doc, "Fully certificated primary teacher with nine years’ experience in Years 3–6 at state schools in Hamilton "
           "and Tauranga. I teach structured literacy and maths through small, well-planned groups, use assessment "
           "data to decide what each child needs next, and build strong relationships with whānau. Confident "
           "weaving te reo Māori and tikanga into daily class routines, and currently team leader for Years 3–4.")

    head("teaching experience")
    jobs = [
        ("Team Leader, Years 3–4", "Rototuna Park School, Hamilton", "2020 – present",
         ["Lead a team of five teachers: planning, moderation and weekly data conversations.",
          "Introduced a structured literacy approach across the team; Year 4 reading at or above expectation rose from 61% to 78%.",
          "Teach a Year 4 class of 27 and run the school’s after-school coding club.",
          "Mentor two beginning teachers through their full certification."]),
        ("Classroom Teacher, Years 5–6", "Bayview Primary School, Tauranga", "2016 – 2019",
         ["Planned inquiry units with a strong local-history focus and led class trips to Mauao.",
          "Ran the school kapa haka group with a parent volunteer (2017 – 2019).",
          "Used e-asTTle and PAT results to set maths groups and report progress to whānau."]),
        ("Relief Teacher", "Tauranga and Western Bay of Plenty schools", "2015 – 2016",
         ["Day-to-day and long-term relief across 11 schools, Years 0–8."]),
    ]
    for title, school, dates, bullets in jobs:
        P(doc, title, bold=True, before=6, after=0)
        dots(school, dates, {"italic": True})
        num_bullets(doc, bullets, dash, after=1)

    head("education")
    P(doc, "Graduate Diploma in Teaching (Primary)", bold=True, after=0)
    dots("Kaimai University, Hamilton", "2015", {"italic": True}, after=4)
    P(doc, "Bachelor of Arts in Geography and History", bold=True, after=0)
    dots("Kaimai University, Hamilton", "2011 – 2013", {"italic": True}, after=4)
    P(doc, "Full Practising Certificate — Teaching Council of Aotearoa New Zealand", after=0)

    head("professional development")
    for course, yr in [("Structured Literacy, Levels 1 and 2", "2022 – 2023"),
                       ("Mathematics Leadership Hub (regional PLD)", "2020"),
                       ("Te reo Māori evening course, Level 2", "2021"),
                       ("Restorative Practice training", "2019"),
                       ("Workplace First Aid", "2023")]:
        dots(course, yr, after=1)

    head("key achievements")
    num_bullets(doc, ["Shortlisted for the Waikato Excellence in Teaching Award, 2022.",
                      "Led the team that wrote the school’s new local curriculum for social sciences (2021).",
                      "Presented “Small-group maths that works” at the regional maths hub hui, 2023."], dash, after=1)

    head("referees")
    P(doc, "Karen Whitlock — Principal, Rototuna Park School — 07 555 0132", after=1)
    P(doc, "Mark Ferreira — Deputy Principal, Bayview Primary School — 021 555 0175", after=0)
    return doc


# ---------------------------------------------------------------- w19 sous chef (shaded paragraph headings, line breaks inside paragraphs)

def w19():
    doc = new_doc("Trebuchet MS", 10.5, (0.7, 0.8, 0.7, 0.8), "Jorge Villanueva", dt.datetime(2024, 5, 19, 11, 30))
    brown = "5A3E2B"
    line_break_par(doc, [[("Jorge Villanueva", {"bold": True, "size": 22, "color": brown})],
                         [("Sous Chef", {"size": 12, "color": "7F6A5A"})]], after=2, align=WD_ALIGN_PARAGRAPH.CENTER)
    line_break_par(doc, [[("Portland, ME 04101  ·  (207) 555-0188", {"size": 9.5})],
                         [("jorge.villanueva.chef@example.com", {"size": 9.5})]], after=6, align=WD_ALIGN_PARAGRAPH.CENTER)

    def head(text):
        p = P(doc, "", before=12, after=6)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor.from_string(brown)
        para_shading(p, "F2E4D4")
        p.paragraph_format.keep_with_next = True
        return p

    head("Summary")
    P(doc, "Sous chef with 12 years in scratch kitchens, from a 60-seat farm-to-table bistro to a 220-cover waterfront "
           "restaurant. I run the line on busy nights, write prep lists and order sheets that keep food cost on "
           "target, and train cooks to plate consistently. Strong in seafood butchery, sauces and whole-animal work, "
           "and serious about food safety and a calm, respectful kitchen.")

    head("Kitchen Experience")
    jobs = [
        ("Sous Chef", "Harbor & Vine, Portland, ME", "April 2021 – Present",
         ["Run the line for 180–220 covers a night with a brigade of 9 cooks and 3 dishwashers.",
          "Write daily prep lists and place orders with 14 local farms and seafood suppliers.",
          "Cut food cost from 33% to 29% through menu costing, yield tests and whole-fish butchery.",
          "Lead the kitchen in the chef’s absence, including tastings and private events of up to 120 guests."]),
        ("Chef de Partie / Line Cook", "The Salt Cellar Bistro, Kennebunk, ME", "May 2016 – March 2021",
         ["Worked sauté, grill and garde-manger; promoted to chef de partie in 2018.",
          "Developed weekly specials from seasonal produce; two became permanent menu items.",
          "Trained new line cooks on station setup, plating standards and allergen procedures."]),
        ("Prep Cook", "Casco Bay Catering Co., South Portland, ME", "2012 – 2016",
         ["Prepared food for weddings and corporate events of up to 400 guests."]),
    ]
    for title, place, dates, bullets in jobs:
        line_break_par(doc, [[(title, {"bold": True})], [(place, {})], [(dates, {"italic": True, "color": "7F6A5A"})]],
                       before=6, after=2)
        list_bullets(doc, bullets, after=0)

    head("Culinary Training")
    line_break_par(doc, [[("Associate of Applied Science, Culinary Arts", {"bold": True})],
                         [("Northern New England Culinary Institute, Portland, ME", {})],
                         [("2010 – 2012", {"italic": True, "color": "7F6A5A"})]], after=4)
    line_break_par(doc, [[("Stage (two-week kitchen placement)", {"bold": True})],
                         [("Brasserie du Quai, Lyon, France", {})],
                         [("2019", {"italic": True, "color": "7F6A5A"})]], after=0)

    head("Certifications")
    list_bullets(doc, ["ServSafe Food Protection Manager (valid to 2026)", "ServSafe Allergens",
                       "TIPS responsible alcohol service", "OSHA 10-Hour General Industry"], after=0)

    head("Skills")
    line_break_par(doc, [[("Kitchen: ", {"bold": True}), ("seafood and whole-animal butchery, sauces, charcuterie, pastry basics, sous vide", {})],
                         [("Management: ", {"bold": True}), ("ordering, inventory, food costing, scheduling, training", {})],
                         [("Systems: ", {"bold": True}), ("Toast POS, MarketMan, 7shifts", {})]], after=0)

    head("Languages")
    P(doc, "Spanish – native; English – fluent; French – kitchen French")
    return doc


# ---------------------------------------------------------------- w20 IT support engineer (Title/Subtitle, Heading 2 sections, hyperlinks, Word bullets)

def w20():
    doc = new_doc("Calibri", 10.5, (0.8, 0.9, 0.8, 0.9), "Daniel Oyelaran", dt.datetime(2024, 4, 28, 9, 55))
    navy = RGBColor(0x1F, 0x38, 0x64)
    ts = doc.styles["Title"]
    ts.font.size = Pt(26)
    ts.font.color.rgb = navy
    ts.paragraph_format.space_after = Pt(0)
    ss = doc.styles["Subtitle"]
    ss.font.size = Pt(13)
    ss.font.italic = False
    ss.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    ss.paragraph_format.space_after = Pt(2)
    h2 = doc.styles["Heading 2"]
    h2.font.size = Pt(13)
    h2.font.color.rgb = navy
    h2.paragraph_format.space_before = Pt(12)
    h2.paragraph_format.space_after = Pt(3)
    h3 = doc.styles["Heading 3"]
    h3.font.size = Pt(11)
    h3.font.color.rgb = RGBColor(0x26, 0x26, 0x26)
    h3.paragraph_format.space_before = Pt(8)
    hyperlink_style(doc)
    dot = bullet_numbering(doc, ["\uf0b7", "o", "\uf0a7"], font="Symbol", left=720, hanging=360, nsid="0A1B2C20")
    lvl1 = doc.part.numbering_part.element.findall(qn("w:abstractNum"))[-1].findall(qn("w:lvl"))
    for lvl, f in zip(lvl1, ["Symbol", "Courier New", "Wingdings"], strict=True):
        rf = lvl.find(qn("w:rPr")).find(qn("w:rFonts"))
        rf.set(qn("w:ascii"), f)
        rf.set(qn("w:hAnsi"), f)

    doc.add_paragraph("Daniel Oyelaran", style="Title")
    doc.add_paragraph("IT Support Engineer / Systems Administrator", style="Subtitle")
    p = P(doc, "Denver, CO 80205  |  (720) 555-0161  |  ", size=10, after=4)
    hyperlink(p, "mailto:d.oyelaran@example.com", "d.oyelaran@example.com", rstyle="Hyperlink", size=10)
    r = p.add_run("  |  ")
    r.font.size = Pt(10)
    hyperlink(p, "https://www.linkedin.com/in/daniel-oyelaran-example", "LinkedIn", rstyle="Hyperlink", size=10)
    r = p.add_run("  |  ")
    r.font.size = Pt(10)
    hyperlink(p, "https://github.com/doyelaran-example", "GitHub", rstyle="Hyperlink", size=10)

    def bullets(items):
        num_bullets(doc, items, dot, style="List Paragraph", after=1)

    doc.add_heading("Summary", level=2)
    P(doc, "IT support engineer with seven years supporting 300–900 users in healthcare and professional services. "
           "I look after Microsoft 365 and Intune, keep Windows and Linux servers patched and backed up, and like "
           "fixing the cause of a ticket rather than just closing it. Calm with frustrated users, careful with change "
           "control, and always writing things down for the next person.")

    doc.add_heading("IT Skills", level=2)
    for k, v in [("Operating systems", "Windows 10/11, Windows Server 2016–2022, Ubuntu Server, macOS"),
                 ("Microsoft", "Microsoft 365, Entra ID (Azure AD), Intune, Exchange Online, Active Directory, Group Policy"),
                 ("Networking", "TCP/IP, DNS, DHCP, VLANs, Meraki, FortiGate firewalls, WireGuard VPN"),
                 ("Tools", "PowerShell, ServiceNow, PDQ Deploy, Veeam, VMware vSphere, Git")]:
        p = P(doc, "", after=1)
        runs(p, (k + ": ", {"bold": True}), (v, {}))

    doc.add_heading("Work Experience", level=2)
    jobs = [
        ("Systems Administrator, Front Range Community Health, Denver, CO", "March 2021 – Present",
         ["Administer Microsoft 365 and Intune for 850 users and 1,100 devices across nine clinic sites.",
          "Migrated 14 on-premises file shares to SharePoint and Teams with no data loss.",
          "Automated new-starter and leaver tasks with PowerShell and Entra ID groups, cutting setup from 3 hours to 20 minutes.",
          "Run Veeam backups and quarterly restore tests for 40 VMs on VMware vSphere.",
          "Escalation point for a service desk of four technicians."]),
        ("IT Support Analyst, Kessler & Vance LLP, Denver, CO", "June 2018 – February 2021",
         ["Resolved 35–45 tickets a week (hardware, software, accounts, printing) for 320 staff in two offices.",
          "Rolled out Windows 10 to 300 laptops using MDT and PDQ Deploy.",
          "Wrote 60+ knowledge-base articles; first-call resolution rose from 58% to 71%."]),
        ("Help Desk Technician (part-time), Cherry Creek State College IT Services, Denver, CO", "2016 – 2018",
         ["Supported students and faculty with accounts, Wi-Fi and classroom AV."]),
    ]
    for title, dates, items in jobs:
        doc.add_heading(title, level=3)
        P(doc, dates, italic=True, color="595959", after=2)
        bullets(items)

    doc.add_heading("Certifications", level=2)
    bullets(["Microsoft 365 Certified: Endpoint Administrator Associate, 2023", "ITIL 4 Foundation, 2020",
             "CompTIA Network+, 2019", "CompTIA A+, 2017"])

    doc.add_heading("Education", level=2)
    p = P(doc, "", after=1)
    runs(p, ("B.S. Computer Information Systems", {"bold": True}), (" — Cherry Creek State College, Denver, CO, 2018", {}))

    doc.add_heading("Home Lab & Projects", level=2)
    bullets(["Home lab: three-node Proxmox cluster running Home Assistant, Pi-hole and a Wazuh SIEM for practice.",
             "Open-source PowerShell module for bulk renaming and tagging Intune devices (on GitHub).",
             "Volunteer IT for a local refugee resettlement nonprofit: set up Google Workspace and 25 donated laptops."])
    return doc


BUILDERS = [
    ("w11-care-assistant", w11), ("w12-plumber", w12), ("w13-office-admin", w13), ("w14-financial-analyst", w14),
    ("w15-retail-manager", w15), ("w16-policy-officer", w16), ("w17-research-scientist", w17),
    ("w18-primary-teacher", w18), ("w19-sous-chef", w19), ("w20-it-support", w20),
]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for name, fn in BUILDERS:
        save(fn(), OUT / f"{name}.docx")
        print("wrote", OUT / f"{name}.docx")


if __name__ == "__main__":
    main()
