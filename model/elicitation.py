"""Eliciting weights: the points a slider shows, SWING, Saaty's AHP scale, ROC, and the profile
an elicitation writes (pure; the weights panel and its dialogs are the Qt side).

The weights themselves come from ``model.weights`` (ROC, AHP, resolve_profile); nothing here
reimplements them. See docs/weighting.md for the methods and their sources.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from model.case import Case, Elicitation, Profile
from model.weights import CR_LIMIT, ahp, resolve_profile, roc

#: Saaty's 1-9 scale as slider positions -8..8: position p >= 0 means "p + 1 times as important".
SAATY_MIN, SAATY_MAX = -8, 8


@dataclass(frozen=True)
class NodeWeights:
    """What the panel shows for one node: points (0..100), local share and global weight."""

    points: float
    local: float
    global_: float


def profile_index(case: Case, profile_id: str) -> int:
    return [p.id for p in case.profiles].index(profile_id)


def node_weights(case: Case, profile_id: str) -> dict[str, NodeWeights]:
    """Points, local share and global weight of every node under ``profile_id``.

    Points are the profile's explicit local weight when all siblings have one on a 0..100 scale;
    otherwise (equal shares, an elicitation, weights above 100) the local share times 100, which
    is also what ``SetWeight`` writes out when a slider of such a group is moved.
    """
    profile = case.profiles[profile_index(case, profile_id)]
    local = resolve_profile(case, profile_index(case, profile_id)).local
    weights = profile.weights or {}
    out: dict[str, NodeWeights] = {}

    def walk(node: str, above: float) -> None:
        children = case.children_of(node)
        ids = [c.id for c in children]
        explicit = (
            profile.elicitation_for(node) is None
            and all(c in weights for c in ids)
            and all(0 <= weights[c] <= 100 for c in ids)
        )
        for c in children:
            share = local.get(c.id, 0.0)
            points = float(weights[c.id]) if explicit else 100.0 * share
            out[c.id] = NodeWeights(points, share, above * share)
            walk(c.id, above * share)

    walk("root", 1.0)
    return out


# --- Saaty scale -----------------------------------------------------------------------------
def saaty_value(position: int) -> float:
    """Slider position p in -8..8 -> a_ij = p + 1 for p >= 0, 1 / (1 - p) for p < 0
    (0 -> 1, 2 -> 3, 8 -> 9, -2 -> 1/3, -8 -> 1/9)."""
    return float(position + 1) if position >= 0 else 1.0 / (1 - position)


def saaty_position(value: float) -> int:
    """The slider position p minimising |ln saaty_value(p) - ln a_ij| (clamped to 1/9..9)."""
    if value <= 0:
        return 0
    positions = range(SAATY_MIN, SAATY_MAX + 1)
    return min(positions, key=lambda p: abs(np.log(saaty_value(p)) - np.log(value)))


def saaty_text(position: int) -> str:
    """``"3"`` or ``"1/3"``."""
    return str(position + 1) if position >= 0 else f"1/{1 - position}"


def ahp_matrix(n: int, positions: Mapping[tuple[int, int], int]) -> tuple[tuple[float, ...], ...]:
    """The reciprocal n x n matrix A from the upper-triangle slider positions ``{(i, j): p}``:
    a_ii = 1, a_ij = saaty_value(p), a_ji = 1 / a_ij."""
    a = np.ones((n, n))
    for (i, j), p in positions.items():
        a[i, j] = saaty_value(p)
        a[j, i] = 1.0 / a[i, j]
    return tuple(tuple(float(x) for x in row) for row in a)


def ahp_result(matrix: Sequence[Sequence[float]]) -> tuple[list[float], float, bool]:
    """Weights w (principal eigenvector of A, sum 1), consistency ratio CR = CI / RI with
    CI = (lambda_max - n) / (n - 1), and whether CR is above the 0.10 limit."""
    w, cr = ahp(np.asarray(matrix, dtype=float))
    return [float(x) for x in w], float(cr), cr > CR_LIMIT


def roc_weights(order: Sequence[str]) -> dict[str, float]:
    """Rank-order centroid weights for ``order`` (most important first):
    w_k = (1/n) * sum_{i=k..n} 1/i for the k-th of n."""
    return dict(zip(order, roc(len(order)).tolist(), strict=True)) if order else {}


def swing_points(points: Mapping[str, float]) -> dict[str, float]:
    """SWING: the most valued swing gets 100 points, each other swing s_k points (0..100) as a
    share of it; the points are the local weights: w_k = s_k / sum_j s_j after normalising."""
    return {k: float(v) for k, v in points.items()}


def swing_order_problems(order: Sequence[str], points: Mapping[str, float]) -> list[str]:
    """Ids that have more points than a swing ranked above them (the ranking contradicts)."""
    out = []
    best = float("inf")
    for k in order:
        if points[k] > best + 1e-9:
            out.append(k)
        best = min(best, points[k])
    return out


# --- applying a method to a profile ------------------------------------------------------------
def with_points(case: Case, profile: Profile, node: str, points: Mapping[str, float]) -> Profile:
    """The profile with direct (or SWING) points for ``node``'s children; any elicitation of
    ``node`` is removed, since the points replace it."""
    children = [c.id for c in case.children_of(node)]
    if sorted(points) != sorted(children):
        raise ValueError(f"points must cover exactly the children of {node}")
    weights = dict(profile.weights or {})
    weights.update({c: round(float(points[c]), 6) for c in children})
    kept = tuple(e for e in profile.elicitation or () if e.node != node)
    return profile.replace(weights=weights, elicitation=kept or None)


def with_elicitation(case: Case, profile: Profile, elicitation: Elicitation) -> Profile:
    """The profile with ``elicitation`` for its node; the children's explicit weights are
    removed (an elicitation replaces them) and an earlier elicitation of the node too."""
    children = {c.id for c in case.children_of(elicitation.node)}
    weights = {k: v for k, v in (profile.weights or {}).items() if k not in children}
    kept = [e for e in profile.elicitation or () if e.node != elicitation.node]
    kept.append(elicitation)
    return profile.replace(
        weights=weights if weights or profile.weights is not None else None,
        elicitation=tuple(kept),
    )
