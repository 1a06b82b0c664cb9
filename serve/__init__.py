"""Live participation's web side (issue 18): the round's state and its aiohttp server.

Qt-free, so the GUI and the command line both use it (``gui`` and ``cli`` never import each
other).  The pure logic (questions, answers, aggregation, profiles) is ``model.participation``.
"""

from serve.qr import qr_matrix, qr_text
from serve.round import Limits, Refused, Round, Snapshot
from serve.server import BindRefused, RoundServer, check_host

__all__ = [
    "BindRefused",
    "Limits",
    "Refused",
    "Round",
    "RoundServer",
    "Snapshot",
    "check_host",
    "qr_matrix",
    "qr_text",
]
