"""Text from a case can never become a formula, markup or a field, in any format."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from model import Case
from report.write import write_report
from tests.report.conftest import DATE, FIELD, FORMULA, SCRIPT, pdf_text, qt_parts
from tests.report.test_pdf import flat

OWN_FORMULA = re.compile(
    r"=SUMPRODUCT\('[A-Za-z ]+'!\$[A-Z]+\$2:\$[A-Z]+\$\d+,'[A-Za-z ]+'![A-Z]+\$2:[A-Z]+\$\d+\)"
    r"/SUM\('[A-Za-z ]+'!\$[A-Z]+\$2:\$[A-Z]+\$\d+\)"
    r"|=RANK\([A-Z]+\d+,\$[A-Z]+\$2:\$[A-Z]+\$\d+\)|=SUM\([A-Z]+2:[A-Z]+\d+\)"
)

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, hostile_case: Case) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    return {
        ext: write_report(hostile_case, folder / f"r.{ext}", date=DATE, charts=False, **qt_parts())
        for ext in ("docx", "xlsx", "pdf")
    }


def test_word_keeps_attack_text_as_plain_runs(hostile: dict[str, Path]) -> None:
    d = docx.Document(str(hostile["docx"]))
    text = "\n".join(
        [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    )
    for payload in (FORMULA, SCRIPT, FIELD, f"-{SCRIPT} {FORMULA}"):
        assert payload in text
    with zipfile.ZipFile(hostile["docx"]) as z:
        body = z.read("word/document.xml").decode()
        footer = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("word/footer"))
    assert "<script>" not in body  # escaped as &lt;script&gt;
    assert "fldSimple" not in body and "hyperlink" not in body
    # the only field in the body is our own table of contents
    instructions = re.findall(r"<w:instrText[^>]*>([^<]*)</w:instrText>", body)
    assert [i.strip().split()[0] for i in instructions] == ["TOC"]
    assert footer.count("<w:instrText") == 1 and " PAGE " in footer  # our page number only


def test_excel_stores_attack_text_as_strings(hostile: dict[str, Path], hostile_case: Case) -> None:
    wb = openpyxl.load_workbook(hostile["xlsx"])
    seen = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # only our own formulas, over our own cells
                    assert OWN_FORMULA.fullmatch(str(cell.value)), (ws.title, cell.value)
                elif isinstance(cell.value, str):
                    seen.add(cell.value)
                    if cell.value.startswith(("=", "+", "-", "@")):
                        assert cell.data_type == "s"
    assert FORMULA in seen
    assert f"+{SCRIPT}" in seen
    assert f"-{SCRIPT} {FORMULA}" in seen
    assert FIELD in seen
    assert any(v.startswith("=") and FIELD in v for v in seen)  # the profile name


def test_pdf_shows_attack_text_literally(hostile: dict[str, Path]) -> None:
    text = flat(pdf_text(hostile["pdf"]))
    for payload in (FORMULA, SCRIPT, FIELD):
        assert flat(payload) in text
