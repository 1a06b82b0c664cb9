"""The format-free outline: the sensitivity sentences say what ``sensitivity`` computes."""

from __future__ import annotations

import numpy as np
import pytest

from model import AnalysisError, Case, evaluate, sensitivity
from report.outline import Bullets, Heading, User, best_interval, build_report, order_interval
from report.texts import Renderer


def test_order_interval_keeps_the_ranking(default_case: Case) -> None:
    for p in default_case.profiles:
        ranking = evaluate(default_case, p.id).ranking
        for g in default_case.criteria:
            s = sensitivity(default_case, g.id, p.id)
            a, b = order_interval([c[0] for c in s.crossovers], s.current_weight)
            assert a <= s.current_weight <= b
            for w in (a + 1e-7, (a + b) / 2, b - 1e-7):
                order = [s.option_ids[i] for i in np.argsort(-s.value_at(w), kind="stable")]
                assert order == ranking, (p.id, g.id, w)
            lo, hi, top = best_interval(s.best, s.current_weight, ranking[0])
            assert top == ranking[0]
            assert lo <= a and b <= hi  # the leader holds at least as long as the order


def test_sentences_carry_the_interval(default_case: Case) -> None:
    report = build_report(default_case, ["raad-heemstede"], with_robustness=False)
    r = Renderer("nl")
    section = next(s for s in report.sections if s.key == "sensitivity")
    bullets = next(b for b in section.blocks if isinstance(b, Bullets))
    group = default_case.criteria[0]
    s = sensitivity(default_case, group.id, "raad-heemstede")
    a, b = order_interval([c[0] for c in s.crossovers], s.current_weight)
    sentence = r.parts(bullets.items[0])
    expected = (
        f"De volgorde blijft gelijk zolang het gewicht van {group.name} tussen "
        f"{r.num_percent(a)} en {r.num_percent(b)} ligt (nu {r.num_percent(s.current_weight)})."
    )
    assert sentence.startswith(expected)


def test_unknown_profile_is_refused(default_case: Case) -> None:
    with pytest.raises(AnalysisError) as e:
        build_report(default_case, ["gelijk", "onbekend"])
    assert e.value.issues[0].code == "unknown_profile"


def test_every_option_gets_a_subsection_in_options_and_assessment(default_case: Case) -> None:
    report = build_report(default_case, with_robustness=False)
    for key in ("options", "assessment", "annex"):
        section = next(s for s in report.sections if s.key == key)
        names = [b.text.text for b in section.blocks if isinstance(b, Heading) and b.level == 2]
        assert names == [o.name for o in default_case.options]
        assert all(
            isinstance(b.text, User)
            for b in section.blocks
            if isinstance(b, Heading) and b.level == 2
        )


def test_dutch_and_english_numbers() -> None:
    from report.outline import Num

    assert Renderer("nl").num(Num(0.345, "percent")) == "34,5%"
    assert Renderer("en").num(Num(0.345, "percent")) == "34.5%"
    assert Renderer("nl").num(Num(71.44, "value")) == "71,4"
    assert Renderer("nl").num(Num(12500, "raw", "inwoners")) == "12.500 inwoners"
    assert Renderer("nl").num(Num(10000, "int")) == "10.000"
    assert Renderer("en").num(Num(10000, "int")) == "10,000"


def test_a_failing_robustness_run_surfaces(
    default_case: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Errors of the analyses are not turned into a quiet "missing" line (issue 12, item 6)."""
    import report.outline

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("broken sampler")

    monkeypatch.setattr(report.outline, "robustness", broken)
    with pytest.raises(ValueError, match="broken sampler"):
        build_report(default_case)
    monkeypatch.undo()
    monkeypatch.setattr(report.outline, "stability", broken)
    with pytest.raises(ValueError, match="broken sampler"):
        build_report(default_case)
