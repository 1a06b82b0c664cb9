"""The council report as a Word document (python-docx), optionally on the municipality's template.

Real Word structure, so a secretary can hand the file on without editing its structure: the
template's (or a clean default's) ``Title``, ``Heading 1..3`` (Kop 1..3), ``Normal``
(Standaard), ``List Bullet``, ``Caption`` (Bijschrift) and ``Table Grid`` (Tabelraster) styles;
a real table-of-contents field (Word fills in the page numbers when the file is opened); table
header rows that repeat on every page and rows that never split; column widths sized to their
content; the document language on the styles (nl-NL or en-GB, so spelling and hyphenation work)
and core properties (title, subject, author, created and modified now).

All text goes in through runs (python-docx escapes it), so nothing in a case becomes a field,
a hyperlink or markup.  The only fields are our own: the table of contents and the page number.
"""

from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path
from typing import cast

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.styles.style import BaseStyle, ParagraphStyle, _TableStyle
from docx.table import Table as DocxTable
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from report.common import BOLD_HEADS, Counter, FigureKey, Image, column_widths
from report.outline import Bullets, Contents, Figure, Heading, Num, Paragraph, Report, Table, Text
from report.texts import Renderer

LANG_TAGS = {"nl": "nl-NL", "en": "en-GB"}
HEADER_FILL = "DCE6F0"
TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

#: a style by its built-in (English) name, then the names Dutch Word shows
STYLE_NAMES: dict[str, tuple[str, ...]] = {
    "Normal": ("Normal", "Standaard"),
    "Title": ("Title", "Titel"),
    "Subtitle": ("Subtitle", "Ondertitel"),
    "Heading 1": ("Heading 1", "Kop 1"),
    "Heading 2": ("Heading 2", "Kop 2"),
    "Heading 3": ("Heading 3", "Kop 3"),
    "List Bullet": ("List Bullet", "Lijstopsommingsteken"),
    "Caption": ("Caption", "Bijschrift"),
    "Table Grid": ("Table Grid", "Tabelraster"),
    "TOC 1": ("TOC 1", "Inhopg 1"),
    "TOC 2": ("TOC 2", "Inhopg 2"),
}


def open_template(path: Path) -> DocxDocument:
    """A Word template (.dotx) or document (.docx) opened as a new document to write into.

    A .dotx differs from a .docx only in its main part's content type; that is changed in
    memory (the template file is never written).
    """
    data = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        types = z.read("[Content_Types].xml")
    if TEMPLATE_TYPE.encode() in types:
        data = _as_document(data)
    return Document(io.BytesIO(data))


def _as_document(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(TEMPLATE_TYPE.encode(), DOCUMENT_TYPE.encode())
            dst.writestr(item, content)
    return out.getvalue()


def docx_bytes(
    report: Report,
    images: dict[FigureKey, Image],
    version: str = "",
    *,
    template: Path | None = None,
    author: str = "",
    now: _dt.datetime | None = None,
) -> bytes:
    """The report as a .docx (bytes: the caller writes and verifies the file)."""
    doc = _Writer(report, images, version, template, author, now).write()
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


class _Writer:
    def __init__(
        self,
        report: Report,
        images: dict[FigureKey, Image],
        version: str,
        template: Path | None,
        author: str,
        now: _dt.datetime | None,
    ) -> None:
        self.report = report
        self.r = Renderer(report.lang)
        self.images = images
        self.version = version
        self.template = template
        self.author = author
        self.now = now or _dt.datetime.now(_dt.UTC).replace(microsecond=0)
        self.count = Counter()
        self.doc = open_template(template) if template is not None else Document()

    # --- set-up ---------------------------------------------------------------------------
    def write(self) -> DocxDocument:
        doc, r, report = self.doc, self.r, self.report
        if self.template is not None:
            _clear_body(doc)
        else:
            self._default_look()
        self._language()
        self._properties()
        self.text_width = _text_width(doc)
        _settings_flags(doc)
        title = doc.add_paragraph(r.text(report.title), style=self.style("Title"))
        title.paragraph_format.keep_with_next = True
        doc.add_paragraph(r.text(report.subtitle), style=self.style("Subtitle"))
        doc.add_paragraph(r.word("date_line").format(date=r.date(report.date)))
        after_contents = False
        for section in report.sections:
            for k, block in enumerate(section.blocks):
                # annexes, and the chapter after the table of contents, start a new page
                page_break = (k == 0 and section.annex) or (
                    after_contents and isinstance(block, Heading)
                )
                if isinstance(block, Heading):
                    after_contents = False
                self.block(block, page_break)
                if isinstance(block, Contents):
                    after_contents = True
        return doc

    def find_style(self, name: str) -> BaseStyle | None:
        """The document's style ``name`` by its built-in or its Dutch name."""
        for candidate in STYLE_NAMES.get(name, (name,)):
            for s in self.doc.styles:
                style = cast(BaseStyle, s)
                if style.name is not None and style.name.lower() == candidate.lower():
                    return style
        return None

    def style(self, name: str) -> ParagraphStyle:
        """A paragraph style of the document (the template's); created when it lacks one."""
        found = self.find_style(name)
        if isinstance(found, ParagraphStyle):
            return found
        style = cast(ParagraphStyle, self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH))
        style.base_style = cast(ParagraphStyle, self.doc.styles["Normal"])
        if name.startswith("Heading "):
            level = int(name.split()[-1])
            style.font.bold = True
            style.font.size = Pt({1: 15, 2: 12.5, 3: 11}.get(level, 11))
            _outline_level(style, level - 1)
        elif name == "List Bullet":
            style.paragraph_format.left_indent = Cm(0.6)
        elif name == "Caption":
            style.font.size = Pt(8.5)
            style.font.italic = True
        elif name.startswith("TOC ") and name[4:].isdigit():
            # the contents read as a tree (a section under its chapter), close together
            style.paragraph_format.left_indent = Cm(0.6 * (int(name[4:]) - 1))
            style.paragraph_format.space_after = Pt(2)
        return style

    def table_style(self) -> _TableStyle | None:
        found = self.find_style("Table Grid")
        return found if isinstance(found, _TableStyle) else None

    def _default_look(self) -> None:
        doc = self.doc
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
        normal = self.style("Normal")
        normal.font.name = "Calibri"
        normal.font.size = Pt(10.5)
        caption = self.style("Caption")
        caption.font.size = Pt(8.5)
        caption.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        for level, size in ((1, 15), (2, 12.5), (3, 11)):
            self.style(f"Heading {level}").font.size = Pt(size)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run(self.r.text(self.report.title) + "  ·  ").font.size = Pt(8)
        _field(footer, " PAGE ", "1").font.size = Pt(8)

    def _language(self) -> None:
        """nl-NL (or en-GB) on the document defaults and every style that names a language."""
        tag = LANG_TAGS.get(self.report.lang, self.report.lang)
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        _set_lang(rpr, tag)
        for style in styles.findall(qn("w:style")):
            style_rpr = style.find(qn("w:rPr"))
            if style_rpr is not None and style_rpr.find(qn("w:lang")) is not None:
                _set_lang(style_rpr, tag)
        normal = self.style("Normal").element.get_or_add_rPr()
        _set_lang(normal, tag)

    def _properties(self) -> None:
        r, report = self.r, self.report
        props = self.doc.core_properties
        props.title = r.text(report.title)
        props.subject = r.text(report.subtitle)
        props.author = self.author or "Vormkeuze"
        props.last_modified_by = self.author or "Vormkeuze"
        props.created = self.now
        props.modified = self.now
        props.last_printed = self.now
        props.revision = 1
        props.language = LANG_TAGS.get(report.lang, report.lang)
        props.comments = r.word("made_with").format(version=self.version).strip()
        props.keywords = ""
        props.category = ""

    # --- blocks ---------------------------------------------------------------------------
    def block(
        self, block: Heading | Paragraph | Bullets | Table | Figure | Contents, page_break: bool
    ) -> None:
        doc, r = self.doc, self.r
        if isinstance(block, Heading):
            h = doc.add_paragraph(r.text(block.text), style=self.style(f"Heading {block.level}"))
            h.paragraph_format.page_break_before = page_break or block.new_page
            h.paragraph_format.keep_with_next = True
        elif isinstance(block, Paragraph):
            self.paragraph(block)
        elif isinstance(block, Bullets):
            for item in block.items:
                p = doc.add_paragraph(style=self.style("List Bullet"))
                for k, part in enumerate(item):
                    text = r.parts((part,))
                    run = p.add_run(text if k == 0 else _spaced(p.text, text))
                    if k == 0 and isinstance(part, Text) and part.code in BOLD_HEADS:
                        run.bold = True
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Figure):
            self.figure(block)
        elif isinstance(block, Contents):
            self.contents()

    def contents(self) -> None:
        """A TOC field over Heading 1–2, its result pre-filled with the headings (no page numbers
        until Word updates it, which it offers on opening)."""
        doc, r = self.doc, self.r
        title = doc.add_paragraph(r.word("contents"), style=self.style("TOC Heading"))
        title.paragraph_format.page_break_before = True
        entries = [
            (b.level, r.text(b.text))
            for s in self.report.sections
            for b in s.blocks
            if isinstance(b, Heading) and b.level <= 2
        ]
        first = doc.add_paragraph(style=self.style("TOC 1"))
        _fld_char(first, "begin")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = ' TOC \\o "1-2" \\h \\z \\u '
        run = first.add_run()
        run._r.append(instr)
        _fld_char(first, "separate")
        last = first
        for k, (level, text) in enumerate(entries):
            p = first if k == 0 else doc.add_paragraph(style=self.style(f"TOC {level}"))
            p.add_run(text)
            last = p
        _fld_char(last, "end")

    def paragraph(self, block: Paragraph) -> None:
        doc, r = self.doc, self.r
        p = doc.add_paragraph()
        if block.style == "label":
            first = p.add_run(r.parts(block.parts[:1]))
            first.bold = True
            if len(block.parts) > 1:
                p.add_run(_spaced(first.text, r.parts(block.parts[1:])))
            p.paragraph_format.space_before = Pt(6)
            p.paragraph_format.space_after = Pt(2)
            p.paragraph_format.keep_with_next = True
            return
        run = p.add_run(r.parts(block.parts))
        if block.style == "note":
            run.italic = True
            run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        elif block.style == "formula":
            p.paragraph_format.left_indent = Cm(0.8)
            p.paragraph_format.space_after = Pt(3)

    def table(self, block: Table) -> None:
        doc, r = self.doc, self.r
        number = self.count.table()
        ncols = len(block.header)
        if doc.paragraphs:  # a lead-in line stays with its table
            doc.paragraphs[-1].paragraph_format.keep_with_next = True
        table = doc.add_table(rows=1 + len(block.rows), cols=ncols)
        grid = self.table_style()
        if grid is not None:
            table.style = grid
        else:  # a template without a grid style: draw the borders on the table itself
            _borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        hyphenate = Hyphenator(self.report.lang)
        header = [hyphenate(r.text(h)) for h in block.header]
        body = [[hyphenate(r.text(c)) for c in row] for row in block.rows]
        size = 8.5 if ncols > 5 else 9.0
        widths = column_widths(
            header,
            body,
            self.text_width / 360000,  # EMU -> cm
            char_cm=0.23 * size / 9,  # wide fonts (DejaVu) too; bold headers
            weights=block.widths,
            indent_cm=[0.35 * d for d in block.indent] if block.indent else None,
        )
        numeric = [
            bool(block.rows) and all(isinstance(row[c], Num) for row in block.rows)
            for c in range(ncols)
        ]
        for c, column in enumerate(table.columns):
            column.width = Cm(widths[c])
        together = len(block.rows) <= KEEP_TOGETHER_ROWS
        for i, row in enumerate(table.rows):
            _row_flag(row, "w:cantSplit")
            texts = header if i == 0 else body[i - 1]
            pieces = block.header if i == 0 else block.rows[i - 1]
            for c, cell in enumerate(row.cells):
                cell.width = Cm(widths[c])
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(0)
                p.paragraph_format.space_before = Pt(0)
                if together or i == 0 or i == len(block.rows):
                    p.paragraph_format.keep_with_next = True
                run = p.add_run(texts[c])
                run.font.size = Pt(size)
                if i == 0 or (i - 1) in block.strong:
                    run.bold = True
                if c > 0 and (numeric[c] or isinstance(pieces[c], Num)):
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if c == 0 and i > 0 and block.indent:
                    p.paragraph_format.left_indent = Cm(0.35 * block.indent[i - 1])
            if i == 0:
                _row_flag(row, "w:tblHeader")
                for cell in row.cells:
                    _shade(cell, HEADER_FILL)
        caption = doc.add_paragraph(style=self.style("Caption"))
        caption.add_run(r.word("table_caption").format(n=number, text=r.text(block.caption)))

    def figure(self, block: Figure) -> None:
        doc, r = self.doc, self.r
        caption_text = r.text(block.caption)
        image = self.images.get((block.chart, block.profile_id), "chart_missing")
        if isinstance(image, str):
            p = doc.add_paragraph()
            run = p.add_run(r.word(image).format(caption=caption_text))
            run.italic = True
            return
        number = self.count.figure()
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = True
        run = p.add_run()
        run.add_picture(io.BytesIO(image), width=Emu(self.text_width))
        for pr in run._r.iter(qn("wp:docPr")):
            pr.set("descr", r.text(block.alt))
            pr.set("title", caption_text)
        caption = doc.add_paragraph(style=self.style("Caption"))
        caption.add_run(r.word("figure_caption").format(n=number, text=caption_text))


class Hyphenator:
    """Soft hyphens (U+00AD, invisible unless the line breaks there) in the long words of table
    cells, from pyphen's Dutch (or English) patterns: any renderer then breaks a compound
    between its syllables, with a hyphen, instead of mid-syllable without one.  Only words of
    letters: anything else is left exactly as written."""

    LONG = 12

    def __init__(self, lang: str) -> None:
        import pyphen

        self.dic = pyphen.Pyphen(lang="nl_NL" if lang == "nl" else "en_GB")

    def __call__(self, text: str) -> str:
        if not any(len(w) > self.LONG for w in text.split()):
            return text
        return " ".join(
            self.dic.inserted(w, hyphen="\u00ad") if len(w) > self.LONG and w.isalpha() else w
            for w in text.split(" ")
        )


#: tables up to this many rows are kept on one page (with their caption)
KEEP_TOGETHER_ROWS = 12


def _text_width(doc: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU (16 cm when unknown)."""
    s = doc.sections[-1]
    if s.page_width and s.left_margin is not None and s.right_margin is not None:
        return int(s.page_width - s.left_margin - s.right_margin)
    return int(Cm(16))


def _clear_body(doc: DocxDocument) -> None:
    """Remove a template's sample content, keeping its section settings (headers, footers)."""
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _settings_flags(doc: DocxDocument) -> None:
    """Ask Word to update the fields (the TOC) on opening, and to hyphenate by language."""
    settings = doc.settings.element
    for name in ("w:updateFields", "w:autoHyphenation"):
        el = settings.find(qn(name))
        if el is None:
            el = OxmlElement(name)
            settings.append(el)
        el.set(qn("w:val"), "true")


def _set_lang(rpr: object, tag: str) -> None:
    lang = rpr.find(qn("w:lang"))  # type: ignore[attr-defined]
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)  # type: ignore[attr-defined]
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    lang.set(qn("w:bidi"), "ar-SA")


def _outline_level(style: BaseStyle, level: int) -> None:
    ppr = style.element.get_or_add_pPr()
    el = OxmlElement("w:outlineLvl")
    el.set(qn("w:val"), str(level))
    ppr.append(el)


def _fld_char(p: DocxParagraph, kind: str) -> None:
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    p.add_run()._r.append(el)


def _field(p: DocxParagraph, instruction: str, shown: str) -> Run:
    """A simple field (PAGE) with ``shown`` as its last result; returns the result run."""
    _fld_char(p, "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = instruction
    p.add_run()._r.append(instr)
    _fld_char(p, "separate")
    run = p.add_run(shown)
    _fld_char(p, "end")
    return run


def _spaced(before: str, text: str) -> str:
    if before and not before.endswith((" ", "\n")) and not text.startswith(" "):
        return " " + text
    return text


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _borders(table: DocxTable) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:color"), "9AA7B5")
        borders.append(el)
    tbl_pr.append(borders)


def _row_flag(row: _Row, name: str) -> None:
    """``w:cantSplit`` (a row never breaks over two pages) or ``w:tblHeader`` (repeat it)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement(name)
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


__all__ = ["docx_bytes", "open_template"]
