"""Build small cases straight from a value matrix (direct 0..100 scales), for analysis tests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from model import Case, load_case_data


def matrix_case(
    values: Sequence[Sequence[float]],
    profiles: Sequence[Sequence[float]] | None = None,
    ranges: dict[tuple[int, int], tuple[float, float]] | None = None,
) -> Case:
    """Options o0.., leaves c0.. (flat, direct scale); profiles p0.. with the given leaf weights."""
    n_opt, n_leaf = len(values), len(values[0])
    scores: list[dict[str, Any]] = []
    for i in range(n_opt):
        for j in range(n_leaf):
            s: dict[str, Any] = {"option": f"o{i}", "criterion": f"c{j}", "value": values[i][j]}
            if ranges and (i, j) in ranges:
                s["low"], s["high"] = ranges[(i, j)]
            scores.append(s)
    profiles = profiles or [[1.0] * n_leaf]
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "matrix",
        "options": [{"id": f"o{i}", "name": f"Optie {i}"} for i in range(n_opt)],
        "criteria": [
            {"id": f"c{j}", "name": f"Criterium {j}", "scale": {"kind": "direct"}}
            for j in range(n_leaf)
        ],
        "scores": scores,
        "profiles": [
            {
                "id": f"p{k}",
                "name": f"Profiel {k}",
                "weights": {f"c{j}": float(w) for j, w in enumerate(ws)},
            }
            for k, ws in enumerate(profiles)
        ],
    }
    case, _ = load_case_data(data)
    return case
