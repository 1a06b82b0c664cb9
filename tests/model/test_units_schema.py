"""Units, exclusions, unit scores and evidence fields: the schema and its whole-case rules."""

from __future__ import annotations

import copy
import dataclasses
import json
from typing import Any

import pytest

from model import CaseInvalid, dump_case, load_case_data
from model.case import Unit
from model.validation import date_after, missing_pairs, parse_date
from tests.model.units_case import units_case_data
from words.messages import render


def _codes(data: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(CaseInvalid) as e:
        load_case_data(data)
    return [(i.code, i.place) for i in e.value.issues]


def test_units_case_loads_and_round_trips_exactly() -> None:
    data = units_case_data()
    data["as_of"] = "2019-06"
    data["epilogue"] = "Later koos elke gemeente per team."
    data["scores"][0].update(estimate=True, source_date="2019-05-01", source="Notitie")
    case, warnings = load_case_data(data)
    assert dump_case(case) == data
    assert json.loads(json.dumps(dump_case(case))) == data
    assert [u.id for u in case.units or ()] == ["t1", "t2", "t3"]
    assert case.unit("t1").size == 2 and case.unit("t2").size == 1
    assert case.unit("t2").excluded == frozenset({"a"})
    assert case.unit("t2").reason_for("a") == "Kan dit team niet dienen."
    assert case.scores[0].estimate is True
    assert warnings == []


def test_a_case_without_units_serialises_as_before() -> None:
    data = units_case_data()
    del data["units"]
    data["scores"] = [s for s in data["scores"] if "unit" not in s]
    case, _ = load_case_data(data)
    out = dump_case(case)
    assert out == data
    assert not {"units", "as_of", "epilogue"} & out.keys()
    assert all(set(s) == {"option", "criterion", "value"} for s in out["scores"])


def test_defaults_are_not_written() -> None:
    data = units_case_data()
    data["units"][0]["exclude"] = []
    data["scores"][0]["estimate"] = False
    case, _ = load_case_data(data)
    out = dump_case(case)
    assert "exclude" not in out["units"][0]
    assert "estimate" not in out["scores"][0]
    assert "size" not in out["units"][1]
    assert case == load_case_data(out)[0]


def test_effective_scores_override_case_wide_per_unit() -> None:
    case, _ = load_case_data(units_case_data())
    assert case.score_by_pair[("c", "x")].value == 30  # case-wide ignores unit scores
    assert case.effective_scores("t3")[("c", "x")].value == 100
    assert case.effective_scores("t3")[("a", "x")].value == 80  # falls back to case-wide
    assert case.effective_scores("t1") == case.score_by_pair
    assert case.unit_option_ids("t2") == ("b", "c")
    assert case.unit_option_ids(None) == ("a", "b", "c")


def test_unit_score_may_stand_in_for_a_missing_case_wide_one() -> None:
    data = units_case_data()
    data["scores"] = [s for s in data["scores"] if (s["option"], s["criterion"]) != ("b", "y")]
    data["scores"].append({"option": "b", "criterion": "y", "unit": "t1", "value": 10})
    case, warnings = load_case_data(data)
    assert missing_pairs(case) == [("b", "y")]
    assert missing_pairs(case, "t1") == []
    assert missing_pairs(case, "t2") == [("b", "y")]
    per_unit = [w for w in warnings if w.code == "missing_unit_score"]
    assert [(w.place, w.params["unit"]) for w in per_unit] == [
        ("units[1]", "Team twee"),
        ("units[2]", "Team drie"),
    ]
    assert render(per_unit[0], "nl") == "units[1]: Team twee: nog geen score voor b × y."
    assert render(per_unit[0], "en") == "units[1]: Team twee: no score yet for b × y."


def test_excluded_option_is_not_missing_for_its_unit() -> None:
    data = units_case_data()
    data["scores"] = [s for s in data["scores"] if s["option"] != "a" or "unit" in s]
    data["scores"].append({"option": "a", "criterion": "x", "unit": "t1", "value": 1})
    data["scores"].append({"option": "a", "criterion": "y", "unit": "t1", "value": 1})
    data["scores"].append({"option": "a", "criterion": "x", "unit": "t3", "value": 1})
    data["scores"].append({"option": "a", "criterion": "y", "unit": "t3", "value": 1})
    _case, warnings = load_case_data(data)
    assert {w.code for w in warnings} == {"missing_score"}  # t2 excludes a: nothing missing there


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["scores"].append(
                {"option": "a", "criterion": "x", "unit": "zz", "value": 1}
            ),
            ("unknown_unit", "scores[8].unit"),
        ),
        (
            lambda d: d["scores"].append(
                {"option": "c", "criterion": "x", "unit": "t3", "value": 1}
            ),
            ("duplicate_unit_score", "scores[8]"),
        ),
        (
            lambda d: d["units"][0].update(exclude=[{"option": "zz", "reason": "r"}]),
            ("exclude_unknown_option", "units[0].exclude[0].option"),
        ),
        (
            lambda d: d["units"][1]["exclude"].append({"option": "a", "reason": "r"}),
            ("exclude_twice", "units[1].exclude[1].option"),
        ),
        (
            lambda d: d["units"][1]["exclude"][0].update(reason="  "),
            ("exclude_reason_empty", "units[1].exclude[0].reason"),
        ),
        (
            lambda d: d["units"][1]["exclude"].extend(
                [{"option": "b", "reason": "r"}, {"option": "c", "reason": "r"}]
            ),
            ("exclude_all_options", "units[1].exclude"),
        ),
        (lambda d: d["units"][0].update(size=0), ("unit_size_not_positive", "units[0].size")),
        (lambda d: d["units"][0].update(size=-2), ("unit_size_not_positive", "units[0].size")),
        (
            lambda d: d["units"].append({"id": "t1", "name": "Dubbel"}),
            ("duplicate_id", "units[3].id"),
        ),
        (lambda d: d.update(as_of="2019-13"), ("bad_date", "as_of")),
        (lambda d: d.update(as_of="19"), ("bad_date", "as_of")),
        (
            lambda d: d["scores"][0].update(source_date="2019-02-30"),
            ("bad_date", "scores[0].source_date"),
        ),
        (lambda d: d["units"][0].update(id="Team 1"), ("bad_id", "units[0].id")),
        (lambda d: d.update(units=[]), ("too_short", "units")),
        (lambda d: d["units"][0].update(colour="red"), ("unknown_key", "units[0].colour")),
        (
            lambda d: d["scores"][0].update(estimate="ja"),
            ("expected_boolean", "scores[0].estimate"),
        ),
        (lambda d: d["scores"][0].update(estimate=1), ("expected_boolean", "scores[0].estimate")),
        (
            lambda d: d["scores"][0].update(source_date=2019),
            ("expected_text", "scores[0].source_date"),
        ),
        (lambda d: d.update(as_of=2019), ("expected_text", "as_of")),
        (lambda d: d["units"][0].update(size=True), ("expected_number", "units[0].size")),
        (
            lambda d: d["units"][1]["exclude"][0].pop("reason"),
            ("missing_field", "units[1].exclude[0].reason"),
        ),
    ],
)
def test_unit_rules_refuse(change: Any, expected: tuple[str, str]) -> None:
    data = units_case_data()
    change(data)
    found = _codes(data)
    assert expected in found


def test_every_new_code_has_dutch_and_english() -> None:
    data = units_case_data()
    data["units"][0].update(size=0, exclude=[{"option": "zz", "reason": ""}])
    data["scores"].append({"option": "a", "criterion": "x", "unit": "zz", "value": 1})
    data["as_of"] = "2019-00"
    with pytest.raises(CaseInvalid) as e:
        load_case_data(data)
    for item in e.value.issues:
        nl, en = render(item, "nl"), render(item, "en")
        assert item.code not in nl and item.code not in en
        assert nl != en


def test_hindsight_is_a_warning_at_the_coarser_precision() -> None:
    data = units_case_data()
    data["as_of"] = "2020-06"
    data["scores"][0]["source_date"] = "2020"  # not after 2020-06 at year precision
    data["scores"][1]["source_date"] = "2020-06-30"  # same month: not after
    data["scores"][2]["source_date"] = "2020-07"  # after
    data["scores"][7]["source_date"] = "2021"  # a unit score, after
    _case, warnings = load_case_data(data)
    hind = [w for w in warnings if w.code == "hindsight_source"]
    assert [w.place for w in hind] == ["scores[2].source_date", "scores[7].source_date"]
    assert hind[1].params["unit"] == "Team twee"
    assert "bron van na het beslismoment" in render(hind[0], "nl")


@pytest.mark.parametrize(
    ("later", "earlier", "after"),
    [
        ("2020-06", "2020", False),
        ("2021", "2020-06", True),
        ("2020", "2020-06", False),
        ("2020-07", "2020-06-30", True),
        ("2020-06-30", "2020-06", False),
        ("2020-06-02", "2020-06-01", True),
        ("2019", "2020", False),
    ],
)
def test_date_after(later: str, earlier: str, after: bool) -> None:
    assert date_after(later, earlier) is after


def test_parse_date() -> None:
    assert parse_date("2019") == (2019,)
    assert parse_date("2019-06") == (2019, 6)
    assert parse_date("2024-02-29") == (2024, 2, 29)
    for bad in ("2023-02-29", "2019-6", "2019-00", "20190601", "", "2019-06-01T00:00"):
        assert parse_date(bad) is None


def test_unit_model_is_frozen_and_plain() -> None:
    u = Unit(id="t", name="T")
    assert u.size == 1 and u.exclude == () and u.excluded == frozenset()
    with pytest.raises(dataclasses.FrozenInstanceError):
        u.size = 3  # type: ignore[misc]
    assert copy.deepcopy(u) == u
