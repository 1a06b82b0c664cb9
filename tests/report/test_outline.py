"""The format-free outline: the sensitivity sentences say what ``sensitivity`` computes."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import AnalysisError, Case, compile_case, evaluate, sensitivity
from report.outline import (
    Bullets,
    Heading,
    Num,
    Paragraph,
    Table,
    Text,
    User,
    best_interval,
    build_report,
    order_interval,
)
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
    sentence = r.parts(bullets.items[0])
    leader = default_case.option(evaluate(default_case, "raad-heemstede").ranking[0]).name
    profile = default_case.profile("raad-heemstede").name
    assert sentence.startswith(f"{profile}: {leader} blijft de beste")
    for group in default_case.criteria:
        s = sensitivity(default_case, group.id, "raad-heemstede")
        lo, hi, _ = best_interval(
            s.best, s.current_weight, evaluate(default_case, "raad-heemstede").ranking[0]
        )
        if lo > 1e-12 or hi < 1 - 1e-12:
            assert (
                f"{group.name} tussen {r.num_percent(lo)} en {r.num_percent(hi)}"
                f" (nu {r.num_percent(s.current_weight)})" in sentence
            )
        else:
            assert group.name in sentence.split(";")[0]


def summary_lines(case: Case, lang: str = "nl") -> list[str]:
    report = build_report(case, with_robustness=False, sections=["summary"])
    r = Renderer(lang)
    section = report.sections[0]
    assert section.key == "summary"
    bullets = next(b for b in section.blocks if isinstance(b, Bullets))
    return [r.parts(item) for item in bullets.items]


def test_the_summary_states_the_first_option_and_values_of_analyse(
    default_case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from cli.main import main
    from model.io import dumps_case

    path = tmp_path / "case.json"
    path.write_text(dumps_case(default_case), "utf-8")
    lines = summary_lines(default_case)
    r = Renderer("nl")
    assert len(lines) == len(default_case.profiles)
    for line, profile in zip(lines, default_case.profiles, strict=True):
        assert main(["analyse", str(path), "--profile", profile.id, "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        ranked = sorted(data["options"], key=lambda o: (o["rank"], -o["value"]))
        first, second = ranked[0], ranked[1]
        margin = r.num(Num(first["value"] - second["value"], "value"))
        assert line == (
            f"{profile.name}: {first['name']} staat eerst met {r.num(Num(first['value']))},"
            f" {margin} punten voor {second['name']} ({r.num(Num(second['value']))})."
        )


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10), min_size=8, max_size=8))
def test_the_summary_follows_any_weighting(default_case: Case, weights: list[int]) -> None:
    """Whatever the group weights, the summary names the option ``evaluate`` ranks first."""
    weights = weights[: len(default_case.criteria)]
    if not any(weights):
        weights[0] = 1
    groups = {g.id: float(w) for g, w in zip(default_case.criteria, weights, strict=True)}
    profile = default_case.profiles[0].replace(weights=groups, elicitation=None)
    case = default_case.replace(profiles=(profile,))
    line = summary_lines(case)[0]
    result = evaluate(case, profile.id)
    tied = [o for o in result.ranking if result.ranks[o] == 1]
    r = Renderer("nl")
    for o in tied:
        assert case.option(o).name in line
    assert r.num(Num(result.values[result.ranking[0]])) in line


def test_every_option_has_a_kanttekening_even_the_first(default_case: Case) -> None:
    report = build_report(default_case, with_robustness=False, sections=["options"])
    blocks = report.sections[0].blocks
    r = Renderer("nl")
    per_option: dict[str, list[str]] = {}
    current = ""
    label = ""
    for b in blocks:
        if isinstance(b, Heading) and b.level == 2:
            current = r.text(b.text)
            per_option[current] = []
        elif isinstance(b, Paragraph) and b.style == "label":
            label = r.parts(b.parts)
        elif isinstance(b, Bullets) and label == "Kanttekeningen":
            per_option[current] += [r.parts(item) for item in b.items]
    assert set(per_option) == {o.name for o in default_case.options}
    compiled = compile_case(default_case)
    for i, o in enumerate(default_case.options):
        caveats = per_option[o.name]
        assert caveats, o.name
        # the weakest criterion of the option is among them, with its rationale
        weakest = compiled.leaf_ids[int(np.argmin(compiled.values[i]))]
        s = default_case.score_by_pair[(o.id, weakest)]
        lowest = float(compiled.values[i].min())
        names = [
            default_case.node_by_id[leaf].name
            for j, leaf in enumerate(compiled.leaf_ids)
            if compiled.values[i, j] == lowest
        ]
        assert any(c.startswith(n) for c in caveats for n in names), (o.name, caveats)
        assert s.rationale is None or any(s.rationale in c for c in caveats) or len(names) > 1


def test_chosen_sections_only_and_unknown_refused(default_case: Case) -> None:
    report = build_report(default_case, with_robustness=False, sections=["sources", "summary"])
    assert [s.key for s in report.sections] == ["summary", "sources"]
    assert [s.annex for s in report.sections] == [False, True]
    with pytest.raises(AnalysisError) as e:
        build_report(default_case, sections=["inleiding"])
    assert e.value.issues[0].code == "unknown_section"


def test_unknown_profile_is_refused(default_case: Case) -> None:
    with pytest.raises(AnalysisError) as e:
        build_report(default_case, ["gelijk", "onbekend"])
    assert e.value.issues[0].code == "unknown_profile"


def test_every_option_gets_a_subsection_in_options_and_the_annex(default_case: Case) -> None:
    report = build_report(default_case, with_robustness=False)
    for key in ("options", "matrix"):
        section = next(s for s in report.sections if s.key == key)
        heads = [b.text for b in section.blocks if isinstance(b, Heading) and b.level == 2]
        names = [h.text for h in heads if isinstance(h, User)]
        assert names == [o.name for o in default_case.options]
        # after the options, annex A has the teams' own scores (a case with units)
        others = [h for h in heads if not isinstance(h, User)]
        own = key == "matrix" and any(s.unit for s in default_case.scores)
        assert others == ([Text("h_units_own")] if own else [])


def test_dutch_and_english_numbers() -> None:
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


def units_case() -> Case:
    from model import load_case_data
    from tests.model.units_case import units_case_data

    data = units_case_data()
    data["epilogue"] = "In 2023 koos de raad voor B.\n\nDe teams volgden in 2024."
    data["as_of"] = "2020"
    data["scores"][0].update(source="Raadsvoorstel", source_date="2022")
    data["scores"][1].update(estimate=True, source="Inschatting van de griffie")
    case, _ = load_case_data(data)
    return case


def test_a_case_with_units_gets_the_per_team_picture_and_the_cost_of_one_form() -> None:
    from model.portfolio import portfolio

    case = units_case()
    report = build_report(case, with_robustness=False)
    keys = [s.key for s in report.sections]
    assert keys.index("units") < keys.index("accountability") < keys.index("epilogue")
    assert keys.index("epilogue") < keys.index("matrix")  # the last chapter before the annexes
    r = Renderer("nl")
    result = portfolio(case, "p")
    summary = " ".join(
        r.parts(b.parts) for b in report.sections[0].blocks if isinstance(b, Paragraph)
    )
    assert "één vorm voor allen kost" in summary
    assert r.num(Num(result.uniformity_cost or 0.0)) in summary
    for u in result.units:
        assert f"{case.unit(u.unit).name}: {case.option(u.best).name}" in summary
    units = next(s for s in report.sections if s.key == "units")
    tables = [b for b in units.blocks if isinstance(b, Table)]
    assert len(tables) == 1  # the first profile in full; the others in one sentence each
    rows = {r.text(row[0]): row for row in tables[0].rows}
    for u in result.units:
        row = rows[case.unit(u.unit).name]
        assert r.text(row[2]) == case.option(u.best).name
        assert r.text(row[3]) == r.num(Num(u.values[u.best]))
    text = " ".join(
        r.parts(item) for b in units.blocks if isinstance(b, Bullets) for item in b.items
    )
    assert "A, niet voor Team twee: Kan dit team niet dienen." in text


def test_the_epilogue_is_printed_last_and_only_when_there_is_one(default_case: Case) -> None:
    report = build_report(units_case(), with_robustness=False)
    main = [s for s in report.sections if not s.annex]
    assert main[-1].key == "epilogue"
    r = Renderer("nl")
    assert r.text(main[-1].blocks[0].text) == "Hoe het afliep"  # type: ignore[union-attr]
    assert [r.parts(b.parts) for b in main[-1].blocks[1:] if isinstance(b, Paragraph)] == [
        "In 2023 koos de raad voor B.",
        "De teams volgden in 2024.",
    ]
    from model import load_case_file

    spec, _ = load_case_file(Path(__file__).resolve().parents[1] / "data" / "example-case.json")
    assert not spec.units and not spec.epilogue
    plain = build_report(spec, with_robustness=False)
    assert "epilogue" not in [s.key for s in plain.sections]
    assert "units" not in [s.key for s in plain.sections]


def test_estimates_and_hindsight_are_marked_in_the_annex() -> None:
    case = units_case()
    report = build_report(case, with_robustness=False, sections=["matrix", "sources"])
    r = Renderer("nl")
    tables = [b for b in report.sections[0].blocks if isinstance(b, Table)]
    matrix = tables[0]
    x_row = next(row for row in matrix.rows if r.text(row[0]) == "X")
    y_row = next(row for row in matrix.rows if r.text(row[0]) == "Y")
    assert r.text(x_row[1]).endswith("†")  # a's score on x: source dated after as_of
    assert r.text(y_row[1]).endswith("*")  # a's score on y: marked as an estimate
    per_option = tables[1]
    texts = [r.text(row[2]) for row in per_option.rows]
    assert "bron van na het besluit: 2022" in texts[0]
    assert "(inschatting)" in texts[1]
    sources = report.sections[1].blocks
    items = [r.parts(i) for b in sources if isinstance(b, Bullets) for i in b.items]
    assert items == ["[1] Raadsvoorstel", "[2] Inschatting van de griffie"]


def test_dutch_and_english_have_the_same_sentences() -> None:
    from report.texts import EN, NL

    assert set(NL) == set(EN)
    for code in NL:
        fields = set(re.findall(r"{(\w+)}", NL[code]))
        assert fields == set(re.findall(r"{(\w+)}", EN[code])), code
