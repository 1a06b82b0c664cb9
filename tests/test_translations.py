"""Every user-visible GUI string has finished Dutch; the catalogues compile."""

from __future__ import annotations

from gui.i18n_build import check_tree, ts_path


def test_no_gui_string_lacks_dutch() -> None:
    missing = check_tree()
    assert missing == {}, "\n".join(f"{a}: {s!r}" for a, ss in missing.items() for s in ss)


def test_every_area_has_a_compiled_catalogue() -> None:
    assert ts_path("app").exists()
    for ts in ts_path("app").parent.glob("*_nl.ts"):
        assert ts.with_suffix(".qm").exists(), f"{ts.name} is not compiled (make translations)"


def test_qt_standard_buttons_speak_dutch(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from gui import i18n

    i18n.install(qapp, "nl")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert [b.text() for b in box.buttons()] == ["Annuleren"]
    finally:
        i18n.install(qapp, "en")
