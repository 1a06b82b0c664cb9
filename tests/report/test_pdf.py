"""The PDF report read back: accessible (pikepdf) and the same content (pdftotext)."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from model import Case, evaluate
from tests.report.conftest import pdf_text, squash

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

HYPHENS = str.maketrans("", "", "-\u2010\u00ad")


def flat(text: str) -> str:
    """Squashed, and without hyphens (the PDF hyphenates Dutch words at line ends)."""
    return squash(text).translate(HYPHENS)


def test_pdf_holds_the_same_content(reports: dict[str, Path], default_case: Case) -> None:
    text = flat(pdf_text(reports["report.pdf"]))
    for heading in ("Samenvatting", "Opties", "Weging per profiel", "Verantwoording", "Bronnen"):
        assert flat(heading) in text
    for o in default_case.options:
        assert flat(o.name) in text
    for n in default_case.nodes():
        assert flat(n.name) in text
    for s in (s for s in default_case.scores if s.unit is None):  # case-wide, as in the docx
        # a long cell may run over a page break (page number, repeated header in between):
        # its beginning and its end must both be there
        for part in (s.rationale, s.source):
            assert part
            f = flat(part)
            assert f[:30] in text and f[-30:] in text, s
    result = evaluate(default_case, default_case.profiles[0].id)
    for v in result.value_array:
        assert f"{v:.1f}".replace(".", ",") in text


def test_the_outcome_is_on_page_one_and_the_main_part_is_short(
    reports: dict[str, Path], default_case: Case
) -> None:
    pages = pdf_text(reports["report.pdf"]).split("\f")
    assert "Samenvatting" in flat(pages[0])
    first = flat(pages[0] + pages[1])  # the Samenvatting: pages 1-2
    for profile in default_case.profiles:
        leader = evaluate(default_case, profile.id).ranking[0]
        assert flat(f"{profile.name}: {default_case.option(leader).name} staat eerst") in first
    annex = next(k for k, p in enumerate(pages) if p.lstrip().startswith("Bijlage A"))
    assert annex <= 12  # the main document: at most 12 pages before the annexes
    assert pages[1].strip().endswith("2")


def test_no_line_is_repeated_across_a_page_break(reports: dict[str, Path]) -> None:
    pages = [
        [line.strip() for line in p.splitlines() if line.strip()]
        for p in pdf_text(reports["report.pdf"]).split("\f")
    ]
    pages = [p for p in pages if p]
    for before, after in itertools.pairwise(pages):
        body = before[:-2]  # the running footer (title, page number) closes every page
        assert body and body[-1] not in after[:3], (body[-1], after[:3])


def _walk(node: Any, out: list[Any]) -> None:
    out.append(node)
    kids = node.get("/K")
    if kids is None:
        return
    items = kids if isinstance(kids, pikepdf.Array) else [kids]
    for kid in items:
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            _walk(kid, out)


def test_pdf_is_tagged_with_language_title_outline_and_embedded_fonts(
    reports: dict[str, Path], default_case: Case
) -> None:
    with pikepdf.open(reports["report.pdf"]) as pdf:
        root = pdf.Root
        assert str(root.Lang) == "nl-NL"
        assert bool(root.MarkInfo.Marked)
        assert bool(root.ViewerPreferences.DisplayDocTitle)
        assert str(pdf.docinfo["/Title"]) == default_case.title
        elements: list[Any] = []
        _walk(root.StructTreeRoot, elements)
        kinds = {str(e.get("/S")) for e in elements if e.get("/S") is not None}
        assert {"/H1", "/H2", "/P", "/L", "/LI", "/Table", "/TH", "/TD", "/Figure"} <= kinds
        figures = [e for e in elements if str(e.get("/S")) == "/Figure"]
        assert figures and all(str(f.get("/Alt", "")) for f in figures)
        with pdf.open_outline() as outline:
            titles = [item.title for item in outline.root]
        assert titles[0] == "Samenvatting"
        assert "Bijlage B. Bronnen" in titles
        for page in pdf.pages:
            fonts = page.Resources.get("/Font", {})
            for _name, font in fonts.items():
                descendants = font.get("/DescendantFonts")
                descriptor = (descendants[0] if descendants else font).get("/FontDescriptor")
                assert descriptor is not None
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
