"""The app's open paths on the damaged corpus: open with a warning, or refuse and change nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest

from gui.app import _initial
from tests.damaged import Variant, fingerprint, make_corpus
from tests.gui.conftest import Dialogs, make_window


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Variant]:
    return make_corpus(tmp_path_factory.mktemp("damaged-gui"))


def test_start_with_each_damaged_file(corpus: dict[str, Variant], tmp_path: Path) -> None:
    """``vormkeuze FILE``: the case opens (damage reported later) or a message and a new one."""
    for name, v in corpus.items():
        before = fingerprint(v.path)
        args = argparse.Namespace(case=str(v.path))
        (tmp_path / name).mkdir()
        case, doc, errors = _initial(args, "nl", screenshot=False, data_dir=tmp_path / name)
        try:
            assert case is not None and doc is not None, name
            opened = Path(doc.path) == v.path  # type: ignore[attr-defined]
            if v.expect == "refuse":
                assert not opened and errors, name
            if not opened:
                assert errors and all("Traceback" not in e for e in errors), name
                assert all(v.path.name in e for e in errors), (name, errors)
                assert fingerprint(v.path) == before, name
            elif v.expect == "warn":
                assert doc.damage(), name  # type: ignore[attr-defined]
        finally:
            doc.close()  # type: ignore[attr-defined]


def test_open_each_damaged_file_in_the_window(
    qtbot: Any,
    tmp_path: Path,
    default_case: Any,
    settings: Any,
    dialogs: Dialogs,
    corpus: dict[str, Variant],
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings)
    dialogs.answer = dialogs.answer.No  # do not save a repaired copy here
    for name, v in corpus.items():
        before = fingerprint(v.path)
        shown = len(dialogs.shown)
        opened = w.open_file(v.path)
        new = [t for _, t in dialogs.shown[shown:]]
        if v.expect == "refuse":
            assert not opened, name
        if not opened:
            assert new and v.path.name in new[0], (name, new)
            assert fingerprint(v.path) == before, name
        elif v.expect == "warn":
            assert any("beschadigd" in t or "damaged" in t for t in new), (name, new)
    w.close()


def test_a_damaged_history_offers_a_repaired_copy(
    qtbot: Any,
    tmp_path: Path,
    default_case: Any,
    settings: Any,
    dialogs: Dialogs,
    corpus: dict[str, Variant],
) -> None:
    w = make_window(qtbot, tmp_path, default_case, settings)
    v = corpus["history-utf8"]
    dialogs.answer = dialogs.answer.No  # the offer on opening: not now
    assert w.open_file(v.path)
    assert any("damaged" in t for _, t in dialogs.shown)
    dialogs.answer = dialogs.answer.Yes
    damage = w.document.damage()
    assert damage
    copy = tmp_path / "hersteld.vormkeuze"
    assert w.offer_repair(damage, copy)
    assert Path(w.document.path) == copy
    assert w.document.damage() == []
    assert w.document.case == w.session.case
    w.show_view("geschiedenis")
    w.close()
