"""Hypothesis strategies: random valid cases (as JSON objects) and weight vectors."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

LEVELS = [
    {"label": "--", "value": 0},
    {"label": "-", "value": 25},
    {"label": "0", "value": 50},
    {"label": "+", "value": 75},
    {"label": "++", "value": 100},
]

weight = st.one_of(st.integers(0, 100), st.floats(0, 100, allow_nan=False, width=32))
positive_weight = st.one_of(st.integers(1, 100), st.floats(0.5, 100, width=32))


@st.composite
def case_data(draw: st.DrawFn, max_options: int = 6, with_ranges: bool = True) -> dict[str, Any]:
    """A valid, complete case with 2..max_options options and a two-level criteria tree."""
    n_opt = draw(st.integers(2, max_options))
    n_groups = draw(st.integers(1, 3))
    sizes = [draw(st.integers(1, 4)) for _ in range(n_groups)]
    options = [{"id": f"o{i}", "name": f"Optie {i}"} for i in range(n_opt)]
    criteria, leaves = [], []
    for g, size in enumerate(sizes):
        children = []
        for k in range(size):
            leaf_id = f"c{g}-{k}"
            kind = draw(st.sampled_from(["direct", "qualitative", "numeric"]))
            if kind == "direct":
                scale: dict[str, Any] = {"kind": "direct"}
            elif kind == "qualitative":
                scale = {"kind": "qualitative", "levels": LEVELS}
            else:
                scale = {"kind": "numeric", "unit": "k", "worst": 1000, "best": 0}
            children.append({"id": leaf_id, "name": f"Criterium {g}.{k}", "scale": scale})
            leaves.append((leaf_id, kind))
        criteria.append({"id": f"g{g}", "name": f"Groep {g}", "children": children})
    scores = []
    for o in options:
        for leaf_id, kind in leaves:
            s: dict[str, Any] = {"option": o["id"], "criterion": leaf_id}
            if kind == "qualitative":
                k = draw(st.integers(0, 4))
                s["value"] = LEVELS[k]["label"]
                if with_ranges and draw(st.booleans()):
                    s["low"] = LEVELS[max(0, k - 1)]["label"]
                    s["high"] = LEVELS[min(4, k + 1)]["label"]
            else:
                hi = 100 if kind == "direct" else 1000
                v = draw(st.integers(0, hi))
                s["value"] = v
                if with_ranges and draw(st.booleans()):
                    s["low"] = max(0, v - hi // 10)
                    s["high"] = min(hi, v + hi // 10)
            scores.append(s)
    weights: dict[str, Any] = {}
    for g, size in enumerate(sizes):
        weights[f"g{g}"] = draw(positive_weight)
        if draw(st.booleans()):  # explicit leaf weights, else equal shares
            for k in range(size):
                weights[f"c{g}-{k}"] = draw(positive_weight)
    profiles = [
        {"id": "p0", "name": "Profiel 0", "weights": weights},
        {"id": "p1", "name": "Gelijk"},
    ]
    return {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "Gegenereerd",
        "options": options,
        "criteria": criteria,
        "scores": scores,
        "profiles": profiles,
    }
