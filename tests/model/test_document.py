"""The working document: lossless storage, one history row per edit, snapshots, diff, refusals."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import model.document as document_module
import model.document_schema as schema
from model import CaseInvalid, check_case, dump_case, load_case_data, load_case_file, parse_case
from model.case import Case
from model.commands import SetCaseInfo, SetWeight, command_from_json, edit_score, replace_case
from model.diff import diff_cases
from model.document import Document, DocumentError, read_case
from model.session import Session
from tests.model.strategies import case_data
from tests.model.test_commands import commands_for

ROOT = Path(__file__).resolve().parents[2]
CASE_FILES = sorted(
    [
        ROOT / "tests" / "data" / "example-case.json",
        *(ROOT / "resources" / "cases").glob("*.json"),
    ]
)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def codes(err: pytest.ExceptionInfo[Any]) -> list[str]:
    return [i.code for i in err.value.issues]


@pytest.fixture
def example(example_case_path: Path) -> Case:
    return load_case_file(example_case_path)[0]


@pytest.fixture
def doc(tmp_path: Path, example: Case):  # type: ignore[no-untyped-def]
    d = Document.create(tmp_path / "werk.vormkeuze", example, author="tester")
    yield d
    d.close()


# --- lossless round trip ----------------------------------------------------------------------
@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_every_case_file_round_trips_exactly(tmp_path: Path, path: Path) -> None:
    case, _ = load_case_file(path)
    target = tmp_path / "doc.vormkeuze"
    Document.create(target, case).close()
    assert dump_case(read_case(target)) == dump_case(case)
    # and the JSON text too: key order and int/float are kept
    original = json.loads(path.read_text(encoding="utf-8"))
    assert json.dumps(dump_case(read_case(target))) == json.dumps(dump_case(parse_case(original)))


text = st.text(max_size=12)
maybe_text = st.one_of(st.none(), text)


@st.composite
def varied_case(draw: st.DrawFn) -> Case:
    """A valid case with the variations a lossless store must keep apart."""
    data = draw(case_data(max_options=4))
    data["title"] = draw(text)
    for key in ("description", "language"):
        value = draw(maybe_text if key == "description" else st.sampled_from([None, "nl", "en"]))
        if value is not None:
            data[key] = value
    for o in data["options"]:
        for f in ("description", "legal_basis"):
            v = draw(maybe_text)
            if v is not None:
                o[f] = v
        if draw(st.booleans()):
            o["color"] = draw(st.sampled_from(["#0072B2", "#e69f00"]))
    for g in data["criteria"]:
        for leaf in g["children"]:
            if draw(st.booleans()):
                leaf["description"] = draw(text)
            scale = leaf["scale"]
            if scale["kind"] == "numeric":
                form = draw(st.sampled_from(["int", "float", "points"]))
                if form == "float":
                    scale["worst"], scale["best"] = 1000.0, 0.0
                elif form == "points":
                    del scale["worst"], scale["best"], scale["unit"]
                    scale["points"] = [[0, 100], [draw(st.floats(1, 999)), 40.5], [1000, 0]]
    for s in data["scores"]:
        if isinstance(s["value"], int) and draw(st.booleans()):
            s["value"] = float(s["value"])
        for f in ("rationale", "source"):
            v = draw(maybe_text)
            if v is not None:
                s[f] = v
    p0, p1 = data["profiles"]
    keys = list(p0["weights"])
    p0["weights"] = {k: p0["weights"][k] for k in draw(st.permutations(keys))}
    extra = draw(st.sampled_from(["none", "empty", "rank"]))
    if extra == "empty":
        p1["weights"] = {}
    elif extra == "rank":
        order = [g["id"] for g in data["criteria"]]
        p1["elicitation"] = [
            {"node": "root", "method": "rank", "order": draw(st.permutations(order))}
        ]
    if draw(st.booleans()):
        data["profiles"] = [p1, p0]
    case = parse_case(data)
    assume(not [i for i in check_case(case) if i.severity == "error"])
    return case


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=varied_case())
def test_generated_cases_round_trip_exactly(tmp_path: Path, case: Case) -> None:
    target = tmp_path / "gen.vormkeuze"
    with Document.create(target, case, overwrite=True) as d:
        assert json.dumps(dump_case(d.case)) == json.dumps(dump_case(case))
    back = read_case(target)
    assert json.dumps(dump_case(back)) == json.dumps(dump_case(case))


def test_int_and_float_stay_apart_through_edits(doc: Document) -> None:
    opt, leaf = doc.case.option_ids[0], "transitie"
    assert doc.case.node_by_id[leaf].scale.kind == "numeric"  # type: ignore[union-attr]
    doc.apply(edit_score(doc.case, opt, leaf, value=300))
    doc.apply(edit_score(doc.case, opt, leaf, value=300.0))
    assert type(read_case(doc.path).score_by_pair[(opt, leaf)].value) is float
    doc.apply(edit_score(doc.case, opt, leaf, value=300))
    assert type(read_case(doc.path).score_by_pair[(opt, leaf)].value) is int


# --- edits, history, undo ------------------------------------------------------------------------
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=case_data(max_options=4), draw=st.data())
def test_every_command_and_its_undo_are_stored_and_recorded(
    tmp_path: Path, data: dict[str, Any], draw: st.DataObject
) -> None:
    case, _ = load_case_data(data)
    cmd = draw.draw(st.sampled_from(commands_for(case)))
    path = tmp_path / "cmd.vormkeuze"
    with Document.create(path, case, overwrite=True, author="ans") as d:
        session = Session(case, store=d)
        try:
            inverse = session.apply(cmd)
        except CaseInvalid:
            assert d.history() == []
            assert dump_case(read_case(path)) == dump_case(case)
            return
        assert dump_case(read_case(path)) == dump_case(session.case)
        session.apply(inverse)  # undo: the GUI applies the inverse through the session
        assert dump_case(read_case(path)) == dump_case(case)
        assert json.dumps(dump_case(d.case)) == json.dumps(dump_case(case))
        h = d.history()
        assert [e.kind for e in h] == [cmd.kind, inverse.kind]
        assert h[0].command == cmd.to_json() and h[1].command == inverse.to_json()
        assert h[0].inverse == inverse.to_json()
        assert all(e.author == "ans" for e in h)
        assert command_from_json(h[0].command) == cmd


def test_a_score_edit_touches_one_row(doc: Document) -> None:
    opt, leaf = doc.case.scores[3].option, doc.case.scores[3].criterion
    doc.apply(edit_score(doc.case, opt, leaf, rationale="Nieuw"))
    assert doc.last_write_rows == 1
    doc.apply(SetWeight(profile_id=doc.case.profiles[0].id, node="transitie", value=12))
    # the two siblings' weights written out, the rank elicitation of their parent dropped
    # and the profile's has_elicitation flag: never the whole case
    assert 1 <= doc.last_write_rows <= 4


def test_history_rows_hold_time_author_label_and_both_states(doc: Document) -> None:
    s = doc.case.scores[0]
    inverse = doc.apply(edit_score(doc.case, s.option, s.criterion, rationale="Waarom"))
    doc.apply(SetCaseInfo(title="Nieuwe titel"))
    h = doc.history()
    assert [e.id for e in h] == sorted(e.id for e in h)
    first = h[0]
    assert first.time.endswith("+00:00") and first.time[:4].isdigit()
    assert first.label == f"{s.option} / {s.criterion}"
    assert first.command["score"]["rationale"] == "Waarom"
    assert first.inverse == inverse.to_json()
    assert [e.kind for e in doc.history(limit=1)] == ["SetCaseInfo"]
    assert doc.history(limit=0) == []


def test_record_is_refused_on_a_read_only_document(doc: Document) -> None:
    before = sha(doc.path)
    with Document.open(doc.path, readonly=True) as ro:
        assert ro.readonly and ro.locked_by is None
        with pytest.raises(DocumentError) as err:
            ro.apply(SetCaseInfo(title="x"))
        assert codes(err) == ["document_read_only"]
        with pytest.raises(DocumentError):
            ro.take_snapshot("x")
    assert sha(doc.path) == before


def test_a_failed_write_leaves_document_and_case_unchanged(doc: Document) -> None:
    """A row the database refuses rolls back the whole edit, history row included."""
    bad = doc.case.replace(scores=(*doc.case.scores[:-1], doc.case.scores[-1].replace(option="x")))
    with pytest.raises(DocumentError) as err:
        doc.record(SetCaseInfo(title="t"), SetCaseInfo(title="t"), bad)
    assert codes(err) == ["document_write_failed"]
    assert doc.history() == []
    assert dump_case(read_case(doc.path)) == dump_case(doc.case)


# --- snapshots and diff --------------------------------------------------------------------------
def test_snapshots_are_frozen_listed_restorable_and_comparable(doc: Document) -> None:
    original = doc.case
    doc.take_snapshot("na ronde 1")
    s = original.scores[0]
    doc.apply(edit_score(doc.case, s.option, s.criterion, rationale="Later"))
    doc.apply(SetWeight(profile_id="raad", node="transitie", value=50))
    doc.take_snapshot("na ronde 2")
    assert [x.name for x in doc.snapshots()] == ["na ronde 1", "na ronde 2"]
    assert doc.snapshots()[0].author == "tester"
    assert dump_case(doc.snapshot_case("na ronde 1")) == dump_case(original)

    d = doc.diff("na ronde 1", "na ronde 2")
    assert ("score", f"{s.option}/{s.criterion}", "rationale") in {
        (e.kind, e.id, e.field) for e in d
    }
    assert any(e.kind == "weight" and e.id == "raad" and e.field == "transitie" for e in d)
    assert not doc.diff("na ronde 2")  # a snapshot and now: nothing since

    Session(doc.case, store=doc).apply(replace_case(doc.case, doc.snapshot_case("na ronde 1")))
    assert dump_case(read_case(doc.path)) == dump_case(original)
    assert doc.history()[-1].kind == "Restore"

    with pytest.raises(DocumentError) as err:
        doc.take_snapshot("na ronde 1")
    assert codes(err) == ["snapshot_exists"]
    with pytest.raises(DocumentError) as err:
        doc.take_snapshot("  ")
    assert codes(err) == ["snapshot_name_empty"]
    with pytest.raises(DocumentError) as err:
        doc.snapshot_case("ronde 9")
    assert codes(err) == ["snapshot_unknown"]
    assert err.value.issues[0].params["known"] == ["na ronde 1", "na ronde 2"]


def test_diff_names_options_criteria_scores_and_weights(example: Case) -> None:
    from model.case import Option

    b = example.replace(
        title="Nieuw",
        options=(*example.options[1:], Option(id="nieuw", name="Nieuw")),
        scores=tuple(s for s in example.scores if s.option != example.options[0].id),
    )
    d = diff_cases(example, b)
    kinds = {(e.kind, e.id, e.field) for e in d}
    assert ("case", "", "title") in kinds
    assert ("option", example.options[0].id, None) in kinds
    assert ("option", "nieuw", None) in kinds
    removed = [e for e in d.of_kind("score") if e.after is None]
    assert len(removed) == len(example.leaf_ids)
    assert d.to_json()["count"] == len(d.entries)
    assert not diff_cases(example, example)
    renamed = example.replace(
        criteria=(example.criteria[0].replace(name="Anders"), *example.criteria[1:])
    )
    assert [(e.kind, e.field, e.after) for e in diff_cases(example, renamed)] == [
        ("criterion", "name", "Anders")
    ]


# --- create, save as -----------------------------------------------------------------------------
def test_create_refuses_an_existing_file_and_an_invalid_case(tmp_path: Path, example: Case) -> None:
    target = tmp_path / "x.vormkeuze"
    target.write_text("iets")
    with pytest.raises(DocumentError) as err:
        Document.create(target, example)
    assert codes(err) == ["document_exists"]
    assert target.read_text() == "iets"
    Document.create(target, example, overwrite=True).close()
    assert read_case(target) == example
    bad = example.replace(scores=(*example.scores, example.scores[0]))
    with pytest.raises(CaseInvalid):
        Document.create(tmp_path / "y.vormkeuze", bad)
    assert not (tmp_path / "y.vormkeuze").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "x.vormkeuze"]


def test_save_as_copies_history_and_snapshots(doc: Document, tmp_path: Path) -> None:
    doc.apply(SetCaseInfo(title="Eerst"))
    doc.take_snapshot("s")
    copy = doc.save_as(tmp_path / "kopie.vormkeuze")
    try:
        assert not copy.readonly and copy.recovered_lock is None
        assert [e.kind for e in copy.history()] == ["SetCaseInfo"]
        assert [s.name for s in copy.snapshots()] == ["s"]
        copy.apply(SetCaseInfo(title="Alleen in de kopie"))
        assert read_case(doc.path).title == "Eerst"
        assert read_case(copy.path).title == "Alleen in de kopie"
    finally:
        copy.close()
    with pytest.raises(DocumentError):
        doc.save_as(doc.path)


def test_closing_leaves_only_the_document(doc: Document, tmp_path: Path) -> None:
    doc.apply(SetCaseInfo(title="t"))
    doc.close()
    doc.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "werk.vormkeuze"]
    with pytest.raises(DocumentError) as err:
        doc.history()
    assert codes(err) == ["document_closed"]


def test_a_second_open_in_the_same_process_is_read_only(doc: Document) -> None:
    with Document.open(doc.path, author="b") as second:
        assert second.readonly
        assert second.locked_by is not None and second.locked_by["author"] == "tester"
        doc.apply(SetCaseInfo(title="Door de eerste"))
        assert second.reload().title == "Door de eerste"
    doc.apply(SetCaseInfo(title="Nog steeds schrijfbaar"))


# --- refusing to open --------------------------------------------------------------------------
def _sqlite_file(path: Path, app_id: int = 0, meta: dict[str, str] | None = None) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {app_id}")
    conn.execute("CREATE TABLE t (x)")
    if meta is not None:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
    conn.commit()
    conn.close()


def _newer(tmp_path: Path, example: Case) -> Path:
    p = tmp_path / "nieuw.vormkeuze"
    Document.create(p, example).close()
    conn = sqlite3.connect(p)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return p


def _truncated(tmp_path: Path, example: Case) -> Path:
    p = tmp_path / "half.vormkeuze"
    Document.create(p, example).close()
    data = p.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _garbled(tmp_path: Path, example: Case) -> Path:
    p = tmp_path / "rommel.vormkeuze"
    Document.create(p, example).close()
    data = bytearray(p.read_bytes())
    for k in range(4096 + 200, len(data), 97):  # damage every page after the first
        data[k] ^= 0x5A
    p.write_bytes(bytes(data))
    return p


REFUSALS = {
    "text": (lambda tmp, ex: _write(tmp / "a.vormkeuze", b"dit is tekst\n"), "document_not_sqlite"),
    "empty": (lambda tmp, ex: _write(tmp / "b.vormkeuze", b""), "document_not_sqlite"),
    "json": (
        lambda tmp, ex: _write(tmp / "c.vormkeuze", json.dumps(dump_case(ex)).encode()),
        "document_not_sqlite",
    ),
    "other sqlite": (lambda tmp, ex: _db(tmp / "d.vormkeuze"), "document_not_ours"),
    "our id, no meta": (
        lambda tmp, ex: _db(tmp / "e.vormkeuze", schema.APPLICATION_ID),
        "document_not_ours",
    ),
    "other app in meta": (
        lambda tmp, ex: _db(tmp / "f.vormkeuze", schema.APPLICATION_ID, {"application": "x"}),
        "document_not_ours",
    ),
    "newer schema": (_newer, "document_too_new"),
    "truncated": (_truncated, "document_corrupt"),
    "garbled": (_garbled, "document_corrupt"),
}


def _write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p


def _db(p: Path, app_id: int = 0, meta: dict[str, str] | None = None) -> Path:
    _sqlite_file(p, app_id, meta)
    return p


@pytest.mark.parametrize("kind", list(REFUSALS))
def test_refused_files_are_left_byte_for_byte(tmp_path: Path, example: Case, kind: str) -> None:
    make, code = REFUSALS[kind]
    path = make(tmp_path, example)
    before = sha(path)
    listing = sorted(p.name for p in tmp_path.iterdir())
    for attempt in (
        lambda: Document.open(path),
        lambda: Document.open(path, readonly=True),
        lambda: read_case(path),
    ):
        with pytest.raises(DocumentError) as err:
            attempt()
        assert codes(err)[0] == code
        assert err.value.issues[0].place == str(path)
    assert sha(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == listing


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as err:
        Document.open(tmp_path / "weg.vormkeuze")
    assert codes(err) == ["file_missing"]
    with pytest.raises(DocumentError) as err:
        Document.open(tmp_path)
    assert codes(err) == ["file_is_directory"]
    assert not (tmp_path / "weg.vormkeuze").exists()


def test_newer_schema_message_names_both_versions(tmp_path: Path, example: Case) -> None:
    with pytest.raises(DocumentError) as err:
        Document.open(_newer(tmp_path, example))
    params = err.value.issues[0].params
    assert params["found"] == 99 and params["supported"] == schema.SCHEMA_VERSION


# --- migrations ----------------------------------------------------------------------------------
V1_SQL = Path(__file__).with_name("data") / "document_v1.sql"


def _from_dump(sql: Path, target: Path) -> Path:
    conn = sqlite3.connect(target)
    conn.executescript(sql.read_text(encoding="utf-8"))
    conn.close()
    return target


def test_a_version_1_file_opens_with_its_case_history_and_snapshots(tmp_path: Path) -> None:
    path = _from_dump(V1_SQL, tmp_path / "v1.vormkeuze")
    with Document.open(path) as d:
        assert d.case.title == "Versie 1"
        assert [e.kind for e in d.history()] == ["SetCaseInfo"]
        assert [s.name for s in d.snapshots()] == ["begin"]
        assert d.integrity_check() == ["ok"]
        assert d.meta()["schema_version"] == str(schema.SCHEMA_VERSION)


def test_migration_keeps_a_backup_and_runs_each_step_once(
    tmp_path: Path, example: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "oud.vormkeuze"
    Document.create(path, example).close()
    old_bytes = sha(path)
    current = schema.SCHEMA_VERSION
    calls: list[int] = []

    def step(db: Any) -> None:
        calls.append(1)
        db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")

    monkeypatch.setattr(schema, "MIGRATIONS", {current: step})
    monkeypatch.setattr(document_module, "MIGRATIONS", {current: step})
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", current + 1)
    with Document.open(path) as d:
        assert d.migrated_from == current
        assert d.backup_path is not None and d.backup_path.name == f"oud.vormkeuze.v{current}.bak"
        assert d.meta()["schema_version"] == str(current + 1)
        assert d.case == example
    kept = sqlite3.connect(d.backup_path)
    assert kept.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (
        str(current),
    )
    assert kept.execute("SELECT count(*) FROM sqlite_master WHERE name = 'notes'").fetchone() == (
        0,
    )
    kept.close()
    assert sha(path) != old_bytes
    with Document.open(path) as again:
        assert again.migrated_from is None
    assert calls == [1]


def test_a_failing_migration_leaves_the_file_as_it_was(
    tmp_path: Path, example: Case, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "oud.vormkeuze"
    Document.create(path, example).close()
    current = schema.SCHEMA_VERSION

    def broken(db: Any) -> None:
        db.execute("CREATE TABLE half (x)")
        db.execute("INSERT INTO nowhere VALUES (1)")

    monkeypatch.setattr(document_module, "MIGRATIONS", {current: broken})
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", current + 1)
    with pytest.raises(DocumentError) as err:
        Document.open(path)
    assert codes(err) == ["document_migration_failed"]
    monkeypatch.setattr(document_module, "SCHEMA_VERSION", current)
    with Document.open(path) as d:
        assert d.meta()["schema_version"] == str(current)
        tables = {r[0] for r in d._connection().execute("SELECT name FROM sqlite_master")}
        assert "half" not in tables
