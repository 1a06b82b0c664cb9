"""Render every chart and analysis view at the five room sizes, normal and presentation mode.

    .venv/bin/python -m tests.tools.render_all OUT_DIR [--views ranking,robuustheid] [--lang nl]

writes ``OUT_DIR/<size>/<mode>-<view>.png`` for 1024x768, 1280x720, 1366x768, 1920x1080 and
3840x2160 (the last at device-pixel-ratio 2: a child process with ``QT_SCALE_FACTOR=2``, so the
picture is 3840x2160 pixels of a 1920x1080 layout), and ``OUT_DIR/report.json`` with what the
layout checks of ``gui.charts.layout`` measured per picture.  Look at every picture.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

SIZES = ((1024, 768, 1), (1280, 720, 1), (1366, 768, 1), (1920, 1080, 1), (1920, 1080, 2))


def _label(w: int, h: int, dpr: int) -> str:
    return f"{w * dpr}x{h * dpr}" + (f"@dpr{dpr}" if dpr != 1 else "")


def render(out: Path, sizes: list[tuple[int, int]], views: list[str] | None, lang: str) -> Any:
    """In this process (one device-pixel ratio): every view at every size, both modes."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from gui import i18n
    from gui.charts.layout import check_presentation, check_view
    from gui.charts.presentation import open_presentation, presentable_views
    from gui.main_window import MainWindow
    from gui.settings import Settings
    from model.io import load_case_file
    from model.session import Session

    i18n.install(app, lang)  # type: ignore[arg-type]
    import resources

    case, _ = load_case_file(resources.default_case_path())
    tmp = Path(tempfile.mkdtemp())
    session = Session(case)
    session.profile_id = "raad-heemstede"
    window = MainWindow(session, settings=Settings(tmp / "s.ini"), lang=lang, data_dir=tmp)
    dpr = round(app.devicePixelRatio())  # type: ignore[union-attr]
    names = views or presentable_views()
    report: dict[str, Any] = {}

    def settle() -> None:
        for _ in range(4):
            app.processEvents()  # type: ignore[union-attr]

    for w, h in sizes:
        folder = out / _label(w, h, dpr)
        folder.mkdir(parents=True, exist_ok=True)
        window.resize(w, h)
        window.show()
        for name in names:
            window.show_view(name)
            compute = getattr(window.view(name), "compute_now", None)
            if callable(compute):
                compute()
            settle()
            window.grab().save(str(folder / f"normal-{name}.png"))
            report[f"{folder.name}/normal-{name}"] = check_view(window.view(name))
        for name in names:
            pres = open_presentation(window, chart=name)
            pres.showNormal()
            pres.resize(w, h)
            settle()
            pres.prepare_current()
            settle()
            pres.grab().save(str(folder / f"presentation-{name}.png"))
            report[f"{folder.name}/presentation-{name}"] = check_presentation(pres)
            pres.close()
            settle()
    window.close()
    return report


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--views", default="")
    p.add_argument("--lang", default="nl")
    p.add_argument("--dpr", type=int, default=0, help=argparse.SUPPRESS)
    p.add_argument("--size", default="", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    views = [v for v in args.views.split(",") if v] or None
    args.out.mkdir(parents=True, exist_ok=True)
    if args.dpr:  # the child for one screen
        w, h = (int(x) for x in args.size.split("x"))
        report = render(args.out, [(w, h)], views, args.lang)
        (args.out / f"report-{args.size}-dpr{args.dpr}.json").write_text(json.dumps(report))
        os._exit(0)  # skip the teardown of Qt objects
    report: dict[str, Any] = {}
    for w, h, dpr in SIZES:
        # one process per screen, the screen as large as the picture: the window opens on it
        # as on a user's first start (the offscreen default, 800x600, would clamp the window
        # and squeeze the weights dock to a quarter of that)
        size = f"{w}x{h}"
        screens = args.out / f"screens-{size}-dpr{dpr}.json"
        screen = {"name": "room", "x": 0, "y": 0, "width": w * dpr, "height": h * dpr}
        screens.write_text(json.dumps({"screens": [dict(screen, logicalDpi=96)]}))
        platform = f"offscreen:configfile={screens}"
        env = dict(os.environ, QT_QPA_PLATFORM=platform, QT_SCALE_FACTOR=str(dpr))
        cmd = [sys.executable, "-m", "tests.tools.render_all", str(args.out), "--dpr", str(dpr)]
        cmd += ["--size", size, "--lang", args.lang]
        cmd += ["--views", args.views] if args.views else []
        subprocess.run(cmd, env=env, check=True)
        part = args.out / f"report-{size}-dpr{dpr}.json"
        report.update(json.loads(part.read_text()))
        part.unlink()
        screens.unlink()
    (args.out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    bad = {k: v for k, v in report.items() if v.get("problems")}
    for key, value in bad.items():
        print(key, "; ".join(value["problems"]))
    print(f"{len(report)} pictures in {args.out}, {len(bad)} with problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
