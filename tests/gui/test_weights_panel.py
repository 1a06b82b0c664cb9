"""The weights panel against a small stand-in for the main window (the GUI contract).

``FakeWindow`` implements what the contract promises view packages (``session``, ``push`` with
merge tokens on a real ``QUndoStack``, ``register_view``, ``lang``, ``menus``, ``status``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack

from gui.weights import WeightsPanel
from model.commands import Command
from model.errors import CaseInvalid
from model.io import load_case_file
from model.session import Session

#: the offscreen platform says this whenever a shown top-level widget's size limits change
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")

GROUPS = ("bestuur", "financien", "organisatie", "vorm")
#: the workshop copy a slider move on Raad Heemstede makes (model.workshop)
COPY = "raad-heemstede-aangepast"


class _Undo(QUndoCommand):
    def __init__(self, session: Session, command: Command, token: object | None) -> None:
        super().__init__(command.kind)
        self.session, self.command, self.token = session, command, token
        self.inverse: Command | None = None

    def id(self) -> int:
        return 1 if self.token is not None and self.command.merge_key() else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Undo) or other.token is not self.token:
            return False
        if other.command.merge_key() != self.command.merge_key():
            return False
        self.command = other.command  # keep the first inverse, redo the latest value
        return True

    def redo(self) -> None:
        inverse = self.session.apply(self.command)
        if self.inverse is None:
            self.inverse = inverse

    def undo(self) -> None:
        assert self.inverse is not None
        self.session.apply(self.inverse)


class FakeWindow(QObject):
    def __init__(self, case: Any, lang: str = "nl") -> None:
        super().__init__()
        self.session = Session(case)
        self.undo_stack = QUndoStack(self)
        self.lang = self.language = lang
        self.document = None
        self.menus: dict[str, Any] = {}
        self.views: dict[str, tuple[Any, str, str]] = {}
        self.messages: list[str] = []
        self.refused: list[CaseInvalid] = []

    def push(self, command: Command, *, merge_token: object | None = None) -> bool:
        try:
            command.apply(self.session.case)  # refusals are shown, not pushed
        except CaseInvalid as e:
            self.refused.append(e)
            return False
        self.undo_stack.push(_Undo(self.session, command, merge_token))
        return True

    def register_view(self, name: str, widget: Any, title: str, *, area: str = "center") -> None:
        self.views[name] = (widget, title, area)

    def status(self, text: str) -> None:
        self.messages.append(text)

    def show_issues(self, issues: Any) -> None:
        self.messages.extend(str(i) for i in issues)

    def show_error(self, text: str) -> None:
        self.messages.append(text)


# The panel's behaviour is pinned on a frozen copy of the first default case (version 1), so that
# rewriting the default case does not rewrite these numbers; the app's own default case is
# exercised in test_main_window and test_default_case.
FROZEN_CASE = Path(__file__).resolve().parents[1] / "data" / "heemstede-bloemendaal-v1.json"


@pytest.fixture
def case() -> Any:
    return load_case_file(FROZEN_CASE)[0]


@pytest.fixture
def window(case: Any) -> FakeWindow:
    return FakeWindow(case)


@pytest.fixture
def panel(qtbot: Any, window: FakeWindow) -> WeightsPanel:
    p = WeightsPanel(window)
    qtbot.addWidget(p)
    p.resize(420, 700)
    p.show()
    return p


def _undo_count(window: FakeWindow) -> int:
    return window.undo_stack.count()


def test_the_catalogue_places_the_weights_on_the_left(qtbot: Any, window: FakeWindow) -> None:
    from gui.catalogue import spec

    view = spec("gewichten")
    widget = view.make(window)
    qtbot.addWidget(widget)
    assert isinstance(widget, WeightsPanel)
    assert view.place == "left"
    assert view.title()
    assert widget.profile_combo.isHidden()  # the main window's toolbar chooses the profile


def test_sliders_and_labels_show_the_model(panel: WeightsPanel, window: FakeWindow) -> None:
    window.session.profile_id = "raad-heemstede"
    row = panel.row("bestuur")
    assert row.slider.value() == 40
    assert row.spin.value() == 40
    assert row.local.text() == "40,0%"
    # kaderstelling: 30 of 100 within bestuur (40%) -> 12,0% overall
    assert panel.row("kaderstelling").global_.text() == "12,0%"
    assert panel.profile_combo.currentData() == "raad-heemstede"


def test_model_change_moves_the_slider_and_undo_moves_it_back(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    from model.commands import SetWeight

    window.session.profile_id = "raad-heemstede"
    assert window.push(SetWeight(profile_id="raad-heemstede", node="vorm", value=70))
    assert panel.row("vorm").slider.value() == 70
    # shares of the four groups: 40, 15, 15, 70 of 140
    assert panel.row("vorm").local.text() == "50,0%"
    window.undo_stack.undo()
    assert panel.row("vorm").slider.value() == 30
    assert panel.row("vorm").local.text() == "30,0%"


def test_a_slider_drag_is_one_undo_step(
    qtbot: Any, panel: WeightsPanel, window: FakeWindow
) -> None:
    window.session.profile_id = "raad-heemstede"
    slider = panel.row("bestuur").slider
    before = window.session.case
    slider.setSliderDown(True)  # emits sliderPressed
    for v in (42, 47, 55, 61):
        slider.setValue(v)
    slider.setSliderDown(False)  # emits sliderReleased
    assert _undo_count(window) == 1
    assert window.session.case.profile(COPY).weights["bestuur"] == 61
    assert window.session.profile_id == COPY  # the room works on a copy
    assert before.profile("raad-heemstede") == window.session.case.profile("raad-heemstede")
    assert panel.row("bestuur").spin.value() == 61
    # a second drag is a second step
    slider.setSliderDown(True)
    slider.setValue(20)
    slider.setSliderDown(False)
    assert _undo_count(window) == 2
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.session.case == before
    assert slider.value() == 40


def test_keyboard_moves_the_focused_slider(
    qtbot: Any, panel: WeightsPanel, window: FakeWindow
) -> None:
    window.session.profile_id = "raad-heemstede"
    slider = panel.row("financien").slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert window.session.case.profile(COPY).weights["financien"] == 22
    assert _undo_count(window) == 1  # a quick burst of key presses merges
    panel.KEY_MERGE_SECONDS = -1.0  # now every change is its own step
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert _undo_count(window) == 3
    assert window.session.case.profile(COPY).weights["financien"] == 20


def test_tab_reaches_every_slider_in_tree_order(qtbot: Any, panel: WeightsPanel) -> None:
    tab_stops = []
    widget = panel.profile_combo.nextInFocusChain()
    while widget is not panel.profile_combo and len(tab_stops) < 2000:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and panel.isAncestorOf(widget):
            tab_stops.append(widget)
        widget = widget.nextInFocusChain()
    sliders = [s for s in tab_stops if any(s is panel.row(n).slider for n in panel.visible_nodes())]
    order = list(panel.visible_nodes())
    assert [panel.row(n).slider for n in order] == sliders


def test_spin_box_sets_the_weight(panel: WeightsPanel, window: FakeWindow) -> None:
    window.session.profile_id = "raad-heemstede"
    panel.row("btw").spin.setValue(45)
    assert window.session.case.profile(COPY).weights["btw"] == 45
    assert panel.row("btw").slider.value() == 45


def test_equal_weights_show_as_shares_and_moving_one_writes_them_out(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    # profile "gelijk" has no weights within bestuur: five equal shares of 20 points
    assert window.session.profile_id == "gelijk"
    assert [panel.row(c).slider.value() for c in ("kaderstelling", "drukte")] == [20, 20]
    panel.row("drukte").slider.setValue(60)
    weights = window.session.case.profile("gelijk-aangepast").weights
    assert weights["drukte"] == 60 and weights["kaderstelling"] == 20
    assert panel.row("drukte").local.text() == "42,9%"  # 60 / 140


def test_a_refused_change_snaps_back(panel: WeightsPanel, window: FakeWindow) -> None:
    window.session.profile_id = "raad-heemstede"
    for leaf in ("ontvlechtbaarheid",):
        panel.row(leaf).slider.setValue(0)
    panel.row("juridische-borging").slider.setValue(0)  # all zero within vorm: refused
    assert window.refused
    assert panel.row("juridische-borging").slider.value() == 20


def test_profile_switch_from_the_combo_and_from_the_model(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    combo = panel.profile_combo
    combo.setCurrentIndex(combo.findData("raad-bloemendaal"))
    assert window.session.profile_id == "raad-bloemendaal"
    assert panel.row("vorm").slider.value() == 10
    assert "Bloemendaal" in panel.description.toPlainText()
    window.session.profile_id = "raad-heemstede"
    assert combo.currentData() == "raad-heemstede"
    assert panel.row("vorm").slider.value() == 30


def test_add_copy_rename_delete_profile_each_undoable(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    actions = panel.profiles
    case0 = window.session.case
    n = len(case0.profiles)
    window.session.profile_id = "raad-heemstede"

    assert actions.add_profile("Fractie <b>X</b>", "plain & simple")
    new = window.session.case.profile(window.session.profile_id)
    assert new.name == "Fractie <b>X</b>" and new.weights is None
    assert panel.profile_combo.currentText() == "Fractie <b>X</b>"
    assert [p.id for p in window.session.case.profiles].index(new.id) == 2  # after the active

    window.session.profile_id = "raad-heemstede"
    assert actions.add_profile("Kopie", source=case0.profile("raad-heemstede"))
    copy = window.session.case.profile(window.session.profile_id)
    assert copy.weights == case0.profile("raad-heemstede").weights
    assert len(window.session.case.profiles) == n + 2

    assert actions.rename_profile("Kopie 2", "met uitleg")
    assert window.session.case.profile(copy.id).description == "met uitleg"
    assert panel.description.toPlainText() == "met uitleg"

    actions.confirm = lambda text: False  # type: ignore[method-assign]
    assert not actions.delete_profile()
    actions.confirm = lambda text: True  # type: ignore[method-assign]
    assert actions.delete_profile()
    assert copy.id not in [p.id for p in window.session.case.profiles]

    assert _undo_count(window) == 4
    for _ in range(4):
        window.undo_stack.undo()
    assert window.session.case == case0


def test_the_last_profile_cannot_be_deleted_and_says_why(qtbot: Any, case: Any) -> None:
    window = FakeWindow(case.replace(profiles=case.profiles[:1]), lang="en")
    panel = WeightsPanel(window)
    qtbot.addWidget(panel)
    told: list[str] = []
    panel.profiles.inform = told.append  # type: ignore[method-assign]
    panel.profiles.confirm = lambda text: True  # type: ignore[method-assign]
    assert not panel.profiles.delete_profile()
    assert len(window.session.case.profiles) == 1
    assert told and "at least one profile" in told[0]


def test_profile_names_are_plain_text(panel: WeightsPanel, window: FakeWindow) -> None:
    panel.profiles.add_profile("<i>schuin</i>")
    label_texts = [panel.profile_combo.itemText(k) for k in range(panel.profile_combo.count())]
    assert "<i>schuin</i>" in label_texts


def test_undo_of_an_added_profile_falls_back_to_another(
    panel: WeightsPanel, window: FakeWindow
) -> None:
    panel.profiles.add_profile("Tijdelijk")
    window.undo_stack.undo()
    assert window.session.profile_id in [p.id for p in window.session.case.profiles]
    assert panel.profile_combo.currentData() == window.session.profile_id


def test_groups_collapse_and_compact_shows_one_group(qtbot: Any, window: FakeWindow) -> None:
    full = WeightsPanel(window)
    qtbot.addWidget(full)
    full.show()
    assert "kaderstelling" in full.visible_nodes()
    toggle = full.row("bestuur").toggle
    assert toggle is not None
    toggle.click()
    assert "kaderstelling" not in full.visible_nodes()
    assert "btw" in full.visible_nodes()

    strip = WeightsPanel(window, compact=True)
    qtbot.addWidget(strip)
    strip.show()
    assert set(strip.visible_nodes()) == {
        *GROUPS,
        "kaderstelling",
        "transparantie",
        "sturing",
        "meetbaarheid",
        "drukte",
    }
    strip.set_expanded("financien", True)
    assert set(strip.visible_nodes()) == {*GROUPS, "btw", "prijs-kwaliteit", "transitiekosten"}
    assert strip.row("btw").spin.isHidden() and not strip.row("btw").global_.isHidden()


def test_english_percentages(qtbot: Any, case: Any) -> None:
    window = FakeWindow(case, lang="en")
    window.session.profile_id = "raad-heemstede"
    panel = WeightsPanel(window)
    qtbot.addWidget(panel)
    assert panel.row("kaderstelling").global_.text() == "12.0%"


def test_font_growth_widens_the_columns(qtbot: Any, panel: WeightsPanel) -> None:
    before = panel.row("bestuur").global_.width()
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    assert panel.row("bestuur").global_.font().pointSizeF() == font.pointSizeF()
    assert panel.row("bestuur").global_.width() > before * 1.5


def test_panel_disconnects_when_destroyed(qtbot: Any, window: FakeWindow) -> None:
    from model.commands import SetWeight

    panel = WeightsPanel(window)
    panel.deleteLater()
    qtbot.wait_until(lambda: not _alive(panel))
    window.push(SetWeight(profile_id="gelijk", node="vorm", value=9))  # must not raise


def _alive(widget: Any) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


@pytest.mark.parametrize(
    ("lang", "method", "header"), [("nl", "Methode…", "totaal"), ("en", "Method…", "total")]
)
def test_dutch_and_english_strings(
    qtbot: Any, qapp: Any, case: Any, lang: str, method: str, header: str
) -> None:
    from gui import i18n

    i18n.install(qapp, lang)
    panel = WeightsPanel(FakeWindow(case, lang=lang))
    qtbot.addWidget(panel)
    assert panel.method_button.text() == method
    assert panel.header_global.text() == header


def test_with_the_real_main_window_a_drag_is_one_step(qtbot: Any, tmp_path: Any, case: Any) -> None:
    from gui.settings import Settings
    from tests.gui.conftest import make_window

    main = make_window(qtbot, tmp_path, case, Settings(tmp_path / "s.ini"), views=("gewichten",))
    panel = main.view("gewichten")
    assert isinstance(panel, WeightsPanel)
    main.session.profile_id = "raad-heemstede"
    assert main.document is not None
    rows = main.document.history_count()
    slider = panel.row("vorm").slider
    slider.setSliderDown(True)
    for v in (35, 45, 50):
        slider.setValue(v)
    slider.setSliderDown(False)
    assert main.undo_stack.count() == 1
    assert main.document.history_count() == rows + 1  # one drag, one history row
    assert main.session.case.profile(COPY).weights["vorm"] == 50
    main.undo_stack.undo()
    assert slider.value() == 30
    assert main.document.history_count() == rows + 2  # and its undo one more
