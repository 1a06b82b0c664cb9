"""Units in the document: schema 2, the migration from schema 1, and the unit commands."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from model import Case, dump_case, load_case_data, load_case_file
from model import document_schema as schema
from model.case import Unit
from model.commands import Command, RemoveOption, SetScore, command_from_json, edit_score
from model.document import Document, DocumentError
from model.unit_commands import (
    AddUnit,
    RemoveUnit,
    SetAsOf,
    SetEpilogue,
    SetExclusion,
    SetUnit,
    own_score_count,
    rename_unit,
)
from tests.model.units_case import units_case_data

V1_SQL = Path(__file__).with_name("data") / "document_v1.sql"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def full_data() -> dict[str, Any]:
    data = units_case_data()
    data["as_of"] = "2019-06"
    data["epilogue"] = "Heemstede en Bloemendaal kozen per team."
    data["scores"][0].update(estimate=True, source_date="2019-05", source="Notitie", low=70)
    data["scores"][6].update(estimate=True, source_date="2020", rationale="Eigen inschatting")
    data["units"][0]["size"] = 2.5
    return data


@pytest.fixture
def case() -> Case:
    return load_case_data(full_data())[0]


def test_json_document_json_is_lossless_with_units(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "u.vormkeuze"
    Document.create(path, case).close()
    back = load_case_file(path)[0]
    assert back == case
    assert dump_case(back) == full_data()
    with Document.open(path) as d:
        assert d.case == case
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM unit_scores").fetchone() == (2,)
    assert conn.execute("SELECT unit, option, reason FROM unit_exclusions").fetchall() == [
        ("t2", "a", "Kan dit team niet dienen.")
    ]
    assert conn.execute("SELECT as_of, epilogue FROM case_info").fetchone()[0] == "2019-06"
    conn.close()


def test_a_version_1_document_migrates_once_and_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v1.vormkeuze"
    conn = sqlite3.connect(path)
    conn.executescript(V1_SQL.read_text(encoding="utf-8"))
    before = {
        t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        for t in ("options", "criteria", "levels", "profiles", "weights", "history", "snapshots")
    }
    old_scores = conn.execute("SELECT * FROM scores ORDER BY position").fetchall()
    conn.close()
    old_bytes = sha(path)
    v1_case = None
    with Document.open(path) as d:
        assert d.migrated_from == 1
        assert d.backup_path is not None and d.backup_path.name == "v1.vormkeuze.v1.bak"
        assert d.meta()["schema_version"] == str(schema.SCHEMA_VERSION) == "2"
        v1_case = d.case
        assert v1_case.units is None and v1_case.as_of is None
        assert all(not s.estimate and s.source_date is None for s in v1_case.scores)
        # the migrated document takes units straight away
        d.apply(AddUnit(unit=Unit(id="communicatie", name="Communicatie", size=9)))
    kept = sqlite3.connect(d.backup_path)  # the backup is the document as it was
    assert kept.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("1",)
    assert kept.execute("SELECT count(*) FROM sqlite_master WHERE name = 'units'").fetchone() == (
        0,
    )
    assert kept.execute("SELECT * FROM scores ORDER BY position").fetchall() == old_scores
    kept.close()
    assert sha(path) != old_bytes
    conn = sqlite3.connect(path)
    for t, rows in before.items():
        now = conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
        assert now[: len(rows)] == rows if t == "history" else now == rows
    scores = conn.execute("SELECT * FROM scores ORDER BY position").fetchall()
    assert [r[:-2] for r in scores] == old_scores  # same rows, two new columns
    assert {r[-2:] for r in scores} == {(0, None)}
    conn.close()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name)
    with Document.open(path) as again:
        assert again.migrated_from is None
        assert again.case.unit_ids == ("communicatie",)
        assert again.case.replace(units=None) == v1_case
    assert sorted(p.name for p in tmp_path.iterdir() if ".bak" in p.name) == backups


def test_a_newer_document_is_refused_untouched(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "nieuw.vormkeuze"
    Document.create(path, case).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    old = sha(path)
    with pytest.raises(DocumentError) as err:
        Document.open(path)
    assert err.value.issues[0].code == "document_too_new"
    assert err.value.issues[0].params["found"] == 3
    assert sha(path) == old
    assert not any(".bak" in p.name for p in tmp_path.iterdir())


def _unit_commands(case: Case) -> list[Command]:
    return [
        AddUnit(unit=Unit(id="t4", name="Team vier", size=3), index=1),
        rename_unit(case, "t1", "Communicatie"),
        SetUnit(unit_id="t3", unit=case.unit("t3").replace(size=7, description=None)),
        RemoveUnit(unit_id="t3"),  # takes its own score along; undo brings it back
        SetExclusion(unit_id="t1", option="b", reason="Geen mandaat."),
        SetExclusion(unit_id="t2", option="a", reason=None),  # admit again
        SetExclusion(unit_id="t2", option="a", reason="Andere reden."),  # change the reason
        edit_score(case, "b", "x", unit="t1", value=99),  # a new own score
        edit_score(case, "c", "x", unit="t3", value=10, estimate=True),  # change an own score
        SetScore(option="c", criterion="x", unit="t3", score=None),  # reset to case-wide
        SetAsOf(as_of="2020"),
        SetAsOf(as_of=None),
        SetEpilogue(epilogue="Later anders besloten."),
        SetEpilogue(epilogue=None),
        RemoveOption(option_id="a"),  # drops t2's exclusion of a and the unit scores of a
    ]


@pytest.mark.parametrize("index", range(15))
def test_every_unit_command_is_undone_exactly(case: Case, index: int) -> None:
    command = _unit_commands(case)[index]
    new, inverse = command.apply(case)
    assert new != case
    back, again = inverse.apply(new)
    assert back == case
    assert again.apply(back)[0] == new  # redo
    # every command and inverse travels through the history as JSON
    assert command_from_json(json.loads(json.dumps(command.to_json()))) == command
    assert command_from_json(json.loads(json.dumps(inverse.to_json()))) == inverse


def test_remove_unit_takes_its_own_scores(case: Case) -> None:
    assert own_score_count(case, "t3") == 1
    new, inverse = RemoveUnit(unit_id="t3").apply(case)
    assert new.unit_ids == ("t1", "t2")
    assert all(s.unit != "t3" for s in new.scores)
    assert inverse.apply(new)[0].scores == case.scores  # in their places


def test_unit_commands_refuse_what_breaks_the_rules(case: Case) -> None:
    from model.errors import CaseInvalid

    bad = [
        AddUnit(unit=Unit(id="t1", name="Dubbel")),
        SetExclusion(unit_id="t2", option="b", reason=" "),
        SetExclusion(unit_id="zz", option="b", reason="r"),
        SetExclusion(unit_id="t2", option="zz", reason="r"),
        SetAsOf(as_of="2019-13"),
        SetUnit(unit_id="t1", unit=case.unit("t1").replace(size=0)),
        edit_score(case, "a", "x", unit="zz", value=1),
    ]
    step, _ = SetExclusion(unit_id="t2", option="b", reason="r").apply(case)
    for command, base in [(c, case) for c in bad] + [
        (SetExclusion(unit_id="t2", option="c", reason="r"), step)  # would exclude all
    ]:
        with pytest.raises(CaseInvalid):
            command.apply(base)


def test_unit_commands_are_stored_with_a_history_row(tmp_path: Path, case: Case) -> None:
    path = tmp_path / "u.vormkeuze"
    Document.create(path, case).close()
    with Document.open(path) as d:
        start = d.history_count()
        commands = _unit_commands(d.case)
        in_turn = [c for c in commands if not isinstance(c, RemoveUnit)] + [commands[3]]
        for command in in_turn:
            d.apply(command)
        expected = d.case
        kinds = [e.kind for e in d.history()][start:]
    assert len(kinds) == 15
    assert set(kinds) == {
        "AddUnit",
        "SetUnit",
        "RemoveUnit",
        "SetExclusion",
        "SetScore",
        "SetAsOf",
        "SetEpilogue",
        "RemoveOption",
    }
    assert load_case_file(path)[0] == expected
    with Document.open(path) as d:
        assert d.case == expected
        # undo them all from the stored inverses, newest first
        for entry in reversed(d.history()[start:]):
            d.apply(command_from_json(entry.to_json()["inverse"]))
        assert d.case == case
