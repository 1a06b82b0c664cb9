"""``robustness``, ``stability`` and ``group`` by subprocess: JSON per spec, clear refusals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.run import vk, vk_spawn

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "data" / "example-case.json"


def vk_here(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The same command in this process (fast, for the many refusals): code, stdout, stderr."""
    from cli.main import main

    code = main(["--lang", "nl", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def refused_here(capsys: pytest.CaptureFixture[str], args: list[str], needle: str) -> None:
    code, out, err = vk_here(capsys, *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert needle in err


def refused(p: subprocess.CompletedProcess[str], needle: str) -> None:
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr + p.stdout
    assert p.stdout == ""
    assert len(p.stderr.strip().splitlines()) == 1, p.stderr
    assert needle in p.stderr


def test_robustness_json_follows_the_spec() -> None:
    p = vk(
        "robustness",
        str(EXAMPLE),
        "--uniform",
        "--samples",
        "3000",
        "--seed",
        "7",
        "--format",
        "json",
    )
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) == {"samples", "rank_acceptability", "central_weights", "confidence"}
    assert out["samples"] == 3000
    acc = out["rank_acceptability"]
    assert list(acc) == ["overeenkomst", "centrum", "bvo"]
    for row in acc.values():
        assert sum(row) == pytest.approx(1.0)
    for r in range(3):
        assert sum(row[r] for row in acc.values()) == pytest.approx(1.0)
    for w in out["central_weights"].values():
        assert list(w) == ["ontvlechting", "transparantie", "transitie", "btw"]
    again = vk(
        "robustness",
        str(EXAMPLE),
        "--uniform",
        "--samples",
        "3000",
        "--seed",
        "7",
        "--format",
        "json",
    )
    assert json.loads(again.stdout) == out


@pytest.mark.parametrize(
    "mode", [["--spread", "0.3", "--profile", "college"], ["--between-profiles"]]
)
def test_other_modes_and_default_samples(mode: list[str]) -> None:
    p = vk("robustness", str(EXAMPLE), *mode, "--seed", "1", "--format", "json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["samples"] == 10000


def test_robustness_table_is_dutch() -> None:
    p = vk("robustness", str(EXAMPLE), "--spread", "0,2", "--profile", "raad", "--samples", "500")
    assert p.returncode == 0, p.stderr
    assert "Kans op plaats" in p.stdout and "Centrumregeling" in p.stdout
    assert "±20%" in p.stdout and "Raad" in p.stdout


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ([], "--uniform, --spread S of --between-profiles"),
        (["--uniform", "--between-profiles"], "maar één"),
        (["--spread", "0"], "spreiding"),
        (["--spread", "1.5"], "spreiding"),
        (["--spread", "veel"], "spreiding"),
        (["--uniform", "--samples", "0"], "trekkingen"),
        (["--uniform", "--samples", "tien"], "trekkingen"),
        (["--uniform", "--seed", "-3"], "seed"),
        (["--uniform", "--profile", "niemand"], "niemand"),
    ],
)
def test_robustness_refusals(
    capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    refused_here(capsys, ["robustness", str(EXAMPLE), *args], needle)


def test_robustness_refusal_in_english() -> None:
    refused(vk("robustness", str(EXAMPLE), "--spread", "2", lang="en"), "spread must be")


def test_stability_json_matches_the_spec_example() -> None:
    p = vk("stability", str(EXAMPLE), "--target", "bvo", "--profile", "raad", "--format", "json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["target"] == "bvo" and out["reachable"] is True
    assert out["distance"] == pytest.approx(0.048315, abs=1e-6)
    assert sum(out["weights"].values()) == pytest.approx(1.0)


def test_stability_sentence() -> None:
    p = vk_spawn("stability", str(EXAMPLE), "--target", "bvo", "--profile", "raad")
    assert p.returncode == 0, p.stderr
    first = p.stdout.splitlines()[0]
    assert first == (
        "Raad: 4,8% van het gewicht verschuiven (van Transitiekosten naar Fiscale zekerheid en"
        " Transparantie) maakt Bedrijfsvoeringsorganisatie de beste."
    )
    p = vk_spawn(
        "stability", str(EXAMPLE), "--target", "overeenkomst", "--profile", "raad", lang="en"
    )
    assert p.stdout.strip() == "Raad: Privaatrechtelijke overeenkomst is already the best."


def test_stability_unreachable_has_no_weights(tmp_path: Path) -> None:
    data = json.loads(EXAMPLE.read_text())
    # make bvo worse than centrum on every criterion
    for s in data["scores"]:
        if s["option"] == "bvo":
            s.pop("low", None), s.pop("high", None)
            s["value"] = {"ontvlechting": "--", "transparantie": 10, "transitie": 1000, "btw": 0}[
                s["criterion"]
            ]
    case = tmp_path / "case.json"
    case.write_text(json.dumps(data))
    p = vk("stability", str(case), "--target", "bvo", "--format", "json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"target": "bvo", "reachable": False, "distance": None}
    p = vk("stability", str(case), "--target", "bvo")
    assert "geen enkele weging maakt Bedrijfsvoeringsorganisatie de beste" in p.stdout


def test_stability_unknown_target(capsys: pytest.CaptureFixture[str]) -> None:
    refused_here(capsys, ["stability", str(EXAMPLE), "--target", "fusie"], "fusie")


def test_group_json_and_table(tmp_path: Path) -> None:
    p = vk("group", str(EXAMPLE), "--format", "json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert [x["id"] for x in out["profiles"]] == ["raad", "college"]
    assert out["profiles"][0]["winner"] == ["overeenkomst"]
    assert out["profiles"][0]["distance"]["bvo"] == pytest.approx(0.048315, abs=1e-6)
    assert out["aggregate"]["profile_weights"] == {"raad": 0.5, "college": 0.5}
    weights = tmp_path / "inwoners.json"
    weights.write_text('{"raad": 27000, "college": 9000}')
    p = vk("group", str(EXAMPLE), "--weights-by", str(weights), "--format", "json")
    assert json.loads(p.stdout)["aggregate"]["profile_weights"] == {"raad": 0.75, "college": 0.25}
    p = vk("group", str(EXAMPLE), "--weights-by", str(weights))
    assert p.returncode == 0 and "Voor iedereen aanvaardbaar" in p.stdout
    assert "Raad 75,0%" in p.stdout


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (None, "niet gevonden"),
        ("{raad: 1", "geen geldige JSON"),
        ("[1, 2]", "object"),
        ('{"raad": 1}', "college"),
        ('{"raad": 1, "college": -2}', "negatief"),
        ('{"raad": 0, "college": 0}', "boven 0"),
    ],
)
def test_group_weights_file_refusals(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, content: str | None, needle: str
) -> None:
    path = tmp_path / "gewichten.json"
    if content is not None:
        path.write_text(content)
    refused_here(capsys, ["group", str(EXAMPLE), "--weights-by", str(path)], needle)


def test_a_refusal_by_subprocess_has_no_traceback(tmp_path: Path) -> None:
    refused(vk("group", str(EXAMPLE), "--weights-by", str(tmp_path / "nope.json")), "nope.json")


def test_sigint_during_a_long_run_exits_promptly_with_130(tmp_path: Path) -> None:
    """Ctrl+C while SMAA works: exit 130 with a word, no traceback, no output half printed."""
    import os
    import select
    import signal
    import subprocess
    import sys

    from benchmarks.bench_smaa import ranged_case
    from model.io import write_case_file

    LONG = ["--samples", "10000000", "--seed", "1"]
    case_path = tmp_path / "groot.json"
    write_case_file(ranged_case(20, 40), case_path)
    env = {**os.environ, "VORMKEUZE_PROGRESS": "1", "LANG": "nl_NL.UTF-8"}
    p = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "robustness", str(case_path), "--uniform", *LONG],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        seen = b""
        while b"%" not in seen:  # the progress line: the long work has begun
            ready, _, _ = select.select([p.stderr], [], [], 120)
            assert ready, "no progress line"
            chunk = os.read(p.stderr.fileno(), 4096)  # type: ignore[union-attr]
            assert chunk, seen
            seen += chunk
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=60)  # a hang would fail here, not a slow machine
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    assert p.returncode == 130
    text = (seen + err).decode()
    assert "Afgebroken." in text
    assert "Traceback" not in text
    assert out == b""
