"""Helpers shared by the subcommands: loading, printing, number formatting."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

from model import Case, Issue, load_case_file
from words.messages import render, warning_prefix
from words.numbers import number, percent
from words.sentences import pick


class Context:
    """What every subcommand gets: the language and the output format."""

    def __init__(self, lang: str, fmt: str = "table") -> None:
        self.lang = lang
        self.fmt = fmt
        self.names: Case | None = None  # the case loaded last: warnings name its places

    def load(self, path: str) -> tuple[Case, list[Issue]]:
        """The case and its warnings; damage the case survives is reported here, always."""
        case, warnings = load_case_file(path)
        self.names = case
        damage = [w for w in warnings if w.code.startswith("document_")]
        self.warn(damage)
        return case, [w for w in warnings if not w.code.startswith("document_")]

    @contextlib.contextmanager
    def progress(self, what: str) -> Iterator[Callable[[int, int], None]]:
        """A ``tick(done, total)`` that keeps one progress line on a terminal's stderr.

        Silent when stderr is not a terminal (unless VORMKEUZE_PROGRESS=1); the line is
        cleared when the work ends, also when it is interrupted.
        """
        stream = sys.stderr
        show = stream.isatty() or os.environ.get("VORMKEUZE_PROGRESS") == "1"
        last = [-1]

        def tick(done: int, total: int) -> None:
            if not show or total <= 0:
                return
            pct = int(100 * done / total)
            if pct == last[0]:
                return
            last[0] = pct
            stream.write(f"\r{what}: {pct}%")
            stream.flush()

        try:
            yield tick
        finally:
            if show and last[0] >= 0:
                stream.write("\r\033[K" if stream.isatty() else "\n")
                stream.flush()

    def say(self, text: str) -> None:
        print(text)

    def warn(self, items: list[Issue]) -> None:
        for item in items:
            text = render(item, self.lang, self.names, keep_place=True)
            print(f"{warning_prefix(self.lang)}: {text}", file=sys.stderr)

    def emit_json(self, obj: Any) -> None:
        # built whole before writing: stdout gets one complete JSON object or nothing
        text = json.dumps(obj, ensure_ascii=False, allow_nan=False)
        sys.stdout.write(text + "\n")

    def number(self, x: float, decimals: int = 1) -> str:
        return number(x, self.lang, decimals)

    def percent(self, x: float, decimals: int = 1) -> str:
        return percent(x, self.lang, decimals)

    def t(self, en: str, nl: str) -> str:
        return pick(self.lang, en, nl)


def table(rows: list[list[str]], right: set[int] | None = None) -> str:
    """Plain aligned columns; ``right`` holds the indices of right-aligned columns.

    A cell may hold several lines (``\n``): its row is as tall as its tallest cell, and the
    cells' lines stand at the bottom of the row, so a wrapped head ends just above its column.
    """
    right = right or set()
    cells = [[c.split("\n") for c in r] for r in rows]
    widths = [max(len(line) for r in cells for line in r[k]) for k in range(len(rows[0]))]
    lines = []
    for r in cells:
        height = max(len(c) for c in r)
        for i in range(height):
            texts = [c[i - height + len(c)] if i >= height - len(c) else "" for c in r]
            row = [
                t.rjust(widths[k]) if k in right else t.ljust(widths[k])
                for k, t in enumerate(texts)
            ]
            lines.append("  ".join(row).rstrip())
    return "\n".join(lines)


def say_unit(case: Case, unit: str | None, ctx: Context) -> None:
    """One line naming the unit analysed, with the options it leaves out and why."""
    if unit is None:
        return
    u = case.unit(unit)
    ctx.say(ctx.t(f"Unit: {u.name} ({u.id})", f"Onderdeel: {u.name} ({u.id})"))
    for e in u.exclude:
        name = case.option(e.option).name
        ctx.say(ctx.t(f"  without {name}: {e.reason}", f"  zonder {name}: {e.reason}"))
