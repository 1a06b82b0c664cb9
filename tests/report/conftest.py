"""Reports are slow-ish to write (charts, SMAA), so each file is made once per session."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import resources
from model import Case, load_case_file

DATE = dt.date(2025, 3, 14)

#: payloads that must stay inert text in every format
FORMULA = "=cmd|' /C calc'!A0"
SCRIPT = "<script>alert(1)</script>"
FIELD = "{{field}} MERGEFIELD Naam"


@pytest.fixture(scope="session")
def default_case() -> Case:
    case, _ = load_case_file(resources.default_case_path())
    return case


@pytest.fixture(scope="session")
def hostile_case(default_case: Case) -> Case:
    """The default case with attack text in names, descriptions, rationales and sources."""
    case = default_case
    options = list(case.options)
    options[0] = options[0].replace(name=FORMULA, description=SCRIPT, legal_basis=FIELD)
    options[1] = options[1].replace(name=f"+{SCRIPT}")
    leaf = case.leaf_ids[0]

    def rename(node):  # type: ignore[no-untyped-def]
        if node.id == leaf:
            return node.replace(name=f"@{FIELD}", description=FORMULA)
        if node.children:
            return node.replace(children=tuple(rename(c) for c in node.children))
        return node

    criteria = tuple(rename(c) for c in case.criteria)
    scores = list(case.scores)
    for k, s in enumerate(scores):
        if s.option == options[0].id and s.criterion == leaf:
            scores[k] = s.replace(rationale=f"-{SCRIPT} {FORMULA}", source=FIELD)
    profiles = list(case.profiles)
    profiles[0] = profiles[0].replace(name=f"={FIELD}")
    return case.replace(
        title=f"{SCRIPT} {FIELD}",
        description=FORMULA,
        options=tuple(options),
        criteria=criteria,
        scores=tuple(scores),
        profiles=tuple(profiles),
    )


def qt_parts() -> dict[str, Any]:
    """What the GUI hands a report: its chart renderer."""
    from gui.report.render import chart_renderer, ensure_qt_app

    ensure_qt_app()
    return {"render_chart": chart_renderer()}


@pytest.fixture(scope="session")
def reports(tmp_path_factory: pytest.TempPathFactory, default_case: Case) -> dict[str, Path]:
    """The default case as Word (nl, with charts), PDF (nl) and Excel."""
    from report.write import write_report

    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name in ("report.docx", "report.pdf", "report.xlsx"):
        out[name] = write_report(default_case, folder / name, lang="nl", date=DATE, **qt_parts())
    out["report-en.docx"] = write_report(
        default_case, folder / "report-en.docx", lang="en", date=DATE, charts=False
    )
    return out


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def squash(text: str) -> str:
    """Text without whitespace or ligatures: line breaks in a PDF fall anywhere."""
    return "".join(unicodedata.normalize("NFKC", text).split())
