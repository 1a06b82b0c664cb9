"""The council report as an accessible PDF: the outline as HTML + CSS, laid out by WeasyPrint.

WeasyPrint writes tagged PDF/UA-1: headings, lists, tables with header cells and figures with
alt text in the structure tree, the document language (``/Lang``), the title shown as the
window title, bookmarks from the headings, embedded fonts, and each line of text once (no
duplicates at page breaks).  Dutch hyphenation comes from pyphen through ``hyphens: auto`` and
the document language, so a narrow table header breaks as "Totaal-waarde", never mid-syllable.

Every piece of text is escaped (:func:`html.escape`): nothing from a case becomes markup.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import re
from pathlib import Path

from report.common import BOLD_HEADS, Counter, FigureKey, Image
from report.outline import (
    Bullets,
    Contents,
    Figure,
    Heading,
    Num,
    Paragraph,
    Report,
    Table,
    Text,
)
from report.texts import Renderer

LANG_TAGS = {"nl": "nl-NL", "en": "en-GB"}

CSS = """
@page {
  size: A4;
  margin: 20mm 20mm 18mm 20mm;
  @bottom-left { content: string(doctitle); font-size: 8pt; color: #555; }
  @bottom-right { content: counter(page); font-size: 8pt; color: #555; }
}
@page :first { @bottom-left { content: none; } }
html { font-family: "DejaVu Sans", sans-serif; font-size: 9pt; line-height: 1.3; color: #1a1a1a; }
body { margin: 0; }
p, li, td, th, figcaption, caption { hyphens: auto; overflow-wrap: normal; word-break: normal; }
span.url { hyphens: manual; word-break: break-all; }
.doc-title { font-size: 20pt; font-weight: bold; margin: 0 0 2mm 0; string-set: doctitle content();
  bookmark-level: none; hyphens: manual; line-height: 1.2; color: #12355b; }
.doc-sub { font-size: 11pt; margin: 0 0 1mm 0; color: #333; }
.doc-date { font-size: 9pt; margin: 0 0 6mm 0; color: #555; }
h1 { font-size: 15pt; color: #12355b; margin: 7mm 0 2.5mm 0; page-break-after: avoid;
  hyphens: manual; line-height: 1.2; }
h2 { font-size: 12pt; color: #12355b; margin: 5mm 0 2mm 0; page-break-after: avoid;
  hyphens: manual; line-height: 1.25; }
h3 { font-size: 10.5pt; margin: 4mm 0 1.5mm 0; page-break-after: avoid; }
section.annex { break-before: page; }
p { margin: 0 0 2mm 0; orphans: 2; widows: 2; }
p.label { font-weight: bold; margin: 3mm 0 1mm 0; page-break-after: avoid; }
p.note { font-style: italic; color: #444; }
p.formula { margin-left: 8mm; }
ul { margin: 0 0 2.5mm 0; padding-left: 5mm; }
li { margin: 0 0 1.2mm 0; }
li b { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 1mm 0; font-size: 8.5pt;
  page-break-inside: auto; }
table.small { width: auto; }
caption { caption-side: bottom; text-align: left; font-size: 8pt; color: #333; padding-top: 1.5mm;
  margin-bottom: 3mm; break-before: avoid; }
thead { display: table-header-group; }
th, td { border: 0.5pt solid #9aa7b5; padding: 0.7mm 1.3mm; vertical-align: top; text-align: left; }
thead th { background: #dce6f0; font-weight: bold; }
tbody th { font-weight: normal; }
tr { page-break-inside: avoid; }
tr.strong th, tr.strong td { font-weight: bold; background: #f2f5f8; }
td.num { text-align: right; white-space: nowrap; }
th.num { text-align: right; }
figure { margin: 3mm 0 4mm 0; page-break-inside: avoid; }
figure img { width: 100%; }
figcaption { font-size: 8pt; color: #333; margin-top: 1mm; }
p.missing { font-style: italic; color: #555; }
nav.toc { margin: 0; }
nav.toc p.toc-title { font-size: 15pt; font-weight: bold; color: #12355b; margin: 0 0 3mm 0; }
nav.toc ul { list-style: none; padding-left: 0; }
nav.toc li { margin: 0 0 1mm 0; }
nav.toc li.level-2 { padding-left: 6mm; font-size: 9pt; }
nav.toc a { color: inherit; text-decoration: none; }
nav.toc a::after { content: leader(".") target-counter(attr(href), page); }
section.contents { margin-top: 6mm; }
"""


def _esc(text: str) -> str:
    """Plain text as HTML: escaped, line breaks kept."""
    return html.escape(text, quote=True).replace("\n", "<br/>")


#: a web address in running text (the closing bracket or full stop after it is not part of it)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"']*[^\s<>\"'.,;:)\]]")


def _prose(text: str) -> str:
    """Running text as HTML (``_esc``), its web addresses marked as such: a long address breaks
    anywhere at a line's end but never gets a hyphen (``defi-nitief`` is another address)."""
    return _URL.sub(lambda m: f'<span class="url">{m.group(0)}</span>', _esc(text))


class _Html:
    def __init__(
        self,
        report: Report,
        images: dict[FigureKey, Image],
        version: str = "",
        author: str = "",
    ) -> None:
        self.report = report
        self.version = version
        self.author = author
        self.r = Renderer(report.lang)
        self.images = images
        self.count = Counter()
        self.out: list[str] = []
        self.headings: list[tuple[int, str, str]] = []  # (level, anchor, text)

    def build(self) -> str:
        r, report = self.r, self.report
        # headings get their anchors first, so the table of contents can point at them
        k = 0
        for section in report.sections:
            for b in section.blocks:
                if isinstance(b, Heading) and b.level <= 2:
                    k += 1
                    self.headings.append((b.level, f"h{k}", r.text(b.text)))
        body: list[str] = [
            f'<p class="doc-title">{_esc(r.text(report.title))}</p>',
            f'<p class="doc-sub">{_esc(r.text(report.subtitle))}</p>',
            f'<p class="doc-date">{_esc(r.word("date_line").format(date=r.date(report.date)))}</p>',
        ]
        anchor = iter(self.headings)
        first = True
        for section in report.sections:
            css = "annex" if section.annex else "chapter"
            if first:
                css += " first"
            first = False
            body.append(f'<section class="{css}">')
            for block in section.blocks:
                if isinstance(block, Heading):
                    level = min(block.level, 3)
                    text = _esc(r.text(block.text))
                    if block.level <= 2:
                        _lvl, name, _t = next(anchor)
                        body.append(f'<h{level} id="{name}">{text}</h{level}>')
                    else:
                        body.append(f"<h{level}>{text}</h{level}>")
                elif isinstance(block, Paragraph):
                    body.append(self.paragraph(block))
                elif isinstance(block, Bullets):
                    body.append(self.bullets(block))
                elif isinstance(block, Table):
                    body.append(self.table(block))
                elif isinstance(block, Figure):
                    body.append(self.figure(block))
                elif isinstance(block, Contents):
                    body.append("</section>")
                    body.append(self.contents())
                    body.append('<section class="rest">')
            body.append("</section>")
        lang = LANG_TAGS.get(report.lang, report.lang)
        now = _dt.datetime.now(_dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        title = _esc(r.text(report.title))
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"/>'
            f"<title>{title}</title>"
            f'<meta name="description" content="{_esc(r.text(report.subtitle))}"/>'
            f'<meta name="author" content="{_esc(self.author or "Vormkeuze")}"/>'
            f'<meta name="generator" content="{_esc(f"Vormkeuze {self.version}".strip())}"/>'
            f'<meta name="dcterms.created" content="{now}"/>'
            f'<meta name="dcterms.modified" content="{now}"/>'
            f"<style>{CSS}</style></head><body>{''.join(body)}</body></html>"
        )

    def contents(self) -> str:
        items = "".join(
            f'<li class="level-{lvl}"><a href="#{name}">{_esc(text)}</a></li>'
            for lvl, name, text in self.headings
        )
        title = _esc(self.r.word("contents"))
        return (
            f'<section class="contents"><nav class="toc"><p class="toc-title">{title}</p>'
            f"<ul>{items}</ul></nav></section>"
        )

    def paragraph(self, block: Paragraph) -> str:
        r = self.r
        if block.style == "label" and len(block.parts) > 1:
            head = _prose(r.parts(block.parts[:1]))
            rest = _prose(r.parts(block.parts[1:]))
            return f'<p class="label-inline"><b>{head}</b> {rest}</p>'
        return f'<p class="{block.style}">{_prose(r.parts(block.parts))}</p>'

    def bullets(self, block: Bullets) -> str:
        r = self.r
        items = []
        for item in block.items:
            first = item[0]
            head = _prose(r.parts((first,)))
            if isinstance(first, Text) and first.code in BOLD_HEADS:
                head = f"<b>{head}</b>"
            rest = _prose(r.parts(item[1:])) if len(item) > 1 else ""
            items.append(f"<li>{head}{' ' if rest and not rest.startswith(' ') else ''}{rest}</li>")
        return f"<ul>{''.join(items)}</ul>"

    def table(self, block: Table) -> str:
        r = self.r
        n = self.count.table()
        ncols = len(block.header)
        numeric = [
            bool(block.rows) and all(isinstance(row[c], Num) for row in block.rows)
            for c in range(ncols)
        ]
        head = "".join(
            f'<th scope="col"{" class=" + chr(34) + "num" + chr(34) if numeric[c] else ""}>'
            f"{_esc(r.text(h))}</th>"
            for c, h in enumerate(block.header)
        )
        rows = []
        for i, row in enumerate(block.rows):
            cells = []
            for c, piece in enumerate(row):
                text = _prose(r.text(piece))
                num = ' class="num"' if isinstance(piece, Num) and c > 0 else ""
                if c == 0:
                    pad = ""
                    if block.indent and block.indent[i]:
                        pad = f' style="padding-left:{1.5 + 3.5 * block.indent[i]:.1f}mm"'
                    cells.append(f'<th scope="row"{pad}>{text}</th>')
                else:
                    cells.append(f"<td{num}>{text}</td>")
            strong = ' class="strong"' if i in block.strong else ""
            rows.append(f"<tr{strong}>{''.join(cells)}</tr>")
        caption = _esc(r.word("table_caption").format(n=n, text=r.text(block.caption)))
        small = ' class="small"' if ncols <= 2 else ""
        return (
            f"<table{small}><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
        )

    def figure(self, block: Figure) -> str:
        r = self.r
        caption = r.text(block.caption)
        image = self.images.get((block.chart, block.profile_id), "chart_missing")
        if isinstance(image, str):
            return f'<p class="missing">{_esc(r.word(image).format(caption=caption))}</p>'
        n = self.count.figure()
        alt = _esc(r.text(block.alt))
        label = _esc(r.word("figure_caption").format(n=n, text=caption))
        return (
            f'<figure><img src="data:image/png;base64,{base64.b64encode(image).decode()}"'
            f' alt="{alt}"/>'
            f"<figcaption>{label}</figcaption></figure>"
        )


def report_html(
    report: Report, images: dict[FigureKey, Image], version: str = "", author: str = ""
) -> str:
    """The report as one HTML document (what WeasyPrint lays out)."""
    return _Html(report, images, version, author).build()


def pdf_bytes(
    report: Report, images: dict[FigureKey, Image], version: str = "", *, author: str = ""
) -> bytes:
    """The report as tagged PDF/UA-1 (bytes: the caller writes and verifies the file)."""
    from weasyprint import HTML

    page = report_html(report, images, version, author)
    document = HTML(string=page, base_url=str(Path.cwd()))
    data = document.write_pdf(
        pdf_variant="pdf/ua-1",
        pdf_identifier=None,
        custom_metadata=True,
        uncompressed_pdf=False,
    )
    assert isinstance(data, bytes)
    return data
