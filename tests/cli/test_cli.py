"""The command line (in-process; a few as the real console script): exit codes, JSON shapes,
one message, no traceback."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli.run import vk, vk_spawn

ROOT = Path(__file__).resolve().parents[2]
INVALID = ROOT / "tests" / "data" / "invalid"
DEFAULT = ROOT / "resources" / "cases" / "heemstede-bloemendaal.json"


def no_traceback(p: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in p.stderr and "Traceback" not in p.stdout


def test_analyse_json_follows_the_spec(example_case_path: Path) -> None:
    p = vk_spawn("analyse", str(example_case_path), "--profile", "raad", "--format", "json")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert set(out) == {
        "profile",
        "weights",
        "options",
        "contributions",
        "consistency",
        "dominated",
    }
    assert [o["id"] for o in out["options"]] == ["overeenkomst", "centrum", "bvo"]
    assert [o["rank"] for o in out["options"]] == [1, 2, 3]
    assert out["options"][0]["value"] == pytest.approx(62.0)
    assert isinstance(out["options"][0]["value"], float)
    assert abs(sum(out["weights"].values()) - 1) < 1e-12


def test_default_profile_is_the_first(example_case_path: Path) -> None:
    p = vk("analyse", str(example_case_path), "--format", "json")
    assert json.loads(p.stdout)["profile"] == "raad"


def test_analyse_table_is_readable_dutch(example_case_path: Path) -> None:
    p = vk("analyse", str(example_case_path))
    assert p.returncode == 0
    assert "Privaatrechtelijke overeenkomst" in p.stdout
    assert "62,0" in p.stdout and "Totaalwaarde" in p.stdout


def test_sensitivity_json(example_case_path: Path) -> None:
    p = vk(
        "sensitivity",
        str(example_case_path),
        "--criterion",
        "geld",
        "--profile",
        "raad",
        "--format",
        "json",
    )
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["criterion"] == "geld"
    assert out["current_weight"] == pytest.approx(0.4)
    assert [b["option"] for b in out["best"]] == ["overeenkomst", "centrum", "bvo"]
    assert [c["options"] for c in out["crossovers"]] == [
        ["centrum", "overeenkomst"],
        ["bvo", "overeenkomst"],
        ["bvo", "centrum"],
    ]


def test_sensitivity_of_a_node_with_all_the_weight_is_refused(
    tmp_path: Path, example_case_path: Path
) -> None:
    data = json.loads(example_case_path.read_text(encoding="utf-8"))
    data["profiles"][0]["weights"].update(geld=0)
    case = tmp_path / "c.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    p = vk("sensitivity", str(case), "--criterion", "sturing", "--profile", "raad")
    assert p.returncode == 2
    assert "--criterion" in p.stderr
    no_traceback(p)


def test_validate_lists_warnings_in_json(tmp_path: Path, example_case_path: Path) -> None:
    data = json.loads(example_case_path.read_text(encoding="utf-8"))
    data["scores"] = data["scores"][:-1]
    case = tmp_path / "c.json"
    case.write_text(json.dumps(data), encoding="utf-8")
    p = vk("validate", str(case), "--format", "json")
    assert p.returncode == 0
    out = json.loads(p.stdout)
    assert [w["code"] for w in out["warnings"]] == ["missing_score"]
    p = vk("analyse", str(case))
    assert p.returncode == 2 and "bvo × btw" in p.stderr


@pytest.mark.parametrize("name", sorted(p.stem for p in INVALID.glob("*.json")))
def test_every_invalid_file_exits_2_with_one_clear_message(name: str) -> None:
    p = vk("validate", str(INVALID / f"{name}.json"))
    assert p.returncode == 2
    no_traceback(p)
    assert p.stdout == ""
    first = p.stderr.splitlines()[0]
    assert ": " in first  # "<place>: <what is wrong>"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("validate", "/nonexistent/case.json"), "niet gevonden"),
        (("validate", "/tmp"), "map"),
        (("analyse", "/dev/null"), "leeg"),
    ],
)
def test_missing_directory_and_empty_files(args: tuple[str, ...], needle: str) -> None:
    p = vk(*args)
    assert p.returncode == 2
    assert needle in p.stderr
    no_traceback(p)


def test_future_version_names_both_versions() -> None:
    p = vk("validate", str(INVALID / "future_version.json"), lang="en")
    assert p.returncode == 2
    assert "version 2" in p.stderr and "version 1" in p.stderr


def test_english_messages_follow_the_locale() -> None:
    p = vk_spawn("validate", str(INVALID / "negative_weight.json"), lang="en")
    assert "profiles[0].weights.geld" in p.stderr and "negative" in p.stderr
    p = vk_spawn("validate", str(INVALID / "negative_weight.json"), "--lang", "nl", lang="en")
    assert "negatief" in p.stderr


def test_unknown_profile_is_refused(example_case_path: Path) -> None:
    p = vk("analyse", str(example_case_path), "--profile", "nobody")
    assert p.returncode == 2 and "nobody" in p.stderr
    no_traceback(p)


def test_default_case_analyses_under_every_profile() -> None:
    if not DEFAULT.exists():
        pytest.skip("default case not written yet")
    profiles = json.loads(DEFAULT.read_text(encoding="utf-8"))["profiles"]
    assert len(profiles) >= 5
    for pid in [pr["id"] for pr in profiles]:
        p = vk("analyse", str(DEFAULT), "--profile", pid, "--format", "json")
        assert p.returncode == 0, p.stderr
        assert json.loads(p.stdout)["profile"] == pid


def test_validate_json_reports_an_invalid_case_on_stdout_too() -> None:
    p = vk("validate", str(INVALID / "negative_weight.json"), "--format", "json")
    assert p.returncode == 2
    out = json.loads(p.stdout)
    assert out["valid"] is False
    assert [(e["code"], e["place"]) for e in out["errors"]] == [
        ("weight_negative", "profiles[0].weights.geld")
    ]
    assert "profiles[0].weights.geld" in p.stderr


def test_version() -> None:
    p = vk_spawn("--version")
    from model.version import VERSION

    assert p.returncode == 0 and p.stdout == f"vormkeuze {VERSION}\n"


def test_a_refusal_keeps_the_file_place_and_adds_the_names(tmp_path: Path) -> None:
    data = json.loads(DEFAULT.read_text(encoding="utf-8"))
    data["scores"][0]["value"] = "+++"
    option = next(o["name"] for o in data["options"] if o["id"] == data["scores"][0]["option"])
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    p = vk("validate", str(bad))
    assert p.returncode == 2
    no_traceback(p)
    assert p.stderr.startswith(f"scores[0].value (Score van {option} op ")
