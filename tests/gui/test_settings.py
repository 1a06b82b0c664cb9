"""The typed settings wrapper: values survive a new instance; bad values are ignored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray

from gui.settings import MAX_RECENT, Settings


def test_values_round_trip(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    s = Settings(ini)
    assert s.language is None and s.recent_files == [] and s.geometry is None
    s.language = "en"
    s.geometry = QByteArray(b"\x01\x02")
    for k in range(MAX_RECENT + 3):
        s.add_recent(tmp_path / f"{k}.vormkeuze")
    s.add_recent(tmp_path / "3.vormkeuze")
    s.sync()
    t = Settings(ini)
    assert t.language == "en"
    assert bytes(t.geometry.data()) == b"\x01\x02"
    assert len(t.recent_files) == MAX_RECENT
    assert t.recent_files[0].endswith("3.vormkeuze")
    assert len(set(t.recent_files)) == MAX_RECENT
    t.forget_recent(tmp_path / "3.vormkeuze")
    assert not any(p.endswith("/3.vormkeuze") for p in t.recent_files)


def test_bad_values_are_refused_or_ignored(tmp_path: Path) -> None:
    ini = tmp_path / "s.ini"
    ini.write_text("[ui]\nlanguage=fr\n[files]\nrecent=just-one\n", encoding="utf-8")
    s = Settings(ini)
    assert s.language is None
    assert s.recent_files == ["just-one"]
    with pytest.raises(ValueError):
        s.language = "de"
