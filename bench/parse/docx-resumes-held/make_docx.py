"""Build the held-out Word résumés in resumes/ and resumes/index.csv.

Run from anywhere with the project's venv:

    /work/main/.venv/bin/python bench/parse/docx-resumes-held/make_docx.py

The output is deterministic: fixed document properties, fixed numbering ids
and fixed zip timestamps, so re-running gives byte-identical files.

Every person, employer contact, phone number and e-mail address here is
invented (phone numbers come from ranges set aside for drama/fiction where
such ranges exist; e-mail domains are example.*).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent
OUT = HERE / "resumes"
ZIP_TIME = (2024, 5, 6, 9, 30, 0)
LICENCE = "CC0-1.0 (written for skillgap's benchmark)"

# --------------------------------------------------------------------------
# low-level helpers (raw XML where python-docx has no API)
# --------------------------------------------------------------------------

PPR_ORDER = [
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
    "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
]
RPR_ORDER = [
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps",
    "w:smallCaps", "w:strike", "w:dstrike", "w:outline", "w:shadow",
    "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid", "w:vanish",
    "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position",
    "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd",
    "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
    "w:eastAsianLayout", "w:specVanish", "w:oMath",
]
TCPR_ORDER = [
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge",
    "w:tcBorders", "w:shd", "w:noWrap", "w:tcMar", "w:textDirection",
    "w:tcFitText", "w:vAlign", "w:hideMark",
]
TBLPR_ORDER = [
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual",
    "w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc",
    "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout",
    "w:tblCellMar", "w:tblLook",
]
SECTPR_ORDER = [
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr",
    "w:type", "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType",
    "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote",
    "w:titlePg", "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid",
    "w:printerSettings",
]


def put(parent, child, order):
    """Insert child into parent at its schema position, replacing a same-tag one."""
    for old in parent.findall(child.tag):
        parent.remove(old)
    prefixed = child.tag.replace("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}", "w:")
    successors = order[order.index(prefixed) + 1:]
    parent.insert_element_before(child, *successors)
    return child


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def ppr(p):
    return p._p.get_or_add_pPr()


def p_border(p_or_pPr, sides=("bottom",), sz=6, color="auto", space=1, val="single"):
    pPr = p_or_pPr if not hasattr(p_or_pPr, "_p") else ppr(p_or_pPr)
    bdr = el("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            bdr.append(el(f"w:{side}", val=val, sz=sz, space=space, color=color))
    put(pPr, bdr, PPR_ORDER)


def p_shading(p_or_pPr, fill):
    pPr = p_or_pPr if not hasattr(p_or_pPr, "_p") else ppr(p_or_pPr)
    put(pPr, el("w:shd", val="clear", color="auto", fill=fill), PPR_ORDER)


def set_fonts(rPr, name):
    """Set an explicit font on an rPr, dropping theme-font attributes."""
    rf = rPr.find(qn("w:rFonts"))
    if rf is None:
        rf = el("w:rFonts")
        put(rPr, rf, RPR_ORDER)
    for k in list(rf.attrib):
        del rf.attrib[k]
    for a in ("ascii", "hAnsi", "eastAsia", "cs"):
        rf.set(qn(f"w:{a}"), name)


def char_spacing(run_or_rPr, twips):
    rPr = run_or_rPr._r.get_or_add_rPr() if hasattr(run_or_rPr, "_r") else run_or_rPr
    put(rPr, el("w:spacing", val=twips), RPR_ORDER)


def run(p, text, bold=None, italic=None, size=None, color=None, caps=None,
        small_caps=None, font=None, spacing=None, underline=None):
    r = p.add_run(text)
    f = r.font
    if bold is not None:
        f.bold = bold
    if italic is not None:
        f.italic = italic
    if size is not None:
        f.size = Pt(size)
    if color is not None:
        f.color.rgb = RGBColor.from_string(color)
    if caps is not None:
        f.all_caps = caps
    if small_caps is not None:
        f.small_caps = small_caps
    if underline is not None:
        f.underline = underline
    if font is not None:
        set_fonts(r._r.get_or_add_rPr(), font)
    if spacing is not None:
        char_spacing(r, spacing)
    return r


def line_break(p):
    p.add_run().add_break()


def page_break(doc):
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    return p


def spacing(p, before=None, after=None, line=None):
    pf = p.paragraph_format
    if before is not None:
        pf.space_before = Pt(before)
    if after is not None:
        pf.space_after = Pt(after)
    if line is not None:
        pf.line_spacing = line
    return p


def right_tab(p, pos, leader=None):
    if leader:
        p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT, leader)
    else:
        p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.RIGHT)


def left_tab(p, pos):
    p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.LEFT)


def ensure_hyperlink_style(doc, color="0563C1"):
    styles = doc.styles
    try:
        return styles["Hyperlink"]
    except KeyError:
        pass
    st = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
    st.base_style = styles["Default Paragraph Font"]
    st.font.color.rgb = RGBColor.from_string(color)
    st.font.underline = True
    st.priority = 99
    st.unhide_when_used = True
    return st


def hyperlink(p, url, text, size=None, color=None, bold=False, underline=True):
    """A real w:hyperlink with an external relationship (Word's Hyperlink style)."""
    r_id = p.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), r_id)
    h.set(qn("w:history"), "1")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rPr.append(el("w:rStyle", val="Hyperlink"))
    if bold:
        put(rPr, el("w:b"), RPR_ORDER)
    if color:
        put(rPr, el("w:color", val=color), RPR_ORDER)
    if size:
        put(rPr, el("w:sz", val=int(size * 2)), RPR_ORDER)
    if not underline:
        put(rPr, el("w:u", val="none"), RPR_ORDER)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    h.append(r)
    p._p.append(h)
    return h


def go_back_bookmark(p):
    """Word leaves a hidden _GoBack bookmark at the last edit position."""
    p._p.append(el("w:bookmarkStart", id=0, name="_GoBack"))
    p._p.append(el("w:bookmarkEnd", id=0))


class Numbering:
    """Adds Word-style list definitions (abstractNum + num) to numbering.xml."""

    def __init__(self, doc, seed):
        self.el = doc.part.numbering_part.element
        abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in self.el.findall(qn("w:abstractNum"))]
        num_ids = [int(n.get(qn("w:numId"))) for n in self.el.findall(qn("w:num"))]
        self.next_abs = max(abs_ids + [0]) + 1
        self.next_num = max(num_ids + [0]) + 1
        self.seed = seed

    def add(self, fmt="bullet", text="\uf0b7", font="Symbol", left=720, hanging=360,
            color=None, size=None):
        a_id, n_id = self.next_abs, self.next_num
        self.next_abs += 1
        self.next_num += 1
        nsid = (self.seed * 7919 + a_id * 104729) & 0xFFFFFFFF
        rpr = ""
        if font or color or size:
            rpr = "<w:rPr>"
            if font:
                rpr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>'
            if color:
                rpr += f'<w:color w:val="{color}"/>'
            if size:
                rpr += f'<w:sz w:val="{int(size * 2)}"/>'
            rpr += "</w:rPr>"
        lvls = ""
        for ilvl in range(3):
            lt = text if fmt == "bullet" else f"%{ilvl + 1}."
            nf = fmt if ilvl == 0 or fmt == "bullet" else "lowerLetter"
            lvls += (
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{nf}"/>'
                f'<w:lvlText w:val="{escape(lt)}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left + ilvl * 720}" w:hanging="{hanging}"/></w:pPr>'
                f"{rpr if fmt == 'bullet' else ''}</w:lvl>"
            )
        absnum = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{a_id}">'
            f'<w:nsid w:val="{nsid:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:tmpl w:val="{(nsid ^ 0x5A5A5A5A):08X}"/>{lvls}</w:abstractNum>'
        )
        first_num = self.el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(absnum)
        else:
            self.el.append(absnum)
        self.el.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{n_id}"><w:abstractNumId w:val="{a_id}"/></w:num>'
        ))
        return n_id


def list_item(container, text, num_id, style="List Paragraph", size=None, after=None,
              bold_lead=None, font=None):
    p = container.add_paragraph(style=style)
    numPr = ppr(p).get_or_add_numPr()
    numPr.get_or_add_ilvl().val = 0
    numPr.get_or_add_numId().val = num_id
    if bold_lead:
        run(p, bold_lead, bold=True, size=size, font=font)
    run(p, text, size=size, font=font)
    if after is not None:
        spacing(p, after=after)
    return p


def typed_bullet(container, text, glyph="\u2022", indent=Cm(0.63), size=None, after=0,
                 style=None, font=None):
    """A bullet typed by hand: glyph, tab, text, with a hanging indent."""
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = indent
    pf.first_line_indent = -indent
    left_tab(p, indent)
    run(p, f"{glyph}\t{text}", size=size, font=font)
    spacing(p, after=after)
    return p


# ---- tables ---------------------------------------------------------------

def tbl_pr(table):
    return table._tbl.tblPr


def table_no_borders(table):
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el(f"w:{side}", val="nil"))
    put(tbl_pr(table), b, TBLPR_ORDER)


def table_fixed(table, widths):
    widths = [Emu(int(w)) for w in widths]
    table.autofit = False
    put(tbl_pr(table), el("w:tblLayout", type="fixed"), TBLPR_ORDER)
    total = sum(int(w) for w in widths)
    put(tbl_pr(table), el("w:tblW", w=int(total / 635), type="dxa"), TBLPR_ORDER)
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def table_cell_margins(table, left=108, right=108, top=0, bottom=0):
    m = el("w:tblCellMar")
    m.append(el("w:top", w=top, type="dxa"))
    m.append(el("w:left", w=left, type="dxa"))
    m.append(el("w:bottom", w=bottom, type="dxa"))
    m.append(el("w:right", w=right, type="dxa"))
    put(tbl_pr(table), m, TBLPR_ORDER)


def cell_shading(cell, fill):
    put(cell._tc.get_or_add_tcPr(), el("w:shd", val="clear", color="auto", fill=fill), TCPR_ORDER)


def cell_borders(cell, **sides):
    b = el("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            sz, color = sides[side]
            b.append(el(f"w:{side}", val="single", sz=sz, space=0, color=color))
    put(cell._tc.get_or_add_tcPr(), b, TCPR_ORDER)


def cell_margins(cell, left=None, right=None, top=None, bottom=None):
    m = el("w:tcMar")
    for side, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        if v is not None:
            m.append(el(f"w:{side}", w=v, type="dxa"))
    put(cell._tc.get_or_add_tcPr(), m, TCPR_ORDER)


def cell_valign(cell, val="top"):
    put(cell._tc.get_or_add_tcPr(), el("w:vAlign", val=val), TCPR_ORDER)


def tidy_cell(cell):
    """Drop the empty paragraph python-docx puts in a new cell once others follow."""
    ps = cell.paragraphs
    if len(ps) > 1 and not ps[0].text and not ps[0]._p.xpath("./w:r|./w:hyperlink"):
        ps[0]._p.getparent().remove(ps[0]._p)


def row_cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(el("w:cantSplit"))


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    trPr.append(el("w:tblHeader"))


def grid_table(doc, rows, widths, header_fill="D9D9D9", size=9.5, bold_header=True,
               style="Table Grid", container=None):
    host = container or doc
    t = host.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = doc.styles[style]
    table_fixed(t, widths)
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = t.cell(ri, ci)
            p = c.paragraphs[0]
            spacing(p, before=1, after=1, line=1.0)
            run(p, val, size=size, bold=(bold_header and ri == 0) or None)
            if ri == 0 and header_fill:
                cell_shading(c, header_fill)
    if bold_header:
        repeat_header(t.rows[0])
    return t


# ---- sections, page set-up, document-wide bits ----------------------------

def page_setup(section, paper="A4", margins_cm=(2.0, 2.0, 2.0, 2.0), header_cm=1.25):
    if paper == "A4":
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    else:
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    top, right, bottom, left = margins_cm
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance = Cm(header_cm)
    section.footer_distance = Cm(header_cm)


def text_width(section):
    return section.page_width - section.left_margin - section.right_margin


def set_columns(section, num, space_twips=425, sep=False):
    sectPr = section._sectPr
    cols = el("w:cols", space=space_twips)
    if num > 1:
        cols.set(qn("w:num"), str(num))
        if sep:
            cols.set(qn("w:sep"), "1")
    put(sectPr, cols, SECTPR_ORDER)


def base_doc(name, lang="en-GB", font="Calibri", size=11, after=6, line=1.08, paper="A4",
             margins_cm=(2.0, 2.0, 2.0, 2.0), title="CV", created=(2024, 3, 1, 10, 0)):
    doc = Document()
    st = doc.styles
    # document defaults: language and paragraph spacing as the template would set them
    defaults = st.element.find(qn("w:docDefaults"))
    rpr_def = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang_el = rpr_def.find(qn("w:lang"))
    lang_el.set(qn("w:val"), lang)
    lang_el.set(qn("w:eastAsia"), lang)
    ppr_def = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    sp = ppr_def.find(qn("w:spacing"))
    sp.set(qn("w:after"), str(int(after * 20)))
    sp.set(qn("w:line"), str(int(line * 240)))
    normal = st["Normal"]
    set_fonts(normal.element.get_or_add_rPr(), font)
    normal.font.size = Pt(size)
    for sname in ("Heading 1", "Heading 2", "Heading 3", "Title", "Subtitle"):
        set_fonts(st[sname].element.get_or_add_rPr(), font)
    ensure_hyperlink_style(doc)
    page_setup(doc.sections[0], paper, margins_cm)
    cp = doc.core_properties
    cp.author = name
    cp.last_modified_by = name
    cp.title = title
    cp.subject = ""
    cp.comments = ""
    cp.keywords = ""
    cp.revision = 3
    cp.created = dt.datetime(*created)
    cp.modified = dt.datetime(*created) + dt.timedelta(days=12, hours=3)
    return doc


def style_heading(doc, sname, size, color=None, bold=True, caps=None, small_caps=None,
                  before=12, after=4, border=None, shading=None, font=None, spacing_tw=None,
                  italic=None):
    s = doc.styles[sname]
    f = s.font
    f.size = Pt(size)
    f.bold = bold
    if italic is not None:
        f.italic = italic
    if color:
        f.color.rgb = RGBColor.from_string(color)
    if caps is not None:
        f.all_caps = caps
    if small_caps is not None:
        f.small_caps = small_caps
    if font:
        set_fonts(s.element.get_or_add_rPr(), font)
    if spacing_tw:
        char_spacing(s.element.get_or_add_rPr(), spacing_tw)
    pf = s.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pPr = s.element.get_or_add_pPr()
    for old in pPr.findall(qn("w:pBdr")):
        pPr.remove(old)
    if border:
        sides, sz, col, space = border
        p_border(pPr, sides=sides, sz=sz, color=col, space=space)
    if shading:
        p_shading(pPr, shading)
    return s


def strip_title_border(doc):
    pPr = doc.styles["Title"].element.get_or_add_pPr()
    for old in pPr.findall(qn("w:pBdr")):
        pPr.remove(old)


def save(doc, path):
    """Save with fixed zip timestamps so the bytes are reproducible."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))


# shorthand for a "job title .... dates" line with a right tab
def title_dates(container, title, dates, tab_pos, size=None, bold_title=True, italic_dates=False,
                before=8, after=0, color=None, extra=None):
    p = container.add_paragraph()
    right_tab(p, tab_pos)
    run(p, title, bold=bold_title, size=size, color=color)
    if extra:
        run(p, extra, size=size)
    run(p, "\t" + dates, size=size, italic=italic_dates or None, bold=None)
    spacing(p, before=before, after=after)
    p.paragraph_format.keep_with_next = True
    return p


# ==========================================================================
# x01  care — UK senior care assistant
# ==========================================================================

def x01():
    doc = base_doc("Bethany Okafor", lang="en-GB", font="Calibri", size=10.5, after=4)
    sec = doc.sections[0]
    page_setup(sec, "A4", (2.2, 2.0, 1.8, 2.0), header_cm=1.0)
    tw = text_width(sec)
    style_heading(doc, "Heading 1", 12.5, color="1F6F78", caps=True, before=14, after=4,
                  border=(("bottom",), 8, "1F6F78", 1), spacing_tw=10)
    num = Numbering(doc, 1)
    bul = num.add("bullet", "\uf0b7", "Symbol", left=360, hanging=360)
    bul_skills = num.add("bullet", "\uf0b7", "Symbol", left=284, hanging=284)

    # contact details live in the page header
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(hp, "14 Hatherlow Lane, Romiley, Stockport SK6 3DX   |   07700 900418   |   ", size=9, color="595959")
    hyperlink(hp, "mailto:bethany.okafor@example.co.uk", "bethany.okafor@example.co.uk", size=9)
    p_border(hp, sides=("bottom",), sz=4, color="BFBFBF", space=4)

    p = doc.add_paragraph()
    run(p, "Bethany Okafor", bold=True, size=24, color="1F6F78")
    spacing(p, after=0)
    p = doc.add_paragraph()
    run(p, "Senior Care Assistant  \u2022  NVQ Level 3 Health & Social Care  \u2022  Enhanced DBS (Update Service)",
        size=10.5, color="595959")
    spacing(p, after=2)

    doc.add_paragraph("Personal Profile", style="Heading 1")
    p = doc.add_paragraph(
        "Compassionate and reliable Senior Care Assistant with nine years\u2019 experience supporting older "
        "adults, including people living with dementia, in residential and domiciliary settings. Confident "
        "leading a shift team of six, administering medication on eMAR, writing person-centred care plans "
        "and liaising with district nurses, GPs and families. Calm under pressure, a good listener and "
        "committed to dignity, choice and independence for every resident. Full UK driving licence and own car.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    doc.add_paragraph("Key Skills", style="Heading 1")
    # continuous section break, then a two-column section for the skills list
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 2, space_twips=567)
    for s in ["Person-centred care planning", "Medication administration (eMAR, CDs)",
              "Dementia care & distressed behaviour", "Moving & handling (hoists, slide sheets)",
              "End-of-life and palliative support", "Safeguarding adults",
              "Shift leadership & rota cover", "Digital care records (Nourish, PCS)",
              "Nutrition, hydration & fluid charts", "Infection prevention & control"]:
        list_item(doc, s, bul_skills, after=0)
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 1)

    h = doc.add_paragraph(style="Heading 1")
    run(h, "Work ")
    run(h, "History")  # Word often splits a heading into several runs

    jobs = [
        ("Senior Care Assistant", "March 2021 \u2013 Present",
         "Oakwood Grange Care Home (Hallam Care Group), Marple \u2014 62-bed residential & dementia home",
         ["Lead a team of up to six carers on day and night shifts: allocate work, run handovers and cover the nurse-in-charge\u2019s breaks.",
          "Administer medication for 30+ residents on eMAR, including controlled drugs with a second signatory; no medication errors in the last two internal audits.",
          "Write and review person-centred care plans and risk assessments monthly and after any change, involving residents and their families.",
          "Mentor new starters through the Care Certificate; six colleagues completed it under my supervision in 2023.",
          "Helped the home move from \u201cRequires Improvement\u201d to \u201cGood\u201d at its 2023 CQC inspection by improving daily notes and fluid monitoring."]),
        ("Care Assistant", "June 2017 \u2013 February 2021", "Oakwood Grange Care Home, Marple",
         ["Supported residents with personal care, continence, mobility and meals, promoting independence and choice.",
          "Used hoists, stand aids and slide sheets safely in line with each resident\u2019s moving and handling plan.",
          "Helped run the activities programme: reminiscence sessions, garden club and a weekly baking group."]),
        ("Domiciliary Care Worker", "September 2015 \u2013 May 2017", "Bluebell Home Care Ltd, Stockport",
         ["Visited 10\u201314 clients a day in their own homes for personal care, medication prompts, meal preparation and companionship.",
          "Reported changes in health or wellbeing to the office and the district nursing team promptly and accurately."]),
    ]
    for title, dates, where, bullets in jobs:
        title_dates(doc, title, dates, tw, before=8)
        p = doc.add_paragraph()
        run(p, where, italic=True, color="404040")
        spacing(p, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            list_item(doc, b, bul, after=1)

    doc.add_paragraph("Education & Qualifications", style="Heading 1")
    for q, yr, where in [
        ("NVQ Level 3 Diploma in Health and Social Care (Adults)", "2019", "Stockport College"),
        ("Level 2 Certificate in Understanding Dementia", "2018", "Open Door Learning (distance learning)"),
        ("Care Certificate (all 15 standards)", "2015", "Bluebell Home Care Ltd"),
        ("GCSEs: 7 at grades A*\u2013C including English and Maths", "2013", "Werneth Vale High School, Bredbury"),
    ]:
        p = title_dates(doc, q, yr, tw, before=4, bold_title=True)
        p.runs[-1].font.bold = True
        p = doc.add_paragraph()
        run(p, where, italic=True, color="404040")
        spacing(p, after=2)

    doc.add_paragraph("Mandatory Training", style="Heading 1")
    p = doc.add_paragraph("All mandatory training is in date and recorded on the Hallam Care Group learning system:")
    rows = [["Course", "Completed"],
            ["Safeguarding Adults (Level 2)", "January 2024"],
            ["Medication Awareness & Competency Assessment", "November 2023"],
            ["Moving and Handling of People (practical)", "October 2023"],
            ["Basic Life Support & Choking", "September 2023"],
            ["Fire Safety & Evacuation (ski sheets)", "August 2023"],
            ["Infection Prevention & Control", "June 2023"],
            ["Mental Capacity Act & DoLS", "March 2023"]]
    t = grid_table(doc, rows, [Cm(11.5), Cm(5.5)], header_fill="DCEBEC", size=9.5)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT

    doc.add_paragraph("Interests", style="Heading 1")
    doc.add_paragraph(
        "Walking in the Peak District with my springer spaniel, baking (I run the cake stall at the Romiley "
        "summer fair) and singing alto with Marple Community Choir.")

    doc.add_paragraph("References", style="Heading 1")
    p = doc.add_paragraph("Available on request.")
    go_back_bookmark(p)
    return doc


# ==========================================================================
# x02  trades — Australian A-grade electrician
# ==========================================================================

def x02():
    doc = base_doc("Callum Hargreaves", lang="en-AU", font="Arial", size=10, after=3, line=1.0,
                   created=(2024, 2, 11, 19, 5))
    sec = doc.sections[0]
    page_setup(sec, "A4", (1.6, 1.8, 1.6, 1.8))
    tw = text_width(sec)

    # name block: a two-cell borderless table, contact details right-aligned
    t = doc.add_table(rows=1, cols=2)
    table_fixed(t, [Cm(9.4), tw - Cm(9.4)])
    table_no_borders(t)
    left, right = t.cell(0, 0), t.cell(0, 1)
    p = left.paragraphs[0]
    run(p, "CALLUM HARGREAVES", bold=True, size=20, color="1F3864")
    spacing(p, after=0)
    p = left.add_paragraph()
    run(p, "A-Grade Licensed Electrician", size=12, color="404040")
    line_break(p)
    run(p, "Commercial \u2022 Domestic \u2022 Light Industrial", size=9.5, color="7F7F7F")
    for i, txt in enumerate(["Belmont VIC 3216", "0491 570 156"]):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run(p, txt, size=9.5)
        spacing(p, after=0)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hyperlink(p, "mailto:callum.hargreaves@example.com.au", "callum.hargreaves@example.com.au", size=9.5)
    spacing(p, after=0)
    p = right.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run(p, "Full licence, own ute & tools", size=9.5)
    spacing(p, after=0)

    def heading(text):
        # plain Normal paragraph: bold, typed in capitals, grey shading behind it
        p = doc.add_paragraph()
        run(p, text, bold=True, size=11, color="1F3864")
        p_shading(p, "D9E2F3")
        spacing(p, before=12, after=4)
        p.paragraph_format.keep_with_next = True
        return p

    heading("CAREER OBJECTIVE")
    doc.add_paragraph(
        "A-Grade electrician with 11 years in domestic, commercial and light industrial work across Geelong "
        "and the Surf Coast, including four years running crews of two to four. I\u2019m looking for a leading "
        "hand or supervisor role with a commercial contractor where I can take on larger fit-outs and help "
        "bring apprentices through their trade.")

    heading("LICENCES & TICKETS")
    rows = [["Licence / ticket", "Number", "Expiry"],
            ["Electrician\u2019s Licence (A-Grade) \u2013 Energy Safe Victoria", "A 41872", "Current"],
            ["Registered Electrical Contractor (REC)", "29314", "03/2026"],
            ["Construction Induction (White Card)", "CIC-VIC-0088217", "No expiry"],
            ["Working at Heights", "\u2013", "08/2025"],
            ["EWP Licence (boom type, WP class)", "WP 331904", "11/2027"],
            ["First Aid & CPR (HLTAID011 / HLTAID009)", "\u2013", "05/2025"],
            ["Low Voltage Rescue (UETDRRF004)", "\u2013", "05/2025"],
            ["Test & Tag (AS/NZS 3760)", "\u2013", "Current"],
            ["Victorian Driver Licence (Car & Light Rigid)", "\u2013", "2029"]]
    grid_table(doc, rows, [Cm(10.4), Cm(3.6), tw - Cm(14.0)], header_fill="D9E2F3", size=9)

    heading("EMPLOYMENT HISTORY")
    jobs = [
        ("Leading Hand Electrician \u2013 Corio Bay Electrical Pty Ltd, North Geelong",
         "February 2020 \u2013 Present",
         ["Run a crew of 3 electricians and 2 apprentices on commercial fit-outs, schools and aged-care sites up to $1.2M.",
          "Read and mark up drawings, set out jobs, order materials and keep site diaries and ITPs up to date.",
          "Install and terminate switchboards, sub-mains, LED and emergency lighting; test and complete COES.",
          "Completed the electrical package on a secondary college STEM building (2023) on time and under budget.",
          "Safety lead for our crew: SWMS, toolbox talks and lock-out/tag-out."]),
        ("Electrician \u2013 Surfcoast Sparkies, Torquay", "July 2016 \u2013 January 2020",
         ["Domestic and small commercial work: new homes, renovations, switchboard upgrades, solar PV tie-ins and fault finding.",
          "Quoted small jobs and dealt directly with homeowners and builders.",
          "Installed data and TV cabling as a registered open cabler."]),
        ("Apprentice Electrician \u2013 Barwon Group Training (host: Barwon Electrical Contractors)",
         "January 2012 \u2013 June 2016",
         ["Four-year apprenticeship across commercial, industrial and domestic sites.",
          "Third-year Apprentice of the Year at The Gordon, 2014."]),
    ]
    for title, dates, bullets in jobs:
        p = doc.add_paragraph()
        run(p, title, bold=True)
        line_break(p)  # dates on a second line inside the same paragraph
        run(p, dates, italic=True, color="595959")
        spacing(p, before=6, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            typed_bullet(doc, b, "\u2022", indent=Cm(0.5))

    page_break(doc)
    heading("TRADE QUALIFICATIONS")
    for q, yr in [("UEE30811 Certificate III in Electrotechnology Electrician \u2013 The Gordon, Geelong", "2016"),
                  ("Licensed Electrician\u2019s Assessment (LEA) \u2013 passed first attempt", "2016"),
                  ("CPC40120 Certificate IV in Building and Construction (in progress)", "2024 \u2013"),
                  ("Victorian Certificate of Education (VCE) \u2013 Belmont High School", "2011")]:
        p = doc.add_paragraph()
        right_tab(p, tw)
        run(p, q)
        run(p, "\t" + yr, bold=True)
        spacing(p, after=2)

    heading("KEY SKILLS")
    skills = [("Switchboard installation & upgrades", "Fault finding & testing (IR, RCD, loop impedance)"),
              ("Commercial fit-outs & LED lighting", "Emergency & exit lighting (AS 2293)"),
              ("Solar PV & battery connection", "Data & structured cabling"),
              ("Reading plans & AS/NZS 3000", "Supervising apprentices"),
              ("Quoting & ordering materials", "SWMS, JSAs & site safety")]
    t = doc.add_table(rows=len(skills), cols=2)
    table_fixed(t, [tw / 2, tw / 2])
    table_no_borders(t)
    for i, (a, b) in enumerate(skills):
        for j, s in enumerate((a, b)):
            c = t.cell(i, j)
            p = c.paragraphs[0]
            p.paragraph_format.left_indent = Cm(0.45)
            p.paragraph_format.first_line_indent = -Cm(0.45)
            left_tab(p, Cm(0.45))
            run(p, "\u2022\t" + s)
            spacing(p, after=1)

    heading("REFEREES")
    refs = [("Dean Fitzgerald", "Operations Manager", "Corio Bay Electrical Pty Ltd", "0491 570 110"),
            ("Karen O\u2019Loughlin", "Owner", "Surfcoast Sparkies", "0491 570 159")]
    t = doc.add_table(rows=1, cols=2)
    table_fixed(t, [tw / 2, tw / 2])
    table_no_borders(t)
    row_cant_split(t.rows[0])
    for j, (n, role, co, ph) in enumerate(refs):
        p = t.cell(0, j).paragraphs[0]
        run(p, n, bold=True)
        line_break(p)
        run(p, role)
        line_break(p)
        run(p, co)
        line_break(p)
        run(p, "Ph: " + ph)
    doc.add_paragraph()
    return doc


# ==========================================================================
# x03  office — Irish office administrator, sidebar in a layout table
# ==========================================================================

def x03():
    doc = base_doc("Siobh\u00e1n Kavanagh", lang="en-IE", font="Calibri", size=10, after=4, line=1.0,
                   margins_cm=(1.5, 1.5, 1.5, 1.5), created=(2024, 1, 20, 14, 40))
    sec = doc.sections[0]
    page_setup(sec, "A4", (1.5, 1.5, 1.5, 1.5))
    tw = text_width(sec)
    accent = "2E5E8C"
    style_heading(doc, "Heading 2", 12, color=accent, caps=True, before=10, after=3, spacing_tw=15,
                  border=(("bottom",), 4, "9DB7D1", 2))
    num = Numbering(doc, 3)
    side_bul = num.add("bullet", "\u00a7", "Wingdings", left=284, hanging=284, color=accent, size=8)

    p = doc.add_paragraph()
    run(p, "Siobh\u00e1n Kavanagh", size=26, color=accent, font="Calibri Light")
    spacing(p, after=0)
    p = doc.add_paragraph()
    run(p, "Office Administrator", size=12, color="595959", spacing=20)
    spacing(p, after=8)

    side_w = Cm(5.6)
    t = doc.add_table(rows=1, cols=2)
    table_fixed(t, [side_w, tw - side_w])
    table_no_borders(t)
    side, main = t.cell(0, 0), t.cell(0, 1)
    cell_shading(side, "E8EEF4")
    cell_margins(side, left=170, right=170, top=113, bottom=113)
    cell_margins(main, left=284, right=0, top=0)
    for c in (side, main):
        cell_valign(c, "top")

    def side_heading(text, first=False):
        p = side.add_paragraph()
        run(p, text, bold=True, small_caps=True, size=12, color=accent)
        spacing(p, before=0 if first else 12, after=3)
        p_border(p, sides=("bottom",), sz=4, color=accent, space=1)
        return p

    side_heading("Contact", first=True)
    p = side.add_paragraph()
    run(p, "Knocknacarra, Galway H91 T2F8")
    line_break(p)
    run(p, "087 555 0142")
    spacing(p, after=0)
    p = side.add_paragraph()
    hyperlink(p, "mailto:siobhan.kavanagh@example.ie", "siobhan.kavanagh@example.ie")
    spacing(p, after=0)
    p = side.add_paragraph()
    hyperlink(p, "https://www.linkedin.com/in/siobhan-kavanagh-example", "linkedin.com/in/siobhan-kavanagh-example", size=9)

    side_heading("Key Skills")
    for s in ["Microsoft 365 (Excel, Outlook, Teams, SharePoint)", "Sage 50 Accounts & Payroll",
              "Diary & appointment management", "Minute-taking", "Accounts payable & receivable",
              "GDPR & records management", "Reception & switchboard", "Event & travel booking"]:
        list_item(side, s, side_bul, after=1)

    side_heading("Languages")
    p = side.add_paragraph()
    run(p, "English", bold=True)
    run(p, " \u2013 native")
    line_break(p)
    run(p, "Irish", bold=True)
    run(p, " \u2013 fluent (Leaving Cert Higher Level)")
    line_break(p)
    run(p, "French", bold=True)
    run(p, " \u2013 conversational (B1)")

    side_heading("Interests")
    side.add_paragraph("Sea swimming at Blackrock, coaching our club\u2019s U12 camogie team, and amateur "
                       "drama with the Claddagh Players.")
    tidy_cell(side)

    # main column
    main.add_paragraph("Personal Statement", style="Heading 2")
    p = main.add_paragraph(
        "Organised and friendly office administrator with seven years\u2019 experience keeping busy offices "
        "running smoothly, from dental practice reception to a 40-person engineering consultancy. I enjoy "
        "finding better ways of doing routine tasks, and I\u2019m the person colleagues ask when the spreadsheet, "
        "the printer or the diary won\u2019t behave. Looking for a full-time administration or office "
        "coordinator role in Galway city.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    main.add_paragraph("Employment", style="Heading 2")
    jobs = [
        ("Office Administrator", "Corrib Dental Group, Galway", "September 2020 \u2013 Present",
         ["First point of contact for four clinics: phones, email, walk-ins and a shared booking system with 120+ appointments a day.",
          "Process supplier invoices and monthly payroll inputs in Sage 50 for 28 staff.",
          "Set up a shared Excel tracker for lab work that cut missed lab returns from about ten a month to one or two.",
          "Organise staff training days and keep CPD and registration records up to date."]),
        ("Receptionist & Administration Assistant", "Lough Atalia Engineering Consultants, Galway",
         "March 2017 \u2013 August 2020",
         ["Managed reception, post, meeting rooms and travel bookings for 40 engineers.",
          "Took and circulated minutes for weekly project meetings.",
          "Maintained project files and the archive in line with the GDPR retention schedule."]),
        ("Sales Assistant (part-time)", "Eyre Square Books, Galway", "June 2014 \u2013 February 2017",
         ["Served customers, handled cash and card payments and ran the shop\u2019s Instagram account."]),
    ]
    for title, org, dates, bullets in jobs:
        p = main.add_paragraph()
        run(p, title, bold=True)
        run(p, "  |  " + org)
        line_break(p)
        run(p, dates, italic=True, color="7F7F7F", size=9.5)
        spacing(p, before=6, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            bp = main.add_paragraph(b, style="List Bullet")
            spacing(bp, after=1)

    main.add_paragraph("Education", style="Heading 2")
    for q, where in [("QQI Level 6 Advanced Certificate in Office Administration", "Galway Technical Institute, 2017"),
                     ("Leaving Certificate (525 points)", "Scoil Mhuire Secondary School, Oranmore, 2014")]:
        p = main.add_paragraph()
        run(p, q, bold=True)
        line_break(p)
        run(p, where, italic=True, color="595959")
        spacing(p, after=4)

    main.add_paragraph("Achievements", style="Heading 2")
    for a in ["Employee of the Year, Corrib Dental Group (2022).",
              "ICDL Profile certificate: Excel, Word and Outlook (2018).",
              "Raised \u20ac3,200 for a local hospice by organising the office 5k (2019)."]:
        bp = main.add_paragraph(a, style="List Bullet")
        spacing(bp, after=1)

    main.add_paragraph("References", style="Heading 2")
    main.add_paragraph("Available on request.")
    tidy_cell(main)
    return doc


# ==========================================================================
# x04  finance — Canadian CPA, senior accountant
# ==========================================================================

def x04():
    doc = base_doc("Daniel Kowalczyk", lang="en-CA", font="Cambria", size=10.5, after=3, line=1.0,
                   paper="Letter", created=(2024, 4, 2, 8, 15))
    sec = doc.sections[0]
    page_setup(sec, "Letter", (1.9, 1.9, 1.9, 1.9))
    tw = text_width(sec)
    navy = "1F3864"
    style_heading(doc, "Heading 1", 12.5, color=navy, small_caps=True, before=12, after=4,
                  border=(("bottom",), 6, navy, 1), font="Cambria")
    num = Numbering(doc, 4)
    bul = num.add("bullet", "\uf0b7", "Symbol", left=360, hanging=360)
    comp = num.add("bullet", "\uf0a7", "Wingdings", left=284, hanging=284, color=navy)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Daniel Kowalczyk, CPA", bold=True, size=22, color=navy)
    spacing(p, after=0)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Senior Accountant", size=12, italic=True, color="404040")
    spacing(p, after=2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Calgary, AB  |  (403) 555-0178  |  ", size=9.5)
    hyperlink(p, "mailto:d.kowalczyk@example.ca", "d.kowalczyk@example.ca", size=9.5)
    run(p, "  |  ", size=9.5)
    hyperlink(p, "https://www.linkedin.com/in/daniel-kowalczyk-cpa-example", "linkedin.com/in/daniel-kowalczyk-cpa", size=9.5)
    spacing(p, after=4)

    doc.add_paragraph("Professional Summary", style="Heading 1")
    p = doc.add_paragraph(
        "CPA (Alberta) with eight years of progressive experience in month-end close, financial reporting "
        "under ASPE and IFRS, and audit coordination for mid-sized energy services and construction "
        "companies. Known for tightening close timelines, building reliable reconciliations and explaining "
        "the numbers plainly to operations managers. Comfortable in NetSuite, Sage 300 and advanced "
        "Excel/Power Query.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    doc.add_paragraph("Core Competencies", style="Heading 1")
    comps = ["Month-end & year-end close", "IFRS & ASPE reporting", "Account reconciliations",
             "Audit coordination", "GST & payroll remittances", "Budgeting & forecasting",
             "Fixed asset accounting", "Intercompany eliminations", "Process improvement"]
    t = doc.add_table(rows=1, cols=3)
    table_fixed(t, [tw / 3] * 3)
    table_no_borders(t)
    for j in range(3):
        c = t.cell(0, j)
        for s in comps[j * 3:(j + 1) * 3]:
            list_item(c, s, comp, after=1, size=10)
        tidy_cell(c)

    doc.add_paragraph("Professional Experience", style="Heading 1")
    jobs = [
        ("Senior Accountant", "May 2021 \u2013 Present", "Foothills Energy Services Ltd.", "Calgary, AB",
         ["Own the month-end close for three operating entities (combined revenue of about $140M), cutting the close from 12 to 7 business days.",
          "Prepare consolidated IFRS financial statements and note disclosures for the annual audit; manage the PBC list with the external auditors.",
          "Rebuilt the fixed asset register (2,400 assets) in NetSuite and corrected $1.1M of historical depreciation errors.",
          "Supervise and review the work of two staff accountants and one AP clerk.",
          "Automated bank and intercompany reconciliations with Power Query, saving about 20 hours a month."]),
        ("Staff Accountant", "September 2018 \u2013 April 2021", "Bow Valley Builders Inc.", "Calgary, AB",
         ["Prepared job-cost reports and WIP schedules for 35+ active construction projects.",
          "Filed monthly GST returns and annual T4 and T5018 information slips.",
          "Reconciled 14 bank and credit card accounts each month."]),
        ("Audit Associate", "September 2016 \u2013 August 2018",
         "Marsh & Tanaka LLP, Chartered Professional Accountants", "Edmonton, AB",
         ["Performed audit and review engagements for clients in construction, agriculture and the not-for-profit sector.",
          "Drafted financial statements and notes under ASPE and ASNPO."]),
    ]
    for title, dates, org, city, bullets in jobs:
        title_dates(doc, title, dates, tw, before=8)
        p = doc.add_paragraph()
        right_tab(p, tw)
        run(p, org, italic=True)
        run(p, "\t" + city, italic=True)
        spacing(p, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            list_item(doc, b, bul, after=1)

    page_break(doc)

    doc.add_paragraph("Education", style="Heading 1")
    title_dates(doc, "Bachelor of Commerce, Accounting", "2016", tw, before=4)
    p = doc.add_paragraph()
    run(p, "University of Alberta, Edmonton, AB", italic=True)

    doc.add_paragraph("Certifications & Licences", style="Heading 1")
    for c, yr in [("Chartered Professional Accountant (CPA), CPA Alberta", "2019"),
                  ("CPA Professional Education Program (PEP)", "2019"),
                  ("Certificate in IFRS, CPA Canada", "2022"),
                  ("Oracle NetSuite Financial User Certification", "2023")]:
        p = doc.add_paragraph()
        right_tab(p, tw)
        run(p, c)
        run(p, "\t" + yr)
        spacing(p, after=2)

    doc.add_paragraph("Technical Skills", style="Heading 1")
    for label, val in [("ERP & accounting: ", "NetSuite, Sage 300, QuickBooks Online"),
                       ("Reporting: ", "Excel (Power Query, Power Pivot, XLOOKUP), Power BI, Caseware Working Papers"),
                       ("Other: ", "SAP Concur, Dext, Adobe Acrobat, Microsoft 365")]:
        p = doc.add_paragraph()
        run(p, label, bold=True)
        run(p, val)
        spacing(p, after=2)

    doc.add_paragraph("Volunteer Experience", style="Heading 1")
    title_dates(doc, "Treasurer", "2019 \u2013 Present", tw, before=4)
    p = doc.add_paragraph()
    run(p, "Inglewood Community Association, Calgary", italic=True)
    spacing(p, after=2)
    list_item(doc, "Prepare quarterly statements and the annual budget for the board; lead the annual review with the external accountant.", bul, after=1)
    title_dates(doc, "Volunteer Tax Preparer", "2017 \u2013 2020", tw, before=6)
    p = doc.add_paragraph()
    run(p, "Community Volunteer Income Tax Program (CVITP)", italic=True)
    spacing(p, after=2)
    list_item(doc, "Prepared 40+ returns each spring for low-income seniors and newcomers to Canada.", bul, after=1)
    return doc


# ==========================================================================
# x05  retail — US store manager, headings in the left column of a table
# ==========================================================================

def x05():
    doc = base_doc("Jasmine Whitfield", lang="en-US", font="Garamond", size=11, after=2, line=1.0,
                   paper="Letter", created=(2023, 11, 18, 21, 0))
    sec = doc.sections[0]
    page_setup(sec, "Letter", (1.5, 1.8, 1.5, 1.8))
    tw = text_width(sec)
    num = Numbering(doc, 5)
    bul = num.add("bullet", "\u2022", "Garamond", left=270, hanging=270)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Jasmine Whitfield", bold=True, size=22, caps=True, spacing=40)
    spacing(p, after=2)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "Columbus, OH 43214  \u2022  (614) 555-0143  \u2022  ", size=10)
    hyperlink(p, "mailto:jasmine.whitfield@example.com", "jasmine.whitfield@example.com", size=10)
    spacing(p, after=4)
    p_border(p, sides=("bottom",), sz=12, color="7F6000", space=4)

    label_w = Cm(3.4)
    content_w = tw - label_w
    sections = ["Summary", "Experience", "Education", "Skills", "Recognition"]
    t = doc.add_table(rows=len(sections), cols=2)
    table_fixed(t, [label_w, content_w])
    table_no_borders(t)
    cells = {}
    for i, name in enumerate(sections):
        lc, rc = t.cell(i, 0), t.cell(i, 1)
        p = lc.paragraphs[0]
        run(p, name, bold=True, small_caps=True, size=12, color="7F6000")
        spacing(p, before=8, after=0)
        cell_margins(lc, left=0, right=113)
        if i > 0:
            cell_borders(lc, top=(4, "BFBFBF"))
            cell_borders(rc, top=(4, "BFBFBF"))
        cells[name] = rc

    inner = content_w - Cm(0.4)

    c = cells["Summary"]
    p = c.paragraphs[0]
    run(p, "Store manager with 10+ years in specialty and big-box retail, currently running a $9.4M "
           "home-goods store with 48 associates. I build teams that hit their numbers without burning out: "
           "strong on scheduling, inventory accuracy, visual merchandising and turning around "
           "under-performing departments.")
    spacing(p, before=8, after=8)

    c = cells["Experience"]
    jobs = [
        ("Store Manager", "Jan 2020 \u2013 Present", "Hearth & Home Outfitters \u2014 Easton Town Center, Columbus, OH",
         ["Lead 4 assistant managers and 44 full- and part-time associates; hold annual turnover at 38% vs. a 61% district average.",
          "Grew comparable-store sales 11% in 2023, ranking #3 of 27 stores in the region.",
          "Cut shrink from 2.1% to 1.2% of sales through cycle counts, receiving audits and associate training.",
          "Own the payroll budget, weekly schedules in UKG and the monthly P&L review with the district manager."]),
        ("Assistant Store Manager", "Mar 2016 \u2013 Dec 2019", "Brightline Sporting Goods \u2014 Polaris, Columbus, OH",
         ["Ran the store on the manager\u2019s days off, including opening and closing, cash office and deposits.",
          "Led back-to-school and holiday floor sets; the store won the regional visual merchandising award in 2018.",
          "Hired and trained 20+ seasonal associates each holiday season."]),
        ("Department Supervisor, Apparel", "Jun 2013 \u2013 Feb 2016", "Midway Department Stores \u2014 Dublin, OH",
         ["Supervised a team of 8; kept floor standards, replenishment and markdowns on schedule."]),
    ]
    first = True
    for title, dates, org, bullets in jobs:
        p = c.paragraphs[0] if first else c.add_paragraph()
        right_tab(p, inner)
        run(p, title, bold=True)
        run(p, "\t" + dates)
        spacing(p, before=8 if first else 6, after=0)
        p.paragraph_format.keep_with_next = True
        first = False
        p = c.add_paragraph()
        run(p, org, italic=True)
        spacing(p, after=1)
        for b in bullets:
            list_item(c, b, bul, after=0)
    c.paragraphs[-1].paragraph_format.space_after = Pt(8)

    c = cells["Education"]
    for i, (deg, yr, school) in enumerate([("B.A., Communication", "2013", "The Ohio State University, Columbus, OH"),
                                           ("Retail Management Certificate", "2018", "Columbus State Community College")]):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        right_tab(p, inner)
        run(p, deg, bold=True)
        run(p, "\t" + yr)
        spacing(p, before=8 if i == 0 else 4, after=0)
        p = c.add_paragraph()
        run(p, school, italic=True)
        spacing(p, after=8 if i == 1 else 0)

    c = cells["Skills"]
    p = c.paragraphs[0]
    run(p, "P&L management  \u2022  Scheduling & labor control (UKG/Kronos)  \u2022  Inventory & shrink control  "
           "\u2022  Visual merchandising  \u2022  Recruiting & coaching  \u2022  Customer experience (NPS)  "
           "\u2022  Microsoft Excel  \u2022  Conversational Spanish")
    spacing(p, before=8, after=8)

    c = cells["Recognition"]
    for i, txt in enumerate(["Circle of Excellence (top 10% of store managers), Hearth & Home Outfitters \u2014 2022, 2023",
                             "Regional Visual Merchandising Award, Brightline Sporting Goods \u2014 2018"]):
        if i == 0:
            p = c.paragraphs[0]
            numPr = ppr(p).get_or_add_numPr()
            numPr.get_or_add_ilvl().val = 0
            numPr.get_or_add_numId().val = bul
            p.style = doc.styles["List Paragraph"]
            run(p, txt)
            spacing(p, before=8, after=0)
        else:
            list_item(c, txt, bul, after=0)
    go_back_bookmark(doc.add_paragraph())
    return doc


# ==========================================================================
# x06  logistics — South African CV with a text box and label tables
# ==========================================================================

TB_NS = " ".join(f'xmlns:{k}="{v}"' for k, v in [
    ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
    ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
    ("mc", "http://schemas.openxmlformats.org/markup-compatibility/2006"),
    ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
    ("wps", "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"),
    ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
    ("v", "urn:schemas-microsoft-com:vml"),
    ("o", "urn:schemas-microsoft-com:office:office"),
    ("w10", "urn:schemas-microsoft-com:office:word"),
])


def textbox_run(doc, paras, width_cm, height_cm, shape_id, name):
    """A floating text box (wps) with Word's VML fallback, both holding the same paragraphs.

    paras: list of lists of (text, bold, url) pieces."""
    def para_xml(pieces):
        out = '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        for text, bold, url in pieces:
            rpr = '<w:rPr>' + ('<w:b/>' if bold else '') + '<w:sz w:val="19"/></w:rPr>'
            if url:
                rid = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)
                out += (f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                        f'<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>')
            else:
                out += f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
        return out + "</w:p>"

    content = "".join(para_xml(pc) for pc in paras)
    cx, cy = int(Cm(width_cm)), int(Cm(height_cm))
    w_pt, h_pt = width_cm / 2.54 * 72, height_cm / 2.54 * 72
    xml = (
        f'<w:r {TB_NS}>'
        '<w:rPr><w:noProof/></w:rPr>'
        '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>'
        f'<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="F2F2F2"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="A6A6A6"/></a:solidFill><a:miter lim="800000"/></a:ln>'
        '</wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;'
        'z-index:251659264;visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;'
        'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;'
        'mso-position-horizontal:right;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" '
        'fillcolor="#f2f2f2" strokecolor="#a6a6a6">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    return parse_xml(xml)


def x06():
    doc = base_doc("Thabo Mokoena", lang="en-ZA", font="Century Gothic", size=10, after=4, line=1.1,
                   created=(2024, 3, 9, 11, 20))
    sec = doc.sections[0]
    page_setup(sec, "A4", (2.0, 2.0, 2.0, 2.0))
    tw = text_width(sec)
    num = Numbering(doc, 6)
    arrow = num.add("bullet", "\u00d8", "Wingdings", left=360, hanging=360)
    dash = num.add("bullet", "-", "Century Gothic", left=720, hanging=360)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(p, "CURRICULUM VITAE", bold=True, size=16, spacing=60)
    spacing(p, after=14)

    # name paragraph carries the floating contact text box (anchored right)
    p = doc.add_paragraph()
    p._p.append(textbox_run(doc, [
        [("Cell: ", True, None), ("072 555 0193", False, None)],
        [("Email: ", True, None), ("thabo.mokoena@example.co.za", False, "mailto:thabo.mokoena@example.co.za")],
        [("Address: ", True, None), ("14 Jacaranda Street, Primrose,", False, None)],
        [("Germiston, 1401", False, None)],
    ], 7.8, 2.4, 1, "Text Box 2"))
    run(p, "THABO DANIEL MOKOENA", bold=True, size=18, color="385623")
    p2 = doc.add_paragraph()
    run(p2, "Logistics Coordinator", size=12, italic=True)
    spacing(p2, after=30)

    def heading(text):
        p = doc.add_paragraph()
        run(p, text, bold=True, underline=True, size=12, color="385623")
        spacing(p, before=14, after=6)
        p.paragraph_format.keep_with_next = True
        return p

    def label_table(rows, label_w=Cm(5.0), bold_label=True):
        t = doc.add_table(rows=len(rows), cols=2)
        table_fixed(t, [label_w, tw - label_w])
        table_no_borders(t)
        for i, (k, v) in enumerate(rows):
            a, b = t.cell(i, 0).paragraphs[0], t.cell(i, 1).paragraphs[0]
            run(a, k, bold=bold_label)
            run(b, v)
            spacing(a, after=1)
            spacing(b, after=1)
        return t

    heading("Personal Details")
    label_table([("Surname", ": Mokoena"), ("First names", ": Thabo Daniel"),
                 ("Date of birth", ": 14 March 1990"), ("Identity number", ": Available on request"),
                 ("Nationality", ": South African"), ("Gender", ": Male"),
                 ("Driver\u2019s licence", ": Code 10 (C1) with PrDP-G"),
                 ("Home language", ": isiZulu"), ("Health", ": Excellent"),
                 ("Criminal record", ": None")])

    heading("Career Summary")
    p = doc.add_paragraph(
        "Logistics coordinator with ten years in warehousing and road freight in Gauteng, who has worked his way "
        "up from forklift operator to running dispatch for a 12,000-pallet distribution centre. Strong on SAP "
        "EWM, route planning, fleet and driver management, and keeping customers informed when things go "
        "wrong. I am looking to grow into a transport or DC operations manager position.")
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    heading("Key Skills")
    for s in ["SAP EWM and SAP MM (goods receipt, transfers, dispatch)",
              "Route and load planning, POD management",
              "Stock control and cycle counting",
              "Fleet and driver scheduling, AARTO compliance",
              "Health and safety (OHS Act, forklift safety)",
              "MS Excel (pivot tables, VLOOKUP), Outlook and Word",
              "Team leadership and shift supervision"]:
        list_item(doc, s, arrow, after=0)

    heading("Work Experience")
    jobs = [
        ("Ubuntu Freight & Distribution (Pty) Ltd, Germiston", "Logistics Coordinator", "April 2019 \u2013 Present",
         ["Plan daily routes and loads for 22 trucks (1 to 34 ton) delivering to retail customers in Gauteng, Mpumalanga and the Free State.",
          "Issue and track delivery documents and PODs; resolve short deliveries and claims with customers.",
          "Monitor vehicles on the tracking system and manage driver hours, licences and PrDPs.",
          "Reduced late deliveries from 9% to 3% by re-planning routes and staggering loading times.",
          "Compile weekly KPI reports for the DC manager (on-time in full, fleet utilisation, fuel per km)."],
         None),
        ("Highveld Distribution Centre (Pty) Ltd, Isando", "Dispatch Supervisor", "February 2016 \u2013 March 2019",
         ["Supervised 14 dispatch clerks and pickers per shift.",
          "Checked outgoing loads against invoices and captured goods issues in SAP.",
          "Ran monthly stock counts with the stock controller; variance kept under 0.5%."],
         "Promotion opportunity"),
        ("Kempton Cold Storage CC, Kempton Park", "Forklift Operator / Stock Controller", "January 2013 \u2013 January 2016",
         ["Received, put away and picked frozen and chilled stock using counterbalance and reach trucks.",
          "Captured stock movements and did daily cycle counts."],
         "Contract ended"),
    ]
    for co, pos, period, duties, reason in jobs:
        for i, (k, v) in enumerate([("Company:", co), ("Position:", pos), ("Period:", period)]):
            p = doc.add_paragraph()
            left_tab(p, Cm(3.5))
            run(p, k, bold=True)
            run(p, "\t" + v, bold=(k == "Position:") or None)
            spacing(p, before=10 if i == 0 else 0, after=0)
            p.paragraph_format.keep_with_next = True
        p = doc.add_paragraph()
        run(p, "Duties:", bold=True)
        spacing(p, before=2, after=0)
        p.paragraph_format.keep_with_next = True
        for d in duties:
            list_item(doc, d, dash, after=0)
        if reason:
            p = doc.add_paragraph()
            left_tab(p, Cm(3.5))
            run(p, "Reason for leaving:", bold=True)
            run(p, " " + reason)
            spacing(p, before=2, after=0)

    heading("Education")
    label_table([("Tertiary", ": Diploma in Logistics Management (NQF 6), UNISA \u2013 2018"),
                 ("Secondary", ": National Senior Certificate (Matric), Thokoza High School \u2013 2008"),
                 ("Matric subjects", ": English, isiZulu, Mathematics, Accounting, Business Studies, Geography")],
                label_w=Cm(4.0))

    heading("Certificates")
    for c in ["Forklift Operator Licence (counterbalance and reach) \u2013 2013, renewed 2023",
              "Professional Driving Permit (PrDP-G) \u2013 2019",
              "SAP EWM End User Training \u2013 2020",
              "Dangerous Goods Awareness (SANS 10231) \u2013 2021",
              "First Aid Level 1 \u2013 2022"]:
        list_item(doc, c, arrow, after=0)

    heading("Languages")
    grid_table(doc, [["Language", "Speak", "Read", "Write"],
                     ["isiZulu", "Excellent", "Excellent", "Excellent"],
                     ["English", "Excellent", "Excellent", "Excellent"],
                     ["Sesotho", "Good", "Fair", "Fair"],
                     ["Afrikaans", "Fair", "Fair", "Basic"]],
               [Cm(5.0), Cm(3.5), Cm(3.5), Cm(3.5)], header_fill="E2EFD9", size=9.5)

    heading("References")
    for n, role, ph in [("Mr Pieter van der Merwe", "DC Manager, Ubuntu Freight & Distribution", "011 555 0162"),
                        ("Ms Nomvula Dlamini", "Operations Manager, Highveld Distribution Centre", "011 555 0188")]:
        p = doc.add_paragraph()
        run(p, n, bold=True)
        line_break(p)
        run(p, role)
        line_break(p)
        run(p, "Tel: " + ph)
        spacing(p, after=8)
    return doc


# ==========================================================================
# x07  public sector — Welsh housing officer, Google Docs export look
# ==========================================================================

def x07():
    doc = base_doc("Gareth Pryce", lang="en-GB", font="Arial", size=10.5, after=0, line=1.15,
                   created=(2024, 4, 21, 16, 45))
    sec = doc.sections[0]
    page_setup(sec, "A4", (2.0, 2.0, 2.0, 2.0))
    tw = text_width(sec)
    strip_title_border(doc)
    t_style = doc.styles["Title"]
    t_style.font.size = Pt(24)
    t_style.font.color.rgb = RGBColor.from_string("000000")
    t_style.font.bold = True
    t_style.paragraph_format.space_after = Pt(2)
    style_heading(doc, "Heading 1", 13, color="0B5394", before=16, after=4)
    style_heading(doc, "Heading 2", 11, color="000000", before=10, after=0)
    num = Numbering(doc, 7)
    dot = num.add("bullet", "\u25cf", "Arial", left=720, hanging=360, size=8)

    doc.add_paragraph("Gareth Pryce", style="Title")
    p = doc.add_paragraph()
    run(p, "Canton, Cardiff CF5  \u00b7  07700 900731  \u00b7  ", color="434343")
    hyperlink(p, "mailto:gareth.pryce@example.co.uk", "gareth.pryce@example.co.uk", color="1155CC")
    spacing(p, after=6)

    doc.add_paragraph("Profile", style="Heading 1")
    doc.add_paragraph(
        "Housing options officer with six years\u2019 experience in local authority homelessness prevention "
        "and allocations under the Housing (Wales) Act 2014. I carry a caseload of 35\u201345 households, write "
        "clear, legally sound decisions and work closely with landlords, support providers and health "
        "colleagues to keep people in their homes. Fluent Welsh speaker. Now looking for a senior officer or "
        "team leader post in housing or community services.")

    doc.add_paragraph("Career History", style="Heading 1")
    jobs = [
        ("Housing Options Officer", "Cardiff Council", "June 2019 \u2013 present",
         ["Assess homelessness applications and issue section 62, 66, 68 and 73 decisions within statutory timescales.",
          "Prevention success rate of 71% in 2023/24 against a team average of 63%.",
          "Negotiate with private landlords and letting agents to secure and save tenancies, using the council\u2019s landlord incentive fund.",
          "Present cases at internal review panels and prepare bundles for county court appeals.",
          "Trained and buddied four new officers in 2023."]),
        ("Housing Support Worker", "Taff Valley Housing Association", "September 2016 \u2013 May 2019",
         ["Supported a caseload of 20 tenants with complex needs (mental health, substance use, leaving care) to manage their tenancies.",
          "Maximised income through benefit checks and grant applications, raising over \u00a385,000 for tenants in 2018.",
          "Helped design a tenancy sustainment pilot later rolled out across the association."]),
        ("Contact Centre Adviser", "Vale of Glamorgan Council", "July 2014 \u2013 August 2016",
         ["Answered 80+ calls a day in English and Welsh on council tax, waste services and housing benefit.",
          "Top-rated adviser in the 2015 mystery shopper exercise; moved to the housing benefit line after six months.",
          "Helped test the new online council tax forms before launch."]),
        ("Student Advice Assistant (part-time)", "Cardiff University Students\u2019 Union", "October 2012 \u2013 June 2014",
         ["Staffed the housing advice drop-in, checking tenancy agreements and deposit protection for students.",
          "Wrote the union\u2019s first bilingual guide to renting in Cathays."]),
    ]
    for title, org, dates, bullets in jobs:
        p = doc.add_paragraph(style="Heading 2")
        run(p, title)
        run(p, ", " + org, bold=False)
        p = doc.add_paragraph()
        run(p, dates, italic=True, color="666666", size=9.5)
        spacing(p, after=2)
        for b in bullets:
            list_item(doc, b, dot, after=0)

    # Google Docs writes its page break as a run break in an otherwise empty paragraph
    page_break(doc)

    doc.add_paragraph("Education & Training", style="Heading 1")
    for q, where in [("BA (Hons) Social Policy, 2:1", "Cardiff University, 2011 \u2013 2014"),
                     ("A levels: Welsh (A), Sociology (B), History (B)", "Ysgol Gyfun Gymraeg Glantaf, Cardiff, 2011")]:
        p = doc.add_paragraph()
        run(p, q, bold=True)
        line_break(p)
        run(p, where)
        spacing(p, after=6)

    doc.add_paragraph("Professional Development", style="Heading 1")
    for c in ["CIH Level 4 Certificate in Housing (2021)",
              "Trauma-Informed Practice, ACE Hub Wales (2022)",
              "Adult Mental Health First Aid (2023)",
              "Safeguarding Level 2, Wales Safeguarding Procedures (2023)"]:
        list_item(doc, c, dot, after=0)

    doc.add_paragraph("Volunteering", style="Heading 1")
    for role, org, dates, desc in [
        ("Trustee", "Canton Community Food Bank", "2020 \u2013 present",
         "Chair the volunteers\u2019 sub-group; helped set up a Saturday pop-up with a benefits advice stall."),
        ("Youth football coach", "Llandaff North FC (Under-10s)", "2018 \u2013 present",
         "Coach a squad of 16 on Saturday mornings; FAW Introduction to Coaching badge.")]:
        p = doc.add_paragraph()
        run(p, role, bold=True)
        run(p, ", " + org)
        line_break(p)
        run(p, dates, italic=True, color="666666", size=9.5)
        line_break(p)
        run(p, desc)
        spacing(p, after=6)

    doc.add_paragraph("Additional Information", style="Heading 1")
    for c in ["Welsh: fluent in speaking, reading and writing.",
              "Full UK driving licence.",
              "Enhanced DBS certificate (2023).",
              "Happy to join the out-of-hours duty rota."]:
        list_item(doc, c, dot, after=0)
    return doc


# ==========================================================================
# x08  health — US dental hygienist
# ==========================================================================

def x08():
    doc = base_doc("Marisol Ortega", lang="en-US", font="Calibri", size=10.5, after=2, line=1.0,
                   paper="Letter", created=(2024, 2, 27, 7, 55))
    sec = doc.sections[0]
    page_setup(sec, "Letter", (1.4, 1.8, 1.3, 1.8))
    tw = text_width(sec)
    teal = "006D77"
    num = Numbering(doc, 8)
    dash = num.add("bullet", "\u2013", "Calibri", left=360, hanging=360)
    sq = num.add("bullet", "\u25aa", "Calibri", left=284, hanging=284, color=teal)

    p = doc.add_paragraph()
    run(p, "MARISOL ORTEGA, RDH", bold=True, size=20, color=teal, spacing=20)
    spacing(p, after=0)
    p = doc.add_paragraph()
    run(p, "Portland, OR 97214  |  (503) 555-0126  |  ", size=10)
    hyperlink(p, "mailto:marisol.ortega.rdh@example.com", "marisol.ortega.rdh@example.com", size=10)
    spacing(p, after=4)

    def heading(text):
        p = doc.add_paragraph()
        run(p, text, bold=True, size=11, color=teal, spacing=30)
        p_border(p, sides=("bottom",), sz=8, color=teal, space=1)
        spacing(p, before=10, after=3)
        p.paragraph_format.keep_with_next = True
        return p

    heading("PROFESSIONAL SUMMARY")
    doc.add_paragraph(
        "Registered dental hygienist with six years of clinical experience in general and periodontal "
        "practices. Skilled in scaling and root planing, local anesthesia, digital radiography and patient "
        "education for all ages, including anxious and special-needs patients. Recognized for thorough charting "
        "and a hygiene reappointment rate above 90%.")

    heading("LICENSURE & CERTIFICATIONS")
    grid_table(doc, [["Credential", "Issued by", "Number", "Expires"],
                     ["Dental Hygiene License (local anesthesia & restorative endorsements)", "Oregon Board of Dentistry", "DH 20481", "09/30/2025"],
                     ["Nitrous Oxide Monitoring Permit", "Oregon Board of Dentistry", "\u2014", "09/30/2025"],
                     ["BLS for Healthcare Providers", "American Heart Association", "\u2014", "03/2026"],
                     ["National Board Dental Hygiene Examination", "JCNDE", "\u2014", "Passed 2018"]],
               [Cm(7.3), Cm(4.6), Cm(2.2), tw - Cm(14.1)], header_fill="D5EBEC", size=9.5)

    heading("CLINICAL EXPERIENCE")
    jobs = [
        ("Registered Dental Hygienist", "Aug 2020 \u2013 Present", "Hawthorne Family Dental, Portland, OR",
         ["Provide prophylaxis, scaling and root planing, periodontal maintenance and sealants for 8\u201310 patients a day.",
          "Administer local anesthesia and nitrous oxide; take and interpret digital radiographs.",
          "Introduced a periodontal charting protocol in Dentrix that increased documented perio diagnoses by 25%.",
          "Mentor dental hygiene students from the local community college during clinical rotations."]),
        ("Dental Hygienist", "Jul 2018 \u2013 Jul 2020", "Cascade Periodontics, Beaverton, OR",
         ["Performed periodontal maintenance and assisted with laser-assisted therapy under periodontist supervision.",
          "Coached patients on home care and tobacco cessation."]),
        ("Dental Assistant", "Jun 2014 \u2013 Aug 2016", "Smile Station Pediatric Dentistry, Gresham, OR",
         ["Chairside assisting, sterilization and radiographs in a busy pediatric practice."]),
    ]
    for title, dates, org, bullets in jobs:
        title_dates(doc, title, dates, tw, before=6, size=10.5)
        p = doc.add_paragraph()
        run(p, org, italic=True, color="404040")
        spacing(p, after=1)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            list_item(doc, b, dash, after=0)

    heading("EDUCATION")
    for deg, yr in [("Bachelor of Science, Dental Hygiene \u2014 Oregon Institute of Technology, Klamath Falls, OR", "2018"),
                    ("Dental Assisting Certificate \u2014 Mt. Hood Community College, Gresham, OR", "2014")]:
        p = doc.add_paragraph()
        right_tab(p, tw, WD_TAB_LEADER.DOTS)
        run(p, deg + " ")
        run(p, "\t" + yr, bold=True)
        spacing(p, after=2)

    heading("CLINICAL SKILLS")
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 2, space_twips=720)
    for s in ["Scaling & root planing", "Local anesthesia", "Nitrous oxide monitoring",
              "Digital & panoramic radiography", "Periodontal charting", "Sealants & fluoride varnish",
              "Intraoral camera", "Dentrix & Eaglesoft", "Infection control (OSHA, CDC)",
              "Bilingual English/Spanish"]:
        list_item(doc, s, sq, after=0)
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 1)

    heading("PROFESSIONAL AFFILIATIONS")
    for a in ["American Dental Hygienists\u2019 Association (ADHA) \u2014 member since 2016",
              "Oregon Dental Hygienists\u2019 Association \u2014 continuing education committee, 2022\u2013present"]:
        list_item(doc, a, dash, after=0)

    heading("COMMUNITY SERVICE")
    for a in ["Volunteer hygienist, free weekend dental clinic at the Oregon Convention Center (2019, 2022, 2023)",
              "School sealant program volunteer, Multnomah County (2021\u2013present)"]:
        list_item(doc, a, dash, after=0)
    return doc


# ==========================================================================
# x09  education — Australian primary teacher, right-hand sidebar
# ==========================================================================

def x09():
    doc = base_doc("Hannah McAllister", lang="en-AU", font="Calibri", size=10, after=3, line=1.05,
                   created=(2024, 1, 7, 15, 10))
    sec = doc.sections[0]
    page_setup(sec, "A4", (1.4, 1.4, 1.4, 1.4))
    tw = text_width(sec)
    plum = "7B3F61"
    style_heading(doc, "Heading 2", 13, color=plum, small_caps=True, before=10, after=3,
                  font="Georgia")
    num = Numbering(doc, 9)
    bul = num.add("bullet", "\u2022", "Calibri", left=284, hanging=284, color=plum)
    side_num = num.add("bullet", "\u2013", "Calibri", left=227, hanging=227)

    p = doc.add_paragraph()
    run(p, "Hannah McAllister", size=28, color=plum, font="Georgia")
    spacing(p, after=0)
    p = doc.add_paragraph()
    run(p, "Primary School Teacher  \u00b7  Prep to Year 6", size=11.5, color="595959")
    spacing(p, after=6)
    p_border(p, sides=("bottom",), sz=12, color=plum, space=6)

    side_w = Cm(5.5)
    main_w = tw - side_w
    t = doc.add_table(rows=1, cols=2)
    table_fixed(t, [main_w, side_w])
    table_no_borders(t)
    main, side = t.cell(0, 0), t.cell(0, 1)
    cell_shading(side, "F3ECF0")
    cell_margins(main, left=0, right=284)
    cell_margins(side, left=170, right=170, top=113)

    # ---- main column
    main.add_paragraph("Professional Profile", style="Heading 2")
    main.add_paragraph(
        "Fully registered primary teacher with five years\u2019 experience across Prep to Year 4 in Brisbane "
        "state schools. I plan engaging, differentiated lessons aligned to the Australian Curriculum (v9), use "
        "data to target reading and numeracy, and build warm, predictable classrooms where every child can "
        "have a go. Experienced in supporting students with ASD, ADHD and EAL/D needs alongside teacher aides "
        "and families.")

    main.add_paragraph("Teaching Experience", style="Heading 2")
    jobs = [
        ("Year 2 Classroom Teacher", "Enoggera Creek State School, Brisbane", "Jan 2022 \u2013 Present",
         ["Plan and teach all learning areas for a class of 26, including five students on individual curriculum plans.",
          "Lead the Year 2 team\u2019s moderation of writing samples against the school\u2019s writing continuum.",
          "Lifted the share of students at or above the year-level reading benchmark from 64% to 85% during 2023.",
          "Coordinate the school\u2019s Harmony Week and Book Week events."]),
        ("Prep Teacher (contract)", "Kedron Park State School, Brisbane", "Jan 2020 \u2013 Dec 2021",
         ["Taught Prep with a focus on play-based learning and systematic synthetic phonics.",
          "Worked with speech pathologists and the guidance officer on early intervention plans."]),
        ("Relief Teacher", "Metropolitan North Region, Department of Education", "Jul 2019 \u2013 Dec 2019",
         ["Relief teaching across Prep to Year 6 in 11 schools, often at short notice."]),
    ]
    for title, school, dates, bullets in jobs:
        p = main.add_paragraph()
        run(p, title, bold=True)
        line_break(p)
        run(p, school + "  |  " + dates, italic=True, color="595959")
        spacing(p, before=5, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            list_item(main, b, bul, after=0)

    main.add_paragraph("Practicum Placements", style="Heading 2")
    for what, where in [("Final internship, Year 4 (10 weeks)", "Mitchelton Heights State School, 2019"),
                        ("Year 1 (5 weeks)", "Red Hill State School, 2018"),
                        ("Prep (4 weeks)", "Newmarket Community Kindergarten, 2017")]:
        p = main.add_paragraph()
        run(p, what, bold=True)
        run(p, " \u2014 " + where)
        spacing(p, after=1)

    main.add_paragraph("Education", style="Heading 2")
    for q, where in [("Bachelor of Education (Primary)", "Queensland University of Technology, 2016 \u2013 2019"),
                     ("Queensland Certificate of Education", "Mitchelton State High School, 2015")]:
        p = main.add_paragraph()
        run(p, q, bold=True)
        line_break(p)
        run(p, where, color="595959")
        spacing(p, after=3)

    main.add_paragraph("Professional Learning", style="Heading 2")
    for c in ["Explicit Instruction in Early Literacy, Department of Education (2023)",
              "Positive Behaviour for Learning (PBL) Tier 1 (2022)",
              "Mental Health First Aid for Schools (2021)",
              "Student Protection & Code of Conduct (annual, most recently 2024)"]:
        list_item(main, c, bul, after=0)
    tidy_cell(main)

    # ---- sidebar (typed in capitals)
    def side_heading(text, first=False):
        p = side.add_paragraph()
        run(p, text, bold=True, size=10, color=plum, spacing=40)
        spacing(p, before=0 if first else 14, after=4)
        return p

    side_heading("CONTACT", first=True)
    p = side.add_paragraph()
    run(p, "Ashgrove QLD 4060")
    line_break(p)
    run(p, "0491 570 313")
    line_break(p)
    hyperlink(p, "mailto:hannah.mcallister@example.com", "hannah.mcallister@example.com", size=9)

    side_heading("REGISTRATION")
    for s in ["Full registration, Queensland College of Teachers",
              "Blue Card (working with children), current",
              "First Aid & CPR, valid to 2025",
              "Anaphylaxis & asthma management, 2024"]:
        list_item(side, s, side_num, after=2, size=9.5)

    side_heading("KEY STRENGTHS")
    p = side.add_paragraph()
    for i, s in enumerate(["Differentiated planning", "Literacy & phonics", "Data-informed teaching",
                           "Behaviour support (PBL)", "Inclusive education", "Parent communication",
                           "Seesaw, OneSchool & Microsoft Teams"]):
        if i:
            line_break(p)
        run(p, s, size=9.5)

    side_heading("REFEREES")
    for n, role, ph in [("Mrs Karen Doyle", "Principal, Enoggera Creek State School", "0491 570 110"),
                        ("Mr Ben Akana", "Head of Curriculum, Kedron Park State School", "0491 570 156")]:
        p = side.add_paragraph()
        run(p, n, bold=True, size=9.5)
        line_break(p)
        run(p, role, size=9.5)
        line_break(p)
        run(p, ph, size=9.5)
        spacing(p, after=8)
    tidy_cell(side)
    return doc


# ==========================================================================
# x10  IT — US systems administrator, Google Docs-style
# ==========================================================================

def x10():
    doc = base_doc("Nathan Pereira", lang="en-US", font="Arial", size=10, after=0, line=1.1,
                   paper="Letter", created=(2024, 5, 1, 22, 30))
    sec = doc.sections[0]
    page_setup(sec, "Letter", (1.4, 1.8, 1.3, 1.8))
    tw = text_width(sec)
    strip_title_border(doc)
    blue = "2F5496"
    ts = doc.styles["Title"]
    ts.font.size = Pt(24)
    ts.font.color.rgb = RGBColor.from_string("000000")
    ts.paragraph_format.space_after = Pt(0)
    ss = doc.styles["Subtitle"]
    ss.font.size = Pt(12)
    ss.font.italic = False
    ss.font.color.rgb = RGBColor.from_string(blue)
    set_fonts(ss.element.get_or_add_rPr(), "Arial")
    ss.paragraph_format.space_after = Pt(2)
    style_heading(doc, "Heading 1", 11.5, color=blue, before=9, after=3, shading="E8EEF7", spacing_tw=10)
    num = Numbering(doc, 10)
    bul = num.add("bullet", "\uf0b7", "Symbol", left=360, hanging=360)
    dec = num.add("decimal", left=360, hanging=360)
    cert = num.add("bullet", "\uf0fc", "Wingdings", left=284, hanging=284, color=blue)

    doc.add_paragraph("Nathan Pereira", style="Title")
    doc.add_paragraph("Systems Administrator", style="Subtitle")
    p = doc.add_paragraph()
    run(p, "Raleigh, NC  \u2022  (919) 555-0164  \u2022  ", size=9.5)
    hyperlink(p, "mailto:nathan.pereira@example.com", "nathan.pereira@example.com", size=9.5)
    run(p, "  \u2022  ", size=9.5)
    hyperlink(p, "https://github.com/npereira-example", "github.com/npereira-example", size=9.5)
    run(p, "  \u2022  ", size=9.5)
    hyperlink(p, "https://www.linkedin.com/in/nathan-pereira-example", "linkedin.com/in/nathan-pereira-example", size=9.5)
    spacing(p, after=4)

    doc.add_paragraph("Summary", style="Heading 1")
    doc.add_paragraph(
        "Linux and Windows systems administrator with seven years supporting 600+ users across three offices "
        "and a hybrid Azure environment. I like automating the boring parts (Ansible, PowerShell, Terraform), "
        "writing runbooks people actually use, and keeping patching and backups boring in the good way.")

    doc.add_paragraph("Technical Skills", style="Heading 1")
    rows = [("Operating systems", "RHEL 8/9, Ubuntu Server, Windows Server 2016\u20132022"),
            ("Cloud & virtualization", "Azure (Entra ID, VMs, Intune), VMware vSphere 7, Proxmox VE"),
            ("Automation", "Ansible, PowerShell, Bash, Terraform, Git"),
            ("Networking", "Cisco and Meraki switching, FortiGate firewalls, DNS/DHCP, site-to-site VPN"),
            ("Monitoring & backup", "Zabbix, Grafana, Veeam Backup & Replication, Microsoft Defender")]
    t = doc.add_table(rows=len(rows), cols=2)
    table_fixed(t, [Cm(4.4), tw - Cm(4.4)])
    table_no_borders(t)
    table_cell_margins(t, left=0, right=108)
    for i, (k, v) in enumerate(rows):
        run(t.cell(i, 0).paragraphs[0], k, bold=True)
        run(t.cell(i, 1).paragraphs[0], v)
        for c in (t.cell(i, 0), t.cell(i, 1)):
            spacing(c.paragraphs[0], after=1)

    doc.add_paragraph("Experience", style="Heading 1")
    jobs = [
        ("Systems Administrator", "Apr 2020 \u2013 Present", "Triangle Health Partners \u2014 Raleigh, NC",
         ["Manage 140 Linux and Windows servers (on-prem VMware and Azure) supporting 22 clinics and the back office.",
          "Wrote Ansible playbooks for patching and CIS hardening, cutting the monthly patch window from two nights to four hours.",
          "Led the migration of 600 mailboxes and file shares from on-prem Exchange to Microsoft 365 with no data loss.",
          "Rebuilt the backup strategy in Veeam with immutable off-site copies; restores are tested every quarter.",
          "Share the on-call rotation (one week in five); average incident resolution under two hours."]),
        ("IT Support Specialist", "Jun 2017 \u2013 Mar 2020", "Oak City Engineering Group \u2014 Durham, NC",
         ["Tier 1\u20132 support for 180 users: Windows 10, Office 365, VPN and printers; about 25 tickets a day in Freshservice.",
          "Automated new-user onboarding with PowerShell, cutting setup time from three hours to 30 minutes.",
          "Imaged and deployed 250 laptops during the Windows 10 rollout."]),
    ]
    for title, dates, org, bullets in jobs:
        title_dates(doc, title, dates, tw, before=6)
        p = doc.add_paragraph()
        run(p, org, italic=True)
        spacing(p, after=2)
        p.paragraph_format.keep_with_next = True
        for b in bullets:
            list_item(doc, b, bul, after=0)

    doc.add_paragraph("Home Lab & Projects", style="Heading 1")
    items = [("Homelab cluster: ", "three-node Proxmox cluster with Ceph storage running Home Assistant, Pi-hole and a Gitea server; configs at "),
             ("CIS hardening role: ", "Ansible role for RHEL 9 CIS Level 1, published on GitHub with 120+ stars."),
             ("Ops dashboards: ", "Grafana dashboards combining Zabbix alerts and Veeam job status, now used by the whole team.")]
    for i, (lead, text) in enumerate(items):
        p = list_item(doc, text, dec, after=0, bold_lead=lead)
        if i == 0:
            hyperlink(p, "https://github.com/npereira-example/homelab", "github.com/npereira-example/homelab")
            run(p, ".")

    doc.add_paragraph("Certifications", style="Heading 1")
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 2, space_twips=567)
    for c in ["Red Hat Certified System Administrator (RHCSA), 2022",
              "Microsoft Certified: Azure Administrator Associate (AZ-104), 2023",
              "CompTIA Security+, 2019",
              "CompTIA Network+, 2018",
              "ITIL 4 Foundation, 2021"]:
        list_item(doc, c, cert, after=0)
    doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(doc.sections[-1], 1)

    doc.add_paragraph("Education", style="Heading 1")
    title_dates(doc, "A.A.S., Information Systems Security", "2017", tw, before=4)
    p = doc.add_paragraph()
    run(p, "Wake Technical Community College, Raleigh, NC", italic=True)
    return doc


# ==========================================================================
# index
# ==========================================================================

RESUMES = [
    dict(path="resumes/x01-care-assistant.docx", build=x01, field="care", pages=2,
         layout_tags="one-column;contact-in-page-header;heading-styles;caps-formatted-headings;"
                     "heading-rule-under;split-run-heading;two-column-section;word-symbol-bullets;"
                     "dates-right-tab;training-table;hyperlink;a4;two-pages",
         headings=["Personal Profile", "Key Skills", "Work History", "Education & Qualifications",
                   "Mandatory Training", "Interests", "References"],
         sidebar=[],
         notes="UK CV. Address, phone and e-mail are only in the page header (repeated on page 2). Heading 1 style "
               "restyled with all-caps formatting and a bottom border; headings are typed in title case. Key Skills list "
               "sits in a continuous two-column section (empty section-break paragraphs before and after). "
               "'Work History' is split across two runs. Job title with right-tab date, employer in italics below. "
               "Mandatory Training is a two-column grid table."),
    dict(path="resumes/x02-electrician.docx", build=x02, field="trades", pages=2,
         layout_tags="one-column;name-contact-table;contact-right-aligned;typed-capital-headings;"
                     "plain-bold-headings;shaded-headings;licence-table;dates-line-break;typed-bullets;"
                     "skills-two-column-table;referees-two-columns;hyperlink;a4;two-pages",
         headings=["CAREER OBJECTIVE", "LICENCES & TICKETS", "EMPLOYMENT HISTORY", "TRADE QUALIFICATIONS",
                   "KEY SKILLS", "REFEREES"],
         sidebar=[],
         notes="Australian CV. Name and contact in a borderless two-cell table (contact right-aligned). Headings are "
               "Normal-style paragraphs typed in capitals, bold, with paragraph shading. Licences in a grid table with a "
               "header row. Job title/employer line with the dates after a line break in the same paragraph; bullets typed "
               "as a bullet glyph plus tab with a hanging indent. Qualification years right-tab aligned. Key skills in a "
               "borderless two-column table; referees side by side in a table."),
    dict(path="resumes/x03-office-administrator.docx", build=x03, field="office", pages=1,
         layout_tags="sidebar-left;sidebar-shaded;layout-table;heading-styles;caps-formatted-headings;"
                     "small-caps-sidebar-headings;heading-rule-under;contact-in-sidebar;hyperlinks;"
                     "wingdings-bullets;list-bullet-style;dates-line-break;line-breaks;a4",
         headings=["Personal Statement", "Employment", "Education", "Achievements", "References"],
         sidebar=["Contact", "Key Skills", "Languages", "Interests"],
         notes="Irish CV. Name and job title above a one-row, two-cell layout table: a shaded left cell is the sidebar "
               "(headings are bold Normal paragraphs with small-caps formatting and a bottom rule), the right cell is the "
               "main column (Heading 2 style with all-caps formatting). Headings are typed in title case. Sidebar skills "
               "use Wingdings square bullets; languages are one paragraph with line breaks. Job title | employer with "
               "the dates after a line break."),
    dict(path="resumes/x04-senior-accountant.docx", build=x04, field="finance", pages=2,
         layout_tags="one-column;centered-header;contact-row-pipes;hyperlinks;heading-styles;"
                     "small-caps-headings;heading-rule-under;competencies-three-column-table;"
                     "dates-right-tab;location-right-tab;word-symbol-bullets;page-break;letter;two-pages",
         headings=["Professional Summary", "Core Competencies", "Professional Experience", "Education",
                   "Certifications & Licences", "Technical Skills", "Volunteer Experience"],
         sidebar=[],
         notes="Canadian CV (Letter). Heading 1 restyled with small-caps formatting and a bottom rule; headings typed in "
               "title case. Core competencies in a borderless three-column table with Wingdings bullets. Roles: bold title "
               "with right-tab dates, then italic employer with right-tab city. Manual page break before Education. "
               "Technical skills as bold label + list paragraphs."),
    dict(path="resumes/x05-store-manager.docx", build=x05, field="retail", pages=1,
         layout_tags="table-layout;headings-left-column;small-caps-headings;row-rules;centered-header;"
                     "caps-formatted-name;contact-row-bullets;hyperlink;dates-right-tab;skills-inline-bullets;"
                     "word-list-bullets;letter",
         headings=["Summary", "Experience", "Education", "Skills", "Recognition"],
         sidebar=[],
         notes="US resume (Letter). Below a centred name/contact block, the whole body is a two-column borderless table: "
               "one row per section, the heading in the narrow left cell (bold, small-caps formatting), the content in "
               "the right cell, thin grey rules between rows. Dates right-tab aligned inside the cell. Skills are one "
               "paragraph separated by typed bullets."),
    dict(path="resumes/x06-logistics-coordinator.docx", build=x06, field="logistics", pages=2,
         layout_tags="one-column;document-title-line;contact-text-box;vml-fallback;underlined-headings;"
                     "plain-bold-headings;personal-details-table;label-value-lines;tab-aligned-labels;"
                     "wingdings-arrow-bullets;languages-grid-table;references-line-breaks;a4;two-pages",
         headings=["Personal Details", "Career Summary", "Key Skills", "Work Experience", "Education",
                   "Certificates", "Languages", "References"],
         sidebar=[],
         notes="South African CV. Starts with a centred 'CURRICULUM VITAE' title line (not a section heading). Contact "
               "details are in a floating text box anchored to the name paragraph (DrawingML wps text box with Word's VML "
               "fallback, so the text is stored twice in the XML). Headings are bold underlined Normal paragraphs typed "
               "in title case. Personal details and education are label/value borderless tables; each job is "
               "Company:/Position:/Period: lines with tab-aligned values, a 'Duties:' label, dash bullets and 'Reason for "
               "leaving'. Languages proficiency grid table."),
    dict(path="resumes/x07-housing-officer.docx", build=x07, field="public sector", pages=2,
         layout_tags="one-column;google-docs-like;title-style-name;heading-styles;heading2-job-titles;"
                     "dates-under-title;line-breaks;round-bullets;hyperlink;page-break;a4;two-pages",
         headings=["Profile", "Career History", "Education & Training", "Professional Development", "Volunteering",
                   "Additional Information"],
         sidebar=[],
         notes="UK (Welsh) CV made to look like a Google Docs export: Title style for the name, Heading 1 for sections "
               "(coloured, no rule), Heading 2 for each job title (title bold, employer not bold), dates in grey italics "
               "beneath, '\u25cf' bullets, Arial. Page break (run break in an empty paragraph) before Education & "
               "Training. Volunteering entries use line breaks inside one paragraph."),
    dict(path="resumes/x08-dental-hygienist.docx", build=x08, field="health", pages=1,
         layout_tags="one-column;typed-capital-headings;plain-bold-headings;letter-spaced-headings;"
                     "heading-rule-under;licence-table;dates-right-tab;dot-leader-tabs;dash-bullets;"
                     "two-column-section;hyperlink;letter",
         headings=["PROFESSIONAL SUMMARY", "LICENSURE & CERTIFICATIONS", "CLINICAL EXPERIENCE", "EDUCATION",
                   "CLINICAL SKILLS", "PROFESSIONAL AFFILIATIONS", "COMMUNITY SERVICE"],
         sidebar=[],
         notes="US resume (Letter). Headings are bold Normal paragraphs typed in capitals with expanded character "
               "spacing and a bottom border. Licences in a four-column grid table. Education lines use a right tab with "
               "a dot leader. Clinical skills in a continuous two-column section with square bullets; en-dash bullets "
               "elsewhere."),
    dict(path="resumes/x09-primary-teacher.docx", build=x09, field="education", pages=1,
         layout_tags="sidebar-right;sidebar-shaded;layout-table;heading-styles;small-caps-headings;"
                     "typed-capital-sidebar-headings;letter-spaced-headings;contact-in-sidebar;"
                     "dates-after-line-break;line-breaks;hyperlink;a4",
         headings=["Professional Profile", "Teaching Experience", "Practicum Placements", "Education",
                   "Professional Learning"],
         sidebar=["CONTACT", "REGISTRATION", "KEY STRENGTHS", "REFEREES"],
         notes="Australian CV. Name and title above a one-row, two-cell layout table: main column on the left (Heading 2 "
               "style, Georgia, small-caps formatting, typed in title case), shaded sidebar on the right (bold "
               "letter-spaced Normal paragraphs typed in capitals). Registration items use en-dash list bullets; key "
               "strengths are one paragraph of line-broken items."),
    dict(path="resumes/x10-systems-administrator.docx", build=x10, field="IT", pages=1,
         layout_tags="one-column;google-docs-like;title-style-name;subtitle-style;heading-styles;shaded-headings;"
                     "hyperlinks;skills-label-table;dates-right-tab;word-symbol-bullets;numbered-list;"
                     "two-column-section;letter",
         headings=["Summary", "Technical Skills", "Experience", "Home Lab & Projects", "Certifications", "Education"],
         sidebar=[],
         notes="US resume (Letter). Title and Subtitle styles for name and job title; contact row with three hyperlinks. "
               "Heading 1 restyled with paragraph shading. Technical skills in a borderless label/value table. Projects "
               "are a real decimal numbered list with bold lead-ins (one contains a hyperlink). Certifications in a "
               "continuous two-column section with Wingdings check bullets."),
]


# section kind of every gold heading that ../heading-kinds.tsv does not already list
KINDS = {
    "Mandatory Training": "certifications",
    "CAREER OBJECTIVE": "summary",
    "LICENCES & TICKETS": "certifications",
    "EMPLOYMENT HISTORY": "experience",
    "TRADE QUALIFICATIONS": "education",
    "KEY SKILLS": "skills",
    "REFEREES": "references",
    "Achievements": "awards",
    "Certifications & Licences": "certifications",
    "Volunteer Experience": "volunteer",
    "Recognition": "awards",
    "Personal Details": "contact",
    "Career Summary": "summary",
    "Career History": "experience",
    "Professional Development": "certifications",
    "PROFESSIONAL SUMMARY": "summary",
    "LICENSURE & CERTIFICATIONS": "certifications",
    "CLINICAL EXPERIENCE": "experience",
    "EDUCATION": "education",
    "CLINICAL SKILLS": "skills",
    "PROFESSIONAL AFFILIATIONS": "other",
    "COMMUNITY SERVICE": "volunteer",
    "Practicum Placements": "experience",
    "Professional Learning": "certifications",
    "CONTACT": "contact",
    "REGISTRATION": "certifications",
    "KEY STRENGTHS": "skills",
    "Home Lab & Projects": "projects",
}
VALID_KINDS = {"experience", "education", "skills", "summary", "certifications", "projects", "volunteer",
               "awards", "publications", "languages", "interests", "references", "contact", "other"}


def write_kinds():
    shared = HERE.parent / "heading-kinds.tsv"
    known = {line.split("\t")[0] for line in shared.read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")}
    lines = ["# gold heading not in ../heading-kinds.tsv\tsection kind\tlanguage"]
    done = set()
    for r in RESUMES:
        for h in r["headings"] + r["sidebar"]:
            if h in known or h in done:
                continue
            kind = KINDS[h]  # a KeyError here means a new heading needs a kind
            assert kind in VALID_KINDS, (h, kind)
            lines.append(f"{h}\t{kind}\ten")
            done.add(h)
    (HERE / "heading-kinds.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    rows = []
    for r in RESUMES:
        doc = r["build"]()
        save(doc, HERE / r["path"])
        rows.append({
            "path": r["path"], "format": "docx", "layout_tags": r["layout_tags"], "field": r["field"],
            "pages": r["pages"], "made_with": "python-docx", "headings": "|".join(r["headings"]),
            "sidebar_headings": "|".join(r["sidebar"]), "licence": LICENCE, "source_repo": "",
            "notes": r["notes"],
        })
    with open(OUT / "index.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["path", "format", "layout_tags", "field", "pages", "made_with",
                                          "headings", "sidebar_headings", "licence", "source_repo", "notes"])
        w.writeheader()
        w.writerows(rows)
    write_kinds()
    print(f"wrote {len(rows)} files to {OUT}")


if __name__ == "__main__":
    main()
