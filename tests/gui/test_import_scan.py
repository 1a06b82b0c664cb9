"""PySide6's per-import check, done with one read of the file, answers as PySide6's own."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

import gui.app  # noqa: F401  (loaded, so compared below)
import model.case  # noqa: F401
from gui import import_scan

feature = pytest.importorskip("shibokensupport.feature")


def _pyside_original():
    check = feature._mod_uses_pyside
    while getattr(check, import_scan._MARK, False):  # installed by an earlier test or start
        check = check.__wrapped__
    return check


def test_the_quick_check_answers_as_pyside_for_every_loaded_module() -> None:
    original = _pyside_original()
    quick = import_scan.quick_check(original)
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: (quick(m), original(m)) for m in modules}
    assert len(answers) > 200
    assert {name for name, (q, o) in answers.items() if q != o} == set()
    # both kinds are among them: the app's Qt modules and the pure ones
    assert answers["gui.app"] == (True, True)
    assert answers["model.case"] == (False, False)


def test_a_module_without_a_readable_source_is_asked_of_pyside(tmp_path: Path) -> None:
    asked: list[str] = []

    def original(module: types.ModuleType) -> bool:
        asked.append(module.__name__)
        return False

    quick = import_scan.quick_check(original)
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # never written
    built_in = types.ModuleType("built_in")  # no __file__ at all
    compiled = types.ModuleType("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311-x86_64-linux-gnu.so")
    here = types.ModuleType("here")
    (tmp_path / "here.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    here.__file__ = str(tmp_path / "here.py")

    assert [quick(m) for m in (gone, built_in, compiled, here)] == [False, False, False, True]
    assert asked == ["gone", "built_in", "compiled"]


def test_installing_twice_wraps_once() -> None:
    assert import_scan.install()
    first = feature._mod_uses_pyside
    assert getattr(first, import_scan._MARK)
    assert import_scan.install()
    assert feature._mod_uses_pyside is first
