"""The main window: views, undo/redo through the document, opening files, language."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from gui import i18n
from gui.main_window import MainWindow
from model.commands import SetWeight, edit_score
from model.io import dump_case, load_case_file
from tests.gui.conftest import make_window

OWN_VIEWS = ["resultaat", "scores", "opties", "criteria", "geschiedenis"]


def test_smoke_every_view_on_the_default_case(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:

    w = make_window(qtbot, tmp_path, default_case, settings, views=("*",))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    assert set(OWN_VIEWS) <= set(w.view_names())
    for name in w.view_names():
        w.show_view(name)
        QApplication.processEvents()
        view = w.view(name)
        assert view.isVisible(), name
    assert "case.vormkeuze" in w.windowTitle()
    assert default_case.title in w.windowTitle()
    w.close()


def test_push_is_persisted_and_undo_redo_name_the_command(window: MainWindow) -> None:
    case = window.session.case
    old = case.score_by_pair[("pso", "btw")]
    assert window.push(edit_score(case, "pso", "btw", value="--"))
    assert window.session.case.score_by_pair[("pso", "btw")].value == "--"
    assert window.document.history(limit=1)[0].kind == "SetScore"
    assert window.action_undo.isEnabled()
    assert "Change score" in window.action_undo.text()
    window.action_undo.trigger()
    assert window.session.case.score_by_pair[("pso", "btw")] == old
    assert "Change score" in window.action_redo.text()
    window.action_redo.trigger()
    assert window.session.case.score_by_pair[("pso", "btw")].value == "--"
    reopened, _ = load_case_file(window.document.path)
    assert reopened.score_by_pair[("pso", "btw")].value == "--"


def test_a_slider_drag_is_one_undo_step(window: MainWindow) -> None:
    pid = window.session.profile_id
    before = window.session.case.profile(pid)
    token = object()
    for value in (10, 20, 30, 40):
        assert window.push(
            SetWeight(profile_id=pid, node="bestuur", value=value), merge_token=token
        )
    assert window.undo_stack.count() == 1
    assert window.session.case.profile(pid).weights["bestuur"] == 40
    window.undo_stack.undo()
    assert window.session.case.profile(pid) == before
    window.undo_stack.redo()
    assert window.session.case.profile(pid).weights["bestuur"] == 40
    # a new drag (new token) is a new step
    window.push(SetWeight(profile_id=pid, node="bestuur", value=50), merge_token=object())
    assert window.undo_stack.count() == 2


def test_a_released_slider_drag_is_on_disk_as_one_history_row(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings, views=("gewichten",))
    w.show()
    qtbot.waitExposed(w)
    doc = w.document
    assert doc is not None
    levels: list[str] = []
    level = ["FULL"]

    def trace(sql: str) -> None:  # the synchronous level in force at each COMMIT
        text = sql.strip().upper()
        if text.startswith("PRAGMA SYNCHRONOUS ="):
            level[0] = text.split("=")[1].strip()
        elif text == "COMMIT":
            levels.append(level[0])

    doc._conn.set_trace_callback(trace)  # type: ignore[union-attr]
    before = doc.history_count()
    slider = w.view("gewichten").row("bestuur").slider
    slider.setSliderDown(True)  # emits sliderPressed: a drag begins
    for v in (11, 22, 33):
        slider.setValue(v)
    assert levels == ["NORMAL"] * 3  # the steps of a drag still going on skip the fsync
    slider.setSliderDown(False)  # emits sliderReleased: the drag goes to disk
    assert levels == ["NORMAL"] * 3 + ["FULL"]
    assert doc.history_count() == before + 1
    assert w.undo_stack.count() == 1
    reopened, _ = load_case_file(doc.path)
    assert (reopened.profile(w.session.profile_id).weights or {})["bestuur"] == 33
    w.close()


def test_a_refused_command_shows_one_message_and_changes_nothing(
    window: MainWindow, dialogs: Any
) -> None:
    case = window.session.case
    assert not window.push(edit_score(case, "pso", "btw", value="veel beter"))
    assert window.session.case is case
    assert window.undo_stack.count() == 0
    assert len(dialogs.shown) == 1
    assert "veel beter" in dialogs.shown[0][1]


def _bad_files(tmp: Path, good: dict[str, Any]) -> dict[str, Path]:
    tmp.mkdir()
    (tmp / "folder.json").mkdir()
    (tmp / "binary.json").write_bytes(bytes(range(256)) * 4)
    (tmp / "text.json").write_text("this is { not json", encoding="utf-8")
    newer = dict(good, version=2)
    (tmp / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    invalid = dict(good, options=[{"id": "x", "name": "X"}, {"id": "x", "name": "Y"}])
    (tmp / "invalid.json").write_text(json.dumps(invalid), encoding="utf-8")
    sqlite3.connect(tmp / "other.vormkeuze").execute("CREATE TABLE t (a)").connection.close()
    return {
        "missing": tmp / "nothing-here.json",
        "directory": tmp / "folder.json",
        "binary": tmp / "binary.json",
        "not json": tmp / "text.json",
        "newer version": tmp / "newer.json",
        "invalid case": tmp / "invalid.json",
        "foreign database": tmp / "other.vormkeuze",
    }


@pytest.mark.parametrize(
    "kind",
    [
        "missing",
        "directory",
        "binary",
        "not json",
        "newer version",
        "invalid case",
        "foreign database",
    ],
)
def test_opening_a_bad_file_shows_an_error_and_keeps_the_case(
    window: MainWindow, dialogs: Any, tmp_path: Path, kind: str
) -> None:
    path = _bad_files(tmp_path / "bad", dump_case(window.session.case))[kind]
    doc, case = window.document, window.session.case
    assert not window.open_file(path)
    assert len(dialogs.texts("warning")) == 1
    assert str(path) in dialogs.texts("warning")[0] or path.name in dialogs.texts("warning")[0]
    assert window.document is doc and window.session.case is case
    assert window.isVisible()
    # the app still works
    assert window.push(edit_score(case, "pso", "btw", value="--"))


def test_open_json_makes_a_new_document_and_remembers_it(
    window: MainWindow, tmp_path: Path, settings: Any
) -> None:
    src = tmp_path / "mijn-casus.json"
    case = window.session.case.replace(title="Andere casus")
    src.write_text(json.dumps(dump_case(case)), encoding="utf-8")
    window.push(edit_score(window.session.case, "pso", "btw", value="--"))
    assert window.open_file(src)
    assert window.session.case.title == "Andere casus"
    assert Path(window.document.path).parent == tmp_path / "data"
    assert Path(window.document.path).name == "mijn-casus.vormkeuze"
    assert window.undo_stack.count() == 0
    assert "Andere casus" in window.windowTitle()
    assert settings.recent_files[0] == str(Path(window.document.path).resolve())
    # and the first document opens again from the recent list
    first = tmp_path / "case.vormkeuze"
    assert window.open_file(first)
    assert window.session.case.score_by_pair[("pso", "btw")].value == "--"


def test_save_as_and_export_json(window: MainWindow, tmp_path: Path) -> None:
    window.push(edit_score(window.session.case, "pso", "btw", value="--"))
    assert window.save_as(tmp_path / "kopie")
    assert Path(window.document.path).name == "kopie.vormkeuze"
    assert window.undo_stack.count() == 1  # undo survives "save as"
    assert window.export_json(tmp_path / "uit.json")
    exported, _ = load_case_file(tmp_path / "uit.json")
    assert exported == window.session.case
    window.undo_stack.undo()
    assert window.session.case.score_by_pair[("pso", "btw")].value != "--"


def test_new_document_starts_from_the_default_case(window: MainWindow, default_case: Any) -> None:
    window.push(edit_score(window.session.case, "pso", "btw", value="--"))
    assert window.new_document()
    assert window.session.case == default_case
    assert Path(window.document.path).parent == window.data_dir


def test_a_document_in_use_opens_read_only_and_refuses_edits(
    window: MainWindow, tmp_path: Path, default_case: Any, dialogs: Any, monkeypatch: Any
) -> None:
    from model.document import Document

    other = Document.create(tmp_path / "in-use.vormkeuze", default_case, author="someone")
    other.close()
    real_open = Document.open

    def open_in_use(path: Any, **kw: Any) -> Any:  # as when another process holds the lock
        doc = real_open(path, readonly=True)
        doc.locked_by = {"author": "anna", "host": "laptop-7", "pid": 1, "time": None}
        return doc

    monkeypatch.setattr(Document, "open", staticmethod(open_in_use))
    assert window.open_file(tmp_path / "in-use.vormkeuze")
    assert window.document.readonly
    assert "read-only" in window.windowTitle()
    from gui.desk.readonly import ReadOnlyBar

    bar = window.findChild(ReadOnlyBar, "readOnlyBar")
    assert isinstance(bar, ReadOnlyBar) and bar.isVisible()
    assert "anna" in bar.label.text() and "laptop-7" in bar.label.text()
    before = window.session.case
    for value in ("--", "-", "0"):  # a drag: no dialog per move, the case stays as it was
        assert not window.push(edit_score(window.session.case, "pso", "btw", value=value))
    assert window.session.case is before
    assert not dialogs.shown
    assert "Read-only" in window.statusBar().currentMessage()
    # a copy to try things in: writable, the same case, the bar gone
    bar.copy_button.click()
    assert not window.document.readonly
    assert window.session.case == before
    assert "in-use" in Path(window.document.path).name and not bar.isVisible()
    assert window.push(edit_score(window.session.case, "pso", "btw", value="--"))


@pytest.mark.parametrize(
    ("lang", "file_menu", "undo"), [("nl", "&Bestand", "&Ongedaan maken"), ("en", "&File", "&Undo")]
)
def test_language_shows_dutch_or_english(
    qtbot: Any,
    qapp: Any,
    tmp_path: Path,
    default_case: Any,
    settings: Any,
    lang: str,
    file_menu: str,
    undo: str,
) -> None:
    i18n.install(qapp, lang)
    w = make_window(qtbot, tmp_path, default_case, settings, lang=lang)
    assert w.menus["file"].title() == file_menu
    assert w.action_undo.text() == undo
    names = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert ("Geschiedenis" in names) == (lang == "nl")
    w.close()


def test_language_setting_is_remembered(window: MainWindow, settings: Any, dialogs: Any) -> None:
    window.set_language("nl")
    assert settings.language == "nl"
    assert window.language_actions["nl"].isChecked()
    assert dialogs.texts("information")  # says when it takes effect


def test_layout_is_saved_on_close(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings)
    w.resize(1000, 700)
    w.close()
    assert settings.geometry is not None and settings.window_state is not None


def test_screenshot_renders_a_view_at_the_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    from gui.app import main

    out = tmp_path / "scores.png"
    assert (
        main(["--screenshot", str(out), "--view", "scores", "--size", "900x600", "--lang", "en"])
        == 0
    )
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert main(["--screenshot", str(out), "--view", "nope", "--lang", "en"]) == 2


def test_presentation_shows_the_choices_made_in_the_window(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    from gui.charts.headtohead import HeadToHeadChart
    from gui.charts.state import PairState

    w = make_window(qtbot, tmp_path, default_case, settings, views=("headtohead",))
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.show_view("headtohead")
    chart = w.view("headtohead")
    assert isinstance(chart, HeadToHeadChart)
    ids = w.session.case.option_ids
    chart.set_state(PairState(ids[-1], ids[0]))
    assert chart.state() == PairState(ids[-1], ids[0])
    pres = w.present("headtohead")
    try:
        assert pres.panel.charts["headtohead"].state() == PairState(ids[-1], ids[0])
    finally:
        pres.close()
    w.close()
