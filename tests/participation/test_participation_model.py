"""model.participation: what a round asks, answer validation, aggregation, profiles, SaveRound."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model import Case, dump_case, evaluate, load_case_file
from model.commands import command_from_json
from model.errors import CaseInvalid
from model.participation import (
    MEAN_NAME,
    AnswerInvalid,
    RoundSpec,
    aggregate,
    check_spec,
    parse_answer,
    preview_table,
    question,
    round_profiles,
    save_round,
    with_shares,
)

GROUPS = RoundSpec()
EXAMPLE = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "example-case.json"


@pytest.fixture
def case(example_case_path: Path) -> Case:
    return load_case_file(example_case_path)[0]


def points(**kw: Any) -> dict[str, Any]:
    return {"points": kw}


def codes(e: pytest.ExceptionInfo[CaseInvalid]) -> list[str]:
    return [i.code for i in e.value.issues]


# --- the question ------------------------------------------------------------------------------
def test_groups_round_asks_the_top_level_groups(case: Case) -> None:
    q = question(case, GROUPS)
    assert [c["id"] for c in q["criteria"]] == ["sturing", "geld"]
    assert q["mode"] == "points" and q["anonymous"] is True and q["group"] is None
    # nothing else of the case: no scores, rationales, sources, profiles
    assert set(q) == {
        "title",
        "mode",
        "anonymous",
        "max_points",
        "group",
        "criteria",
        "options",
    }
    assert all(set(o) == {"id", "name", "values"} for o in q["options"])


def test_group_round_asks_that_groups_leaves(case: Case) -> None:
    q = question(case, RoundSpec("geld", "ranking"))
    assert [c["id"] for c in q["criteria"]] == ["transitie", "btw"]
    assert q["group"] == "Financien" and q["mode"] == "ranking"


@pytest.mark.parametrize(
    ("spec", "code"),
    [
        (RoundSpec("nope"), "round_unknown_group"),
        (RoundSpec("btw"), "round_too_few"),  # a leaf has no children
    ],
)
def test_a_question_that_cannot_be_asked_is_refused(case: Case, spec: RoundSpec, code: str) -> None:
    with pytest.raises(CaseInvalid) as e:
        check_spec(case, spec)
    assert codes(e) == [code]


def test_preview_is_linear_in_the_shares_and_matches_evaluate(case: Case) -> None:
    table = preview_table(case, GROUPS)
    shares = {"sturing": 0.3, "geld": 0.7}
    probe = with_shares(case, GROUPS, case.profiles[0], shares).replace(id="probe")
    expected = evaluate(case.replace(profiles=(*case.profiles, probe)), "probe").values
    for option in table["options"]:
        value = 0.3 * option["values"][0] + 0.7 * option["values"][1]
        assert value == pytest.approx(expected[option["id"]], abs=1e-4)


# --- answers -----------------------------------------------------------------------------------
def test_points_become_shares_in_the_items_order(case: Case) -> None:
    a = parse_answer(case, GROUPS, points(geld=30, sturing=90))
    assert list(a.shares) == ["sturing", "geld"]
    assert a.shares == pytest.approx({"sturing": 0.75, "geld": 0.25})
    assert a.points == {"sturing": 90.0, "geld": 30.0}


def test_ranking_becomes_rank_order_centroid_shares(case: Case) -> None:
    a = parse_answer(case, RoundSpec("geld", "ranking"), {"order": ["btw", "transitie"]})
    assert a.shares == pytest.approx({"transitie": 0.25, "btw": 0.75})


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ([1, 2], "answer_not_object"),
        ({"points": {"sturing": 1, "geld": 1}, "id": "x"}, "answer_unknown_field"),
        ({"points": {"sturing": 1, "geld": 1}, "name": "Anna"}, "answer_unknown_field"),
        ({"points": [1, 2]}, "answer_points_shape"),
        ({"points": {"sturing": 1, "geld": 1, "x": 1}}, "answer_points_shape"),
        ({"points": {"sturing": 1, "zzz": 1}}, "answer_unknown_criterion"),
        ({"points": {"sturing": 1, "geld": "9"}}, "answer_not_number"),
        ({"points": {"sturing": 1, "geld": True}}, "answer_not_number"),
        ({"points": {"sturing": 1, "geld": -1}}, "answer_out_of_range"),
        ({"points": {"sturing": 1, "geld": 101}}, "answer_out_of_range"),
        ({"points": {"sturing": 1, "geld": float("nan")}}, "answer_out_of_range"),
        ({"points": {"sturing": 1, "geld": float("inf")}}, "answer_out_of_range"),
        ({"points": {"sturing": 1}}, "answer_missing"),
        ({"points": {"sturing": 0, "geld": 0}}, "answer_all_zero"),
        ({"order": ["sturing", "geld"]}, "answer_unknown_field"),
    ],
)
def test_invalid_points_are_refused_with_their_place(case: Case, payload: Any, code: str) -> None:
    with pytest.raises(AnswerInvalid) as e:
        parse_answer(case, GROUPS, payload)
    assert codes(e) == [code]


@pytest.mark.parametrize(
    "order",
    [["btw"], ["btw", "btw"], ["btw", "transitie", "btw"], ["btw", 3], "btw", None],
)
def test_a_ranking_must_be_a_permutation(case: Case, order: Any) -> None:
    with pytest.raises(AnswerInvalid) as e:
        parse_answer(case, RoundSpec("geld", "ranking"), {"order": order})
    assert codes(e) == ["answer_order"]


def test_named_rounds_need_a_clean_bounded_name(case: Case) -> None:
    spec = RoundSpec(anonymous=False)
    ok = parse_answer(
        case, spec, {"points": {"sturing": 1, "geld": 1}, "name": "  Anna\n de\tVries "}
    )
    assert ok.name == "Anna de Vries"
    for bad in ("", "   ", "x" * 61, 5, None):
        with pytest.raises(AnswerInvalid) as e:
            parse_answer(case, spec, {"points": {"sturing": 1, "geld": 1}, "name": bad})
        assert codes(e) == ["answer_name"]


# --- aggregation -------------------------------------------------------------------------------
def test_aggregate_mean_median_spread_and_disagreement(example_case_path: Path) -> None:
    case = load_case_file(example_case_path)[0]
    spec = RoundSpec("root")
    answers = [
        parse_answer(case, spec, points(sturing=80, geld=20)),
        parse_answer(case, spec, points(sturing=20, geld=80)),
        parse_answer(case, spec, points(sturing=50, geld=50)),
        parse_answer(case, spec, points(sturing=50, geld=50)),
    ]
    room = aggregate(case, spec, answers)
    assert room.count == 4
    by = {s.criterion: s for s in room.spread}
    assert by["sturing"].mean == pytest.approx(0.5)
    assert by["sturing"].median == pytest.approx(0.5)
    assert (by["sturing"].low, by["sturing"].high) == pytest.approx((0.2, 0.8))
    assert by["geld"].values == pytest.approx((0.2, 0.8, 0.5, 0.5))
    assert by["sturing"].stdev == pytest.approx(math.sqrt((0.09 + 0.09) / 4))
    mean_profile = with_shares(case, spec, case.profiles[0], room.mean_shares).replace(id="m")
    expected = evaluate(case.replace(profiles=(*case.profiles, mean_profile)), "m")
    assert list(room.mean_ranking) == expected.ranking


def test_disagreement_puts_the_widest_spread_first(case: Case) -> None:
    spec = RoundSpec("geld")
    # two items: equal spreads by construction, so use a three-item question on a made-up case
    data = dump_case(case)
    data["criteria"][1]["children"].append(
        {"id": "extra", "name": "Extra", "scale": {"kind": "direct"}}
    )
    data["scores"] += [
        {"option": o["id"], "criterion": "extra", "value": 50} for o in data["options"]
    ]
    from model import parse_case

    bigger = parse_case(data)
    spec = RoundSpec("geld")
    answers = [
        parse_answer(bigger, spec, points(transitie=50, btw=10, extra=40)),
        parse_answer(bigger, spec, points(transitie=50, btw=90, extra=40)),
        parse_answer(bigger, spec, points(transitie=50, btw=50, extra=45)),
    ]
    room = aggregate(bigger, spec, answers)
    assert room.disagreement[0] == "btw"
    assert room.disagreement[-1] in ("transitie", "extra")


def test_no_answers_no_ranking(case: Case) -> None:
    room = aggregate(case, GROUPS, [])
    assert room.count == 0 and room.mean_ranking == () and room.disagreement == ()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=1, max_size=12))
def test_room_statistics_stay_within_the_answers(raw: list[tuple[int, int]]) -> None:
    case = load_case_file(EXAMPLE)[0]
    answers = []
    for a, b in raw:
        if a + b == 0:
            continue
        answers.append(parse_answer(case, GROUPS, points(sturing=a, geld=b)))
    if not answers:
        return
    room = aggregate(case, GROUPS, answers)
    assert sum(room.mean_shares.values()) == pytest.approx(1.0)
    for s in room.spread:
        assert s.low - 1e-12 <= s.q1 <= s.median <= s.q3 <= s.high + 1e-12
        assert s.low - 1e-12 <= s.mean <= s.high + 1e-12
    assert sorted(room.mean_ranking) == sorted(case.option_ids)


# --- profiles and the command --------------------------------------------------------------------
def test_round_profiles_are_the_room_mean_then_each_participant(case: Case) -> None:
    answers = [
        parse_answer(case, GROUPS, points(sturing=80, geld=20)),
        parse_answer(case, GROUPS, points(sturing=20, geld=80)),
    ]
    profiles = round_profiles(case, GROUPS, answers, when="2026-01-01T10:00:00Z")
    assert [p.name for p in profiles] == [MEAN_NAME, "Deelnemer 1", "Deelnemer 2"]
    assert [p.id for p in profiles] == ["zaal-gemiddelde", "deelnemer-1", "deelnemer-2"]
    # the asked weights are the answer's; the rest come from the base profile
    assert profiles[1].weights is not None
    assert profiles[1].weights["sturing"] == pytest.approx(100.0)
    assert profiles[1].weights["geld"] == pytest.approx(25.0)
    assert profiles[1].weights["ontvlechting"] == case.profiles[0].weights["ontvlechting"]  # type: ignore[index]


def test_saving_twice_does_not_clash_on_ids_or_names(case: Case) -> None:
    answers = [parse_answer(case, GROUPS, points(sturing=1, geld=2))]
    first = save_round(case, GROUPS, answers, opened="a", closed="b")
    once, _ = first.apply(case)
    second = save_round(once, GROUPS, answers, opened="c", closed="d")
    twice, _ = second.apply(once)
    ids = [p.id for p in twice.profiles]
    names = [p.name for p in twice.profiles]
    assert len(set(ids)) == len(ids) and len(set(names)) == len(names)
    assert "zaal-gemiddelde-2" in ids and "Zaal (gemiddelde) (2)" in names


def test_save_round_records_the_round_and_undoes_exactly(case: Case) -> None:
    answers = [
        parse_answer(case, RoundSpec("geld", "ranking"), {"order": ["btw", "transitie"]}),
        parse_answer(case, RoundSpec("geld", "ranking"), {"order": ["transitie", "btw"]}),
    ]
    spec = RoundSpec("geld", "ranking")
    command = save_round(case, spec, answers, opened="t0", closed="t1")
    new, inverse = command.apply(case)
    assert len(new.profiles) == len(case.profiles) + 3
    assert inverse.apply(new)[0] == case
    record = command_from_json(command.to_json())
    assert record == command
    data = command.to_json()["round"]
    assert data["question"]["parent"] == "geld" and data["question"]["mode"] == "ranking"
    assert data["opened"] == "t0" and data["closed"] == "t1"
    assert [a["order"] for a in data["answers"]] == [["btw", "transitie"], ["transitie", "btw"]]
    # anonymous: nothing but the number and the answer
    assert all(set(a) == {"participant", "shares", "order"} for a in data["answers"])
    # a ranking answer is kept as a rank elicitation; every profile evaluates
    rank = new.profile("deelnemer-1").elicitation_for("geld")
    assert rank is not None and rank.order == ("btw", "transitie")
    for p in new.profiles:
        evaluate(new, p.id)


def test_save_round_without_answers_is_refused(case: Case) -> None:
    with pytest.raises(CaseInvalid) as e:
        save_round(case, GROUPS, [], opened="a", closed="b")
    assert codes(e) == ["round_no_answers"]
