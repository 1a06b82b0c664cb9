"""Weight stability: the smallest change of a profile's weights that makes an option first.

The distance between two leaf weight vectors is half their L1 distance: the share of all weight
that has to move from some leaves to others.  The nearest vector on the simplex under which the
target's value is at least every other option's value is a linear program: write the change as
``p - q`` with ``p, q >= 0`` and minimise ``0.5 * sum(p + q)`` subject to

- ``sum(p - q) = 0`` (the weights keep summing to 1),
- ``q - p <= w`` (no weight below 0),
- ``(x_j - x_target) . (w + p - q) <= 0`` for every other option j.

Solved with HiGHS (``scipy.optimize.linprog``).  When no weight vector on the simplex makes the
target first (for example when another option dominates it) the target is unreachable.
See docs/robustness.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from model.analysis import TIE, compile_case, profile_weights
from model.case import Case
from model.errors import AnalysisError, issue

#: the LP asks for this margin (on the 0..100 scale) so HiGHS' tolerances cannot leave the
#: target a hair below another option; it changes the distance by far less than 1e-6
_MARGIN = 1e-7


@dataclass(frozen=True)
class Shift:
    """One leaf whose weight changes: from ``before`` to ``after`` (global weights)."""

    leaf: str
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after - self.before


@dataclass(frozen=True, eq=False)
class Stability:
    """The nearest weights (from one profile) that make ``target`` first."""

    target: str
    profile: str
    reachable: bool
    distance: float | None
    leaf_ids: tuple[str, ...]
    current: np.ndarray  # the profile's leaf weights
    weight_array: np.ndarray | None  # the nearest weights making the target first
    unit: str | None = None

    @property
    def weights(self) -> dict[str, float] | None:
        if self.weight_array is None:
            return None
        return dict(zip(self.leaf_ids, self.weight_array.tolist(), strict=True))

    def shifts(self, minimum: float = 1e-6) -> tuple[list[Shift], list[Shift]]:
        """(leaves that lose weight, leaves that gain weight), each largest change first."""
        if self.weight_array is None:
            return [], []
        moves = [
            Shift(leaf, float(b), float(a))
            for leaf, b, a in zip(self.leaf_ids, self.current, self.weight_array, strict=True)
            if abs(a - b) > minimum
        ]
        losers = sorted((s for s in moves if s.change < 0), key=lambda s: s.change)
        gainers = sorted((s for s in moves if s.change > 0), key=lambda s: -s.change)
        return losers, gainers

    def to_json(self) -> dict[str, Any]:
        """The ``stability --format json`` object of ``shared/spec/cli.md``."""
        out: dict[str, Any] = {} if self.unit is None else {"unit": self.unit}
        out |= {
            "target": self.target,
            "reachable": self.reachable,
            "distance": self.distance,
        }
        if self.reachable and self.weights is not None:
            out["weights"] = self.weights
        return out


def stability(
    case: Case, target: str, profile_id: str | None = None, unit: str | None = None
) -> Stability:
    """The minimal share of weight that must move to make ``target`` rank first.

    With ``unit``: that unit's effective scores; a target the unit excludes is refused.
    """
    compiled = compile_case(case, unit)
    if target not in compiled.option_ids:
        if unit is not None and target in case.option_ids:
            raise AnalysisError(
                [issue("target_excluded", "--target", id=target, unit=case.unit(unit).name)]
            )
        raise AnalysisError([issue("unknown_option", "--target", id=target)])
    resolved = profile_weights(case, profile_id)
    profile = case.profile(profile_id).id
    w = np.asarray(resolved.leaf_weights, dtype=float)
    found = nearest_first(
        compiled.values, compiled.option_ids, compiled.leaf_ids, w, target, profile
    )
    return found if unit is None else replace(found, unit=unit)


def nearest_first(
    values: np.ndarray,
    option_ids: tuple[str, ...],
    leaf_ids: tuple[str, ...],
    w: np.ndarray,
    target: str,
    profile: str = "",
) -> Stability:
    """The LP of the module docstring on a value matrix (options x leaves) and weights ``w``."""
    t = option_ids.index(target)
    x = np.asarray(values, dtype=float)
    current = x @ w
    if current[t] >= current.max() - TIE:  # already first (ties share the best rank)
        return Stability(target, profile, True, 0.0, leaf_ids, w, w.copy())
    diff = x - x[t]  # rows: x_j - x_target
    dominated = np.all(diff >= -TIE, axis=1) & np.any(diff > TIE, axis=1)
    if np.any(
        dominated
    ):  # as `analyse` reports it: no weights make it first "whatever the weights"
        return Stability(target, profile, False, None, leaf_ids, w, None)
    others = [j for j in range(len(option_ids)) if j != t and np.any(np.abs(diff[j]) > TIE)]
    d = diff[others]
    # exact first (ties within 1e-9 count as first); a tiny margin only if the solver's own
    # tolerance left the target just below another option
    for margin in (0.0, _MARGIN):
        result = _solve(d, w, margin)
        if result is None:
            continue
        new = np.clip(result, 0.0, None)
        new = new / new.sum()
        values = x @ new
        if values[t] >= values.max() - TIE:
            distance = 0.5 * float(np.abs(new - w).sum())
            return Stability(target, profile, True, distance, leaf_ids, w, new)
    return Stability(target, profile, False, None, leaf_ids, w, None)


def _solve(d: np.ndarray, w: np.ndarray, margin: float) -> np.ndarray | None:
    from scipy.optimize import linprog  # imported on first use: the CLI starts faster

    n = len(w)
    cost = np.full(2 * n, 0.5)
    # d . (p - q) <= -d . w - margin
    a_ub = [np.hstack([d, -d])] if len(d) else []
    b_ub = [-(d @ w) - margin] if len(d) else []
    # q - p <= w
    a_ub.append(np.hstack([-np.eye(n), np.eye(n)]))
    b_ub.append(w)
    res = linprog(
        cost,
        A_ub=np.vstack(a_ub),
        b_ub=np.concatenate(b_ub),
        A_eq=np.hstack([np.ones(n), -np.ones(n)])[None, :],
        b_eq=[0.0],
        bounds=[(0, None)] * (2 * n),
        method="highs",
    )
    if res.status != 0:
        return None
    out: np.ndarray = w + res.x[:n] - res.x[n:]
    return out
