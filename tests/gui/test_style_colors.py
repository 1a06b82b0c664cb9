"""Colour that reads on a projector and with colour-vision deficiencies (Machado 2009)."""

from __future__ import annotations

import numpy as np
import pytest

from gui.style import OKABE_ITO, group_colors, rank_colors
from tests.tools.cvd import delta_e, simulate_colors

KINDS = ("normal", "deuteranopia", "protanopia")


def _hex(colors: list) -> list[str]:  # type: ignore[type-arg]
    return [c.name() for c in colors]


def _chroma(colors: list[str]) -> np.ndarray:
    lab = simulate_colors(colors, "normal")
    return np.hypot(lab[:, 1], lab[:, 2])


@pytest.mark.parametrize("kind", KINDS)
def test_criterion_groups_stay_apart_with_and_without_colour_vision(kind: str) -> None:
    assert delta_e(_hex(group_colors(4)), kind) >= 30  # the default case has four groups
    assert delta_e(_hex(group_colors(6)), kind) >= 15


def test_criterion_groups_are_not_greys_and_do_not_compete_with_option_colours() -> None:
    groups = _hex(group_colors(8))
    assert len(set(groups)) == 8
    assert _chroma(groups[:4]).min() >= 10  # hues, not greys
    options = [c for c in OKABE_ITO if c != "#000000"]
    assert _chroma(groups).max() < _chroma(options).min()
    # neighbours in a stacked bar differ clearly in lightness
    lightness = simulate_colors(groups[:4], "normal")[:, 0]
    assert np.abs(np.diff(lightness)).min() >= 15
    # every segment shows on the white chart background
    assert min(delta_e(["#FFFFFF", c]) for c in groups) >= 10


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("n", [2, 4, 6, 8])
def test_places_are_a_sequential_palette_darkest_first(kind: str, n: int) -> None:
    lightness = simulate_colors(_hex(rank_colors(n)), kind)[:, 0]
    steps = np.diff(lightness)
    assert (steps > 0).all()  # place 1 darkest, then lighter and lighter
    assert steps.min() >= 55 / n  # evenly spread over L* 28..90
    assert delta_e(_hex(rank_colors(n)), kind) >= 6
