"""The live round: a round's answers as what-if profiles, never written to the case."""

from __future__ import annotations

from pathlib import Path

import pytest

from model import Case, evaluate, load_case_file
from model.live_round import LiveRound, live_round
from model.participation import Answer, RoundSpec, parse_answer, round_profiles

GROUPS = RoundSpec()


@pytest.fixture
def case(example_case_path: Path) -> Case:
    return load_case_file(example_case_path)[0]


def _answers(case: Case, *shares: list[float]) -> list[Answer]:
    ids = [c.id for c in GROUPS.items(case)]
    return [parse_answer(case, GROUPS, {"points": dict(zip(ids, s, strict=True))}) for s in shares]


def test_no_answers_no_live_profiles(case: Case) -> None:
    live = LiveRound()
    assert not live.active and live.profiles(case) == ()
    assert live.case_with(case) is case


def test_the_answers_become_the_rooms_mean_and_participants_after_the_cases_own(
    case: Case,
) -> None:
    live = LiveRound()
    fired: list[int] = []
    live.changed.connect(lambda: fired.append(1))
    n = len(GROUPS.items(case))
    answers = _answers(case, [10.0] * n, [50.0] + [1.0] * (n - 1))
    live.show(GROUPS, answers, case.profiles[0].id)
    live.show(GROUPS, answers, case.profiles[0].id)
    assert fired == [1]  # the same answers again: nothing new to show
    what_if = live.case_with(case, "{name} · live")
    names = [p.name for p in what_if.profiles]
    assert names[: len(case.profiles)] == [p.name for p in case.profiles]
    assert names[len(case.profiles) :] == [
        "Zaal (gemiddelde) · live",
        "Deelnemer 1 · live",
        "Deelnemer 2 · live",
    ]
    # the very profiles "Opslaan als profielen" would store
    saved = round_profiles(
        case,
        GROUPS,
        answers,
        when="x",
        base_profile=case.profiles[0].id,
    )
    assert [p.id for p in live.profiles(case)] == [p.id for p in saved]
    for p in saved[1:]:
        assert (
            evaluate(what_if, p.id).ranking == evaluate(case.replace(profiles=(p,)), p.id).ranking
        )
    assert live.case_with(case, "{name} · live") is what_if  # kept while nothing changes
    live.clear()
    assert fired == [1, 1] and live.case_with(case) is case


def test_a_case_that_no_longer_fits_the_question_shows_no_live_profiles(case: Case) -> None:
    live = LiveRound()
    n = len(GROUPS.items(case))
    answers = _answers(case, [10.0] * n)
    live.show(RoundSpec(parent="no-such-group"), answers, None)
    assert live.profiles(case) == ()


def test_one_live_round_per_session() -> None:
    class S:
        pass

    a, b = S(), S()
    assert live_round(a) is live_round(a)
    assert live_round(a) is not live_round(b)
