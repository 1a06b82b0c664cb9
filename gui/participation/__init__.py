"""Live participation (issue 18): the facilitator's side of a round.

The view ``deelname`` (:class:`gui.participation.view.ParticipationView`, in the catalogue) and
the start dialog.  The web server and the round's state are Qt-free (``serve``); the pure logic
is ``model.participation``.
"""

from __future__ import annotations

import PySide6.QtWidgets  # noqa: F401  (PySide6 before pyqtgraph: platform-notes 3)
