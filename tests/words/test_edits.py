"""The vocabulary of edits on the words floor: both forms of every name in both languages, the
history row's subject and details, numbers in the reader's language; no Qt needed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

import resources
from model.case import Case
from model.commands import Command, RemoveOption, SetCaseInfo, SetWeight, edit_score
from model.document import HistoryEntry
from model.io import load_case_file
from words import edits
from words.edits import (
    CATEGORIES,
    NAMES,
    EditName,
    category_names,
    command_label,
    edit_name,
    kind_name,
)
from words.history import entry_words, value_words
from words.numbers import plain


@pytest.fixture
def case() -> Case:
    return load_case_file(resources.default_case_path())[0]


@pytest.fixture
def installed() -> Iterator[None]:
    """Put back the language in use after a test that changes it."""
    before = edits.language()
    yield
    edits.use_language(before)


def entry(command: Command, inverse: Command) -> HistoryEntry:
    """The history row a document keeps for ``command`` and its inverse."""
    return HistoryEntry(
        id=1,
        time="2026-12-01T10:00:00+00:00",
        author="anna",
        kind=command.kind,
        label="",
        command=command.to_json(),
        inverse=inverse.to_json(),
    )


def test_every_key_has_both_forms_in_both_languages() -> None:
    assert set(NAMES) == set(CATEGORIES)
    for key in NAMES:
        name = EditName(key)
        assert name.action("nl") != name.action("en"), key
        assert name.past("nl") != name.past("en"), key
        assert name.action("nl") != name.past("nl"), key


def test_the_words_the_app_showed_are_kept() -> None:
    assert EditName("score.rationale").action("nl") == "Onderbouwing wijzigen"
    assert EditName("score.rationale").past("nl") == "Onderbouwing gewijzigd"
    assert EditName("weight.workshop").past("en") == "Weight changed (workshop copy)"
    assert EditName("option.remove", undone=True).action("nl") == (
        "Ongedaan maken: Optie verwijderen"
    )
    assert EditName("option.remove", undone=True).past("nl") == (
        "Ongedaan gemaakt: Optie verwijderen"
    )
    assert EditName("option.remove", undone=True).past("en") == "Undone: Remove option"
    assert category_names("nl")[0] == ("", "Alle wijzigingen")
    assert dict(category_names("en"))["texts"] == "Rationales and sources"


def test_a_kind_this_version_does_not_know_is_shown_as_stored() -> None:
    assert kind_name("SetWeight").past("nl") == "Gewicht gewijzigd"
    assert kind_name("FromTheFuture").past("nl") == "FromTheFuture"
    assert kind_name("FromTheFuture").category == "case"


def test_without_a_language_the_words_follow_the_one_in_use(installed: None) -> None:
    edits.use_language("nl")
    assert command_label(SetCaseInfo(title="x")) == "Casusgegevens wijzigen"
    edits.use_language("en")
    assert command_label(SetCaseInfo(title="x")) == "Change case details"
    assert command_label(SetCaseInfo(title="x"), lang="nl") == "Casusgegevens wijzigen"


def test_a_row_names_things_and_writes_numbers_in_the_readers_language(case: Case) -> None:
    weight = SetWeight(profile_id="raad-heemstede", node="financien", value=62.5)
    _, inverse = weight.apply(case)
    profile = case.profile("raad-heemstede").name
    node = case.node_by_id["financien"].name
    before = plain(case.profile("raad-heemstede").weights["financien"], "nl")
    dutch = entry_words(entry(weight, inverse), case, "nl")
    assert (dutch.edit, dutch.subject) == ("Gewicht gewijzigd", f"{profile} · {node}")
    assert dutch.details == f"{before} → 62,5"
    assert dutch.change == f"Gewicht gewijzigd: {profile} · {node}"
    assert dutch.category == "weights"
    english = entry_words(entry(weight, inverse), case, "en")
    assert english.change == f"Weight changed: {profile} · {node}"
    assert english.details.endswith("→ 62.5")


def test_a_rationale_edit_shows_the_text_before_and_after(case: Case) -> None:
    command = edit_score(case, "pso", "btw", rationale="Nieuwe\n  onderbouwing")
    _, inverse = command.apply(case)
    words = entry_words(entry(command, inverse), case, "nl")
    assert words.edit == "Onderbouwing gewijzigd"
    assert words.details.endswith("→ Nieuwe onderbouwing")  # on one line
    assert edit_name(command, inverse).key == "score.rationale"


def test_a_removed_option_keeps_its_name(case: Case) -> None:
    removed, inverse = RemoveOption(option_id="pso").apply(case)
    words = entry_words(entry(RemoveOption(option_id="pso"), inverse), removed, "nl")
    assert words.change == f"Optie verwijderd: {case.option('pso').name}"


def test_a_row_that_cannot_be_read_back_is_named_by_its_kind(case: Case) -> None:
    damaged = HistoryEntry(1, "", "", "SetScore", "", {}, {}, damaged=True)
    words = entry_words(damaged, case, "nl")
    assert (words.edit, words.subject, words.details) == ("Score gewijzigd", "", "")
    unknown = HistoryEntry(2, "", "", "Later", "", {"kind": "Later"}, {})
    assert entry_words(unknown, case, "en").change == "Later"


def test_values_are_read_as_users_read_them() -> None:
    assert value_words(None, lang="nl") == "—"
    assert value_words(45.0, lang="nl") == "45"
    assert value_words(62.5, lang="nl") == "62,5"
    assert value_words(62.5, lang="en") == "62.5"
    assert value_words([1.5, "a"], lang="nl") == "1,5, a"
    assert value_words("x" * 100, limit=10) == "x" * 9 + "…"


def test_plain_numbers() -> None:
    assert plain(45.0, "nl") == "45"
    assert plain(10000, "nl") == "10.000"
    assert plain(10000, "en") == "10,000"
    assert plain(1234.5, "nl") == "1.234,5"
    assert plain(0.1234567, "nl") == "0,123457"
    assert plain(-3.25, "en") == "-3.25"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
def test_plain_numbers_read_back_the_same_in_both_languages(x: float) -> None:
    nl, en = plain(x, "nl"), plain(x, "en")
    assert float(en.replace(",", "")) == float(nl.replace(".", "").replace(",", "."))
    assert float(en.replace(",", "")) == pytest.approx(x, rel=1e-5, abs=1e-300)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_undone_snapshot_restore_reads_as_undone_not_as_the_edit_again(
    case: Case, lang: str
) -> None:
    from model.commands import replace_case
    from model.session import Session

    session = Session(case)
    changed = case.replace(title="Andere titel")
    restore = replace_case(case, changed)
    inverse = session.apply(restore)  # what the undo stack keeps for Ctrl+Z
    undo_of_undo = session.apply(inverse)  # Ctrl+Z: this row goes into the history
    done, undone = edits.edit_name(restore, inverse), edits.edit_name(inverse, undo_of_undo)
    assert not done.undone and undone.undone and done.key == undone.key == "snapshot"
    assert undone.past(lang) != done.past(lang)
    assert done.action(lang) in undone.past(lang)  # "Ongedaan gemaakt: Momentopname terugzetten"
    assert session.case.title == case.title
    # redo applies the restore itself again: the edit's own words
    assert edits.edit_name(restore, session.apply(restore)) == done
