"""The portfolio of forms: the best option per unit, and the best choice with at most k forms.

A case with units asks one question per team.  Per unit u and option o the value v(u, o) is the
weighted sum of u's effective scores (``evaluate(case, profile, unit)``); an option u excludes
has no value there.  An *assignment* gives every unit an option it does not exclude; its value
is the size-weighted mean

    V(a) = sum_u size_u * v(u, a(u)) / sum_u size_u.

``portfolios[k-1]`` is the assignment of maximal value that uses at most k distinct options
(``shared/spec/cli.md``).  Ties: the assignment whose set of options comes first as a sorted
list of positions in the file's option order; within that set each unit takes its best option of
the set (ties: file order).  The uniformity cost is V(best without limit) - V(best with one
form): what one form for all costs against a form per team.

How it is found (exact, without trying every assignment): for a fixed set S of options the best
assignment within S gives every unit its best option of S, so only option *sets* need to be
searched (2^n of them, against n^units assignments).  All sets are scored at once with numpy:
adding option i to every set of lower options is one vectorised step (``_all_sets``).  The best
set per k is then read off; when several tie, the first in list order whose options can each be
given to a distinct unit that ties for it (a bipartite matching: those are exactly the sets that
some maximal assignment uses) is the answer.  10 options x 20 units is 1,024 sets; see
``benchmarks/bench_portfolio.py``.  Beyond ``_SUBSET_LIMIT`` options a depth-first search over
the sets in list order, pruned by an upper bound, gives the same answer.

Values are compared rounded to 9 decimals (``_key``), so sums that are equal on paper but differ
in the last bit of a float count as ties; the values reported are not rounded.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.analysis import profile_weights, score_matrix
from model.case import Case
from model.errors import AnalysisError, issue

_DECIMALS = 9
_SUBSET_LIMIT = 14


@dataclass(frozen=True)
class UnitValues:
    """One unit's value of every option it can take (file order), and its best option."""

    unit: str
    values: dict[str, float]
    best: str


@dataclass(frozen=True)
class Portfolio:
    """The best assignment with at most ``forms`` options, or ``None`` when none exists."""

    forms: int
    assignment: dict[str, str] | None
    value: float | None

    @property
    def options(self) -> tuple[str, ...]:
        """The options the assignment uses, in order of first use by the units."""
        if self.assignment is None:
            return ()
        return tuple(dict.fromkeys(self.assignment.values()))


@dataclass(frozen=True)
class PortfolioResult:
    profile: str
    option_ids: tuple[str, ...]
    unit_ids: tuple[str, ...]
    units: tuple[UnitValues, ...]
    portfolios: tuple[Portfolio, ...]
    uniformity_cost: float | None

    @property
    def best_value(self) -> float | None:
        """The value of the best assignment without limit (each unit its best option)."""
        return self.portfolios[-1].value if self.portfolios else None

    def to_json(self) -> dict[str, Any]:
        """The ``portfolio --format json`` object of ``shared/spec/cli.md``."""
        return {
            "profile": self.profile,
            "units": [{"id": u.unit, "best": u.best, "values": dict(u.values)} for u in self.units],
            "portfolios": [
                {
                    "forms": p.forms,
                    "assignment": None if p.assignment is None else dict(p.assignment),
                    "value": p.value,
                }
                for p in self.portfolios
            ],
            "uniformity_cost": self.uniformity_cost,
        }


def unit_value_matrix(
    case: Case, profile_id: str | None = None, *, without_hindsight: bool = False
) -> np.ndarray:
    """v(u, o) for every unit (rows, file order) and option (columns); NaN where excluded.

    ``without_hindsight``: the what-if of :func:`model.unit_view.analysis_case` per unit.
    """
    if not case.units:
        raise AnalysisError([issue("no_units", "units")])
    w = profile_weights(case, profile_id).leaf_weights
    out = np.full((len(case.units), len(case.options)), np.nan)
    column = {o: j for j, o in enumerate(case.option_ids)}
    for i, u in enumerate(case.units):
        if without_hindsight:
            from model.unit_view import analysis_case

            fair = analysis_case(case, u.id, without_hindsight=True)
            compiled = score_matrix(fair)
            values = compiled.values @ profile_weights(fair, profile_id).leaf_weights
        else:
            compiled = score_matrix(case, u.id)
            values = compiled.values @ w
        for o, v in zip(compiled.option_ids, values, strict=True):
            out[i, column[o]] = float(v)
    return out


def portfolio(
    case: Case, profile_id: str | None = None, *, without_hindsight: bool = False
) -> PortfolioResult:
    """Per-unit values and best options, the portfolios for k = 1..min(#options, #units)."""
    values = unit_value_matrix(case, profile_id, without_hindsight=without_hindsight)
    sizes = np.array([float(u.size) for u in case.units or ()])
    return portfolio_from_values(
        values, sizes, case.option_ids, case.unit_ids, case.profile(profile_id).id
    )


def portfolio_from_values(
    values: np.ndarray,
    sizes: np.ndarray,
    option_ids: Sequence[str],
    unit_ids: Sequence[str],
    profile: str = "",
) -> PortfolioResult:
    """The portfolio of a units x options value matrix (NaN: the unit excludes the option)."""
    v = np.asarray(values, dtype=float)
    s = np.asarray(sizes, dtype=float)
    n_units, n_opts = v.shape
    allowed = ~np.isnan(v)
    if not allowed.any(axis=1).all():
        raise ValueError("every unit needs at least one option it does not exclude")
    rounded = np.where(allowed, np.round(v, _DECIMALS), -np.inf)
    units = []
    for i, u in enumerate(unit_ids):
        row = rounded[i]
        best = int(np.flatnonzero(row == row.max())[0])  # ties: the first in file order
        units.append(
            UnitValues(
                u,
                {option_ids[j]: float(v[i, j]) for j in range(n_opts) if allowed[i, j]},
                option_ids[best],
            )
        )
    kmax = min(n_opts, n_units)
    search = _search_subsets if n_opts <= _SUBSET_LIMIT else _search_depth_first
    chosen = search(v, rounded, s, kmax)
    portfolios = []
    for k, found in enumerate(chosen, start=1):
        if found is None:
            portfolios.append(Portfolio(k, None, None))
            continue
        picks = _assign(rounded, found)
        total = math.fsum(s[i] * v[i, j] for i, j in enumerate(picks)) / math.fsum(s)
        assignment = {unit_ids[i]: option_ids[j] for i, j in enumerate(picks)}
        portfolios.append(Portfolio(k, assignment, float(total)))
    first, last = portfolios[0].value, portfolios[-1].value
    cost = None if first is None or last is None else max(0.0, last - first)
    return PortfolioResult(
        profile, tuple(option_ids), tuple(unit_ids), tuple(units), tuple(portfolios), cost
    )


# --- the search ------------------------------------------------------------------------------
def _key(total: float) -> float:
    return round(total, _DECIMALS)


def _assign(rounded: np.ndarray, options: Sequence[int]) -> list[int]:
    """Every unit's best option among ``options`` (ascending; ties: the first)."""
    sub = rounded[:, list(options)]
    return [options[int(np.argmax(row))] for row in sub]  # argmax takes the first maximum


def _matchable(rounded: np.ndarray, options: Sequence[int]) -> bool:
    """Whether each option can go to a distinct unit for which it is a best one of the set.

    Exactly then some assignment of maximal value within the set uses every option of it.
    """
    sub = rounded[:, list(options)]
    best = sub.max(axis=1)
    ties = [np.flatnonzero(sub[:, c] == best).tolist() for c in range(len(options))]
    owner: dict[int, int] = {}  # unit -> column

    def augment(c: int, seen: set[int]) -> bool:
        for u in ties[c]:
            if u in seen:
                continue
            seen.add(u)
            if u not in owner or augment(owner[u], seen):
                owner[u] = c
                return True
        return False

    return all(augment(c, set()) for c in range(len(options)))


def _bits(mask: int) -> list[int]:
    return [i for i in range(mask.bit_length()) if mask >> i & 1]


def _search_subsets(
    v: np.ndarray, rounded: np.ndarray, s: np.ndarray, kmax: int
) -> list[list[int] | None]:
    """Score all 2^n option sets at once; the chosen set per k (``None``: impossible)."""
    n_units, n = v.shape
    size = 1 << n
    best = np.full((size, n_units), -np.inf)
    raw = np.zeros((size, n_units))
    count = np.zeros(size, dtype=int)
    for i in range(n):  # sets whose highest option is i: the sets below 2^i, plus option i
        lo, hi = 1 << i, 1 << (i + 1)
        prev_best, prev_raw = best[:lo], raw[:lo]
        take = rounded[:, i][None, :] > prev_best  # strictly better: ties keep the earlier
        best[lo:hi] = np.where(take, rounded[:, i][None, :], prev_best)
        raw[lo:hi] = np.where(take, np.nan_to_num(v[:, i])[None, :], prev_raw)
        count[lo:hi] = count[:lo] + 1
    covered = np.asarray(np.isfinite(best).all(axis=1), dtype=bool)
    covered[0] = False
    total_key = np.round(
        np.where(covered, (np.where(covered[:, None], raw, 0.0) @ s) / s.sum(), -np.inf),
        _DECIMALS,
    )
    out: list[list[int] | None] = []
    for k in range(1, kmax + 1):
        cand = covered & (count <= k)
        if not cand.any():
            out.append(None)
            continue
        top = total_key[cand].max()
        tied = sorted(_bits(int(m)) for m in np.flatnonzero(cand & (total_key == top)))
        out.append(next(t for t in tied if _matchable(rounded, t)))
    return out


def _search_depth_first(
    v: np.ndarray, rounded: np.ndarray, s: np.ndarray, kmax: int
) -> list[list[int] | None]:
    """The same answer by a depth-first search over sets in list order, with an upper bound.

    A set is extended only with later options, so sets are met in sorted-list order; a set
    whose options cannot each win a distinct unit is not extended (no superset can either).
    The bound for k: the set's value plus the k - |set| largest gains of single later options
    (gains only shrink as options are added), and at most the set with every later option.
    """
    n_units, n = v.shape
    total_size = math.fsum(s)
    filled = np.where(np.isfinite(rounded), rounded, -np.inf)
    floor = float(filled[np.isfinite(filled)].min())  # an uncovered unit is worth at least this
    suffix = np.full((n + 1, n_units), -np.inf)
    for i in range(n - 1, -1, -1):
        suffix[i] = np.maximum(suffix[i + 1], filled[:, i])
    best_key: list[float] = [-math.inf] * kmax
    best_set: list[list[int] | None] = [None] * kmax

    def value_of(cur: np.ndarray) -> float:
        return _key(math.fsum((s * cur).tolist()) / total_size)

    # a greedy set per k is a floor for the optimum: a branch whose bound is below it cannot
    # hold the answer (it does not become the answer itself: ties must go to list order)
    floor_key = [-math.inf] * kmax
    cur, picked = np.full(n_units, -np.inf), list[int]()
    for k in range(1, kmax + 1):
        options = [j for j in range(n) if j not in picked]
        if not options:
            break
        nxt = [np.maximum(cur, filled[:, j]) for j in options]
        keys = [value_of(c) if np.isfinite(c).all() else -math.inf for c in nxt]
        at = int(np.argmax(keys))
        if not np.isfinite(nxt[at]).all():  # cover first: take the option that serves most
            at = int(np.argmax([np.isfinite(c).sum() for c in nxt]))
        cur, picked = nxt[at], [*picked, options[at]]
        if np.isfinite(cur).all():
            floor_key[k - 1] = value_of(cur)
    for k in range(1, kmax):
        floor_key[k] = max(floor_key[k], floor_key[k - 1])

    def visit(chosen: list[int], cur: np.ndarray) -> None:
        m = len(chosen)
        if np.isfinite(cur).all():
            key = value_of(cur)
            for k in range(m, kmax + 1):
                if key > best_key[k - 1] and key >= floor_key[k - 1]:
                    best_key[k - 1], best_set[k - 1] = key, list(chosen)
        start = chosen[-1] + 1 if chosen else 0
        if m == kmax or start >= n:
            return
        reach = np.maximum(cur, suffix[start])
        if not np.isfinite(reach).all():
            return  # some unit can never be served by a set of this branch
        base = np.where(np.isfinite(cur), cur, floor)
        rest = np.where(np.isfinite(filled[:, start:]), filled[:, start:], floor)
        gains = np.sort(s @ np.maximum(rest - base[:, None], 0.0))[::-1]
        whole = value_of(reach)
        here = float(s @ base)
        if all(
            min(whole, _key((here + float(gains[: k - m].sum())) / total_size))
            < max(best_key[k - 1], floor_key[k - 1])
            for k in range(m + 1, kmax + 1)
        ):
            return
        for j in range(start, n):
            nxt = [*chosen, j]
            if _matchable(rounded, nxt):
                visit(nxt, np.maximum(cur, filled[:, j]))

    visit([], np.full(n_units, -np.inf))
    return best_set
