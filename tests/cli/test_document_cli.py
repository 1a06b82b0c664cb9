"""``import``, ``export``, ``history``, ``snapshot``, ``diff``; .vormkeuze wherever JSON goes."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from model import dump_case, load_case_file
from model.commands import SetCaseInfo, SetWeight, edit_score
from model.document import Document
from tests.cli.run import captured as run

ROOT = Path(__file__).resolve().parents[2]
CASES = [
    ROOT / "tests" / "data" / "example-case.json",
    *(ROOT / "resources" / "cases").glob("*.json"),
]


@pytest.fixture
def doc_path(tmp_path: Path, example_case_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "werk.vormkeuze"
    code, out, _ = run(capsys, "import", str(example_case_path), "--to", str(path))
    assert code == 0 and path.name in out
    return path


@pytest.mark.parametrize("case_path", CASES, ids=lambda p: p.name)
def test_import_then_export_is_lossless(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case_path: Path
) -> None:
    doc = tmp_path / "d.vormkeuze"
    back = tmp_path / "terug.json"
    assert run(capsys, "import", str(case_path), "--to", str(doc))[0] == 0
    code, out, _ = run(capsys, "export", str(doc), "--to", str(back), "--format", "json")
    assert code == 0 and json.loads(out)["file"] == str(back)
    original = json.loads(case_path.read_text(encoding="utf-8"))
    assert json.loads(back.read_text(encoding="utf-8")) == dump_case(load_case_file(case_path)[0])
    assert json.dumps(json.loads(back.read_text(encoding="utf-8"))) == json.dumps(
        dump_case(load_case_file(case_path)[0])
    )
    assert original["title"] == json.loads(back.read_text(encoding="utf-8"))["title"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.vormkeuze", "home", "terug.json"]


def test_import_refuses_an_existing_document_unless_overwrite(
    doc_path: Path, example_case_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hashlib.sha256(doc_path.read_bytes()).hexdigest()
    code, out, err = run(capsys, "import", str(example_case_path), "--to", str(doc_path))
    assert code == 2 and out == ""
    assert err.strip() == f"{doc_path}: het bestand bestaat al; kies een andere naam."
    assert hashlib.sha256(doc_path.read_bytes()).hexdigest() == before
    code, _, _ = run(capsys, "import", str(example_case_path), "--to", str(doc_path), "--overwrite")
    assert code == 0


def test_export_overwrites_json_atomically_and_accepts_a_json_case(
    tmp_path: Path, example_case_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "uit.json"
    target.write_text("oud")
    code, out, _ = run(capsys, "export", str(example_case_path), "--to", str(target), lang="en")
    assert code == 0 and out.startswith(f"Exported to {target}: 3 options")
    assert load_case_file(target)[0] == load_case_file(example_case_path)[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "uit.json"]


def test_export_to_a_report_writes_it_as_the_report_command_does(
    doc_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    exported, reported = tmp_path / "export.xlsx", tmp_path / "report.xlsx"
    code, _, err = run(capsys, "export", str(doc_path), "--to", str(exported))
    assert code == 0, err
    code, _, err = run(capsys, "report", str(doc_path), "--to", str(reported))
    assert code == 0, err

    def sheets(path: Path) -> list[str]:
        book = openpyxl.load_workbook(path, read_only=True)
        try:
            return list(book.sheetnames)
        finally:
            book.close()

    assert sheets(exported) == sheets(reported) and "Resultaat" in sheets(exported)


def test_history_lists_edits_as_table_and_json(
    doc_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "history", str(doc_path))
    assert code == 0 and out.strip() == "Nog geen wijzigingen vastgelegd."
    original_title = load_case_file(doc_path)[0].title
    with Document.open(doc_path, author="ans") as doc:
        s = doc.case.scores[0]
        doc.apply(edit_score(doc.case, s.option, s.criterion, rationale="Omdat"))
        doc.apply(SetCaseInfo(title="Nieuwe titel"))
    code, out, _ = run(capsys, "history", str(doc_path))
    lines = out.splitlines()
    assert code == 0
    assert lines[0].split() == ["Nr.", "Tijd", "Auteur", "Wijziging", "Onderwerp", "Details"]
    case = load_case_file(doc_path)[0]
    pair = f"{case.option(s.option).name} · {case.node_by_id[s.criterion].name}"
    assert "ans" in lines[1] and "Onderbouwing gewijzigd" in lines[1] and pair in lines[1]
    assert lines[1].endswith("→ Omdat")
    assert "Casusgegevens gewijzigd" in lines[2] and "UTC" in lines[2]
    assert lines[2].endswith("Nieuwe titel")
    code, out, _ = run(capsys, "history", str(doc_path), "--format", "json", "--limit", "1")
    entries = json.loads(out)["entries"]
    assert [e["kind"] for e in entries] == ["SetCaseInfo"]
    assert entries[0]["command"]["title"] == "Nieuwe titel"
    assert entries[0]["inverse"]["title"] == original_title
    data = {"id", "time", "author", "kind", "label", "command", "inverse"}
    assert set(entries[0]) == data | {"words"}  # the data as it was, and the words added
    assert entries[0]["words"]["edit"] == "Casusgegevens gewijzigd"


def test_snapshot_and_diff(doc_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "snapshot", str(doc_path), "--name", "na ronde 1")[0] == 0
    code, _, err = run(capsys, "snapshot", str(doc_path), "--name", "na ronde 1")
    assert code == 2 and "er is al een momentopname met de naam 'na ronde 1'" in err
    with Document.open(doc_path) as doc:
        doc.apply(SetWeight(profile_id="raad", node="geld", value=70))
    assert run(capsys, "snapshot", str(doc_path), "--name", "na ronde 2")[0] == 0

    code, out, _ = run(capsys, "snapshot", str(doc_path), "--format", "json")
    assert [s["name"] for s in json.loads(out)["snapshots"]] == ["na ronde 1", "na ronde 2"]

    code, out, _ = run(
        capsys,
        "diff",
        str(doc_path),
        "--from",
        "na ronde 1",
        "--to",
        "na ronde 2",
        "--format",
        "json",
    )
    result = json.loads(out)
    assert code == 0 and result["from"] == "na ronde 1" and result["to"] == "na ronde 2"
    assert {"kind": "weight", "id": "raad", "field": "geld", "before": 40, "after": 70} in result[
        "entries"
    ]
    code, out, _ = run(capsys, "diff", str(doc_path), "--from", "na ronde 1")
    assert code == 0 and "Van 'na ronde 1' naar 'nu':" in out
    assert any(line.split()[:4] == ["gewicht", "raad", "geld", "40"] for line in out.splitlines())
    code, out, _ = run(capsys, "diff", str(doc_path), "--from", "na ronde 2", lang="en")
    assert "No differences." in out

    code, _, err = run(capsys, "diff", str(doc_path), "--from", "ronde 9")
    assert code == 2
    assert err.strip() == (
        f"{doc_path}: er is geen momentopname met de naam 'ronde 9'"
        " (bekend: na ronde 1, na ronde 2)."
    )


def test_snapshot_of_a_document_in_use_names_who_has_it(
    doc_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Document.open(doc_path, author="bea"):
        code, _, err = run(capsys, "snapshot", str(doc_path), "--name", "x")
    assert code == 2 and "het document is in gebruik door bea" in err


def test_a_file_that_is_not_a_document_gets_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "nep.vormkeuze"
    bad.write_text("geen database")
    for args in (
        ["history", str(bad)],
        ["snapshot", str(bad), "--name", "x"],
        ["diff", str(bad), "--from", "a"],
    ):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == ""
        assert err.strip() == f"{bad}: geen Vormkeuze-document (geen SQLite-database)."
    assert bad.read_text() == "geen database"


def test_analysis_commands_read_a_document_like_its_json(
    doc_path: Path, example_case_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (
        ["analyse", "--profile", "raad", "--format", "json"],
        ["sensitivity", "--criterion", "geld", "--format", "json"],
        ["validate", "--format", "json"],
    ):
        code_json, from_json, _ = run(capsys, args[0], str(example_case_path), *args[1:])
        code_doc, from_doc, _ = run(capsys, args[0], str(doc_path), *args[1:])
        assert code_json == code_doc == 0
        assert json.loads(from_doc) == json.loads(from_json)


def test_analyse_a_document_by_subprocess(doc_path: Path) -> None:
    p = subprocess.run(
        [sys.executable, "-m", "cli.main", "analyse", str(doc_path), "--lang", "en"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert p.returncode == 0, p.stderr
    assert p.stdout.startswith("Profile: ") and "Rank" in p.stdout
    assert sorted(x.name for x in doc_path.parent.iterdir()) == ["home", "werk.vormkeuze"]


def _limited(limit: int) -> Any:
    def set_limit() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return set_limit


@pytest.mark.parametrize("target", ["uit.json", "uit.vormkeuze"])
def test_export_and_import_on_a_full_disk_keep_the_old_file(tmp_path: Path, target: str) -> None:
    """A file-size limit (as a full disk): exit 2, a clear message, the old file unchanged."""
    from benchmarks.bench_smaa import ranged_case
    from model.io import write_case_file

    big = tmp_path / "groot.json"
    write_case_file(ranged_case(30, 120), big)
    old = tmp_path / target
    old.write_bytes(b"oud en goed")
    command = "export" if target.endswith(".json") else "import"
    extra = [] if command == "export" else ["--overwrite"]
    args = ["--lang", "nl", command, str(big), "--to", str(old), *extra]
    p = subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_limited(100_000),
        check=False,
    )
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr and "Interne fout" not in p.stderr
    assert old.name in p.stderr
    assert old.read_bytes() == b"oud en goed"
    left = sorted(x.name for x in tmp_path.iterdir() if x.name != "home")
    assert left == sorted(["groot.json", old.name])  # no temporary file, lock or side file
