"""The app's history and ``vormkeuze history`` say the same words for the same edit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cli.main import main
from gui import i18n
from gui.views.history import HistoryView
from model.case import Criterion, Option, Scale
from model.commands import AddCriterion, Command, SetCaseInfo, SetOption, SetWeight, edit_score
from model.unit_commands import add_unit
from tests.gui.conftest import make_window


def cli(capsys: pytest.CaptureFixture[str], lang: str, *args: str) -> str:
    code = main(["--lang", lang, *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_cli_history_says_what_the_app_history_says(
    qtbot: Any,
    qapp: Any,
    tmp_path: Path,
    default_case: Any,
    settings: Any,
    capsys: pytest.CaptureFixture[str],
    lang: str,
) -> None:
    i18n.install(qapp, lang)
    window = make_window(qtbot, tmp_path, default_case, settings, lang=lang)
    case = window.session.case
    leaf = Criterion(
        id="draagvlak", name="Draagvlak", scale=Scale(kind="numeric", worst=0, best=10)
    )
    steps: list[Command] = [
        edit_score(case, "pso", "btw", rationale="Nieuwe onderbouwing"),
        SetWeight(profile_id="raad-heemstede", node="financien", value=62.5),
        SetOption(option_id="nieuw", option=Option(id="nieuw", name="Lichte regeling")),
        AddCriterion(parent=case.criteria[0].id, criterion=leaf),
        add_unit(case, "Heemstede"),
        SetCaseInfo(title="Andere titel"),
    ]
    for command in steps:
        assert window.push(command)
    view = window.view("geschiedenis")
    assert isinstance(view, HistoryView)
    window.show_view("geschiedenis")
    m = view.history_model
    app_rows = [(m.index(r, 2).data(), m.index(r, 3).data()) for r in range(m.rowCount())]
    assert len(app_rows) == len(steps)
    assert window.document is not None
    path = str(window.document.path)

    entries = json.loads(cli(capsys, lang, "history", path, "--format", "json"))["entries"]
    said = [
        w["edit"] + (f": {w['subject']}" if w["subject"] else "")
        for w in (e["words"] for e in entries)
    ]
    cli_rows = list(zip(said, [e["words"]["details"] for e in entries], strict=True))
    assert cli_rows[::-1] == app_rows  # the app shows the newest first
    table = cli(capsys, lang, "history", path).splitlines()[1:]
    for line, entry in zip(table, entries, strict=True):
        words = entry["words"]
        assert words["edit"] in line and words["subject"] in line and words["details"] in line
    weight = app_rows[-2]
    expected = "62,5" if lang == "nl" else "62.5"
    assert weight[0].startswith("Gewicht gewijzigd" if lang == "nl" else "Weight changed")
    assert weight[1].endswith(f"→ {expected}")
    window.close()
