"""Rules of the case format that accept (the refusals are in test_invalid_files.py)."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from model import CaseInvalid, evaluate, load_case_data, load_case_file
from model.analysis import competition_ranks
from model.errors import AnalysisError


@pytest.fixture
def data(example_case_path: Path) -> dict[str, Any]:
    d: dict[str, Any] = json.loads(example_case_path.read_text(encoding="utf-8"))
    return d


def test_weights_are_relative_within_siblings(data: dict) -> None:
    a = evaluate(load_case_data(data)[0], "raad")
    data["profiles"][0]["weights"].update(sturing=6, geld=4)  # 60/40 == 6/4
    b = evaluate(load_case_data(data)[0], "raad")
    assert np.allclose(a.weight_array, b.weight_array)


def test_no_weights_means_equal_shares(data: dict) -> None:
    data["profiles"][0].pop("weights")
    data["profiles"][0].pop("elicitation")
    r = evaluate(load_case_data(data)[0], "raad")
    assert np.allclose(r.weight_array, 0.25)


def test_zero_group_is_allowed_under_a_zero_weight_parent(data: dict) -> None:
    data["profiles"][0]["weights"].update(sturing=0, ontvlechting=0, transparantie=0)
    r = evaluate(load_case_data(data)[0], "raad")
    assert r.weights["ontvlechting"] == 0 and r.weights["transparantie"] == 0
    assert abs(r.weight_array.sum() - 1) < 1e-12


def test_missing_scores_are_warnings_and_block_analysis(data: dict) -> None:
    data["scores"] = data["scores"][:-2]
    case, warnings = load_case_data(data)
    assert [(w.code, w.params["option"], w.params["criterion"]) for w in warnings] == [
        ("missing_score", "centrum", "btw"),
        ("missing_score", "bvo", "btw"),
    ]
    with pytest.raises(AnalysisError) as info:
        evaluate(case)
    assert info.value.issues[0].code == "missing_scores"
    assert "bvo × btw" in info.value.issues[0].params["pairs"]


def test_one_option_is_valid_but_cannot_be_ranked(data: dict) -> None:
    data["options"] = data["options"][:1]
    data["scores"] = [s for s in data["scores"] if s["option"] == "overeenkomst"]
    case, _ = load_case_data(data)
    with pytest.raises(AnalysisError) as info:
        evaluate(case)
    assert info.value.issues[0].code == "too_few_options"


def test_inconsistent_ahp_is_a_warning(data: dict) -> None:
    d = copy.deepcopy(data)
    d["profiles"] = d["profiles"][:1]  # the college profile's root AHP would miss the new group
    d["criteria"].append(
        {
            "id": "extra",
            "name": "Extra",
            "children": [
                {"id": "x1", "name": "X1", "scale": {"kind": "direct"}},
                {"id": "x2", "name": "X2", "scale": {"kind": "direct"}},
                {"id": "x3", "name": "X3", "scale": {"kind": "direct"}},
            ],
        }
    )
    for o in ("overeenkomst", "centrum", "bvo"):
        for x in ("x1", "x2", "x3"):
            d["scores"].append({"option": o, "criterion": x, "value": 50})
    d["profiles"][0]["weights"]["extra"] = 10
    d["profiles"][0]["elicitation"].append(
        {
            "node": "extra",
            "method": "ahp",
            "order": ["x1", "x2", "x3"],
            "matrix": [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]],
        }
    )
    case, warnings = load_case_data(d)
    assert [w.code for w in warnings] == ["ahp_inconsistent"]
    assert warnings[0].place == "profiles[0].elicitation[1].matrix"
    assert evaluate(case, "raad").consistency["extra"] > 0.1


def test_numeric_range_reads_in_raw_order_on_a_lower_is_better_scale(data: dict) -> None:
    # the spec example: transitie 700 with low 500 / high 900, where lower costs are better
    case, _ = load_case_data(data)
    s = case.score_by_pair[("bvo", "transitie")]
    assert (s.low, s.value, s.high) == (500, 700, 900)
    data["scores"][8].update(low=900, high=500)  # either way round
    assert load_case_data(data)[0].score_by_pair[("bvo", "transitie")].low == 900
    data["scores"][8].update(low=800, high=900)
    with pytest.raises(CaseInvalid) as info:
        load_case_data(data)
    assert info.value.issues[0].place == "scores[8].value"
    assert info.value.issues[0].code == "value_outside_range"
    data["scores"][8].pop("high")  # one end only: read in the scale's raw order
    with pytest.raises(CaseInvalid) as info:
        load_case_data(data)
    assert info.value.issues[0].place == "scores[8].low"


def test_piecewise_numeric_scale(data: dict) -> None:
    case, _ = load_case_data(data)
    r = evaluate(case, "raad")
    # btw 30 on points (0,0),(60,40),(100,100) maps to 20; weight 0.3 -> contribution 6
    assert r.to_json()["contributions"]["overeenkomst"]["btw"] == pytest.approx(6.0)


def test_competition_ranking_shares_the_best_rank() -> None:
    assert competition_ranks(np.array([50.0, 70.0, 70.0 + 1e-12, 10.0])).tolist() == [3, 1, 1, 4]


def test_utf8_bom_is_accepted(tmp_path: Path, example_case_path: Path) -> None:
    p = tmp_path / "bom.json"
    p.write_bytes(b"\xef\xbb\xbf" + example_case_path.read_bytes())
    case, _ = load_case_file(p)
    assert case.title.startswith("Voorbeeld")


def test_missing_file_and_directory_are_file_problems(tmp_path: Path) -> None:
    from model import FileProblem

    for path, code in ((tmp_path / "nope.json", "file_missing"), (tmp_path, "file_is_directory")):
        with pytest.raises(FileProblem) as info:
            load_case_file(path)
        assert info.value.issues[0].code == code


def test_huge_weights_do_not_overflow(data: dict) -> None:
    # any non-negative scale: 1e308 : 1e308 is 1 : 1 (summing first would overflow)
    data["profiles"][0]["weights"].update(sturing=1e308, geld=1e308)
    r = evaluate(load_case_data(data)[0], "raad")
    assert abs(r.weight_array.sum() - 1) < 1e-12
    assert r.weights["ontvlechting"] == pytest.approx(0.5 * 2 / 3)
