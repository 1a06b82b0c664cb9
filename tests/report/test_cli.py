"""``vormkeuze report``: formats by ending, one clear refusal with exit 2, atomic files."""

from __future__ import annotations

import os
from pathlib import Path

import docx
import pytest

import resources
from cli.main import main
from model import load_case_file

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
CASE = str(resources.default_case_path())


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_with_chosen_profiles_in_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    target = out_dir / "raad.docx"
    code, out, err = run(
        capsys, "report", CASE, "--to", str(target), "--profile", "raad-heemstede",
        "--profile", "college", "--lang", "en", "--no-charts",
    )  # fmt: skip
    assert code == 0, err
    assert str(target) in out
    d = docx.Document(str(target))
    text = "\n".join(p.text for p in d.paragraphs)
    names = {pr.id: pr.name for pr in load_case_file(CASE)[0].profiles}
    chosen = f"{names['raad-heemstede']}, {names['college']}"
    assert f"Profiles in this report: {chosen}." in text
    assert next(p.text for p in d.paragraphs if p.style.name == "Heading 1") == "Summary"
    assert list(out_dir.iterdir()) == [target]  # no temporary file left behind


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--to", "{tmp}/r.odt"], "'.odt'"),
        (["--to", "{tmp}/missing/r.docx"], "bestaat niet"),
        (["--to", "{tmp}/r.docx", "--profile", "nobody"], "nobody"),
        (["--to", "{tmp}/dir.docx"], "dit is een map"),
    ],
)
def test_refusals_are_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], words: str
) -> None:
    (tmp_path / "dir.docx").mkdir()
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, _out, err = run(capsys, "report", CASE, *argv, "--lang", "nl")
    assert code == 2
    assert words in err
    lines = err.strip().splitlines()
    # the refusal is one line; the case's own warnings (dated evidence) may come before it
    assert [line for line in lines if not line.startswith("waarschuwing:")] == [lines[-1]]
    assert words in lines[-1]
    assert "Traceback" not in err
    assert not list(tmp_path.glob("r.*"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_unwritable_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    code, _, err = run(capsys, "report", CASE, "--to", str(folder / "r.xlsx"))
    assert code == 2 and "geen toestemming" in err


FULL_DISK = """
import resource, sys
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from cli.main import main
sys.exit(main(sys.argv[2:]))
"""


@pytest.mark.parametrize("ext", ["docx", "pdf", "xlsx"])
def test_a_full_disk_keeps_the_old_report(tmp_path: Path, ext: str) -> None:
    """Under a file-size limit (a full disk) the old file survives, exit 2, no traceback."""
    import subprocess
    import sys

    target = tmp_path / f"raad.{ext}"
    old = b"the old report, still good" * 100
    target.write_bytes(old)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "nl_NL.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-c", FULL_DISK, "20000", "report", CASE, "--to", str(target)],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
        timeout=300,
    )
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "Error" not in proc.stderr
    assert "kon niet worden geschreven" in proc.stderr
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.glob("*raad*")) == [target.name]  # no temp left


def test_report_files_get_the_users_permissions(tmp_path: Path) -> None:
    """Written with the umask's permissions (0o644 under 022), like any new file."""
    old = os.umask(0o022)
    try:
        for ext in ("docx", "xlsx"):
            target = tmp_path / f"r.{ext}"
            assert main(["report", CASE, "--to", str(target), "--no-charts"]) == 0
            assert target.stat().st_mode & 0o777 == 0o644
        os.umask(0o027)
        target = tmp_path / "s.xlsx"
        assert main(["report", CASE, "--to", str(target)]) == 0
        assert target.stat().st_mode & 0o777 == 0o640
    finally:
        os.umask(old)


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    code, out, _ = run(capsys, "report", CASE, "--to", str(tmp_path / "r.xlsx"), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["format"] == "xlsx" and data["language"] == "nl"
    assert data["profiles"][0] == "gelijk"


def test_document_history_and_snapshots_are_accounted_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = pytest.importorskip("model.document")
    from model import load_case_file
    from model.commands import edit_score

    case, _ = load_case_file(CASE)
    path = tmp_path / "casus.vormkeuze"
    doc = document.Document.create(path, case, author="griffie")
    try:
        doc.apply(edit_score(doc.case, case.option_ids[0], case.leaf_ids[0], rationale="Nieuw."))
        doc.take_snapshot("na ronde 1")
    finally:
        doc.close()
    target = tmp_path / "out.docx"
    code, _, err = run(capsys, "report", str(path), "--to", str(target), "--no-charts")
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    tables = docx.Document(str(target)).tables
    assert "Het logboek bevat 1 wijziging, op " in text and "griffie" in text
    assert any(t.rows[1].cells[0].text == "na ronde 1" for t in tables if len(t.rows) > 1)
