"""From a profile's local weights and elicitations to global leaf weights.

- ``roc(n)``: rank-order centroid weights (Barron & Barrett 1996).
- ``ahp(matrix)``: normalised principal eigenvector and Saaty's consistency ratio.
- ``resolve_profile(case, index)``: global weight of every leaf, the CR of every AHP node and
  the problems found, each with its place in the case file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from model.case import Case, Elicitation
from model.errors import Issue, issue, warning

#: Saaty's random consistency index RI(n) for n = 1..10; n > 10 uses 1.49.
SAATY_RI = (0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49)
CR_LIMIT = 0.10
RECIPROCITY_TOLERANCE = 1e-6


def roc(n: int) -> np.ndarray:
    """Rank-order centroid weights for ``n`` ranked items, most important first.

    w_k = (1/n) * sum_{j=k..n} 1/j
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    inv = 1.0 / np.arange(1, n + 1)
    return np.cumsum(inv[::-1])[::-1] / n


def random_index(n: int) -> float:
    return SAATY_RI[min(n, len(SAATY_RI)) - 1]


def ahp(matrix: np.ndarray) -> tuple[np.ndarray, float]:
    """Principal-eigenvector weights and consistency ratio of a pairwise matrix."""
    a = np.asarray(matrix, dtype=float)
    n = a.shape[0]
    if n == 1:
        return np.ones(1), 0.0
    eigvals, eigvecs = np.linalg.eig(a)
    k = int(np.argmax(eigvals.real))
    lam = float(eigvals[k].real)
    vec = np.abs(eigvecs[:, k].real)
    w = vec / vec.sum()
    if n <= 2:
        return w, 0.0
    ci = (lam - n) / (n - 1)
    return w, max(0.0, ci / random_index(n))


@dataclass(frozen=True)
class ResolvedWeights:
    leaf_weights: np.ndarray  # aligned with case.leaf_ids, sums to 1
    consistency: dict[str, float]
    issues: list[Issue] = field(default_factory=list)
    #: normalised local weight of every node within its siblings
    local: dict[str, float] = field(default_factory=dict)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.severity == "error"]


def _elicited(
    case: Case, e: Elicitation, place: str, issues: list[Issue], consistency: dict[str, float]
) -> dict[str, float] | None:
    children = [c.id for c in case.children_of(e.node)]
    if not children:
        issues.append(issue("elicitation_on_leaf", f"{place}.node", node=e.node))
        return None
    if len(set(e.order)) != len(e.order) or sorted(e.order) != sorted(children):
        issues.append(issue("elicitation_order", f"{place}.order", node=e.node, expected=children))
        return None
    n = len(children)
    if e.method == "rank":
        if e.matrix is not None:
            issues.append(issue("matrix_not_for_rank", f"{place}.matrix"))
        return dict(zip(e.order, roc(n).tolist(), strict=True))
    if e.matrix is None:
        issues.append(issue("ahp_needs_matrix", f"{place}.matrix", n=n))
        return None
    if len(e.matrix) != n or any(len(row) != n for row in e.matrix):
        issues.append(issue("ahp_matrix_shape", f"{place}.matrix", n=n))
        return None
    a = np.array(e.matrix, dtype=float)
    ok = True
    for i in range(n):
        for j in range(n):
            at = f"{place}.matrix[{i}][{j}]"
            if a[i, j] <= 0:
                issues.append(issue("ahp_not_positive", at, value=e.matrix[i][j]))
                ok = False
            elif i == j and abs(a[i, j] - 1.0) > RECIPROCITY_TOLERANCE:
                issues.append(issue("ahp_diagonal", at, value=e.matrix[i][j]))
                ok = False
            elif i < j and a[j, i] > 0 and abs(a[i, j] * a[j, i] - 1.0) > RECIPROCITY_TOLERANCE:
                issues.append(
                    issue("ahp_not_reciprocal", at, value=e.matrix[i][j], other=e.matrix[j][i])
                )
                ok = False
    if not ok:
        return None
    w, cr = ahp(a)
    if not (np.all(np.isfinite(w)) and np.isfinite(cr)):  # absurd magnitudes (1e308)
        issues.append(issue("ahp_not_computable", f"{place}.matrix"))
        return None
    consistency[e.node] = cr
    if cr > CR_LIMIT:
        issues.append(warning("ahp_inconsistent", f"{place}.matrix", cr=cr, limit=CR_LIMIT))
    return dict(zip(e.order, w.tolist(), strict=True))


def resolve_profile(case: Case, index: int) -> ResolvedWeights:
    """Global leaf weights of ``case.profiles[index]``, with every problem found."""
    profile = case.profiles[index]
    base = f"profiles[{index}]"
    issues: list[Issue] = []
    consistency: dict[str, float] = {}
    weights = profile.weights or {}
    nodes = case.node_by_id
    for key, value in weights.items():
        if key not in nodes:
            issues.append(issue("weight_unknown_criterion", f"{base}.weights.{key}", id=key))
        elif value < 0:
            issues.append(issue("weight_negative", f"{base}.weights.{key}", value=value))

    elicited: dict[str, dict[str, float]] = {}
    for j, e in enumerate(profile.elicitation or ()):
        place = f"{base}.elicitation[{j}]"
        if e.node != "root" and e.node not in nodes:
            issues.append(issue("elicitation_unknown_node", f"{place}.node", node=e.node))
            continue
        if e.node in elicited:
            issues.append(issue("elicitation_duplicate", f"{place}.node", node=e.node))
            continue
        both = [c.id for c in case.children_of(e.node) if c.id in weights]
        for c in both:
            issues.append(issue("weight_and_elicitation", f"{base}.weights.{c}", node=e.node))
        got = _elicited(case, e, place, issues, consistency)
        if got is not None:
            elicited[e.node] = got

    leaf_weight: dict[str, float] = {}
    local: dict[str, float] = {}

    def walk(node: str, global_weight: float) -> None:
        children = case.children_of(node)
        if not children:
            return
        ids = [c.id for c in children]
        if node in elicited:
            raw = [elicited[node][c] for c in ids]
        else:
            given = [c for c in ids if c in weights]
            if not given:
                raw = [1.0] * len(ids)
            else:
                missing = [c for c in ids if c not in weights]
                if missing:
                    issues.append(
                        issue("weights_missing", f"{base}.weights", node=node, missing=missing)
                    )
                raw = [max(0.0, float(weights.get(c, 0.0))) for c in ids]
        top = max(raw, default=0.0)
        if top > 0:  # any non-negative scale: divide first, so 1e308 + 1e308 cannot overflow
            raw = [r / top for r in raw]
        total = float(sum(raw))
        if total <= 0:
            if global_weight > 0:
                issues.append(issue("weights_all_zero", f"{base}.weights", node=node, ids=ids))
            raw, total = [1.0] * len(ids), float(len(ids))
        for c, w in zip(children, raw, strict=True):
            share = w / total
            local[c.id] = share
            if c.is_leaf:
                leaf_weight[c.id] = global_weight * share
            else:
                walk(c.id, global_weight * share)

    walk("root", 1.0)
    vector = np.array([leaf_weight.get(leaf, 0.0) for leaf in case.leaf_ids], dtype=float)
    return ResolvedWeights(vector, consistency, issues, local)
