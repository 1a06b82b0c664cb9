"""Start the desktop app, or render it offscreen to a PNG (``--screenshot``)."""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from gui.charts.presentation import PresentationWindow
    from gui.main_window import MainWindow
    from model.case import Case
    from model.document import Document


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="vormkeuze", description="Vormkeuze desktop app")
    p.add_argument("case", nargs="?", help="a case file (.json) or document (.vormkeuze)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render offscreen to a PNG and exit")
    p.add_argument(
        "--size", type=_size, default=(1366, 768), help="window size for --screenshot, WxH"
    )
    p.add_argument("--view", default=None, help="which view to render with --screenshot")
    p.add_argument("--lang", choices=["nl", "en"], default=None)
    p.add_argument("--presentation", action="store_true", help="presentation mode")
    return p.parse_args(list(argv))


def _size(text: str) -> tuple[int, int]:
    """``--size WxH``; argparse turns the error into one line and exit status 2."""
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not WIDTHxHEIGHT (e.g. 1920x1080)") from None
    if not (200 <= w <= 8000 and 200 <= h <= 8000):
        raise argparse.ArgumentTypeError(f"{w}x{h} is outside 200..8000")
    return w, h


def pause_collector() -> None:
    """Python's cyclic garbage collector waits until the first window is painted.

    It walks every object the start makes, and PySide6 and pyqtgraph make many: ≈ 60 ms of a
    first paint on the reference machine (docs/performance.md).  :func:`resume_collector`
    starts it again.
    """
    gc.disable()


def resume_collector() -> None:
    """The collector runs again; what the start made is frozen (``gc.freeze``): later
    collections, e.g. during a slider drag, skip the modules, widgets and the case."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: Sequence[str]) -> int:
    pause_collector()
    try:
        return _main(argv)
    finally:
        resume_collector()  # a start that ended before its first paint


def _main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    headless = args.screenshot is None and not _has_display()
    if headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        out = Path("screenshots") / f"vormkeuze-{time.strftime('%Y%m%d-%H%M%S')}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        args.screenshot = str(out)
    if args.screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    status = run(args, args.size if args.screenshot else None, headless=headless)
    if headless and status == 0:
        from words.messages import language_from_env

        if (args.lang or language_from_env()) == "nl":
            print(
                "Geen beeldscherm gevonden (DISPLAY is leeg): het hoofdvenster is als"
                f" afbeelding opgeslagen in {args.screenshot}."
            )
        else:
            print(
                "No display found (DISPLAY is empty): the main window was saved to"
                f" {args.screenshot}."
            )
    return status


def _initial(
    window_args: argparse.Namespace,
    lang: str,
    *,
    screenshot: bool,
    data_dir: Path,
    fallback: list[str] | None = None,
) -> tuple[Case, Document | None, list[str]]:
    """(case, document or None, error messages) for the start: CASE, else a new untitled one.

    A CASE that cannot be opened is refused without making a document for it: the start goes on
    with the last document (``fallback``) or the untitled one already there, and only makes a
    new untitled document when there is neither.
    """
    import resources
    from gui.i18n import translate
    from gui.main_window import unique_path, user_name
    from model.document import Document
    from model.errors import VormkeuzeError
    from model.io import is_document, load_case_file, load_embedded_case
    from words.messages import render

    errors: list[str] = []
    path = Path(window_args.case) if window_args.case else None
    if path is not None and is_document(path):  # a regular SQLite file (never blocks)
        try:
            doc = Document.open(path, author=user_name(), readonly=screenshot)
            return doc.case, doc, errors
        except VormkeuzeError as e:
            errors += [render(i, lang) for i in e.issues]
        except Exception as e:
            errors.append(f"{path}: {e}")
        path = None
    case: Case | None = None
    if path is not None:
        try:
            case, _ = load_case_file(path)
        except VormkeuzeError as e:
            from model.places import read_names

            names = read_names(path)
            errors += [render(i, lang, names) for i in e.issues]
    stem = (
        path.stem if path is not None and case is not None else translate("MainWindow", "Untitled")
    )
    if case is None and errors and not screenshot:
        untitled = data_dir / f"{stem}.vormkeuze"
        for candidate in [*(fallback or []), str(untitled)]:
            p = Path(candidate)
            if p.is_file() and is_document(p):
                try:
                    doc = Document.open(p, author=user_name())
                except Exception:
                    continue
                return doc.case, doc, errors
    if case is None:
        case, _ = load_embedded_case(resources.default_case_path())
    doc = Document.create(unique_path(data_dir, stem), case, author=user_name())
    return case, doc, errors


def run(args: argparse.Namespace, size: tuple[int, int] | None, *, headless: bool = False) -> int:
    """Open the main window (or render one view to a PNG when ``size`` is given).

    ``headless``: the PNG stands in for a window on a machine without a display (the caller
    says so in a sentence, so the picture's path is not printed on its own).
    """
    import tempfile

    from gui import import_scan

    import_scan.install()  # before Qt: PySide6 then checks each later import with one read
    from PySide6.QtWidgets import QApplication

    import gui
    from gui import i18n
    from gui.main_window import MainWindow, data_folder
    from gui.settings import Settings
    from model.session import Session

    gui.quiet_offscreen_noise()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Vormkeuze")
    app.setOrganizationName("Vormkeuze")
    settings = Settings()
    lang = args.lang or settings.language or "nl"
    i18n.install(app, lang)
    with tempfile.TemporaryDirectory(prefix="vormkeuze-") as tmp:
        data_dir = Path(tmp) if size is not None else data_folder()
        if size is not None:
            settings = Settings(Path(tmp) / "settings.ini")
        if args.case is None and size is None:
            # later starts continue with the last document; only the first start makes a new one
            recent = [p for p in settings.recent_files if Path(p).is_file()]
            if recent:
                args.case = recent[0]
        recent = [p for p in settings.recent_files if Path(p).is_file()]
        case, doc, errors = _initial(
            args, lang, screenshot=size is not None, data_dir=data_dir, fallback=recent
        )
        if errors and size is not None:
            print("\n".join(errors), file=sys.stderr)
            return 2
        session = Session(case, store=doc)
        window = MainWindow(session, document=doc, settings=settings, lang=lang, data_dir=data_dir)
        if doc is not None:
            settings.add_recent(doc.path)
        if size is not None:
            return _screenshot(app, window, args, size, print_path=not headless)
        window.show()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, resume_collector)  # the first pass of the event loop paints
        from gui.plaintext import warn

        for text in errors:
            warn(window, "Vormkeuze", text)
        window.announce_document()  # read-only (who holds it), or damaged parts
        if args.presentation:
            _presentation(window, args.view)
        return int(app.exec())


def _presentation(window: MainWindow, view: str | None) -> PresentationWindow:
    """Enter presentation mode, on ``view`` when it can be projected (else the first view)."""
    return window.present(view)


def _screenshot(
    app: object,
    window: MainWindow,
    args: argparse.Namespace,
    size: tuple[int, int],
    *,
    print_path: bool = True,
) -> int:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    view = args.view
    if view is not None and view not in window.view_names():
        print(
            f"--view: unknown view '{view}'; known: {', '.join(window.view_names())}",
            file=sys.stderr,
        )
        window.close()
        return 2
    window.setWindowState(Qt.WindowState.WindowNoState)  # a small screen starts maximised
    from gui.desk.readonly import hide

    hide(window)  # the picture's document is opened read-only on purpose
    window.resize(*size)
    # settled first, painted once: the picture is rendered by grab() below (a window on a
    # screen paints at its first event-loop pass; repainting each settling pass adds nothing)
    window.setUpdatesEnabled(False)
    window.show()
    if view is not None:
        window.show_view(view)
        from gui.robustness.base import AnalysisView

        shown = window.view(view)
        if isinstance(shown, AnalysisView):  # it computes in the background: wait for it
            shown.compute_now()
    # one pass lays docks, splitters and headers out at this size and runs the redraws that
    # schedules, a second delivers what those post (three passes gave the same pictures, every
    # view at 1280×720, 1366×768 and 1920×1080)
    QApplication.processEvents()
    layout = window.layout()
    if layout is not None:
        layout.activate()
    QApplication.processEvents()
    target: QWidget = window
    if args.presentation:
        pres = _presentation(window, view)
        target = pres
        pres.showNormal()
        pres.resize(*size)
        for _ in range(3):
            QApplication.processEvents()
        pres.prepare_current()  # an analysis view: computed now, not in the background
        for _ in range(3):
            QApplication.processEvents()
    window.setUpdatesEnabled(True)
    picture = target.grab()
    resume_collector()
    ok = picture.save(args.screenshot)
    if target is not window:
        target.close()
    window.close()
    QApplication.processEvents()
    if print_path:  # a headless start says it in a sentence instead
        print(args.screenshot)
    return 0 if ok else 2
