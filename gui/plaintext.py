"""User text is plain text: one place that shows it safely in widgets that read rich text.

Qt guesses (``Qt.mightBeRichText``) whether a label, message box or tooltip holds HTML.  Text
from a case file must never be guessed at: an option named ``<img src=...>`` would show a local
image, ``<a href=...>`` a link.  So:

* message boxes (:func:`ask`, :func:`warn`, :func:`inform`) are built with ``Qt.PlainText``;
* labels that show user text set ``Qt.PlainText`` (a label with our own HTML says
  ``RichText``); no label opens external links;
* a tooltip is rich text that Qt always recognises (:func:`tooltip`, :func:`rich`), with every
  piece of user text escaped – never "escaped text shown as plain" (``&#x27;`` on screen).

``tests/gui/test_plain_text.py`` walks every label, tooltip, item and dialog of the main window
with a hostile case to keep it so.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QMessageBox, QWidget

#: opens every tooltip: Qt sees a tag at once, so the rest is read as (escaped) rich text
_TIP_START = "<p style='white-space:pre-wrap; margin:0'>"

Button = QMessageBox.StandardButton


def escape(text: str | None) -> str:
    """A piece of user text for inside rich text: escaped, line breaks kept."""
    return html.escape(text or "", quote=False).replace("\n", "<br>")


def rich(text: str | None) -> str:
    """User text as a rich-text fragment that Qt always reads as rich text (for tooltips).

    The empty ``<span>`` makes ``Qt.mightBeRichText`` say yes even when the text has no tag
    of its own, so ``&#x27;`` or ``&amp;`` never reach the screen; fragments may be joined.
    """
    return "<span></span>" + escape(text)


def tooltip(*parts: str | None, html_parts: Iterable[str] = ()) -> str:
    """A tooltip showing ``parts`` (plain text, one paragraph each) exactly as written.

    ``html_parts`` are our own fragments (already escaped), appended as they are.  Empty when
    there is nothing to show (so no empty tooltip appears).
    """
    shown = [escape(p) for p in parts if p]
    shown += [h for h in html_parts if h]
    if not shown:
        return ""
    return _TIP_START + "<br><br>".join(shown) + "</p>"


#: a name in a legend, toggle or label takes at most this many average characters of room
NAME_CHARS = 40


def elided(text: str, font: QFont, chars: int = NAME_CHARS) -> str:
    """``text`` cut with "…" to the width of ``chars`` average characters of ``font``."""
    metrics = QFontMetrics(font)
    width = metrics.averageCharWidth() * chars
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def set_name(widget: QWidget, text: str, chars: int = NAME_CHARS) -> None:
    """Show a user-given name on a label/button, elided so it never widens the window.

    The whole name is the tooltip when it had to be cut.
    """
    shown = elided(text, widget.font(), chars)
    widget.setText(shown)  # type: ignore[attr-defined]
    widget.setToolTip(tooltip(text) if shown != text else "")


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: Button,
    default: Button,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return box


def show(box: QMessageBox, kind: str) -> Button:
    """Run the dialog (tests replace this to answer without blocking)."""
    return Button(box.exec())


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question in plain text; True for Yes."""
    box = _box(parent, QMessageBox.Icon.Question, title, text, Button.Yes | Button.No, Button.Yes)
    return show(box, "question") == Button.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    show(_box(parent, QMessageBox.Icon.Warning, title, text, Button.Ok, Button.Ok), "warning")


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, Button.Ok, Button.Ok)
    show(box, "information")
