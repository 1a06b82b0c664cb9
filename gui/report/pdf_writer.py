"""The council report as PDF: a QTextDocument built block by block, printed by QPdfWriter.

The document is built with :class:`QTextCursor` only (``insertText``, ``insertTable``,
``insertImage``); no HTML is ever parsed, so text from a case stays text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextImageFormat,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from gui.report.render import ensure_qt_app
from report.common import Counter, FigureKey
from report.outline import Bullets, Figure, Heading, Num, Paragraph, Report, Table, Text
from report.texts import Renderer

BODY_PT = 10.0
HEADING_PT = {0: 20.0, 1: 15.0, 2: 12.0, 3: 11.0}
#: layout width of the text in document units (points at 72 dpi: A4 minus 2 x 20 mm)
TEXT_WIDTH = 481.0


class _Builder:
    def __init__(self, report: Report, images: dict[FigureKey, Path | str]) -> None:
        self.r = Renderer(report.lang)
        self.images = images
        self.doc = QTextDocument()
        font = QFont("DejaVu Sans")
        font.setPointSizeF(BODY_PT)
        self.doc.setDefaultFont(font)
        self.doc.setDocumentMargin(0)
        self.cursor = QTextCursor(self.doc)
        self.count = Counter()
        self.first = True

    # --- primitives -------------------------------------------------------------------------
    def char(
        self,
        *,
        bold: bool = False,
        italic: bool = False,
        size: float | None = None,
        color: str | None = None,
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFontPointSize(size or BODY_PT)
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        fmt.setFontItalic(italic)
        if color:
            fmt.setForeground(QBrush(QColor(color)))
        return fmt

    def block(self, fmt: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.cursor.setBlockCharFormat(char)
            self.first = False
        else:
            self.cursor.insertBlock(fmt, char)

    def para(
        self,
        text: str,
        char: QTextCharFormat,
        *,
        top: float = 0,
        bottom: float = 6,
        indent: float = 0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        heading: int = 0,
        new_page: bool = False,
    ) -> None:
        fmt = QTextBlockFormat()
        if new_page:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        fmt.setLeftMargin(indent)
        fmt.setAlignment(align)
        if heading:
            fmt.setHeadingLevel(heading)
        self.block(fmt, char)
        self.cursor.insertText(text, char)

    # --- blocks -----------------------------------------------------------------------------
    def title(self, report: Report) -> None:
        r = self.r
        self.para(
            r.text(report.title),
            self.char(bold=True, size=HEADING_PT[0], color="#1F3864"),
            bottom=4,
        )
        self.para(r.text(report.subtitle), self.char(size=12.5, color="#404040"), bottom=2)
        self.para(r.word("date_line").format(date=r.date(report.date)), self.char(), bottom=12)

    def heading(self, block: Heading) -> None:
        level = min(block.level, 3)
        self.para(
            self.r.text(block.text),
            self.char(bold=True, size=HEADING_PT[level], color="#1F3864"),
            top=14 if level == 1 else 9,
            bottom=5,
            heading=level,
            new_page=block.new_page,
        )

    def paragraph(self, block: Paragraph) -> None:
        r = self.r
        if block.style == "label":
            self.para(r.parts(block.parts[:1]), self.char(bold=True), top=4, bottom=3)
            if len(block.parts) > 1:
                self.cursor.insertText(" " + r.parts(block.parts[1:]), self.char())
            return
        if block.style == "note":
            self.para(r.parts(block.parts), self.char(italic=True, color="#444444"))
        elif block.style == "formula":
            self.para(r.parts(block.parts), self.char(), indent=18, bottom=3)
        else:
            self.para(r.parts(block.parts), self.char())

    def bullets(self, block: Bullets) -> None:
        r = self.r
        list_fmt = QTextListFormat()
        list_fmt.setStyle(QTextListFormat.Style.ListDisc)
        list_fmt.setIndent(1)
        text_list = None
        for item in block.items:
            fmt = QTextBlockFormat()
            fmt.setBottomMargin(3)
            self.block(fmt, self.char())
            if text_list is None:
                text_list = self.cursor.createList(list_fmt)
            else:
                text_list.add(self.cursor.block())
            for k, part in enumerate(item):
                text = r.parts((part,))
                bold = k == 0 and isinstance(part, Text) and part.code == "argument_head"
                if k > 0 and not text.startswith(" "):
                    text = " " + text
                self.cursor.insertText(text, self.char(bold=bold))
        # the next block must not continue the list
        fmt = QTextBlockFormat()
        fmt.setBottomMargin(2)
        self.cursor.insertBlock(fmt, self.char())
        self.cursor.setBlockFormat(fmt)

    def caption(self, text: str) -> None:
        self.para(text, self.char(italic=True, size=8.5, color="#1F3864"), top=2, bottom=10)

    def table(self, block: Table) -> None:
        r = self.r
        ncols = len(block.header)
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setBorder(0)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setBorderBrush(QBrush(QColor("#808080")))
        fmt.setCellPadding(2.5)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        weights = list(block.widths) if len(block.widths) == ncols else [1.0] * ncols
        total = sum(weights)
        fmt.setColumnWidthConstraints(
            [QTextLength(QTextLength.Type.PercentageLength, 100 * w / total) for w in weights]
        )
        # a table cannot start a document: give it a block to follow
        self.para("", self.char(size=2), bottom=0)
        table = self.cursor.insertTable(1 + len(block.rows), ncols, fmt)
        size = 7.5 if ncols > 5 else 8.5
        numeric = [
            bool(block.rows) and all(isinstance(row[c], Num) for row in block.rows)
            for c in range(ncols)
        ]
        header_bg = QBrush(QColor("#DCE6F0"))
        rule = QBrush(QColor("#B0B8C4"))
        for i in range(1 + len(block.rows)):
            source = block.header if i == 0 else block.rows[i - 1]
            bold = i == 0 or (i - 1) in block.strong
            for c in range(ncols):
                cell = table.cellAt(i, c)
                cf = cell.format().toTableCellFormat()
                cf.setBottomBorder(0.6)
                cf.setBottomBorderBrush(rule)
                cf.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                if i == 0:
                    cf.setBackground(header_bg)
                cell.setFormat(cf)
                cur = cell.firstCursorPosition()
                bf = QTextBlockFormat()
                if c > 0 and (numeric[c] or isinstance(source[c], Num)):
                    bf.setAlignment(Qt.AlignmentFlag.AlignRight)
                if c == 0 and i > 0 and block.indent:
                    bf.setLeftMargin(8 * block.indent[i - 1])
                cur.setBlockFormat(bf)
                cur.insertText(r.text(source[c]), self.char(bold=bold, size=size))
        self.cursor.movePosition(QTextCursor.MoveOperation.End)
        self.caption(
            r.word("table_caption").format(n=self.count.table(), text=r.text(block.caption))
        )

    def figure(self, block: Figure) -> None:
        r = self.r
        caption = r.text(block.caption)
        image = self.images.get((block.chart, block.profile_id), "chart_missing")
        if isinstance(image, str):
            self.para(r.word(image).format(caption=caption), self.char(italic=True))
            return
        picture = QImage(str(image))
        name = f"vormkeuze-chart:{self.count.figures + 1}"
        self.doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture)
        self.para("", self.char(), top=6, bottom=2, align=Qt.AlignmentFlag.AlignHCenter)
        img = QTextImageFormat()
        img.setName(name)
        img.setWidth(TEXT_WIDTH)
        img.setHeight(TEXT_WIDTH * picture.height() / max(1, picture.width()))
        self.cursor.insertImage(img)
        self.caption(r.word("figure_caption").format(n=self.count.figure(), text=caption))


def build_document(report: Report, images: dict[FigureKey, Path | str]) -> QTextDocument:
    ensure_qt_app()
    b = _Builder(report, images)
    b.title(report)
    for block in report.blocks:
        if isinstance(block, Heading):
            b.heading(block)
        elif isinstance(block, Paragraph):
            b.paragraph(block)
        elif isinstance(block, Bullets):
            b.bullets(block)
        elif isinstance(block, Table):
            b.table(block)
        elif isinstance(block, Figure):
            b.figure(block)
    return b.doc


def write_pdf(
    report: Report, path: Path, images: dict[FigureKey, Path | str], version: str = ""
) -> None:
    doc = build_document(report, images)
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(Renderer(report.lang).text(report.title))
    writer.setCreator(f"Vormkeuze {version}".strip())
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    # lay the text out on the printable area in points (72 per inch), leaving room for the
    # page number, then paint page by page (scaled to the writer's resolution)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Point)
    footer = 28.0
    page_h = area.height() - footer
    doc.setPageSize(QSizeF(area.width(), page_h))
    scale = writer.resolution() / 72.0
    pages = doc.pageCount()
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(8)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -page * page_h)
            clip = QRectF(0, page * page_h, area.width(), page_h)
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, (page_h + 8) * scale, area.width() * scale, 14 * scale),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"{page + 1}",
            )
    finally:
        painter.end()
    del writer  # flushes and closes the file
