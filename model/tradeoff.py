"""The trade-off map's numbers: an option's value on an axis of criteria, and the Pareto front.

Pure functions over the compiled case (no Qt), used by the trade-off and radar charts.
"""

from __future__ import annotations

import numpy as np

from model.analysis import Evaluation, compile_case, leaves_under
from model.case import Case


def axis_leaves(case: Case, nodes: tuple[str, ...]) -> list[str]:
    """The leaves under any of ``nodes`` (an axis may combine several nodes), in case order."""
    wanted: set[str] = set()
    for n in nodes:
        wanted.update(leaves_under(case, n))
    return [leaf for leaf in case.leaf_ids if leaf in wanted]


def axis_values(case: Case, ev: Evaluation, nodes: tuple[str, ...]) -> tuple[np.ndarray, float]:
    """Each option's weighted average mapped score (0–100) over the leaves L of ``nodes``:
    v_o = sum_{l in L} g_l * s_ol / sum_{l in L} g_l, with g the profile's global leaf
    weights (equal weights when they are all zero) and s the mapped scores.
    Returns (values per option, total global weight of those leaves).
    """
    leaves = axis_leaves(case, nodes)
    idx = [ev.leaf_ids.index(leaf) for leaf in leaves]
    w = ev.weight_array[idx]
    total = float(w.sum())
    share = w / total if total > 1e-12 else np.full(len(idx), 1.0 / max(1, len(idx)))
    mapped = compile_case(case).values[:, idx]
    out: np.ndarray = mapped @ share
    return out, total


def group_values(case: Case, ev: Evaluation) -> np.ndarray:
    """Options x top-level groups: weighted average mapped score within each group (0–100)."""
    return np.column_stack([axis_values(case, ev, (g,))[0] for g in ev.group_ids])


def pareto_front(x: np.ndarray, y: np.ndarray, tol: float = 1e-9) -> list[int]:
    """Indices of the points nothing beats on both axes (higher is better), sorted by x.

    Point i is dominated when some j has x_j >= x_i and y_j >= y_i with at least one of the
    two strictly greater (all comparisons within ``tol``); the front is the undominated points.
    """
    xs, ys = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    geq = (xs[None, :] >= xs[:, None] - tol) & (ys[None, :] >= ys[:, None] - tol)
    gt = (xs[None, :] > xs[:, None] + tol) | (ys[None, :] > ys[:, None] + tol)
    dominated = (geq & gt).any(axis=1)
    front = [int(i) for i in np.flatnonzero(~dominated)]
    return sorted(front, key=lambda i: (float(xs[i]), -float(ys[i])))
