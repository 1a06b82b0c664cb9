"""The portfolio on 10 options x 20 units: it must answer within a live update (one frame).

Figures: the search alone (``portfolio_10x20_ms``), the whole ``portfolio(case)`` including
evaluating every unit (``portfolio_case_10x20_ms``), and the exact depth-first search that takes
over beyond 14 options, on the same matrix (``portfolio_dfs_10x20_ms``), each a median.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np


def _median_ms(fn: Callable[[], Any], repeat: int = 15) -> float:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def _case(n_opts: int, n_units: int, rng: np.random.Generator) -> Any:
    from model import load_case_data

    leaves = [f"c{j}" for j in range(8)]
    opts = [f"o{i}" for i in range(n_opts)]
    scores: list[dict[str, Any]] = [
        {"option": o, "criterion": c, "value": float(rng.integers(0, 101))}
        for o in opts
        for c in leaves
    ]
    units = []
    for u in range(n_units):
        uid = f"u{u}"
        units.append({"id": uid, "name": f"Team {u}", "size": int(rng.integers(1, 30))})
        if u % 3 == 0:
            units[-1]["exclude"] = [{"option": opts[u % n_opts], "reason": "past niet"}]
        for c in rng.choice(leaves, size=2, replace=False):
            scores.append(
                {"option": opts[u % n_opts], "criterion": str(c), "unit": uid, "value": 90.0}
            )
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "bench",
        "options": [{"id": o, "name": o} for o in opts],
        "criteria": [{"id": c, "name": c, "scale": {"kind": "direct"}} for c in leaves],
        "scores": scores,
        "profiles": [{"id": "p", "name": "P"}],
        "units": units,
    }
    return load_case_data(data)[0]


def run() -> dict[str, Any]:
    import model.portfolio as pf

    rng = np.random.default_rng(11)
    case = _case(10, 20, rng)
    values = pf.unit_value_matrix(case, None)
    sizes = np.array([float(u.size) for u in case.units or ()])
    opts, units = case.option_ids, case.unit_ids

    search_ms = _median_ms(lambda: pf.portfolio_from_values(values, sizes, opts, units))
    whole_ms = _median_ms(lambda: pf.portfolio(case))
    limit = pf._SUBSET_LIMIT
    pf._SUBSET_LIMIT = 0
    try:
        dfs_ms = _median_ms(lambda: pf.portfolio_from_values(values, sizes, opts, units), 5)
    finally:
        pf._SUBSET_LIMIT = limit
    # what a weight change costs the first time (compiling every unit, not from the cache)
    from model import analysis

    def cold() -> None:
        analysis._cache.clear()
        pf.portfolio(case)

    cold_ms = _median_ms(cold, 5)
    return {
        "portfolio_10x20_ms": search_ms,
        "portfolio_case_10x20_ms": whole_ms,
        "portfolio_case_10x20_cold_ms": cold_ms,
        "portfolio_dfs_10x20_ms": dfs_ms,
        "portfolio_frame_budget_ms": 1000 / 60,
    }
