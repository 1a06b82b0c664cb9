"""The Excel workbook read back with openpyxl: live formulas, numbers as numbers, text as text."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import range_boundaries
from openpyxl.workbook.workbook import Workbook

from model import Case, compile_case, evaluate
from report.xlsx_writer import set_text

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

SUMPRODUCT = re.compile(r"=SUMPRODUCT\(([^,]+),([^)]+)\)/SUM\(([^)]+)\)")
RANK = re.compile(r"=RANK\(([A-Z]+)(\d+),([^)]+)\)")


def cells(wb: Workbook, ref: str, sheet: str | None = None) -> list[float]:
    """The numbers of a range like ``'Gewichten'!$D$2:$D$15`` (or ``C2:C7`` on ``sheet``)."""
    if "!" in ref:
        name, area = ref.rsplit("!", 1)
        sheet = name.strip("'").replace("''", "'")
    else:
        area = ref
    assert sheet is not None
    lo_c, lo_r, hi_c, hi_r = range_boundaries(area.replace("$", ""))
    ws = wb[sheet]
    return [
        float(ws.cell(r, c).value) for r in range(lo_r, hi_r + 1) for c in range(lo_c, hi_c + 1)
    ]


def value_of(wb: Workbook, formula: str) -> float:
    """Evaluate ``=SUMPRODUCT(w, v)/SUM(w)`` from the workbook's own cells."""
    m = SUMPRODUCT.fullmatch(formula)
    assert m, formula
    w, v, total = cells(wb, m.group(1)), cells(wb, m.group(2)), cells(wb, m.group(3))
    assert len(w) == len(v)
    return sum(a * b for a, b in zip(w, v, strict=True)) / sum(total)


def test_sheets_are_named_in_the_report_language(
    reports: dict[str, Path], default_case: Case
) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    units = ["Per onderdeel", "Portfolio"] if default_case.units else []
    assert wb.sheetnames == [
        "Info",
        "Resultaat",
        "Gewichten",
        "Waarden",
        "Waardefuncties",
        "Opties",
        "Criteria",
        "Scores",
        *units,
    ]
    info = {r[0]: r[1] for r in wb["Info"].iter_rows(values_only=True)}
    assert "Titel" in info and "Inleiding" not in info
    header = [c.value for c in wb["Scores"][1]]
    assert "Onderbouwing" in header and "Bron" in header


def test_the_totals_are_formulas_that_give_the_values_of_analyse(
    reports: dict[str, Path], default_case: Case
) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    ws = wb["Resultaat"]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    for k, profile in enumerate(default_case.profiles):
        result = evaluate(default_case, profile.id)
        values = {}
        for o in default_case.option_ids:
            cell, rank = rows[o][2 + 2 * k], rows[o][3 + 2 * k]
            assert cell.data_type == "f" and cell.number_format == "0.0"
            values[o] = value_of(wb, str(cell.value))
            assert values[o] == pytest.approx(result.values[o], abs=1e-9)
            m = RANK.fullmatch(str(rank.value))
            assert m and m.group(1) == cell.column_letter and int(m.group(2)) == cell.row
            last = 1 + len(default_case.options)
            assert m.group(3) == f"${cell.column_letter}$2:${cell.column_letter}${last}"
        # RANK over the column: 1 + the number of higher values (competition ranking)
        for o in default_case.option_ids:
            place = 1 + sum(1 for v in values.values() if v > values[o] + 1e-9)
            assert place == result.ranks[o]


def test_a_controller_changes_a_weight_and_the_totals_follow(
    reports: dict[str, Path], default_case: Case
) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    weights, results = wb["Gewichten"], wb["Resultaat"]
    o = default_case.option_ids[0]
    cell = next(r for r in results.iter_rows(min_row=2) if r[0].value == o)[2]
    before = value_of(wb, str(cell.value))
    leaf_row = 2  # the first criterion, first profile's column (D)
    weights.cell(leaf_row, 4).value = float(weights.cell(leaf_row, 4).value) + 0.25
    after = value_of(wb, str(cell.value))
    assert after != pytest.approx(before)
    # the same as analysing the case with that weight raised (global weights renormalised)
    compiled = compile_case(default_case)
    w = evaluate(default_case, default_case.profiles[0].id).weight_array.copy()
    w[0] += 0.25
    expected = float((compiled.values[0] * w).sum() / w.sum())
    assert after == pytest.approx(expected, abs=1e-9)


def test_weights_are_percentages_and_values_the_matrix(
    reports: dict[str, Path], default_case: Case
) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    ws = wb["Gewichten"]
    leaves = list(compile_case(default_case).leaf_ids)
    rows = [r for r in ws.iter_rows(min_row=2) if r[0].value in leaves]
    assert [r[0].value for r in rows] == leaves
    for k, profile in enumerate(default_case.profiles):
        weights = evaluate(default_case, profile.id).weights
        for r in rows:
            assert r[3 + k].number_format == "0.0%"
            assert r[3 + k].value == pytest.approx(weights[r[0].value], abs=1e-15)
    total = next(r for r in ws.iter_rows(min_row=2) if r[1].value == "Totaal")
    assert str(total[3].value).startswith("=SUM(")
    values = wb["Waarden"]
    compiled = compile_case(default_case)
    for i, r in enumerate(values.iter_rows(min_row=2, values_only=True)):
        assert r[0] == leaves[i]
        assert list(r[2:]) == pytest.approx(list(compiled.values[:, i]))


def test_value_functions_are_written_out_and_no_root(
    reports: dict[str, Path], default_case: Case
) -> None:
    wb = openpyxl.load_workbook(reports["report.xlsx"])
    fns = list(wb["Waardefuncties"].iter_rows(min_row=2, values_only=True))
    assert {r[0] for r in fns} == set(default_case.leaf_ids)
    for leaf in default_case.leaf_ids:
        scale = default_case.node_by_id[leaf].scale
        assert scale is not None
        mine = [r for r in fns if r[0] == leaf]
        if scale.kind == "qualitative":
            assert [(r[3], r[4]) for r in mine] == [(lv.label, lv.value) for lv in scale.levels]
    parents = [r[2] for r in wb["Criteria"].iter_rows(min_row=2, values_only=True)]
    assert "root" not in parents
    names = {n.name for n in default_case.nodes()}
    assert all(p is None or p in names for p in parents)


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


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-- slecht", "@SUM(A1)", "=cmd|' /C calc'!A0"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    wb = openpyxl.Workbook()
    set_text(wb.active["A1"], text)
    wb.save(tmp_path / "t.xlsx")
    cell = openpyxl.load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert cell.value == text
    assert cell.data_type == "s"
