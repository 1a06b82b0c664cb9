"""``vormkeuze history DOC`` speaks the app's history words: edits by name, things by name,
numbers in the chosen language; the JSON keeps its data and adds those words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.case import Criterion, Option, Scale
from model.commands import AddCriterion, SetCaseInfo, SetOption, SetWeight, edit_score
from model.document import Document
from model.unit_commands import add_unit
from tests.cli.run import captured as run


@pytest.fixture
def edited(tmp_path: Path, example_case_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A document with a score, weight, option, criterion, unit and case-info edit (by anna)."""
    path = tmp_path / "werk.vormkeuze"
    assert run(capsys, "import", str(example_case_path), "--to", str(path), lang="nl")[0] == 0
    with Document.open(path, author="anna") as doc:
        doc.apply(edit_score(doc.case, "centrum", "transitie", value=987.5))
        doc.apply(SetWeight(profile_id="raad", node="geld", value=62.5))
        doc.apply(SetOption(option_id="wgr", option=Option(id="wgr", name="Lichte regeling")))
        leaf = Criterion(
            id="draagvlak", name="Draagvlak", scale=Scale(kind="numeric", worst=0, best=10)
        )
        doc.apply(AddCriterion(parent="sturing", criterion=leaf))
        doc.apply(add_unit(doc.case, "Heemstede"))
        doc.apply(SetCaseInfo(title="Nieuwe titel"))
    return path


def rows(out: str) -> list[str]:
    lines = out.splitlines()
    return lines[1:]  # below the header


def test_the_table_names_edits_and_things_in_dutch(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", str(edited), lang="nl")
    assert code == 0, err
    header = out.splitlines()[0].split()
    assert header == ["Nr.", "Tijd", "Auteur", "Wijziging", "Onderwerp", "Details"]
    score, weight, option, criterion, unit, info = rows(out)
    assert "anna" in score and "UTC" in score
    assert "Score gewijzigd" in score and "Centrumregeling · Transitiekosten" in score
    assert score.endswith("150 → 987,5")
    assert "Gewicht gewijzigd" in weight and "Raad · Financien" in weight
    assert weight.endswith("40 → 62,5")
    assert "Optie toegevoegd" in option and option.endswith("Lichte regeling")
    assert "Criterium toegevoegd" in criterion and criterion.endswith("Draagvlak")
    assert "Onderdeel toegevoegd" in unit and unit.endswith("Heemstede")
    assert "Casusgegevens gewijzigd" in info and info.endswith("Nieuwe titel")
    for raw in ("SetScore", "SetWeight", "SetOption", "AddCriterion", "AddUnit", "SetCaseInfo"):
        assert raw not in out  # kinds are data, not words
    assert "centrum / transitie" not in out and "raad / geld" not in out  # ids are not names


def test_the_table_names_edits_and_things_in_english(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "history", str(edited), lang="en")
    assert code == 0, err
    assert out.splitlines()[0].split() == ["No.", "Time", "Author", "Edit", "Subject", "Details"]
    score, weight, option, criterion, unit, info = rows(out)
    assert "Score changed" in score and score.endswith("150 → 987.5")
    assert "Weight changed" in weight and "Raad · Financien" in weight
    assert weight.endswith("40 → 62.5")
    assert "Option added" in option and "Criterion added" in criterion
    assert "Unit added" in unit and "Case details changed" in info


def test_the_json_keeps_its_data_and_adds_the_words(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "history", str(edited), "--format", "json", lang="en")
    assert code == 0
    entries = json.loads(out)["entries"]
    assert [e["kind"] for e in entries] == [
        "SetScore",
        "SetWeight",
        "SetOption",
        "AddCriterion",
        "AddUnit",
        "SetCaseInfo",
    ]
    data = {"id", "time", "author", "kind", "label", "command", "inverse"}
    assert all(set(e) == data | {"words"} for e in entries)
    assert entries[1]["command"] == {
        "kind": "SetWeight",
        "profile_id": "raad",
        "node": "geld",
        "value": 62.5,
    }
    assert entries[1]["words"] == {
        "edit": "Weight changed",
        "subject": "Raad · Financien",
        "details": "40 → 62.5",
        "category": "weights",
    }
    code, out, _ = run(capsys, "history", str(edited), "--format", "json", lang="nl")
    dutch = json.loads(out)["entries"]
    assert dutch[1]["words"]["edit"] == "Gewicht gewijzigd"
    assert [{k: v for k, v in e.items() if k != "words"} for e in dutch] == [
        {k: v for k, v in e.items() if k != "words"} for e in entries
    ]  # the data does not depend on the language


def test_an_undone_removal_names_what_it_brought_back(
    edited: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from model.commands import RemoveOption

    with Document.open(edited, author="bert") as doc:
        inverse = doc.apply(RemoveOption(option_id="wgr"))
        doc.apply(inverse)
    code, out, _ = run(capsys, "history", str(edited), lang="nl")
    assert code == 0
    removed, undone = rows(out)[-2:]
    assert "Optie verwijderd" in removed and removed.endswith("Lichte regeling")
    assert "Ongedaan gemaakt: Optie verwijderen" in undone and undone.endswith("Lichte regeling")
