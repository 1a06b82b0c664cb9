"""The default case (resources/cases/heemstede-bloemendaal.json) is complete, fair and useful.

What must hold, not its shape: every concern of the 2019 proposal has a home, every score is
argued, sourced and dated, judgements say so, exclusions say why, the teams have their own
scores where the facts differ, and the profiles quote what they are derived from.
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
from model.validation import date_after

ROOT = Path(__file__).resolve().parents[2]
CASE_PATH = ROOT / "resources" / "cases" / "heemstede-bloemendaal.json"
DOC_PATH = ROOT / "docs" / "default-case.md"
SEED_PATH = ROOT / "tests" / "data" / "raadsvoorstel-heemstede-2019.txt"

SAATY_RI = [0.0, 0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49]
FIVE_LEVELS = {"--": 0, "-": 25, "0": 50, "+": 75, "++": 100}
# The six teams the 2019 proposal names ("Vervolgproces").
TEAMS = {
    "Communicatie",
    "P&O",
    "Facilitaire Zaken",
    "Financiële Administratie",
    "Informatisering",
    "Handhaving openbare ruimte",
}
# A few very common Dutch words; every text of some length contains at least one.
DUTCH_WORDS = {
    "de", "het", "een", "en", "van", "in", "is", "op", "met", "voor", "niet", "die", "dat",
    "zijn", "er", "bij", "als", "of", "aan", "om", "wordt", "geen", "tot", "uit", "naar",
}  # fmt: skip
# A count of two to twenty written as a figure in running text ("3 teams"); article numbers,
# dates and weight points ("kaderstelling 15") are figures by rule.
SMALL_COUNT = re.compile(r"(?<![\w.,/(-])([2-9]|1[0-9]|20) (?P<next>[a-z]\w*)")
NOT_A_COUNT_BEFORE = ("art. ", "lid ", "artikel ", "onderdeel ", "nr. ")
MONTHS = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
}  # fmt: skip


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(CASE_PATH.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def case() -> Case:
    loaded, _ = load_case_file(CASE_PATH)
    return loaded


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC_PATH.read_text(encoding="utf-8")


def _normal(text: str) -> str:
    """Quotes compare on words: one kind of apostrophe and dash, no bullets, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\uf0b7", " ")
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def seed() -> str:
    return _normal(SEED_PATH.read_text(encoding="utf-8"))


def _unquoted(text: str) -> str:
    """The text without its quotations ('...'); an apostrophe inside a word stays."""
    text = re.sub(r"(?<=\w)'(?=\w)", "\u02bc", text)
    return re.sub(r"'[^']*'", "''", text).replace("\u02bc", "'")


def _table(doc: str, heading: str) -> list[list[str]]:
    """The body rows of the first markdown table under ``heading``, cells stripped."""
    section = doc.split(heading, 1)[1]
    rows: list[list[str]] = []
    started = False
    for line in section.splitlines():
        if line.startswith("|"):
            started = True
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if not all(set(c) <= set("-: ") for c in cells):
                rows.append(cells)
        elif started:
            break
    return rows[1:]  # without the header row


def _ticks(cell: str) -> list[str]:
    return re.findall(r"`([^`]+)`", cell)


def _levels(case: Case, leaf_id: str) -> dict[str, float]:
    scale = case.node_by_id[leaf_id].scale
    assert scale is not None and scale.kind == "qualitative" and scale.levels
    return {lv.label: float(lv.value) for lv in scale.levels}


def _texts(raw: dict[str, Any]) -> list[tuple[str, str]]:
    """Every user-facing text of the case with its place."""
    out = [("title", raw["title"]), ("description", raw["description"])]
    out.append(("epilogue", raw["epilogue"]))
    for i, o in enumerate(raw["options"]):
        for key in ("name", "description", "legal_basis"):
            out.append((f"options[{i}].{key}", o[key]))

    def walk(nodes: list[dict[str, Any]], place: str) -> None:
        for i, n in enumerate(nodes):
            out.append((f"{place}[{i}].name", n["name"]))
            out.append((f"{place}[{i}].description", n["description"]))
            walk(n.get("children", []), f"{place}[{i}].children")

    walk(raw["criteria"], "criteria")
    for i, u in enumerate(raw["units"]):
        out.append((f"units[{i}].name", u["name"]))
        out.append((f"units[{i}].description", u["description"]))
        for j, e in enumerate(u.get("exclude", [])):
            out.append((f"units[{i}].exclude[{j}].reason", e["reason"]))
    for i, s in enumerate(raw["scores"]):
        out.append((f"scores[{i}].rationale", s["rationale"]))
        out.append((f"scores[{i}].source", s["source"]))
    for i, p in enumerate(raw["profiles"]):
        out.append((f"profiles[{i}].name", p["name"]))
        out.append((f"profiles[{i}].description", p["description"]))
    return out


# --- file and validation --------------------------------------------------------------------


def test_validates_with_only_hindsight_warnings_on_rationales_that_say_so(case: Case) -> None:
    issues = check_case(case)
    assert issues, "the case names its evidence from hindsight"
    for issue in issues:
        assert issue.severity == "warning" and issue.code == "hindsight_source", issue
        k = int(re.fullmatch(r"scores\[(\d+)\]\.source_date", issue.place).group(1))  # type: ignore[union-attr]
        score = case.scores[k]
        assert score.rationale is not None and "Achteraf" in score.rationale, score


def test_header_language_as_of_and_disclaimer(raw: dict[str, Any]) -> None:
    assert raw["format"] == "vormkeuze/case"
    assert raw["version"] == 1
    assert raw["language"] == "nl"
    assert raw["as_of"].startswith("2020-0")  # the step-2 moment, early 2020
    assert "geen juridisch of fiscaal advies" in raw["description"]
    assert "illustratief" in raw["description"]


def test_the_outcome_is_in_the_epilogue_not_in_the_opening(raw: dict[str, Any]) -> None:
    # What the municipalities did (2021, 2023) must not anchor the workshop ...
    for place, text in _texts(raw):
        if place != "epilogue":
            assert "Bloemendaal als centrumgemeente" not in text, place
            assert "GR DIT" not in text and "2023" not in text, place
    # ... and the epilogue says it per team, with sources.
    epilogue = raw["epilogue"]
    for team in ("Informatisering", "Financiële Administratie", "Handhaving openbare ruimte"):
        assert team in epilogue
    assert "ontvlochten" in epilogue
    assert "CVDR695455" in epilogue and "CVDR389180" in epilogue
    assert "Heemstede als centrumgemeente" in epilogue
    assert "Bloemendaal als centrumgemeente" in epilogue


def test_file_is_pretty_printed_utf8(raw: dict[str, Any]) -> None:
    text = CASE_PATH.read_text(encoding="utf-8")
    assert text == json.dumps(raw, indent=2, ensure_ascii=False) + "\n"


def test_round_trip_is_identical(case: Case, raw: dict[str, Any]) -> None:
    assert dump_case(case) == raw


# --- units ----------------------------------------------------------------------------------


def test_units_are_the_six_teams_of_2019(case: Case) -> None:
    assert case.units is not None
    assert {u.name for u in case.units} == TEAMS
    for u in case.units:
        assert u.description and u.description.strip(), u.id


def test_sizes_only_with_a_source_else_equal_and_said(case: Case, raw: dict[str, Any]) -> None:
    assert case.units is not None
    if all(u.size == 1 for u in case.units):
        assert "even zwaar" in raw["description"]  # equal, and the case says why
    else:
        for u in raw["units"]:
            assert "size" not in u or "http" in u["description"], u["id"]


def test_every_exclusion_has_a_reason(case: Case) -> None:
    assert case.units is not None
    exclusions = [(u, e) for u in case.units for e in u.exclude or ()]
    assert exclusions
    for u, e in exclusions:
        assert len(e.reason.split()) >= 8, (u.id, e.option)


def test_units_have_their_own_scores_where_the_doc_says_the_facts_differ(
    case: Case, doc: str
) -> None:
    rows = _table(doc, "## Where the facts differ per team")
    by_unit = {row[0].strip("`"): row for row in rows}
    assert case.units is not None
    assert set(by_unit) == {u.id for u in case.units}, "every team is listed, also without"
    for unit_id, row in by_unit.items():
        leaves = _ticks(row[1])
        own = case.unit_scores.get(unit_id, {})
        for leaf in leaves:
            assert leaf in case.leaf_ids, (unit_id, leaf)
            assert any(c == leaf for _, c in own), (unit_id, leaf)
        assert {c for _, c in own} <= set(leaves), (unit_id, "own scores the doc does not list")
    for unit_id in ("informatisering", "handhaving", "financiele-administratie"):
        assert _ticks(by_unit[unit_id][1]), unit_id


def test_every_unit_can_be_analysed(case: Case) -> None:
    assert case.units is not None
    for u in case.units:
        for p in case.profiles:
            ev = evaluate(case, p.id, unit=u.id)
            assert set(ev.ranking) == set(case.option_ids) - set(u.excluded), (u.id, p.id)


# --- options and criteria -------------------------------------------------------------------


def test_options_have_description_legal_basis_and_distinct_colours(case: Case) -> None:
    colours = [o.color for o in case.options]
    assert len(set(colours)) == len(colours)
    for o in case.options:
        assert o.name.strip()
        assert o.description and o.description.strip(), o.id
        assert o.legal_basis and o.legal_basis.strip(), o.id


def test_ontvlechten_is_an_option_and_the_centrum_says_whose_side(case: Case) -> None:
    assert "ontvlechten" in case.option_ids
    centrum = case.option("centrum").description or ""
    assert "centrumgemeente" in centrum and "partnergemeente" in centrum
    for fusion in ("ambtelijke-fusie", "bestuurlijke-fusie"):
        assert "Reikwijdte: de hele" in (case.option(fusion).description or ""), fusion


def test_criteria_tree_is_readable(case: Case) -> None:
    for group in case.criteria:
        assert group.children, group.id
        assert 2 <= len(group.children) <= 6, group.id
        assert all(child.scale is not None for child in group.children), group.id


def test_zelfstandigheid_is_apart_from_the_councils_role(case: Case) -> None:
    assert {"zelfstandigheid", "kaderstelling"} <= set(case.leaf_ids)
    assert "zelfstandig" not in case.node_by_id["kaderstelling"].name.lower()


def test_every_node_has_a_description_with_its_origin(case: Case) -> None:
    for node in case.nodes():
        assert node.description and node.description.strip(), node.id
    for leaf in case.leaves():
        assert leaf.description is not None
        assert leaf.description.startswith("Een hoge score betekent:"), leaf.id
        assert "Herkomst:" in leaf.description, leaf.id


def test_leaves_use_the_five_level_scale(case: Case) -> None:
    for leaf in case.leaves():
        assert _levels(case, leaf.id) == FIVE_LEVELS


def test_every_concern_of_2019_has_a_criterion_or_a_note(
    case: Case, raw: dict[str, Any], doc: str
) -> None:
    rows = _table(doc, "## Concerns of the 2019 proposal")
    assert len(rows) >= 40, "the review lists 41 concerns"
    description = raw["description"].lower()
    for row in rows:
        homes = _ticks(row[2])
        assert homes, row
        found = False
        for home in homes:
            kind, _, name = home.rpartition(":")
            if kind == "":
                assert name in case.node_by_id, (row[0], name)
                found = True
            elif kind == "note":
                assert name.lower() in description, (row[0], name)
                found = True
            elif kind == "unit":
                assert name in case.unit_by_id, (row[0], name)
            elif kind == "option":
                assert name in case.option_ids, (row[0], name)
            elif kind == "profile":
                assert name in {p.id for p in case.profiles}, (row[0], name)
            else:
                raise AssertionError(f"unknown kind of home {home!r} in row {row[0]}")
        assert found, f"concern {row[0]} has no criterion and no note"


def test_every_review_finding_is_answered(doc: str) -> None:
    rows = _table(doc, "## How each review finding was handled")
    ids = {row[0] for row in rows}
    for wanted in [f"W{i}" for i in range(1, 7)] + [f"D-O{i}" for i in range(1, 11)]:
        assert wanted in ids, wanted
    for i in range(1, 12):
        assert f"L{i}" in ids, f"language point {i}"
    for row in rows:
        assert len(row[-1].split()) >= 3, row


# --- scores ---------------------------------------------------------------------------------


def test_every_pair_has_one_case_wide_score(case: Case) -> None:
    keys = [(s.option, s.criterion, s.unit) for s in case.scores]
    assert len(keys) == len(set(keys))
    expected = {(o.id, leaf.id) for o in case.options for leaf in case.leaves()}
    assert set(case.score_by_pair) == expected


def test_every_cell_has_rationale_source_and_source_date(case: Case) -> None:
    for s in case.scores:
        where = (s.option, s.criterion, s.unit)
        assert s.rationale and s.rationale.strip(), where
        assert s.source and s.source.strip(), where
        assert s.source_date and re.fullmatch(r"\d{4}(-\d{2}){0,2}", s.source_date), where
        assert "Raadsvoorstel Heemstede 2019" in s.source or "https://" in s.source, where


def test_source_date_is_the_latest_cited_source(case: Case) -> None:
    """A score citing a source from after as_of is dated after as_of (no hindsight hidden)."""
    assert case.as_of is not None
    hindsight_urls = ("sleutelstad.nl/2021", "nhnieuws.nl/nieuws/286586", "CVDR695455", "d66.nl")
    for s in case.scores:
        assert s.source is not None and s.source_date is not None
        if any(u in s.source for u in hindsight_urls):
            assert date_after(s.source_date, case.as_of), (s.option, s.criterion, s.unit)


def test_every_estimate_is_flagged(case: Case) -> None:
    for s in case.scores:
        assert s.rationale is not None
        says_judgement = s.rationale.startswith("Inschatting") or "is een verwachting" in (
            s.rationale
        )
        if says_judgement:
            assert s.estimate, (s.option, s.criterion, s.unit)
    estimates = [s for s in case.scores if s.estimate]
    assert estimates, "judgements must say so"
    assert len(estimates) < len(case.scores), "not every score can be a judgement"


def test_motive_and_expectation_cells_are_estimates(case: Case) -> None:
    # The review: a motive or a self-description is not an outcome.
    for s in case.scores:
        if s.rationale and re.search(r"motief|verwachting|presenteert zich", s.rationale):
            assert s.estimate, (s.option, s.criterion, s.unit)


def test_estimates_that_are_not_near_certain_have_a_range(case: Case) -> None:
    for s in case.scores:
        if s.estimate and s.value not in ("++", "--"):
            assert s.low is not None or s.high is not None, (s.option, s.criterion, s.unit)


def test_ranges_bracket_the_value(case: Case) -> None:
    for s in case.scores:
        levels = _levels(case, s.criterion)
        value = levels[str(s.value)]
        low = levels[str(s.low)] if s.low is not None else value
        high = levels[str(s.high)] if s.high is not None else value
        assert low <= value <= high, (s.option, s.criterion, s.unit)


def test_rationales_are_short(case: Case) -> None:
    for s in case.scores:
        assert s.rationale is not None
        text = re.sub(r"\b(art|nr|lid)\.", r"\1", s.rationale.strip())
        sentences = [x for x in re.split(r"(?<=[.!?])\s+(?=[A-Z'(])", text) if x]
        assert 1 <= len(sentences) <= 3, (s.option, s.criterion, s.unit, s.rationale)


def test_review_corrections_stay_corrected(case: Case) -> None:
    pso_kader = case.score_by_pair[("pso", "kaderstelling")].rationale or ""
    assert "geen formele rechten" not in pso_kader  # W1
    assert "169 lid 4" in pso_kader
    vorm = case.node_by_id["vorm"].description or ""
    assert "meetbaar en beheersbaar" in vorm  # W2: the tension the proposal names
    bvo_transparantie = case.score_by_pair[("bvo", "transparantie")].rationale or ""
    assert "jaarrekening die aan de raden wordt toegezonden" in bvo_transparantie  # W3
    assert "tussen de gemeenten" in (case.option("pso").legal_basis or "")  # W5
    assert "in mandaat" in (case.option("centrum").description or "")  # W6
    # rechtspositie: the partner's staff change employer in both forms (review §3)
    assert (
        case.score_by_pair[("centrum", "rechtspositie")].value
        == case.score_by_pair[("bvo", "rechtspositie")].value
    )


def test_all_texts_are_non_empty_dutch(raw: dict[str, Any]) -> None:
    for place, text in _texts(raw):
        assert isinstance(text, str) and text.strip(), place
        if place.endswith((".source", ".name", "title")):
            continue  # names, titles and citations need not be sentences
        words = re.findall(r"[a-zà-ÿ]+", text.lower())
        if len(words) >= 6:
            assert DUTCH_WORDS & set(words), (place, text)


def test_small_counts_are_written_in_words(raw: dict[str, Any]) -> None:
    for place, text in _texts(raw):
        if place.endswith(".source") or place.startswith("profiles["):
            continue  # citations, and profiles, whose figures are weight points
        text = _unquoted(text)  # a quotation keeps its own figures
        for m in SMALL_COUNT.finditer(text):
            if text[: m.start()].lower().endswith(NOT_A_COUNT_BEFORE) or m.group("next") in MONTHS:
                continue
            raise AssertionError(f"{place}: write {m.group(0)!r} in words")


def test_rekenkamercommissie_not_rekenkamer(raw: dict[str, Any]) -> None:
    for place, text in _texts(raw):
        if place.endswith(".source"):
            continue
        for m in re.finditer(r"\brekenkamer\w*", text, flags=re.IGNORECASE):
            assert m.group(0).lower().startswith("rekenkamercommissie"), (place, text)


# --- profiles -------------------------------------------------------------------------------


def test_profiles_are_described_as_derived_readings(case: Case) -> None:
    derived = [p for p in case.profiles if p.id != "gelijk"]
    assert derived
    for p in derived:
        assert "afgeleid" in p.name.lower(), p.id
        text = p.description or ""
        assert text.startswith("Afgeleid door de opsteller"), p.id
        assert re.search(r"niet door (de|het) \w+( als weging)? vastgesteld", text), p.id


def test_profiles_quote_the_source(case: Case, seed: str) -> None:
    for p in case.profiles:
        if p.id == "gelijk":
            continue
        # an apostrophe inside a word (risico's) is not a quotation mark
        text = re.sub(r"(?<=\w)'(?=\w)", "\u02bc", _normal(p.description or ""))
        pairs = re.findall(r"'([^']*)'", text)  # quotation marks pair up in order
        quotes = [q.replace("\u02bc", "'") for q in pairs if len(q) >= 12]
        assert len(quotes) >= 5, p.id
        for q in quotes:
            for part in q.split("..."):
                part = part.strip(" .")
                if len(part) >= 8 and not part.startswith(("Zienswijze raden", "Achtergrond")):
                    assert part in seed, (p.id, part)


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
        assert sorted(ev.ranking) == sorted(case.option_ids)
        assert all(0.0 <= v <= 100.0 for v in ev.values.values())
        assert ev.ranks[ev.ranking[0]] == 1


def test_ranking_differs_between_profiles(case: Case) -> None:
    rankings = {p.id: tuple(evaluate(case, p.id).ranking) for p in case.profiles}
    assert any(a != b for a, b in combinations(rankings.values(), 2)), rankings


def test_equal_weights_profile_is_equal_per_leaf(case: Case) -> None:
    assert case.profiles[0].id == "gelijk"  # the neutral opening view is the default
    weights = evaluate(case, "gelijk").weights
    n = len(weights)
    assert all(w == pytest.approx(1 / n) for w in weights.values())


# --- command line ---------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "import sys; from cli.main import main; sys.exit(main())", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_cli_analyse_runs_on_every_profile(case: Case) -> None:
    for p in case.profiles:
        proc = _cli("analyse", str(CASE_PATH), "--profile", p.id, "--format", "json")
        assert proc.returncode == 0, proc.stderr
        out = json.loads(proc.stdout)
        assert out["profile"] == p.id
        assert [o["id"] for o in out["options"]] == evaluate(case, p.id).ranking


def test_cli_validate_names_the_hindsight_sources() -> None:
    proc = _cli("validate", str(CASE_PATH))
    assert proc.returncode == 0, proc.stderr
    assert "na het beslismoment" in proc.stdout + proc.stderr
