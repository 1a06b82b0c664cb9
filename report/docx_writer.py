"""The council report as a Word document (python-docx).

Real Word structure so a secretary can paste sections into the council template: the ``Title``
style, ``Heading 1``/``Heading 2`` headings, ``List Bullet`` lists, tables in ``Table Grid`` with
a repeating header row, and ``Caption`` paragraphs under every table and figure.  All text goes
in through runs (plain text: python-docx escapes it), so nothing in a case becomes a field,
a hyperlink or markup.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from report.common import Counter, FigureKey
from report.outline import Bullets, Figure, Heading, Num, Paragraph, Report, Table, Text
from report.texts import Renderer

TEXT_WIDTH_CM = 16.0
HEADER_FILL = "DCE6F0"


def write_docx(
    report: Report, path: Path, images: dict[FigureKey, Path | str], version: str = ""
) -> None:
    r = Renderer(report.lang)
    doc = Document()
    _setup(doc, r, version)
    doc.add_heading(r.text(report.title), 0)
    sub = doc.add_paragraph(r.text(report.subtitle), style="Subtitle")
    sub.paragraph_format.space_after = Pt(2)
    doc.add_paragraph(r.word("date_line").format(date=r.date(report.date)))
    count = Counter()
    for block in report.blocks:
        if isinstance(block, Heading):
            h = doc.add_heading(r.text(block.text), min(block.level, 3))
            h.paragraph_format.page_break_before = block.new_page
        elif isinstance(block, Paragraph):
            _paragraph(doc, r, block)
        elif isinstance(block, Bullets):
            for item in block.items:
                p = doc.add_paragraph(style="List Bullet")
                for k, part in enumerate(item):
                    text = r.parts((part,))
                    run = p.add_run(text if k == 0 else _spaced(p.text, text))
                    if k == 0 and isinstance(part, Text) and part.code == "argument_head":
                        run.bold = True
        elif isinstance(block, Table):
            _table(doc, r, block, count.table())
        elif isinstance(block, Figure):
            _figure(
                doc,
                r,
                block,
                images.get((block.chart, block.profile_id), "chart_missing"),
                count.figure(),
            )
    doc.save(str(path))


def _spaced(before: str, text: str) -> str:
    if before and not before.endswith((" ", "\n")) and not text.startswith(" "):
        return " " + text
    return text


def _setup(doc: DocxDocument, r: Renderer, version: str) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    doc.styles["Caption"].font.size = Pt(9)
    doc.core_properties.language = "nl-NL" if r.lang == "nl" else "en-GB"
    doc.core_properties.author = "Vormkeuze"
    doc.core_properties.comments = r.word("made_with").format(version=version)
    # page number in the footer: our own PAGE field (never user text)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = footer.add_run()
    for kind, text in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        run._r.append(el)


def _paragraph(doc: DocxDocument, r: Renderer, block: Paragraph) -> None:
    p = doc.add_paragraph()
    if block.style == "label":
        first = p.add_run(r.parts(block.parts[:1]))
        first.bold = True
        if len(block.parts) > 1:
            p.add_run(_spaced(first.text, r.parts(block.parts[1:])))
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.keep_with_next = True
        return
    run = p.add_run(r.parts(block.parts))
    if block.style == "note":
        run.italic = True
        run.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    elif block.style == "formula":
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.space_after = Pt(3)


def _shade(cell: object, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _row_flag(row: object, name: str) -> None:
    """``w:cantSplit`` (a row never breaks over two pages) or ``w:tblHeader`` (repeat it)."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement(name)
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


#: tables up to this many rows are kept on one page (with their caption)
KEEP_TOGETHER_ROWS = 12


def _table(doc: DocxDocument, r: Renderer, block: Table, number: int) -> None:
    ncols = len(block.header)
    if doc.paragraphs:  # a lead-in line stays with its table
        doc.paragraphs[-1].paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1 + len(block.rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    weights = list(block.widths) if len(block.widths) == ncols else [1.0] * ncols
    total = sum(weights)
    widths = [Cm(TEXT_WIDTH_CM * w / total) for w in weights]
    numeric = [
        bool(block.rows) and all(isinstance(row[c], Num) for row in block.rows)
        for c in range(ncols)
    ]
    for c, column in enumerate(table.columns):
        column.width = widths[c]
    size = Pt(8.5) if ncols > 5 else Pt(9)
    together = len(block.rows) <= KEEP_TOGETHER_ROWS
    for i, row in enumerate(table.rows):
        _row_flag(row, "w:cantSplit")
        cells = row.cells
        source = block.header if i == 0 else block.rows[i - 1]
        for c, cell in enumerate(cells):
            cell.width = widths[c]
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            if together or i == 0 or i == len(block.rows):
                p.paragraph_format.keep_with_next = True
            run = p.add_run(r.text(source[c]))
            run.font.size = size
            if i == 0 or (i - 1) in block.strong:
                run.bold = True
            if c > 0 and (numeric[c] or isinstance(source[c], Num)):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if c == 0 and i > 0 and block.indent:
                p.paragraph_format.left_indent = Cm(0.35 * block.indent[i - 1])
        if i == 0:
            _row_flag(row, "w:tblHeader")
            for cell in cells:
                _shade(cell, HEADER_FILL)
    caption = doc.add_paragraph(style="Caption")
    caption.add_run(r.word("table_caption").format(n=number, text=r.text(block.caption)))


def _figure(doc: DocxDocument, r: Renderer, block: Figure, image: Path | str, number: int) -> None:
    caption_text = r.text(block.caption)
    if isinstance(image, str):
        p = doc.add_paragraph()
        run = p.add_run(r.word(image).format(caption=caption_text))
        run.italic = True
        return
    doc.add_picture(str(image), width=Cm(TEXT_WIDTH_CM))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    caption = doc.add_paragraph(style="Caption")
    caption.add_run(r.word("figure_caption").format(n=number, text=caption_text))
