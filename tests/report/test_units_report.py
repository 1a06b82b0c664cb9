"""The report of a case with units: the units' sheets in the workbook, and the estimate marks."""

from __future__ import annotations

import pytest

from model import Case, load_case_data
from model.portfolio import portfolio
from report.outline import Table, build_report, build_sheets
from report.texts import Renderer
from tests.model.units_case import units_case_data


@pytest.fixture
def report_case() -> Case:
    data = units_case_data()
    data["scores"][0]["estimate"] = True
    data["scores"][0]["source"] = "Raadsvoorstel"
    data["epilogue"] = "Later besloten de gemeenten per team."
    return load_case_data(data)[0]


def test_the_units_chapter_follows_the_portfolio(report_case: Case) -> None:
    report = build_report(report_case, ["p"], with_robustness=False)
    section = next(s for s in report.sections if s.key == "units")
    r = Renderer("nl")
    assert r.text(section.blocks[0].text) == "Per onderdeel"  # type: ignore[union-attr]
    table = next(b for b in section.blocks if isinstance(b, Table))
    assert [r.text(c) for c in table.header][:4] == [
        "Onderdeel",
        "Omvang",
        "Beste vorm",
        "Totaalwaarde",
    ]
    expected = portfolio(report_case, "p")
    for row, unit in zip(table.rows, expected.units, strict=True):
        assert r.text(row[2]) == report_case.option(unit.best).name


def test_estimates_are_marked_even_with_a_source(report_case: Case) -> None:
    report = build_report(report_case, ["p"], with_robustness=False, lang="en")
    r = Renderer("en")
    cells = [
        r.text(c)
        for s in report.sections
        for b in s.blocks
        if isinstance(b, Table)
        for row in b.rows
        for c in row
    ]
    assert any("(estimate)" in c and "[1]" in c for c in cells)  # sourced, and still an estimate


def test_no_units_no_unit_sheets(report_case: Case) -> None:
    case = report_case.replace(
        units=None, scores=tuple(s for s in report_case.scores if s.unit is None), epilogue=None
    )
    report = build_report(case, ["p"], with_robustness=False)
    assert "units" not in {s.key for s in report.sections}
    assert "epilogue" not in {s.key for s in report.sections}
    assert {s.key for s in build_sheets(case, ["p"])}.isdisjoint({"units", "portfolio"})


def test_unit_sheets(report_case: Case) -> None:
    sheets = {s.key: s for s in build_sheets(report_case, ["p", "q"])}
    units = sheets["units"]
    assert len(units.rows) == 2 * 3 * 3  # profiles x units x options
    excluded = [row for row in units.rows if row[1].text == "t2" and row[4].text == "a"]  # type: ignore[union-attr]
    assert (
        excluded and excluded[0][5] is None and excluded[0][7].text == "Kan dit team niet dienen."  # type: ignore[union-attr]
    )
    assert len(sheets["portfolio"].rows) == 2 * 3 * 3  # profiles x k x units
