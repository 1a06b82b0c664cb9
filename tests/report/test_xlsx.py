"""The Excel workbook read back with openpyxl: sheets, numbers as numbers, text as text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from model import Case, compile_case, evaluate
from report.xlsx_writer import set_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_sheets_and_headers(reports: dict[str, Path]) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    assert wb.sheetnames == [
        "Info",
        "Opties",
        "Criteria",
        "Scores",
        "Gewichten",
        "Resultaat",
        "Per onderdeel",  # the default case has units
        "Portfolio",
        "Bijdragen",
    ]
    scores = wb["Scores"]
    header = [c.value for c in scores[1]]
    assert "Onderbouwing" in header and "Bron" in header


def test_scores_sheet_holds_every_score_with_rationale_and_source(
    reports: dict[str, Path], default_case: Case
) -> None:
    ws = openpyxl.load_workbook(reports["report.xlsx"])["Scores"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    # one row per case-wide score; a team's own scores are not in the sheet yet (report issue)
    assert len(rows) == len(default_case.score_by_pair)
    compiled = compile_case(default_case)
    by_pair = {(r[0], r[2]): r for r in rows}
    for i, o in enumerate(compiled.option_ids):
        for j, leaf in enumerate(compiled.leaf_ids):
            row = by_pair[(o, leaf)]
            s = default_case.score_by_pair[(o, leaf)]
            assert row[4] == s.value
            assert row[7] == pytest.approx(compiled.values[i, j], abs=0)
            assert isinstance(row[7], int | float)
            assert row[8] == s.rationale
            assert row[9] == s.source


def test_results_are_numbers_equal_to_evaluate(
    reports: dict[str, Path], default_case: Case
) -> None:
    ws = openpyxl.load_workbook(reports["report.xlsx"])["Resultaat"]
    rows = {r[0]: r for r in ws.iter_rows(min_row=2, values_only=True)}
    for k, profile in enumerate(default_case.profiles):
        result = evaluate(default_case, profile.id)
        for o in default_case.option_ids:
            value, rank = rows[o][2 + 2 * k], rows[o][3 + 2 * k]
            assert isinstance(value, int | float)  # a number, not text
            assert value == pytest.approx(result.values[o], rel=1e-14)
            assert rank == result.ranks[o] and isinstance(rank, int)


def test_weights_sheet_sums_to_one_per_profile(
    reports: dict[str, Path], default_case: Case
) -> None:
    ws = openpyxl.load_workbook(reports["report.xlsx"])["Gewichten"]
    leaves = set(default_case.leaf_ids)
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] in leaves]
    for k, profile in enumerate(default_case.profiles):
        weights = evaluate(default_case, profile.id).weights
        for r in rows:
            assert r[4 + 2 * k] == pytest.approx(weights[r[0]], abs=1e-15)


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-- slecht", "@SUM(A1)", "=cmd|' /C calc'!A0"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    wb = openpyxl.Workbook()
    set_text(wb.active["A1"], text)
    wb.save(tmp_path / "t.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert cell.value == text
    assert cell.data_type == "s"
