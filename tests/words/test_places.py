"""Places of the case file said in the names users know (model.places + the catalogue)."""

from __future__ import annotations

import json
from pathlib import Path

import resources
from model import load_case_file
from model.errors import Issue
from model.places import describe, read_names
from words.messages import render


def test_a_score_place_names_its_option_and_criterion() -> None:
    case, _ = load_case_file(resources.default_case_path())
    s = case.scores[3]
    name = describe("scores[3].value", case)
    assert name is not None and name.kind == "score" and name.field == "value"
    assert name.option == case.option(s.option).name
    assert name.criterion == case.node_by_id[s.criterion].name
    issue = Issue(
        "value_outside_range", "scores[3].value", {"value": "++", "low": "-", "high": "+"}
    )
    text = render(issue, "nl", case)
    assert text == (
        f"Score van {name.option} op {name.criterion}: ++ ligt buiten de bandbreedte (- tot +)."
    )
    assert "scores[" not in text and " low " not in text
    cli = render(issue, "en", case, keep_place=True)
    assert cli.startswith(f"scores[3].value (Score of {name.option} on {name.criterion}): ")


def test_weights_options_criteria_and_unknown_places() -> None:
    case, _ = load_case_file(resources.default_case_path())
    w = describe(f"profiles[1].weights.{case.criteria[0].id}", case)
    assert w is not None and w.profile == case.profiles[1].name
    assert w.criterion == case.criteria[0].name
    o = describe("options[2].name", case)
    assert o is not None and o.option == case.options[2].name
    c = describe("criteria[0].children[1].scale", case)
    assert c is not None and c.criterion == (case.criteria[0].children or ())[1].name
    assert describe("scores[999].value", case) is None
    assert describe("scores", case) is None
    assert render(Issue("file_empty", "x.json"), "nl", case) == "x.json: het bestand is leeg."


def test_names_come_from_a_file_that_does_not_load(tmp_path: Path) -> None:
    data = json.loads(resources.default_case_path().read_text(encoding="utf-8"))
    data["scores"][0]["value"] = "+++"
    path = tmp_path / "kapot.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    names = read_names(path)
    assert names is not None
    where = describe("scores[0].value", names)
    assert where is not None and where.kind == "score"
    assert read_names(tmp_path / "missing.json") is None


def test_a_unit_place_is_said_by_the_unit_name() -> None:
    case, _ = load_case_file(resources.default_case_path())
    units = case.units or ()
    u = describe("units[4]", case)
    assert u is not None and u.kind == "unit" and u.unit == units[4].name
    size = Issue("unit_size_not_positive", "units[1].size", {"value": -1, "unit": units[1].name})
    assert render(size, "nl", case).startswith(f"Omvang van onderdeel {units[1].name}: ")
    assert render(size, "en", case).startswith(f"Size of unit {units[1].name}: ")
    assert describe("units[99]", case) is None
