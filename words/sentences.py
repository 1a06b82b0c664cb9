"""Sentences the command line and the GUI both say, in Dutch and English."""

from __future__ import annotations

from typing import TYPE_CHECKING

from words.numbers import percent

if TYPE_CHECKING:
    from model import Case
    from model.stability import Stability


def pick(lang: str, en: str, nl: str) -> str:
    """The Dutch or the English text (Dutch unless ``lang`` is ``en``)."""
    return nl if lang == "nl" else en


def name_list(items: list[str], lang: str, limit: int = 3) -> str:
    """``A, B en C``; beyond ``limit`` names the rest become ``andere`` (``others``)."""
    if len(items) > limit:
        items = [*items[:limit], pick(lang, "others", "andere")]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + pick(lang, " and ", " en ") + items[-1]


def stability_sentence(case: Case, result: Stability, lang: str) -> str:
    """'Raad Heemstede: 8,3% van het gewicht verschuiven (van X naar Y) maakt Z de beste.'"""
    who = case.profile(result.profile).name
    target = case.option(result.target).name
    if not result.reachable or result.distance is None:
        return pick(
            lang,
            f"{who}: no weighting makes {target} the best.",
            f"{who}: geen enkele weging maakt {target} de beste.",
        )
    if result.distance <= 1e-9:
        return pick(
            lang, f"{who}: {target} is already the best.", f"{who}: {target} is al de beste."
        )
    losers, gainers = result.shifts()
    leaf = {leaf: case.node_by_id[leaf].name for leaf in result.leaf_ids}
    src = name_list([leaf[s.leaf] for s in losers], lang)
    dst = name_list([leaf[s.leaf] for s in gainers], lang)
    pct = percent(result.distance, lang)
    return pick(
        lang,
        f"{who}: moving {pct} of the weight (from {src} to {dst}) makes {target} the best.",
        f"{who}: {pct} van het gewicht verschuiven (van {src} naar {dst}) maakt {target} de beste.",
    )
