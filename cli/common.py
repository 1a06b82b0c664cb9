"""Helpers shared by the subcommands: loading, printing, number formatting."""

from __future__ import annotations

import json
import sys
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

    def load(self, path: str) -> tuple[Case, list[Issue]]:
        return load_case_file(path)

    def say(self, text: str) -> None:
        print(text)

    def warn(self, items: list[Issue]) -> None:
        for item in items:
            print(f"{warning_prefix(self.lang)}: {render(item, self.lang)}", file=sys.stderr)

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
    """Plain aligned columns; ``right`` holds the indices of right-aligned columns."""
    right = right or set()
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [c.rjust(widths[k]) if k in right else c.ljust(widths[k]) for k, c in enumerate(r)]
        lines.append("  ".join(cells).rstrip())
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
