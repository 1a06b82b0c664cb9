"""Numbers the charts derive from the model (pure, no widgets: easy to test)."""

from __future__ import annotations

import numpy as np

from model import Case, Evaluation, compile_case
from model.analysis import leaves_under


def score_label(case: Case, option: str, leaf: str) -> str:
    """How a score reads for people: the level label, or the number with its unit."""
    s = case.score_by_pair.get((option, leaf))
    if s is None:
        return "—"
    if isinstance(s.value, str):
        return s.value
    node = case.node_by_id[leaf]
    unit = node.scale.unit if node.scale is not None else None
    text = f"{s.value:g}"
    return f"{text} {unit}" if unit else text


def axis_leaves(case: Case, nodes: tuple[str, ...]) -> list[str]:
    """The leaves under any of ``nodes`` (an axis may combine several nodes), in case order."""
    wanted: set[str] = set()
    for n in nodes:
        wanted.update(leaves_under(case, n))
    return [leaf for leaf in case.leaf_ids if leaf in wanted]


def axis_values(case: Case, ev: Evaluation, nodes: tuple[str, ...]) -> tuple[np.ndarray, float]:
    """Each option's weighted average mapped score (0–100) over the leaves of ``nodes``.

    Weighted by the profile's global leaf weights; equal weights when they are all zero.
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


def pareto_front(x: np.ndarray, y: np.ndarray) -> list[int]:
    """Indices of the points not dominated (higher is better on both), sorted by x."""
    n = len(x)
    front = []
    for i in range(n):
        dominated = any(
            x[j] >= x[i] - 1e-9
            and y[j] >= y[i] - 1e-9
            and (x[j] > x[i] + 1e-9 or y[j] > y[i] + 1e-9)
            for j in range(n)
        )
        if not dominated:
            front.append(i)
    return sorted(front, key=lambda i: (x[i], -y[i]))
