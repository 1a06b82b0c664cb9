"""A small case with units, built in code (direct scales, so values are easy to compute by hand)."""

from __future__ import annotations

import copy
from typing import Any

#: values[option][leaf] of the case-wide scores; two leaves weighted 60/40 by the first profile
WIDE = {
    "a": {"x": 80, "y": 20},  # 0.6*80 + 0.4*20 = 56
    "b": {"x": 50, "y": 60},  # 30 + 24 = 54
    "c": {"x": 30, "y": 90},  # 18 + 36 = 54
}


def units_case_data() -> dict[str, Any]:
    """Options a, b, c; leaves x, y; units t1 (size 2), t2 (excludes a), t3 (own scores)."""
    scores: list[dict[str, Any]] = [
        {"option": o, "criterion": leaf, "value": v}
        for o, row in WIDE.items()
        for leaf, v in row.items()
    ]
    # t3's own scores: c is better there (x: 30 -> 100 gives 0.6*100 + 36 = 96)
    scores.append({"option": "c", "criterion": "x", "unit": "t3", "value": 100})
    # an own score for an option t2 excludes: allowed and ignored
    scores.append({"option": "a", "criterion": "y", "unit": "t2", "value": 100})
    return {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "Units",
        "options": [{"id": o, "name": o.upper()} for o in WIDE],
        "criteria": [
            {"id": "x", "name": "X", "scale": {"kind": "direct"}},
            {"id": "y", "name": "Y", "scale": {"kind": "direct"}},
        ],
        "scores": scores,
        "profiles": [
            {"id": "p", "name": "P", "weights": {"x": 60, "y": 40}},
            {"id": "q", "name": "Q", "weights": {"x": 0, "y": 1}},
        ],
        "units": [
            {"id": "t1", "name": "Team een", "size": 2},
            {
                "id": "t2",
                "name": "Team twee",
                "exclude": [{"option": "a", "reason": "Kan dit team niet dienen."}],
            },
            {"id": "t3", "name": "Team drie", "description": "Eigen scores"},
        ],
    }


def with_changes(data: dict[str, Any], **top: Any) -> dict[str, Any]:
    out = copy.deepcopy(data)
    out.update(top)
    return out
