"""The report's chapter per unit, the estimate marks and the epilogue printed last."""

from __future__ import annotations

import pytest

from gui.report.texts import Renderer
from model import Case, load_case_data
from model.portfolio import portfolio
from model.report import Figure, Heading, Table, build_report, build_sheets
from tests.model.units_case import units_case_data


@pytest.fixture
def report_case() -> Case:
    data = units_case_data()
    data["scores"][0]["estimate"] = True
    data["epilogue"] = "Later besloten de gemeenten per team."
    return load_case_data(data)[0]


def test_units_chapter_has_the_values_the_portfolio_and_the_exclusions(report_case: Case) -> None:
    report = build_report(report_case, ["p"], with_robustness=False)
    section = next(s for s in report.sections if s.key == "units")
    r = Renderer("nl")
    tables = [b for b in section.blocks if isinstance(b, Table)]
    values, portfolios = tables
    assert [r.text(c) for c in values.header] == ["Onderdeel", "Omvang", "A", "B", "C"]
    first = [r.text(c) for c in values.rows[0]]
    assert first[0] == "Team een" and first[2].endswith("★")  # a is t1's best
    assert [r.text(c) for c in values.rows[1]][2] == "–"  # t2 excludes a
    expected = portfolio(report_case, "p")
    assert len(portfolios.rows) == len(expected.portfolios)
    assert r.text(portfolios.rows[1][2]) == "A: Team een; C: Team twee, Team drie"
    texts = [r.text(i) for b in section.blocks for i in getattr(b, "parts", ())]
    assert any("Kosten van één vorm voor alles" in t for t in texts)
    assert any(isinstance(b, Figure) and b.chart == "onderdelen" for b in section.blocks)


def test_epilogue_comes_last_and_estimates_are_marked(report_case: Case) -> None:
    report = build_report(report_case, ["p"], with_robustness=False, lang="en")
    assert report.sections[-1].key == "epilogue"
    head = report.sections[-1].blocks[0]
    assert isinstance(head, Heading)
    r = Renderer("en")
    assert r.text(head.text) == "Epilogue: what was decided afterwards"
    cells = [
        r.text(c)
        for s in report.sections
        for b in s.blocks
        if isinstance(b, Table)
        for row in b.rows
        for c in row
    ]
    assert any("(estimate)" in c for c in cells)


def test_no_units_no_chapter(report_case: Case) -> None:
    case = report_case.replace(
        units=None, scores=tuple(s for s in report_case.scores if s.unit is None), epilogue=None
    )
    report = build_report(case, ["p"], with_robustness=False)
    assert next(s for s in report.sections if s.key == "units").blocks == ()
    assert report.sections[-1].blocks == ()
    assert {s.key for s in build_sheets(case, ["p"])}.isdisjoint({"units", "portfolio"})


def test_unit_sheets(report_case: Case) -> None:
    sheets = {s.key: s for s in build_sheets(report_case, ["p", "q"])}
    units = sheets["units"]
    assert len(units.rows) == 2 * 3 * 3  # profiles x units x options
    excluded = [row for row in units.rows if row[1].text == "t2" and row[4].text == "a"]  # type: ignore[union-attr]
    assert (
        excluded and excluded[0][5] is None and excluded[0][7].text == "Kan dit team niet dienen."
    )  # type: ignore[union-attr]
    assert len(sheets["portfolio"].rows) == 2 * 3 * 3  # profiles x k x units
