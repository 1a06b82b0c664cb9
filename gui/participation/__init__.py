"""Live participation (issue 18): the facilitator's side of a round.

``install(window)`` adds the view ``deelname`` and one menu action, "Start a round…".  The web
server and the round's state are Qt-free (``serve``); the pure logic is ``model.participation``.
"""

from __future__ import annotations

from typing import Any

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)

__all__ = ["install"]


def install(window: Any) -> None:
    from PySide6.QtGui import QAction

    from gui.i18n import translate
    from gui.participation.view import ParticipationView

    view = ParticipationView(
        window.session,
        window.push,
        show_error=window.show_error,
        render_issue=window.render_issue,
        parent=window,
    )
    window.register_view("deelname", view, translate("Participation", "Participation"))
    window.participation_view = view
    action = QAction(translate("Participation", "Start a participation &round…"), window)
    action.setObjectName("startParticipationRound")

    def start() -> None:
        window.show_view("deelname")
        view.ask_and_start()

    action.triggered.connect(start)
    window.menus["analysis"].addAction(action)
    window.destroyed.connect(lambda *_: view.stop_server())
