"""Profiles derived from analysis results (a stability answer saved as a profile), and the
orderings the robustness views show. Pure, usable from the command line."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from model.case import Case, Profile
from model.naming import free_id, slug
from model.stability import Stability

#: a weight change smaller than this (0.01 percentage point) is not shown as a change
MIN_CHANGE = 1e-4


def flat_weights(case: Case, leaf_weights: Mapping[str, float]) -> dict[str, float]:
    """Local weights (in percent) that reproduce the global ``leaf_weights`` exactly:
    w(node) = 100 * sum of g(leaf) over the leaves under node.

    Every node gets the sum of the global weights of the leaves under it: local weights count
    relative to their siblings, so the product along a path telescopes to the leaf's own
    global weight.  A group whose leaves all have weight 0 gets 0 (allowed: its parent's
    share for it is 0 too).
    """
    total = {leaf: 100.0 * float(leaf_weights.get(leaf, 0.0)) for leaf in case.leaf_ids}
    out: dict[str, float] = {}

    def walk(node_id: str) -> float:
        node = case.node_by_id[node_id]
        if node.is_leaf:
            out[node_id] = total[node_id]
            return total[node_id]
        s = sum(walk(c.id) for c in case.children_of(node_id))
        out[node_id] = s
        return s

    for top in case.criteria:
        walk(top.id)
    return out


def profile_from_stability(case: Case, result: Stability, name: str) -> Profile | None:
    """A new profile holding ``result``'s nearest weights (None when unreachable); its id is the
    first free ``<profile>-<target>``."""
    if result.weights is None:
        return None
    pid = free_id(slug(f"{result.profile}-{result.target}"), (p.id for p in case.profiles))
    return Profile(id=pid, name=name, weights=flat_weights(case, result.weights))


def changed_leaves(
    result: Stability, minimum: float = MIN_CHANGE
) -> list[tuple[str, float, float]]:
    """(leaf, now, needed) for the leaves whose weight changes, largest change first."""
    if result.weight_array is None:
        return []
    rows = [
        (leaf, float(b), float(a))
        for leaf, b, a in zip(result.leaf_ids, result.current, result.weight_array, strict=True)
        if abs(a - b) > minimum
    ]
    rows.sort(key=lambda r: -abs(r[2] - r[1]))
    return rows


def rank_order(acceptability: np.ndarray) -> list[int]:
    """Option indices best first: most often first, then most often second, ..."""
    n = acceptability.shape[0]
    return sorted(range(n), key=lambda i: (*tuple(-x for x in acceptability[i]), i))


def top_weights(
    leaf_ids: tuple[str, ...], weights: np.ndarray, k: int = 5
) -> list[tuple[str, float]]:
    """The ``k`` largest (leaf, weight) pairs, largest first."""
    order = np.argsort(-np.asarray(weights), kind="stable")[:k]
    return [(leaf_ids[int(j)], float(weights[int(j)])) for j in order]
