"""How the charts write the model's values for people (the numbers are in model/tradeoff.py)."""

from __future__ import annotations

import pyqtgraph as pg

from model import Case
from words.numbers import plain


def score_label(case: Case, option: str, leaf: str, lang: str) -> str:
    """How a score reads for people: the level label, or the number with its unit in ``lang``
    (``62,5 kEUR`` in Dutch); ``≈`` after an estimate (a judgement, not a sourced fact)."""
    s = case.score_by_pair.get((option, leaf))
    if s is None:
        return "—"
    mark = " ≈" if s.estimate else ""  # an estimate reads as one wherever a score is shown
    if isinstance(s.value, str):
        return s.value + mark
    node = case.node_by_id[leaf]
    unit = node.scale.unit if node.scale is not None else None
    text = plain(s.value, lang)
    return (f"{text} {unit}" if unit else text) + mark


def local_tick_numbers(axis: pg.AxisItem, lang: str) -> None:
    """Let a pyqtgraph axis write its tick numbers in ``lang`` (``65,5`` in Dutch; pyqtgraph
    itself always writes a decimal point).  Calling it again replaces, never stacks."""
    plain = type(axis).tickStrings

    def strings(values: list[float], scale: float, spacing: float) -> list[str]:
        out: list[str] = plain(axis, values, scale, spacing)
        return [s.replace(".", ",") for s in out] if lang == "nl" else list(out)

    axis.tickStrings = strings
    axis.picture = None  # drawn again with the new strings
    axis.update()
