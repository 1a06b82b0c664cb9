"""Files as people expect: Dutch file dialogs, Documents folder, clean names, no stray documents."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

import resources
from gui import i18n
from gui.desk.files import OPTIONS, clean_file_name, documents_folder
from gui.desk.readonly import holder_text
from gui.main_window import MainWindow

ENGLISH = re.compile(
    r"\b(Look in|Files of|File name|Save|Open|Cancel|Back|Forward|Parent|Detail|List View|"
    r"Create New Folder|Name|Size|Date Modified)\b"  # "Type" is Dutch too
)


def test_qt_file_dialog_shows_no_english_in_dutch(qtbot: Any, tmp_path: Path) -> None:
    i18n.install(QApplication.instance(), "nl")  # type: ignore[arg-type]
    dialog = QFileDialog(None, "Opslaan als", str(tmp_path), "Vormkeuze-documenten (*.vormkeuze)")
    qtbot.addWidget(dialog)
    dialog.setOptions(OPTIONS)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.show()
    texts = [w.text() for w in dialog.findChildren(QLabel)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    texts += [b.toolTip() for b in dialog.findChildren(QAbstractButton)]
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeView

    for view in dialog.findChildren(QTreeView):
        model = view.model()
        texts += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
    shown = [t.replace("&", "") for t in texts if t]
    assert "Zoeken in:" in shown and "Bestandstype:" in shown
    assert [t for t in shown if ENGLISH.search(t)] == []


def test_clean_file_names_keep_the_title() -> None:
    title = "Samenwerkingsvorm Heemstede–Bloemendaal (stap 2)"
    assert clean_file_name(title) == title
    assert clean_file_name('Wat: "A/B" of C?') == "Wat A B of C"
    assert clean_file_name(" ... ") == "casus"
    assert documents_folder().is_dir()


def test_save_as_proposes_the_documents_folder(
    window: MainWindow, monkeypatch: Any, tmp_path: Path
) -> None:
    seen: dict[str, Any] = {}

    def fake(parent: Any, caption: str, path: str, filters: str, sel: str, options: Any) -> Any:
        seen.update(path=path, options=options)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    assert not window.save_as()
    suggested = Path(seen["path"])
    assert suggested.parent == documents_folder()
    assert suggested.name == clean_file_name(window.session.case.title) + ".vormkeuze"
    assert seen["options"] & QFileDialog.Option.DontUseNativeDialog


def test_an_invalid_file_creates_no_document(
    window: MainWindow, tmp_path: Path, dialogs: Any
) -> None:
    data = json.loads(resources.default_case_path().read_text(encoding="utf-8"))
    data["scores"][0]["value"] = "+++"
    bad = tmp_path / "kapot.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    before = window.document
    folder = window.folder()
    files_before = sorted(folder.glob("*.vormkeuze"))
    assert not window.open_file(bad)
    assert window.document is before
    assert sorted(folder.glob("*.vormkeuze")) == files_before
    message = "\n".join(dialogs.texts("warning"))
    assert "scores[0]" not in message and "Score of " in message


def test_an_invalid_file_at_start_goes_on_with_the_last_document(tmp_path: Path) -> None:
    from gui.app import _initial
    from model.document import Document
    from model.io import load_case_file

    case, _ = load_case_file(resources.default_case_path())
    last = Document.create(tmp_path / "werk.vormkeuze", case, author="a")
    last.close()
    bad = tmp_path / "kapot.json"
    bad.write_text("{", encoding="utf-8")
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    args = argparse.Namespace(case=str(bad))
    _case, doc, errors = _initial(
        args, "en", screenshot=False, data_dir=data_dir, fallback=[str(tmp_path / "werk.vormkeuze")]
    )
    assert errors and doc is not None
    assert Path(doc.path).name == "werk.vormkeuze"  # type: ignore[attr-defined]
    assert list(data_dir.glob("*.vormkeuze")) == []
    doc.close()  # type: ignore[attr-defined]


def test_who_holds_the_document_in_words() -> None:
    class Doc:
        path = "/x/werk.vormkeuze"
        locked_by = {"author": "anna", "host": "laptop-7", "pid": 3, "time": "2026-12-01T13:05:00"}

    text = holder_text(Doc())
    assert "anna" in text and "laptop-7" in text and "13:05" in text and "werk.vormkeuze" in text


def test_a_document_held_elsewhere_at_start_shows_the_bar(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    from gui.desk.readonly import ReadOnlyBar
    from model.document import Document
    from model.session import Session

    Document.create(tmp_path / "werk.vormkeuze", default_case, author="anna").close()
    holder = Document.open(tmp_path / "werk.vormkeuze", author="anna")
    try:
        doc = Document.open(tmp_path / "werk.vormkeuze", author="bert")
        assert doc.readonly
        w = MainWindow(Session(doc.case), document=doc, settings=settings, lang="en")
        qtbot.addWidget(w)
        bar = w.findChild(ReadOnlyBar, "readOnlyBar")
        assert isinstance(bar, ReadOnlyBar) and not bar.isHidden()
        assert "anna" in bar.label.text()
        w.close()
    finally:
        holder.close()
