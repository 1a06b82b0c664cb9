"""The default case (resources/cases/heemstede-bloemendaal.json) is complete, valid and useful.

See docs/default-case.md for how the case was built.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from model import Case, check_case, dump_case, evaluate, load_case_file

ROOT = Path(__file__).resolve().parents[2]
CASE_PATH = ROOT / "resources" / "cases" / "heemstede-bloemendaal.json"

OPTION_IDS = ["pso", "rzm", "centrum", "bvo", "ambtelijke-fusie", "bestuurlijke-fusie"]
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"]
PROFILE_IDS = ["gelijk", "raad-heemstede", "raad-bloemendaal", "college", "rekenkamer"]
# Concerns the issue asks the criteria to cover (leaf ids).
REQUIRED_LEAVES = {
    "ontvlechtbaarheid",
    "btw",
    "transparantie",
    "sturing",
    "meetbaarheid",
    "prijs-kwaliteit",
    "kwetsbaarheid",
    "continuiteit",
    "werkgeverschap",
    "kaderstelling",
    "drukte",
    "transitiekosten",
    "rechtspositie",
    "juridische-borging",
}
SAATY_RI = [0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
# A few very common Dutch words; every text of some length contains at least one.
DUTCH_WORDS = {
    "de", "het", "een", "en", "van", "in", "is", "op", "met", "voor", "niet", "die", "dat",
    "zijn", "er", "bij", "als", "of", "aan", "om", "wordt", "geen", "tot", "uit", "naar",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CASE_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def case() -> Case:
    loaded, warnings = load_case_file(CASE_PATH)
    assert warnings == [], warnings
    return loaded


def _levels(case: Case, leaf_id: str) -> dict[str, float]:
    scale = case.node_by_id[leaf_id].scale
    assert scale is not None and scale.kind == "qualitative" and scale.levels
    return {lv.label: float(lv.value) for lv in scale.levels}


def _texts(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Every user-facing text of the case with its place."""
    out = [("title", raw["title"]), ("description", raw["description"])]
    for i, o in enumerate(raw["options"]):
        for key in ("name", "description", "legal_basis"):
            out.append((f"options[{i}].{key}", o[key]))

    def walk(nodes: list[dict[str, Any]], place: str) -> None:
        for i, n in enumerate(nodes):
            out.append((f"{place}[{i}].name", n["name"]))
            out.append((f"{place}[{i}].description", n["description"]))
            walk(n.get("children", []), f"{place}[{i}].children")

    walk(raw["criteria"], "criteria")
    for i, s in enumerate(raw["scores"]):
        out.append((f"scores[{i}].rationale", s["rationale"]))
        out.append((f"scores[{i}].source", s["source"]))
    for i, p in enumerate(raw["profiles"]):
        out.append((f"profiles[{i}].name", p["name"]))
        out.append((f"profiles[{i}].description", p["description"]))
    return out


# --- file and validation --------------------------------------------------------------------


def test_loads_and_validates_without_warnings(case: Case) -> None:
    assert check_case(case) == []


def test_header_language_and_disclaimer(raw: dict[str, Any]) -> None:
    assert raw["format"] == "vormkeuze/case"
    assert raw["version"] == 1
    assert raw["language"] == "nl"
    assert "geen juridisch of fiscaal advies" in raw["description"]
    assert "illustratief" in raw["description"]


def test_file_is_pretty_printed_utf8(raw: dict[str, Any]) -> None:
    text = CASE_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(raw, indent=2, ensure_ascii=False) + "\n"


def test_round_trip_is_identical(case: Case, raw: dict[str, Any]) -> None:
    assert dump_case(case) == raw


# --- options and criteria -------------------------------------------------------------------


def test_options_have_description_legal_basis_and_palette_colour(case: Case) -> None:
    assert [o.id for o in case.options] == OPTION_IDS
    assert [o.color for o in case.options] == OKABE_ITO
    for o in case.options:
        assert o.name.strip()
        assert o.description and o.description.strip(), o.id
        assert o.legal_basis and o.legal_basis.strip(), o.id


def test_criteria_tree_shape(case: Case) -> None:
    assert 3 <= len(case.criteria) <= 4
    for group in case.criteria:
        assert group.children, group.id
        assert all(child.scale is not None for child in group.children), group.id
    leaf_ids = [leaf.id for leaf in case.leaves()]
    assert 12 <= len(leaf_ids) <= 14
    assert set(leaf_ids) >= REQUIRED_LEAVES


def test_every_node_has_a_description(case: Case) -> None:
    for node in case.nodes():
        assert node.description and node.description.strip(), node.id
    for leaf in case.leaves():
        assert leaf.description is not None
        assert leaf.description.startswith("Hoog:"), leaf.id
        assert "Herkomst:" in leaf.description, leaf.id


def test_leaves_use_the_five_level_scale(case: Case) -> None:
    for leaf in case.leaves():
        assert _levels(case, leaf.id) == {"--": 0, "-": 25, "0": 50, "+": 75, "++": 100}


# --- scores ---------------------------------------------------------------------------------


def test_every_pair_has_one_score_with_rationale_and_source(case: Case) -> None:
    pairs = [(s.option, s.criterion) for s in case.scores]
    assert len(pairs) == len(set(pairs))
    expected = {(o.id, leaf.id) for o in case.options for leaf in case.leaves()}
    assert set(pairs) == expected
    for s in case.scores:
        assert s.rationale and s.rationale.strip(), (s.option, s.criterion)
        assert s.source and s.source.strip(), (s.option, s.criterion)


def test_sources_are_the_seed_or_a_named_url(case: Case) -> None:
    for s in case.scores:
        assert s.source is not None
        assert "Raadsvoorstel Heemstede 2019" in s.source or "https://" in s.source, s


def test_rationales_are_short(case: Case) -> None:
    for s in case.scores:
        assert s.rationale is not None
        sentences = [x for x in re.split(r"(?<=[.!?])\s+", s.rationale.strip()) if x]
        assert 1 <= len(sentences) <= 3, (s.option, s.criterion, s.rationale)


def test_ranges_bracket_the_value(case: Case) -> None:
    for s in case.scores:
        levels = _levels(case, s.criterion)
        value = levels[str(s.value)]
        low = levels[str(s.low)] if s.low is not None else value
        high = levels[str(s.high)] if s.high is not None else value
        assert low <= value <= high, (s.option, s.criterion)


def test_estimates_are_marked_and_some_scores_are_sourced(case: Case) -> None:
    estimates = [s for s in case.scores if s.rationale and s.rationale.startswith("Inschatting:")]
    assert estimates, "judgements must say so"
    assert len(estimates) < len(case.scores), "not every score can be a judgement"


def test_all_texts_are_non_empty_dutch(raw: dict[str, Any]) -> None:
    for place, text in _texts(raw):
        assert isinstance(text, str) and text.strip(), place
        if place.endswith((".source", ".name", "title")):
            continue  # names, titles and citations need not be sentences
        words = re.findall(r"[a-zà-ÿ]+", text.lower())
        if len(words) >= 6:
            assert DUTCH_WORDS & set(words), (place, text)


# --- profiles -------------------------------------------------------------------------------


def test_profiles_and_descriptions(case: Case) -> None:
    assert [p.id for p in case.profiles] == PROFILE_IDS
    for p in case.profiles:
        assert p.name.strip()
        assert p.description and p.description.strip(), p.id


def test_profiles_show_rank_and_ahp_elicitation(case: Case) -> None:
    methods = {e.method for p in case.profiles for e in (p.elicitation or ())}
    assert {"rank", "ahp"} <= methods


def test_ahp_matrices_are_consistent(case: Case) -> None:
    for p in case.profiles:
        for e in p.elicitation or ():
            if e.method != "ahp":
                continue
            assert e.matrix is not None
            m = np.array(e.matrix, dtype=float)
            n = len(m)
            lam = max(np.linalg.eigvals(m).real)
            cr = ((lam - n) / (n - 1)) / SAATY_RI[min(n, 10)] if n > 2 else 0.0
            assert cr <= 0.10, (p.id, e.node, cr)
            assert evaluate(case, p.id).consistency[e.node] == pytest.approx(cr, abs=1e-6)


def test_every_profile_evaluates(case: Case) -> None:
    for p in case.profiles:
        ev = evaluate(case, p.id)
        assert sorted(ev.ranking) == sorted(OPTION_IDS)
        assert all(0.0 <= v <= 100.0 for v in ev.values.values())
        assert ev.ranks[ev.ranking[0]] == 1


def test_ranking_differs_between_profiles(case: Case) -> None:
    rankings = {p.id: tuple(evaluate(case, p.id).ranking) for p in case.profiles}
    assert any(a != b for a, b in combinations(rankings.values(), 2)), rankings


def test_equal_weights_profile_is_equal_per_leaf(case: Case) -> None:
    weights = evaluate(case, "gelijk").weights
    n = len(weights)
    assert all(w == pytest.approx(1 / n) for w in weights.values())


# --- command line ---------------------------------------------------------------------------


@pytest.mark.skipif(not (ROOT / "cli" / "main.py").exists(), reason="command line not built yet")
@pytest.mark.parametrize("profile", PROFILE_IDS)
def test_cli_analyse_runs_on_every_profile(case: Case, profile: str) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from cli.main import main; sys.exit(main())",
            "analyse",
            str(CASE_PATH),
            "--profile",
            profile,
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["profile"] == profile
    assert [o["id"] for o in out["options"]] == evaluate(case, profile).ranking
