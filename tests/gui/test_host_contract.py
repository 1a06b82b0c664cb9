"""The window's typed contract stays (issue 12): views and desk tools reach the window through
``gui.host`` (``ViewHost``, ``WindowHost``) and views through their classes, never by asking an
object for a member by name.

The source of ``gui/`` and ``cli/`` is read (ast), nothing is imported, and these fail:
- ``getattr(x, "name", ...)`` / ``hasattr(x, "name")`` where ``x`` is a window, host, view or
  the open document (a name, attribute or call ending in one of :data:`WINDOWISH`);
- a parameter called ``window``, ``host``, ``view``… annotated ``Any``;
- ``self.window = ...`` (it shadows ``QWidget.window()``);
- ``except ModuleNotFoundError`` / ``except ImportError`` ("if this module exists yet").

What is left on purpose is in :data:`ALLOWED`, each with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gui.host import StandaloneHost, ViewHost, WindowHost
from gui.main_window import MainWindow
from gui.views.scores import ScoresView
from model.case import Case
from model.session import Session

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("gui", "cli")

#: what names a window, a host or a view (the last part of ``x`` in ``getattr(x, ...)``)
WINDOWISH = frozenset(
    {
        "window",
        "window_",
        "main_window",
        "host",
        "view",
        "views",
        "made_view",
        "place",
        "current",
        "current_view",
        "currentWidget",
        "panel",
        "pres",
        "presentation",
        "scores",
        "document",  # the open document: a model.document.Document, typed
    }
)
#: parameters that hold a window, a host or a view
WINDOWISH_PARAMETERS = frozenset({"window", "main_window", "host", "view", "pres", "presentation"})

#: (file, finding) -> why it stays. Remove an entry when its line is mended.
ALLOWED: dict[tuple[str, str], str] = {}


def sources() -> Iterator[tuple[str, ast.Module]]:
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            yield rel, ast.parse(path.read_text(encoding="utf-8"), filename=rel)


def tail(node: ast.expr) -> str | None:
    """The last name of ``x``: ``window`` for ``self.window``, ``view`` for ``w.view("a")``."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Call):
        return tail(node.func)
    if isinstance(node, ast.Subscript):
        return tail(node.value)
    return None


def is_any(annotation: ast.expr | None) -> bool:
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value in ("Any", "typing.Any")
    return (isinstance(annotation, ast.Name) and annotation.id == "Any") or (
        isinstance(annotation, ast.Attribute) and annotation.attr == "Any"
    )


def findings(tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, finding) for every breach of the contract in one module."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("getattr", "hasattr")
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and isinstance(node.args[1].value, str)
            and tail(node.args[0]) in WINDOWISH
        ):
            yield (
                node.lineno,
                f"{node.func.id}({ast.unparse(node.args[0])}, {node.args[1].value!r})",
            )
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            a = node.args
            for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs]:
                if arg.arg in WINDOWISH_PARAMETERS and is_any(arg.annotation):
                    yield arg.lineno, f"{node.name}({arg.arg}: Any)"
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for t in targets:
                if (
                    isinstance(t, ast.Attribute)
                    and t.attr == "window"
                    and isinstance(t.value, ast.Name)
                    and t.value.id == "self"
                ):
                    yield t.lineno, "self.window = ..."
        elif isinstance(node, ast.ExceptHandler) and node.type is not None:
            caught = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
            for c in caught:
                if isinstance(c, ast.Name) and c.id in ("ModuleNotFoundError", "ImportError"):
                    yield node.lineno, f"except {c.id}"


def test_no_window_host_or_view_is_probed_by_name() -> None:
    found = [
        f"{rel}:{line}: {what}"
        for rel, tree in sources()
        for line, what in findings(tree)
        if (rel, what) not in ALLOWED
    ]
    assert found == [], "use gui.host (ViewHost, WindowHost) or the view's class:\n" + "\n".join(
        found
    )


def test_every_allowed_exception_says_why() -> None:
    assert all(len(reason) > 20 for reason in ALLOWED.values())


# --- the checker itself: it finds what it is meant to find ------------------------------------
BREACHES = """
from typing import Any
import typing

def a(window: Any) -> None:
    getattr(window, "view_names", None)

def b(host: "Any") -> None:
    if hasattr(host, "undo_stack"):
        pass

class V:
    def __init__(self, view: typing.Any) -> None:
        self.window = view
        getattr(self.panel.current, "unpin", None)
        getattr(self.view("deelname"), "ask_and_start", None)

try:
    import cli.report_commands
except ModuleNotFoundError:
    pass
"""

FINE = """
from typing import Any

def c(data: Any, window: "WindowHost") -> None:
    getattr(data, "x", None)          # JSON data, not a window
    getattr(module, name)             # not a literal: the catalogue's loader
    getattr(self, "_columns", 0)      # an object's own state
    self.host = window
"""


def test_the_checker_finds_each_kind_of_breach() -> None:
    got = [what for _line, what in sorted(findings(ast.parse(BREACHES)))]
    assert got == [
        "a(window: Any)",
        "getattr(window, 'view_names')",
        "b(host: Any)",
        "hasattr(host, 'undo_stack')",
        "__init__(view: Any)",
        "self.window = ...",
        "getattr(self.panel.current, 'unpin')",
        "getattr(self.view('deelname'), 'ask_and_start')",
        "except ModuleNotFoundError",
    ]


def test_the_checker_leaves_data_and_own_state_alone() -> None:
    assert list(findings(ast.parse(FINE))) == []


# --- the contract at run time ---------------------------------------------------------------
def test_the_main_window_is_a_window_host_and_a_standalone_host_is_not(
    window: MainWindow, default_case: Case
) -> None:
    assert isinstance(window, WindowHost)
    standalone: ViewHost = StandaloneHost(Session(default_case))
    assert not isinstance(standalone, WindowHost)
    assert standalone.undo_stack is None and standalone.settings is None
    assert window.undo_stack is window.undo_stack and window.settings is not None


def test_a_window_host_offers_what_the_desk_uses(window: MainWindow) -> None:
    host: WindowHost = window
    names = host.view_names()
    assert {"scores", "opties", "criteria"} <= set(names) and host.widget is window
    assert set(host.view_actions) == set(names)
    view_menu = host.menus["view"].actions()
    separator = view_menu.index(host.view_separator)
    assert all(view_menu.index(host.view_actions[n]) < separator for n in names)
    for name in names:  # every view's place is a tab (these are the window's own views)
        assert host.tabs.indexOf(host.place(name)) >= 0
    assert host.folder().is_dir()


def test_a_widget_outside_the_main_window_goes_nowhere(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from gui.desk.help import current_topic, help_language
    from gui.desk.navigate import goto_cell

    lone = QLabel("los")
    qtbot.addWidget(lone)
    case = window.session.case
    assert goto_cell(lone, case.option_ids[0], case.leaf_ids[0]) is False
    assert current_topic(lone) == "index"
    window.lang = "en"
    assert help_language(window) == "en"
    # from inside the main window the same call selects the cell
    assert goto_cell(window.view("resultaat"), case.option_ids[1], case.leaf_ids[2]) is True
    scores = window.view("scores")
    assert window.tabs.currentWidget() is window.place("scores")
    assert isinstance(scores, ScoresView)


def test_esc_in_presentation_first_lets_go_of_a_pinned_explanation(qtbot: QtBot) -> None:
    import resources
    from gui.charts.presentation import PresentationWindow
    from gui.charts.ranking import RankingChart
    from model.io import load_case_file
    from tests.gui.charts_fakes import FakeWindow

    case, _ = load_case_file(resources.default_case_path())
    host = FakeWindow(Session(case))
    qtbot.addWidget(host)
    pres = PresentationWindow(host, chart="ranking")
    qtbot.addWidget(pres)
    pres.resize(1280, 720)
    pres.show()
    qtbot.waitExposed(pres)
    chart = pres.current_view()
    assert isinstance(chart, RankingChart)
    chart.ensure_built()
    ev = chart.evaluation
    chart.pinned = (ev.option_ids[0], ev.group_ids[0])
    qtbot.keyClick(pres, Qt.Key.Key_Escape)
    assert chart.pinned is None and pres.isVisible()  # the first Esc unpins
    qtbot.keyClick(pres, Qt.Key.Key_Escape)
    assert not pres.isVisible()  # the second leaves presentation mode
