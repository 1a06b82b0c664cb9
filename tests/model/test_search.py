"""Full-text search over the texts of a case (model.search)."""

from __future__ import annotations

import pytest

import resources
from model import load_case_file
from model.case import Case
from model.commands import SetOption, edit_score
from model.search import SearchIndex, fts_query


@pytest.fixture
def case() -> Case:
    c, _ = load_case_file(resources.default_case_path())
    return c


def cells_citing(case: Case, word: str) -> set[tuple[str, str]]:
    w = word.casefold()
    return {
        (s.option, s.criterion)
        for s in case.scores
        if w in (s.rationale or "").casefold() or w in (s.source or "").casefold()
    }


def test_finds_every_cell_that_cites_a_word(case: Case) -> None:
    index = SearchIndex(case)
    want = cells_citing(case, "rekenkamer")
    assert want, "the default case cites the rekenkamer"
    hits = index.search("rekenkamer")
    assert {(h.option, h.criterion) for h in hits if h.kind == "score"} == want
    assert all("rekenkamer" in h.text.casefold() for h in hits)


def test_prefixes_case_and_accents_are_ignored(case: Case) -> None:
    index = SearchIndex(case)
    assert index.search("REKENK") == index.search("rekenkamer")
    option = case.options[0]
    assert any(h.kind == "option" and h.option == option.id for h in index.search(option.name))
    leaf = case.node_by_id[case.leaf_ids[0]]
    assert any(h.criterion == leaf.id for h in index.search(leaf.name))
    assert index.search("") == [] and index.search('"*') == []
    assert fts_query('a "b" OR c') == '"a"* "b"* "OR"* "c"*'  # no FTS syntax from the user


def test_the_index_follows_edits(case: Case) -> None:
    index = SearchIndex(case)
    assert index.search("zonnewijzer") == []
    edited, _ = edit_score(case, "pso", "btw", source="Rapport Zonnewijzer 2025").apply(case)
    assert index.refresh(edited) == 1  # only the changed text is rewritten
    hits = index.search("zonnewijzer")
    assert [(h.kind, h.option, h.criterion, h.field) for h in hits] == [
        ("score", "pso", "btw", "source")
    ]
    renamed, _ = SetOption(
        option_id="pso", option=edited.option("pso").replace(name="Anders genoemd")
    ).apply(edited)
    index.refresh(renamed)
    assert [h.option for h in index.search("anders genoemd")] == ["pso"]
    index.refresh(case)
    assert index.search("zonnewijzer") == [] and index.search("anders genoemd") == []
