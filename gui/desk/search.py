"""Zoeken (Ctrl+F): find any text in options, criteria, rationales and sources; go to it.

A small tool window over :class:`model.search.SearchIndex`.  The index is built when the window
is first opened and refreshed after every edit while it exists; a result goes to its cell in the
scores grid (rationales, sources), or to the Options or Criteria view (names, descriptions).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from gui.desk.navigate import show_cell
from gui.desk.provisional import pair_name
from gui.host import WindowHost, subscribe
from gui.i18n import translate
from model.case import Case
from model.search import Hit, SearchIndex

HitRole = Qt.ItemDataRole.UserRole + 1


def field_words(field: str) -> str:
    return {
        "name": translate("Search", "name"),
        "description": translate("Search", "description"),
        "legal_basis": translate("Search", "legal basis"),
        "rationale": translate("Search", "rationale"),
        "source": translate("Search", "source"),
    }.get(field, field)


def hit_title(case: Case, hit: Hit) -> str:
    """Where the text is: "Regeling zonder meer · Continuïteit — bron"."""
    if hit.kind == "score" and hit.option and hit.criterion:
        where = pair_name(case, hit.option, hit.criterion)
    elif hit.kind == "option" and hit.option:
        name = next((o.name for o in case.options if o.id == hit.option), hit.option)
        where = translate("Search", "Option {name}").format(name=name)
    else:
        node = case.node_by_id.get(hit.criterion or "")
        name = node.name if node is not None else (hit.criterion or "")
        where = translate("Search", "Criterion {name}").format(name=name)
    if hit.unit:
        unit = next((u.name for u in case.units or () if u.id == hit.unit), hit.unit)
        where += f" ({unit})"
    return f"{where} — {field_words(hit.field)}"


def excerpt(text: str, words: list[str], width: int = 110) -> str:
    """The part of ``text`` around the first word found, on one line."""
    flat = " ".join(text.split())
    low = flat.casefold()
    at = min((p for p in (low.find(w.casefold()) for w in words) if p >= 0), default=0)
    start = max(0, at - width // 3)
    piece = flat[start : start + width]
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(flat) else "")


class SearchWindow(QDialog):
    """Type to search; Enter or a double-click goes to the selected result."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.widget)
        self.setObjectName("searchWindow")
        self.setWindowTitle(translate("Search", "Search"))
        self.setModal(False)
        self.host = host
        self.session = host.session
        self.index = SearchIndex(self.session.case)
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            translate("Search", "Words in names, descriptions, rationales or sources")
        )
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _t: self._timer.start())
        self.field.returnPressed.connect(self._on_q_enter)
        self.results.itemActivated.connect(self._on_q_activated)
        subscribe(self, self.session, changed=self._on_changed)
        self.resize(560, 420)
        self.run()

    def _on_changed(self, command: object, old: Case, new: Case) -> None:
        if self.index.refresh(new) and self.isVisible():
            self._timer.start()

    def run(self) -> list[Hit]:
        """Search for the field's words now and list the results."""
        self._timer.stop()
        case = self.session.case
        self.index.refresh(case)
        text = self.field.text().strip()
        hits = self.index.search(text) if text else []
        words = text.split()
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(hit_title(case, hit) + "\n" + excerpt(hit.text, words))
            item.setData(HitRole, hit)
            item.setToolTip(hit.text if len(hit.text) < 2000 else hit.text[:2000] + "…")
            self.results.addItem(item)
        if not text:
            self.summary.setText(translate("Search", "Type a word to search the case."))
        elif not hits:
            self.summary.setText(
                translate("Search", "Nothing found for “{text}”.").format(text=text)
            )
        else:
            cells = len({(h.option, h.criterion) for h in hits if h.kind == "score"})
            self.summary.setText(
                translate("Search", "{n} texts found, in {cells} score cells.").format(
                    n=len(hits), cells=cells
                )
            )
        if hits:
            self.results.setCurrentRow(0)
        return hits

    def _on_q_enter(self) -> None:
        if self._timer.isActive():
            self.run()
        item = self.results.currentItem()
        if item is not None:
            self._on_q_activated(item)

    def _on_q_activated(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if isinstance(hit, Hit):
            go_to(self.host, hit)

    def open_and_focus(self) -> None:
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise a window
            self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()


def go_to(window: WindowHost, hit: Hit) -> bool:
    """Show where ``hit`` is: its score cell, or the option or criterion."""
    if hit.kind == "score" and hit.option and hit.criterion:
        return show_cell(window, hit.option, hit.criterion)
    name = "opties" if hit.kind == "option" else "criteria"
    if name not in window.view_names():
        return False
    from gui.views.criteria import CriteriaView  # made already: the window has these views
    from gui.views.options import OptionsView

    window.show_view(name)
    view = window.view(name)
    option_ids = window.session.case.option_ids
    if hit.kind == "option" and hit.option in option_ids and isinstance(view, OptionsView):
        view.select_row(option_ids.index(hit.option))
    elif hit.kind == "criterion" and isinstance(view, CriteriaView):
        view.select(hit.criterion)
    return True


def open_search(window: WindowHost) -> SearchWindow:
    """The window's search tool (one per main window), shown with the field focused."""
    existing = window.widget.findChild(SearchWindow, "searchWindow")
    panel = existing if isinstance(existing, SearchWindow) else SearchWindow(window)
    panel.open_and_focus()
    return panel
