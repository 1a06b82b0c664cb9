"""``vormkeuze serve`` end to end on 127.0.0.1: answers over HTTP, Ctrl+C, the document."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model.document import Document, history_of
from tests.participation.client import Device
from tests.participation.serving import ROOT, Serving


@pytest.fixture
def case_json(tmp_path: Path, example_case_path: Path) -> Path:
    target = tmp_path / "workshop.json"
    shutil.copy(example_case_path, target)
    return target


def vk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "nl_NL.UTF-8", "LC_ALL": ""},
    )


def test_serve_a_json_case_answers_become_profiles_in_a_new_document(case_json: Path) -> None:
    serving = Serving(str(case_json), "--host", "127.0.0.1", "--max-participants", "3")
    try:
        target = case_json.with_suffix(".vormkeuze")
        assert serving.start["document"] == str(target)
        devices = [Device(serving.url) for _ in range(4)]
        for d in devices:
            assert d.open_page()[0] == 200
        # valid, then changed
        assert devices[0].answer({"points": {"sturing": 80, "geld": 20}})[0] == 200
        assert devices[0].answer({"points": {"sturing": 60, "geld": 40}})[0] == 200
        assert devices[1].answer({"points": {"sturing": 10, "geld": 90}})[0] == 200
        # invalid: refused, nothing kept
        status, reply = devices[2].answer({"points": {"sturing": 1e400, "geld": 1}})
        assert status == 400
        status, reply = devices[2].answer({"points": {"<script>": 1, "geld": 1}})
        assert (status, reply["code"]) == (400, "invalid")
        assert devices[2].answer({"points": {"sturing": 50, "geld": 50}})[0] == 200
        # too many participants
        status, reply = devices[3].answer({"points": {"sturing": 50, "geld": 50}})
        assert (status, reply["code"]) == (403, "full")
        # too fast: one device hammering is cut off
        statuses = [devices[1].answer({"points": {"sturing": 5, "geld": 95}})[0] for _ in range(30)]
        assert 429 in statuses
        # without the token
        base = serving.url.rsplit("/", 2)[0] + "/"
        assert devices[0].request("api/round", base=base)[0] == 403
        code, final, err = serving.stop()
    finally:
        serving.kill()
    assert code == 0, err
    assert final["answers"] == 3 and final["document"] == str(target)
    assert final["profiles"] == ["Zaal (gemiddelde)", "Deelnemer 1", "Deelnemer 2", "Deelnemer 3"]
    assert "Traceback" not in err
    with Document.open(target, readonly=True) as doc:
        names = [p.name for p in doc.case.profiles]
        assert names[-4:] == final["profiles"]
        first = doc.case.profile("deelnemer-1").weights
        assert first is not None and first["sturing"] == pytest.approx(100.0)
        assert first["geld"] == pytest.approx(100.0 * 40 / 60)
    rounds = [h for h in history_of(target) if h.kind == "SaveRound"]
    assert len(rounds) == 1
    record = rounds[0].command["round"]
    assert record["question"]["parent"] == "root"
    assert [a["points"] for a in record["answers"]] == [
        {"sturing": 60.0, "geld": 40.0},
        {"sturing": 5.0, "geld": 95.0} if 200 in statuses else {"sturing": 10.0, "geld": 90.0},
        {"sturing": 50.0, "geld": 50.0},
    ]
    # the JSON case itself is untouched
    assert case_json.read_bytes() == (ROOT.parent / "shared/spec/example-case.json").read_bytes()


def test_serve_a_document_adds_the_round_to_it(case_json: Path, tmp_path: Path) -> None:
    doc_path = tmp_path / "werk.vormkeuze"
    assert vk("import", str(case_json), "--to", str(doc_path)).returncode == 0
    serving = Serving(str(doc_path), "--round", "geld", "--ranking")
    try:
        d = Device(serving.url)
        d.open_page()
        _, q = d.question()
        assert [c["id"] for c in q["criteria"]] == ["transitie", "btw"] and q["mode"] == "ranking"
        assert d.answer({"order": ["btw", "transitie"]})[0] == 200
        code, final, err = serving.stop()
    finally:
        serving.kill()
    assert code == 0, err
    assert final["answers"] == 1 and final["document"] == str(doc_path)
    with Document.open(doc_path, readonly=True) as doc:
        e = doc.case.profile("deelnemer-1").elicitation_for("geld")
        assert e is not None and e.order == ("btw", "transitie")


def test_stopping_without_answers_writes_nothing(case_json: Path) -> None:
    serving = Serving(str(case_json))
    try:
        code, final, _err = serving.stop()
    finally:
        serving.kill()
    assert code == 0 and final == {"answers": 0, "document": None}
    assert not case_json.with_suffix(".vormkeuze").exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--host", "0.0.0.0"], "alle interfaces"),
        (["--round", "nergens"], "geen criteriumgroep 'nergens'"),
        (["--profile", "niemand"], "niemand"),
    ],
)
def test_serve_refuses_clearly(case_json: Path, args: list[str], words: str) -> None:
    p = vk("serve", str(case_json), *args)
    assert p.returncode == 2
    assert words in p.stderr and "Traceback" not in p.stderr
    assert not case_json.with_suffix(".vormkeuze").exists()


def test_serve_refuses_when_the_new_document_exists(case_json: Path) -> None:
    case_json.with_suffix(".vormkeuze").write_bytes(b"")
    p = vk("serve", str(case_json))
    assert p.returncode == 2
    assert "bestaat al" in p.stderr and "vormkeuze serve" in p.stderr
