"""Text from a case file is never read as rich text, and escaped text never reaches the screen.

A hostile case (names with ``<img src=...>``, ``<a href=...>``, ``<b>``) goes through every view
of the main window; every label, tooltip, item of an item view, combo entry, action and dialog
is checked: where Qt would read the text as rich text, no tag from the file is in it raw; where
Qt shows it as plain text, no HTML entity is in it (``&#x27;`` on screen was the opposite bug).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLabel, QWidget

from model.io import dump_case, load_case_data
from tests.gui.conftest import Dialogs, make_window

IMG = '<img src="file:///tmp/vk-evil.png">'
LINK = '<a href="https://vk-phish.example/">klik hier</a>'
BOLD = "<b>vet</b>"
HOSTILE = (IMG, LINK, BOLD, "vk-evil", "vk-phish")
ENTITIES = ("&#x27;", "&#39;", "&lt;", "&gt;", "&amp;", "&quot;")


def hostile(case: Any) -> Any:
    data = dump_case(case)
    data["title"] = f"Casus {BOLD}"
    for k, o in enumerate(data["options"]):
        o["name"] = [f"Optie {IMG}", f"{LINK} optie", f"{BOLD} & 'quotes'"][k % 3] + f" {k}"
        o["description"] = f"Zie {LINK} & 'Reactie op zienswijzen'"

    def walk(nodes: list[dict[str, Any]]) -> None:
        for n in nodes:
            n["name"] = f"{n['name']} {BOLD}" if n.get("children") else f"{n['name']} {LINK}"
            n["description"] = f"'Reactie op zienswijzen' {IMG}"
            walk(n.get("children", []))

    walk(data["criteria"])
    for p in data["profiles"]:
        p["name"] = f"{p['name']} {BOLD}"
        p["description"] = f"{LINK} 'beschrijving'"
    for s in data["scores"][:20]:
        s["rationale"] = f"Omdat {IMG} & {LINK}"
        s["source"] = f"Bron {LINK}"
    out, _ = load_case_data(data)
    return out


def _problem(text: str, rich: bool) -> str | None:
    if rich:
        raw = [h for h in HOSTILE[:3] if h in text]
        return f"read as rich text with {raw}" if raw else None
    shown = [e for e in ENTITIES if e in text]
    return f"escaped text shown plain: {shown}" if shown else None


class Walk:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.checked = 0
        self.with_user_text = 0

    def check(self, where: str, text: Any, rich: bool | None = None) -> None:
        if not isinstance(text, str) or not text:
            return
        self.checked += 1
        if "vk-evil" in text or "vk-phish" in text or "klik hier" in text:
            self.with_user_text += 1
        if rich is None:
            rich = QtGui.mightBeRichText(text)
        problem = _problem(text, rich)
        if problem:
            self.problems.append(f"{where}: {problem}: {text[:120]!r}")

    def label(self, label: QLabel) -> None:
        fmt = label.textFormat()
        text = label.text()
        rich = fmt == Qt.TextFormat.RichText or (
            fmt == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
        )
        self.check(f"label {label.objectName() or type(label.parent()).__name__}", text, rich)
        if label.openExternalLinks():
            self.problems.append(f"label opens external links: {text[:80]!r}")

    def model(self, where: str, model: QAbstractItemModel, parent: QModelIndex) -> None:
        try:
            cols = min(model.columnCount(parent), 60)
        except TypeError:  # a list model: one column
            cols = 1
        rows = min(model.rowCount(parent), 120)
        for r in range(rows):
            for c in range(cols):
                index = model.index(r, c, parent)
                self.check(f"{where}[{r},{c}]", model.data(index), rich=False)
                self.check(f"{where}[{r},{c}] tip", model.data(index, Qt.ItemDataRole.ToolTipRole))
                if c == 0 and model.rowCount(index) > 0:
                    self.model(where, model, index)
        for orient, n in ((Qt.Orientation.Horizontal, cols), (Qt.Orientation.Vertical, rows)):
            for k in range(n):
                self.check(f"{where} header {k}", model.headerData(k, orient), rich=False)
                tip = model.headerData(k, orient, Qt.ItemDataRole.ToolTipRole)
                self.check(f"{where} header {k} tip", tip)

    def widget(self, w: QWidget) -> None:
        name = w.objectName() or type(w).__name__
        self.check(f"{name} tooltip", w.toolTip())
        if isinstance(w, QLabel):
            self.label(w)
        if isinstance(w, QComboBox):
            for k in range(w.count()):
                self.check(f"{name} item {k}", w.itemText(k), rich=False)
                self.check(f"{name} item {k} tip", w.itemData(k, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            self.model(name, w.model(), QModelIndex())

    def everything(self, root: QWidget) -> None:
        for w in [root, *root.findChildren(QWidget)]:
            self.widget(w)
        for a in root.findChildren(QAction):
            self.check(f"action {a.text()}", a.toolTip())


@pytest.mark.parametrize("kind", ["default", "hostile"])
def test_every_label_tooltip_and_item_shows_user_text_as_written(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any, kind: str
) -> None:
    case = hostile(default_case) if kind == "hostile" else default_case
    w = make_window(qtbot, tmp_path, case, settings, views=("*",), lang="nl")
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    walk = Walk()
    for name in w.view_names():
        w.show_view(name)
        QApplication.processEvents()
        view = w.view(name)
        compute = getattr(view, "compute_now", None)
        if callable(compute):
            compute()
        QApplication.processEvents()
        walk.everything(w)
    assert walk.checked > 500
    if kind == "hostile":
        assert walk.with_user_text > 100  # the hostile names really were on screen
    assert walk.problems == []
    w.close()


def test_confirmations_and_errors_are_plain_text(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any, dialogs: Dialogs
) -> None:
    w = make_window(qtbot, tmp_path, hostile(default_case), settings, lang="nl")
    w.show()
    qtbot.waitExposed(w)
    options, criteria = w.view("opties"), w.view("criteria")
    w.show_view("opties")
    options.table.selectRow(0)
    assert options.remove_selected(confirm=True)
    w.show_view("criteria")
    tree = criteria.tree
    tree.setCurrentIndex(tree.model().index(0, 0))
    criteria.remove_selected(confirm=True)
    w.open_file(tmp_path / f"{LINK}.vormkeuze")  # missing: an error dialog naming it
    assert len(dialogs.shown) >= 3
    assert any("vk-evil" in t or "vk-phish" in t for _, t in dialogs.shown)
    assert dialogs.formats and all(f == Qt.TextFormat.PlainText for f in dialogs.formats)
    w.close()


@pytest.mark.parametrize("length", [300, 5000])
def test_long_names_never_widen_the_window(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Any, length: int
) -> None:
    data = dump_case(default_case)
    leaf = data["criteria"][0]
    while leaf.get("children"):
        leaf = leaf["children"][0]
    leaf["name"] = ("Lang criterium " * length)[:length]
    data["options"][0]["name"] = ("Lange optie " * length)[:length]
    data["profiles"][0]["name"] = ("Lang profiel " * length)[:length]
    case, _ = load_case_data(data)
    w = make_window(qtbot, tmp_path, case, settings, views=("*",), lang="nl")
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    for name in w.view_names():
        w.show_view(name)
        view = w.view(name)
        if callable(getattr(view, "compute_now", None)):
            view.compute_now()
        QApplication.processEvents()
        assert w.minimumSizeHint().width() <= 1280, name
        assert w.width() <= 1280, name  # never wider than it was made
    w.close()
