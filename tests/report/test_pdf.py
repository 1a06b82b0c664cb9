"""The PDF report read back with pdftotext."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import Case, evaluate
from tests.report.conftest import pdf_text, squash

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_pdf_holds_the_same_content(reports: dict[str, Path], default_case: Case) -> None:
    text = squash(pdf_text(reports["report.pdf"]))
    for heading in ("Inleiding", "Beoordeling", "Gewichten", "Resultaat", "Verantwoording"):
        assert heading in text
    for o in default_case.options:
        assert squash(o.name) in text
    for n in default_case.nodes():
        assert squash(n.name) in text
    for s in (s for s in default_case.scores if s.unit is None):  # case-wide, as in the docx
        # a long cell may run over a page break (page number, repeated header in between):
        # its beginning and its end must both be there
        for part in (s.rationale, s.source):
            assert part
            flat = squash(part)
            assert flat[:30] in text and flat[-30:] in text, s
    result = evaluate(default_case, default_case.profiles[0].id)
    for v in result.value_array:
        assert f"{v:.1f}".replace(".", ",") in text


def test_pdf_has_numbered_pages(reports: dict[str, Path]) -> None:
    pages = pdf_text(reports["report.pdf"]).split("\f")
    assert len(pages) > 10
    assert pages[1].strip().endswith("2")
