"""Build and check the translations: ``python -m gui.i18n_build [--check] [--quiet]``.

For every package of ``gui/`` (``gui`` itself is the area ``app``; ``gui/charts`` is
``charts``, ...) run ``pyside6-lupdate`` over its ``.py`` files into
``resources/i18n/<area>_nl.ts`` (existing Dutch kept, vanished strings dropped) and compile it
with ``pyside6-lrelease``.  ``--check`` fails when any Dutch entry is unfinished.

Fill in Dutch with :func:`set_translations` (or Qt Linguist)::

    python -m gui.i18n_build --fill charts nl.json   # {"context": {"English": "Nederlands"}}
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "gui"
I18N = ROOT / "resources" / "i18n"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / f"pyside6-{name}"
    return str(here) if here.exists() else shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def areas() -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = {"app": sorted(GUI.glob("*.py"))}
    for sub in sorted(p for p in GUI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        out[sub.name] = sorted(sub.rglob("*.py"))
    return out


def ts_path(area: str) -> Path:
    return I18N / f"{area}_nl.ts"


def update(quiet: bool = False, folder: Path = I18N, release: bool = True) -> None:
    """lupdate every area into ``folder``/<area>_nl.ts (and lrelease to .qm when asked)."""
    folder.mkdir(parents=True, exist_ok=True)
    for area, files in areas().items():
        ts = folder / ts_path(area).name
        cmd = [
            _tool("lupdate"),
            *map(str, files),
            "-ts",
            str(ts),
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            "nl",
        ]
        subprocess.run(cmd, check=True, capture_output=quiet)
        if release:
            subprocess.run(
                [_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                check=True,
                capture_output=quiet,
            )


def release(quiet: bool = False) -> None:
    """Compile the committed catalogues to .qm (what `make` does)."""
    for ts in sorted(I18N.glob("*_nl.ts")):
        subprocess.run(
            [_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=quiet,
        )


def check_tree() -> dict[str, list[str]]:
    """Strings in the code with no finished Dutch in the committed catalogues (tree untouched)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for ts in I18N.glob("*_nl.ts"):
            shutil.copy(ts, folder / ts.name)
        update(quiet=True, folder=folder, release=False)
        return unfinished(folder)


def unfinished(folder: Path = I18N) -> dict[str, list[str]]:
    """Area -> English sources whose Dutch is missing or unfinished."""
    out: dict[str, list[str]] = {}
    for ts in sorted(folder.glob("*_nl.ts")):
        missing = []
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
                if (
                    tr is not None
                    and tr.find("numerusform") is not None
                    and (
                        all((f.text or "").strip() for f in tr.iter("numerusform"))
                        and tr.get("type") != "unfinished"
                    )
                ):
                    continue
                missing.append(msg.findtext("source") or "")
        if missing:
            out[ts.stem] = missing
    return out


def set_translations(area: str, table: dict[str, dict[str, str]]) -> int:
    """Write Dutch for ``{context: {english: dutch}}`` into the area's .ts; return the count."""
    ts = ts_path(area)
    tree = ET.parse(ts)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            dutch = table.get(name, {}).get(src)
            if dutch is None:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = dutch
            tr.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return count


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m gui.i18n_build")
    p.add_argument("--check", action="store_true", help="fail on strings without Dutch")
    p.add_argument("--release", action="store_true", help="only compile .ts to .qm")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--fill", nargs=2, metavar=("AREA", "JSON"))
    args = p.parse_args(argv)
    if args.release:
        release(quiet=args.quiet)
        return 0
    if args.fill:
        area, path = args.fill
        n = set_translations(area, json.loads(Path(path).read_text(encoding="utf-8")))
        print(f"{n} translations written to {ts_path(area)}")
    if args.check and not args.fill:
        missing = check_tree()
    else:
        update(quiet=args.quiet)
        missing = unfinished() if args.check else {}
    for area, sources in missing.items():
        for source in sources:
            print(f"{area}: no Dutch for {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
