"""The Qt-free helpers the GUI and the command line share: free ids, the Pareto front."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from model.naming import free_id, free_name, slug
from model.tradeoff import pareto_front


def test_first_free_ids_and_names() -> None:
    assert free_id("raad", []) == "raad"
    assert free_id("raad", ["raad", "raad-2"]) == "raad-3"
    assert free_id("optie", ["optie-1"], numbered=True) == "optie-2"
    assert free_id("criterium", [], numbered=True) == "criterium-1"
    assert free_name("Kopie", ["Kopie", "Kopie (2)"]) == "Kopie (3)"
    assert slug("Raad Heemstede / Bloemendaal!") == "raad-heemstede-bloemendaal"
    assert slug("Café") == "cafe"
    assert slug("€€€") == "profiel"


@given(st.text(max_size=12), st.lists(st.text(max_size=14), max_size=8), st.booleans())
def test_a_free_id_is_never_taken(stem: str, taken: list[str], numbered: bool) -> None:
    assert free_id(stem, taken, numbered=numbered) not in taken


points = st.lists(st.tuples(st.integers(0, 100), st.integers(0, 100)), min_size=1, max_size=12).map(
    lambda ps: (np.array([p[0] for p in ps], float), np.array([p[1] for p in ps], float))
)


@given(points)
def test_the_front_is_exactly_the_undominated_points(xy: tuple[np.ndarray, np.ndarray]) -> None:
    x, y = xy
    front = set(pareto_front(x, y))
    for i in range(len(x)):
        beaten = any(
            x[j] >= x[i] and y[j] >= y[i] and (x[j] > x[i] or y[j] > y[i]) for j in range(len(x))
        )
        assert (i in front) == (not beaten)
    xs = [x[i] for i in pareto_front(x, y)]
    assert xs == sorted(xs)
