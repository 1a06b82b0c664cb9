"""``--unit`` on the analyses, and what ``validate`` says about units and hindsight."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.cli.run import captured as run
from tests.model.units_case import units_case_data
from words.hyphenation import wrap


def write(tmp_path: Path, data: dict[str, Any], name: str = "units.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "args",
    [
        ["analyse"],
        ["sensitivity", "--criterion", "x"],
        ["robustness", "--uniform", "--samples", "50", "--seed", "1"],
        ["stability", "--target", "c"],
    ],
)
def test_unit_json_carries_the_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    path = write(tmp_path, units_case_data())
    code, out, _ = run(capsys, args[0], path, *args[1:], "--unit", "t2", "--format", "json")
    assert code == 0
    obj = json.loads(out)
    assert obj["unit"] == "t2"
    code, out, _ = run(capsys, args[0], path, *args[1:], "--format", "json")
    assert code == 0 and "unit" not in json.loads(out)


@pytest.mark.parametrize(
    "args",
    [
        ["analyse"],
        ["sensitivity", "--criterion", "x"],
        ["robustness", "--uniform", "--samples", "50"],
        ["stability", "--target", "c"],
    ],
)
def test_unknown_unit_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    data = units_case_data()
    path = write(tmp_path, data)
    code, out, err = run(capsys, args[0], path, *args[1:], "--unit", "zz", "--format", "json")
    assert code == 2 and out == ""
    assert "onderdeel 'zz'" in err and "t1, t2, t3" in err
    del data["units"]
    data["scores"] = [s for s in data["scores"] if "unit" not in s]
    bare = write(tmp_path, data, "bare.json")
    code, _, err = run(capsys, args[0], bare, *args[1:], "--unit", "t1", lang="en")
    assert code == 2 and "no unit 't1'" in err


def test_analyse_table_names_the_unit_and_its_exclusions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "analyse", write(tmp_path, units_case_data()), "--unit", "t2")
    assert code == 0
    assert "Onderdeel: Team twee (t2)" in out
    assert "zonder A: Kan dit team niet dienen." in out


def test_validate_warns_per_unit_and_for_hindsight(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = units_case_data()
    data["scores"] = [s for s in data["scores"] if (s["option"], s["criterion"]) != ("b", "y")]
    data["as_of"] = "2019"
    data["scores"][0]["source_date"] = "2020-03"
    code, out, err = run(capsys, "validate", write(tmp_path, data), "--format", "json")
    assert code == 0
    warnings = json.loads(out)["warnings"]
    codes = [w["code"] for w in warnings]
    assert codes.count("missing_unit_score") == 3 and codes.count("hindsight_source") == 1
    assert "Team drie: nog geen score voor b × y" in err
    assert "bron van na het beslismoment" in err


def test_portfolio_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "portfolio", write(tmp_path, units_case_data()), "--format", "json")
    assert code == 0
    obj = json.loads(out)
    assert set(obj) == {"profile", "units", "portfolios", "uniformity_cost"}
    assert obj["profile"] == "p"
    assert [u["id"] for u in obj["units"]] == ["t1", "t2", "t3"]
    assert [u["best"] for u in obj["units"]] == ["a", "b", "c"]
    assert "a" not in obj["units"][1]["values"]
    assert [p["forms"] for p in obj["portfolios"]] == [1, 2, 3]
    assert obj["portfolios"][0] == {
        "forms": 1,
        "assignment": {"t1": "c", "t2": "c", "t3": "c"},
        "value": pytest.approx(64.5),
    }
    assert obj["uniformity_cost"] == pytest.approx(1.0)


def test_portfolio_table_and_profile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, units_case_data())
    code, out, _ = run(capsys, "portfolio", path, "--profile", "q")
    assert code == 0
    assert "Profiel: Q (q)" in out and "Hoogstens 1 vorm: 90,0" in out
    assert "Team twee" in out and "—" in out
    code, out, _ = run(capsys, "portfolio", path, lang="en")
    assert "At most 2 forms: 65.5  (A: Team een; C: Team twee, Team drie)" in out


def test_portfolio_without_units_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = units_case_data()
    del data["units"]
    data["scores"] = [s for s in data["scores"] if "unit" not in s]
    code, out, err = run(capsys, "portfolio", write(tmp_path, data), "--format", "json")
    assert code == 2 and out == ""
    assert "geen onderdelen" in err


def test_portfolio_impossible_k_is_null(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = units_case_data()
    data["units"][0]["exclude"] = [{"option": "c", "reason": "Past niet."}]
    data["units"][1]["exclude"] = [
        {"option": "a", "reason": "Past niet."},
        {"option": "b", "reason": "Past niet."},
    ]
    path = write(tmp_path, data)
    code, out, _ = run(capsys, "portfolio", path, "--format", "json")
    obj = json.loads(out)
    # t1 cannot take c, t2 can take only c: no single form serves both
    assert obj["portfolios"][0] == {"forms": 1, "assignment": None, "value": None}
    assert obj["uniformity_cost"] is None
    code, out, _ = run(capsys, "portfolio", path)
    assert code == 0 and "niet mogelijk" in out


def test_portfolio_table_of_the_default_case_is_readable(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Long option names wrap at Dutch syllables over several head lines; a k that allows
    more forms but finds the same choice says so instead of listing every team again."""
    import resources

    code, out, _ = run(capsys, "portfolio", str(resources.default_case_path()))
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 140
    head = lines[1 : next(i for i, line in enumerate(lines) if line.startswith("Onderdeel")) + 1]
    assert len(head) > 1  # the heads wrap
    for name in ("Regeling zonder meer", "Bedrijfsvoeringsorganisatie (BVO)", "Ontvlechten"):
        pieces = wrap(name, 13)
        assert "".join(pieces).replace("-", "").replace(" ", "") == name.replace(" ", "")
        assert all(any(piece in line for line in head) for piece in pieces), (name, pieces)
    # the digits of one column stand under each other, with or without the best-option mark
    row = next(line for line in lines if line.startswith("Informatisering"))
    other = next(line for line in lines if line.startswith("Communicatie"))
    assert row.index("*") == other.index("*")
    assert "Hoogstens 2 vormen: " in out and "dezelfde keuze als met hoogstens 1 vorm" in out


def test_a_unit_with_one_option_left_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing to rank in a team that can take one form only: the message says which team and
    which form, and points to ``portfolio``, which handles it."""
    data = units_case_data()
    data["units"][1]["exclude"] = [
        {"option": "a", "reason": "Past niet."},
        {"option": "b", "reason": "Past niet."},
    ]
    path = write(tmp_path, data)
    for command in (["analyse"], ["sensitivity", "--criterion", "x"]):
        code, out, err = run(capsys, *command, path, "--unit", "t2")
        assert code == 2 and out == ""
        assert "units[1] (Onderdeel Team twee): Team twee sluit alle opties uit behalve C" in err
        assert "portfolio" in err and "Traceback" not in err
    code, _, err = run(capsys, "analyse", path, "--unit", "t2", lang="en")
    assert code == 2 and "excludes every option but C" in err
    code, out, _ = run(capsys, "portfolio", path)
    assert code == 0 and "Team twee" in out


def test_warnings_say_their_place_in_the_case_names(capsys: pytest.CaptureFixture[str]) -> None:
    import resources

    code, _, err = run(capsys, "validate", str(resources.default_case_path()))
    assert code == 0
    lines = [line for line in err.splitlines() if line.startswith("waarschuwing: ")]
    assert lines and all("(Datum van de bron van " in line for line in lines), lines
    assert any("Centrumregeling op Prijs-kwaliteitverhouding" in line for line in lines)
