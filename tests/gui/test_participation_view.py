"""The facilitator's side of a round: start, live count and spread, close, save with undo.

Participants are simulated over HTTP on 127.0.0.1 (tests.participation.client.Device).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from gui.main_window import MainWindow
from gui.participation.dialog import Interface, RoundChoice, StartRoundDialog, interfaces
from gui.participation.view import ParticipationView
from gui.settings import Settings
from model import evaluate
from model.document import history_of
from model.participation import RoundSpec
from tests.gui.conftest import make_window
from tests.participation.client import Device

LOOPBACK = "127.0.0.1"


@pytest.fixture
def pwindow(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Settings
) -> Iterator[MainWindow]:
    w = make_window(qtbot, tmp_path, default_case, settings, views=("deelname",))
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    yield w
    view = w.view("deelname")
    assert isinstance(view, ParticipationView)
    view.stop_server()
    w.close()


def _view(window: MainWindow) -> ParticipationView:
    view = window.view("deelname")
    assert isinstance(view, ParticipationView)
    return view


def _answers(view: ParticipationView, *points: dict[str, int]) -> list[Device]:
    assert view.server is not None
    devices = []
    for p in points:
        d = Device(view.server.url)
        d.open_page()
        assert d.answer({"points": p})[0] == 200
        devices.append(d)
    return devices


def test_install_adds_the_view_and_one_menu_action(pwindow: MainWindow) -> None:
    assert "deelname" in pwindow.view_names()
    names = [a.objectName() for a in pwindow.menus["analysis"].actions()]
    assert "startParticipationRound" in names
    assert pwindow.menus["analysis"].menuAction().isVisible()


def test_the_menu_action_shows_the_view_and_opens_the_start_dialog(
    pwindow: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[StartRoundDialog] = []

    def fake_exec(dialog: StartRoundDialog) -> int:
        opened.append(dialog)
        return 0  # cancelled

    monkeypatch.setattr(StartRoundDialog, "exec", fake_exec)
    action = next(
        a
        for a in pwindow.menus["analysis"].actions()
        if a.objectName() == "startParticipationRound"
    )
    action.trigger()
    assert len(opened) == 1 and opened[0].question.count() >= 1
    assert pwindow.tabs.tabText(pwindow.tabs.currentIndex()) == "Participation"
    assert _view(pwindow).round is None  # cancelled: no round, no server


def test_interfaces_offer_addresses_never_the_wildcard() -> None:
    found = interfaces()
    assert found and found[-1].loopback  # "this computer only" is always there, last
    assert all(i.address not in ("0.0.0.0", "::", "") for i in found)


def test_the_dialog_defaults_to_anonymous_points_on_the_groups(
    qtbot: Any, default_case: Any
) -> None:
    dialog = StartRoundDialog(
        default_case, "Raad", available=[Interface("Alleen deze computer", LOOPBACK, True)]
    )
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice == RoundChoice(RoundSpec("root", "points", True), LOOPBACK)
    dialog.question.setCurrentIndex(dialog.question.findData("financien"))
    dialog.ranking.setChecked(True)
    dialog.anonymous.setChecked(False)
    assert dialog.choice().spec == RoundSpec("financien", "ranking", False)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()


def test_a_round_live_then_closed_then_saved_as_profiles_with_undo(
    qtbot: Any, pwindow: MainWindow
) -> None:
    view = _view(pwindow)
    pwindow.show_view("deelname")
    assert view.start(RoundChoice(RoundSpec(), LOOPBACK))
    assert view.server is not None and view.server.host == LOOPBACK
    assert view.url.text() == view.server.url
    assert view.code.text() == f"Round code: {view.round.code}"  # type: ignore[union-attr]
    assert len(view.qr.matrix()) > 21
    ids = [c.id for c in RoundSpec().items(pwindow.session.case)]
    first = dict.fromkeys(ids, 10)
    first[ids[0]] = 90
    devices = _answers(view, first, dict.fromkeys(ids, 50), dict.fromkeys(ids, 20))
    qtbot.waitUntil(lambda: view.count.text() == "Answered: 3", timeout=10000)
    # a participant changes their answer: still three, the spread follows
    changed = dict.fromkeys(ids, 10)
    changed[ids[1]] = 100
    assert devices[0].answer({"points": changed})[0] == 200
    qtbot.waitUntil(lambda: view.room is not None and view.room.spread[1].high > 0.5, timeout=10000)
    assert view.count.text() == "Answered: 3"
    assert view.mean_list.count() == len(pwindow.session.case.options)
    assert view.disagreement.count() == len(ids)
    assert not view.save_button.isEnabled()
    # close: frozen, the server stops, saving becomes possible
    view.close_round()
    assert view.count.text() == "Round closed · answers: 3"
    assert devices[1].answer({"points": dict.fromkeys(ids, 1)})[0] == 409
    qtbot.waitUntil(lambda: view.server is None, timeout=5000)
    assert view.save_button.isEnabled()
    before = [p.id for p in pwindow.session.case.profiles]
    depth = pwindow.undo_stack.count()
    assert view.save_profiles()
    assert pwindow.undo_stack.count() == depth + 1
    assert pwindow.undo_stack.undoText() == "Save round as profiles"
    profiles = pwindow.session.case.profiles
    assert [p.name for p in profiles[len(before) :]] == [
        "Zaal (gemiddelde)",
        "Deelnemer 1",
        "Deelnemer 2",
        "Deelnemer 3",
    ]
    ev = evaluate(pwindow.session.case, "zaal-gemiddelde")
    assert ev.ranking == list(view.room.mean_ranking)  # type: ignore[union-attr]
    assert not view.save_button.isEnabled()
    doc = pwindow.document
    assert doc is not None
    (entry,) = [h for h in history_of(doc.path) if h.kind == "SaveRound"]
    assert len(entry.command["round"]["answers"]) == 3
    assert entry.command["round"]["answers"][0]["points"][ids[1]] == 100.0
    pwindow.undo_stack.undo()
    assert [p.id for p in pwindow.session.case.profiles] == before


def test_a_round_that_cannot_bind_says_why(qtbot: Any, pwindow: MainWindow, dialogs: Any) -> None:
    import socket

    view = _view(pwindow)
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        s.listen()
        assert not view.start(RoundChoice(RoundSpec(), LOOPBACK), port=s.getsockname()[1])
    assert view.round is None and view.server is None
    assert any("cannot start on 127.0.0.1" in t for t in dialogs.texts("warning"))


def test_the_injection_case_shows_as_plain_text(
    qtbot: Any, tmp_path: Path, settings: Settings
) -> None:
    from model import load_case_file

    root = Path(__file__).resolve().parents[1]
    case, _ = load_case_file(root / "data" / "injection-case.json")
    w = make_window(qtbot, tmp_path, case, settings, views=("deelname",))
    view = _view(w)
    try:
        assert view.start(RoundChoice(RoundSpec(), LOOPBACK))
        _answers(view, {"sturing": 70, "geld": 30})
        qtbot.waitUntil(lambda: view.count.text() == "Answered: 1", timeout=10000)
        lines = [view.mean_list.item(k).text() for k in range(view.mean_list.count())]
        assert any("<svg onload" in line for line in lines)
        assert view.plot.names[0] == "<script>window.__pwned=1</script>Sturing"
    finally:
        view.stop_server()
        w.close()


def test_the_rounds_answers_show_live_in_the_stakeholders_chart_and_the_group_view(
    qtbot: Any, tmp_path: Path, default_case: Any, settings: Settings
) -> None:
    from gui.charts.stakeholders import StakeholdersChart
    from gui.robustness.group_view import GroupView
    from model.live_round import live_round

    w = make_window(
        qtbot, tmp_path, default_case, settings, views=("deelname", "stakeholders", "groep")
    )
    w.resize(1280, 720)
    w.show()
    qtbot.waitExposed(w)
    view = _view(w)
    chart, group = w.view("stakeholders"), w.view("groep")
    assert isinstance(chart, StakeholdersChart) and isinstance(group, GroupView)
    own = [p.name for p in w.session.case.profiles]
    doc = w.document
    assert doc is not None
    history = len(history_of(doc.path))

    def group_rows() -> list[str]:
        t = group.table
        return [t.item(k, 0).text() for k in range(t.rowCount() - 1)]  # without "Combined"

    try:
        w.show_view("deelname")
        assert view.start(RoundChoice(RoundSpec(), LOOPBACK))
        ids = [c.id for c in RoundSpec().items(w.session.case)]
        _answers(view, dict.fromkeys(ids, 10), dict.fromkeys(ids, 50))
        qtbot.waitUntil(lambda: view.count.text() == "Answered: 2", timeout=10000)
        live = [
            "Zaal (gemiddelde) · live",
            "Deelnemer 1 · live",
            "Deelnemer 2 · live",
        ]
        # the stakeholders chart: one column per profile, the live ones after the case's own
        w.show_view("stakeholders")
        qtbot.waitUntil(lambda: len(chart.profiles) == len(own) + 3, timeout=5000)
        labels = [item.toPlainText() for item in chart.profile_labels[: len(chart.profiles)]]
        # (names wrap on words and syllables under their column)
        flat = [t.replace("-\n", "").replace("\n", " ") for t in labels]
        assert [t.replace("▶ ", "") for t in flat[len(own) :]] == live
        assert chart.live_profiles().note.isVisible()
        assert "2 answers" in chart.live_profiles().note.text()
        # the group view: a row per profile
        w.show_view("groep")
        qtbot.waitUntil(lambda: len(group_rows()) == len(own) + 3, timeout=10000)
        rows = [r.replace("-\n", "").replace("\n", " ") for r in group_rows()[len(own) :]]
        assert rows == live
        assert group.live_profiles().note.isVisible()
        # a third answer arrives while the group view is shown: it follows
        _answers(view, dict.fromkeys(ids, 20))
        qtbot.waitUntil(lambda: len(group_rows()) == len(own) + 4, timeout=10000)
        # nothing of it is in the document
        assert [p.name for p in w.session.case.profiles] == own
        assert len(history_of(doc.path)) == history
        # closed: still live until saved; saved: the document's profiles, no duplicates
        view.close_round()
        assert live_round(w.session).count == 3
        assert view.save_profiles()
        assert not live_round(w.session).active
        names = [p.name for p in w.session.case.profiles]
        assert names[len(own) :] == [
            "Zaal (gemiddelde)",
            "Deelnemer 1",
            "Deelnemer 2",
            "Deelnemer 3",
        ]
        qtbot.waitUntil(
            lambda: [r.replace("-\n", "").replace("\n", " ") for r in group_rows()] == names,
            timeout=10000,
        )
        assert not group.live_profiles().note.isVisible()
        w.show_view("stakeholders")
        qtbot.waitUntil(lambda: len(chart.profiles) == len(names), timeout=5000)
        assert chart.profiles == [p.id for p in w.session.case.profiles]
        assert not chart.live_profiles().note.isVisible()
    finally:
        view.stop_server()
        w.close()
