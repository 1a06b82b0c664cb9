"""The numbers: values, contributions, ranking, dominance and one-way sensitivity.

Pure functions over numpy arrays.  A case is compiled once into a value matrix (options x
leaves, every score mapped to 0..100); a profile into a global weight vector.  Results are
frozen dataclasses; nothing derived is ever written back into the case.

Formulas (see docs/method.md):
- global weight of a leaf = product of the normalised local weights on its path;
- value of an option = sum over leaves of weight x mapped score (0..100);
- contribution = weight x mapped score; contributions sum to the value;
- competition ranking ("1224"): rank = 1 + number of options better by at least 1e-9.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from model.case import Case
from model.errors import AnalysisError, CaseInvalid, issue
from model.scales import map_value
from model.validation import missing_pairs
from model.weights import ResolvedWeights, resolve_profile

TIE = 1e-9


@dataclass(frozen=True, eq=False)
class Compiled:
    """A case as arrays: mapped values and their low/high bounds (options x leaves).

    For a unit (``unit`` set) the rows are the options the unit does not exclude, in file
    order, and the values are its effective scores (its own where it has one).
    """

    option_ids: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    values: np.ndarray
    low: np.ndarray
    high: np.ndarray
    #: top-level criterion of every leaf, and the top-level ids in order
    group_ids: tuple[str, ...]
    leaf_group: np.ndarray
    unit: str | None = None

    @property
    def has_ranges(self) -> bool:
        return bool(np.any(self.low != self.high))


@dataclass(frozen=True, eq=False)
class _Entry:
    """One cached compilation: the case parts it was built from, and the result.

    An entry is never changed after it is made, and a reader takes it from the cache in one
    step, so a thread never pairs one case's parts with another case's matrix.
    """

    options: tuple[Any, ...]
    criteria: tuple[Any, ...]
    scores: tuple[Any, ...]
    unit: Any
    compiled: Compiled


#: the latest compilation per unit (``None``: case-wide); whole entries are swapped atomically
_cache: dict[str | None, _Entry] = {}
_CACHE_UNITS = 64


def _same(cached: Any, now: tuple[Any, ...]) -> bool:
    """Whether a cached tuple of case parts equals ``now``.

    ``Case.replace`` builds new tuples around the same frozen items (a weight change keeps
    every option, criterion and score object), so the items are compared by identity first and
    only the first differing one by value.
    """
    if cached is now:
        return True
    if cached is None or len(cached) != len(now):
        return False
    return all(a is b or a == b for a, b in zip(cached, now, strict=True))


def compile_case(case: Case, unit: str | None = None) -> Compiled:
    """Map every (effective) score to 0..100; refuse (AnalysisError) what cannot be ranked.

    ``unit``: compile that unit's effective scores without the options it excludes.  The
    result is cached per unit, keyed on the case's options, criteria, scores and the unit.
    """
    the_unit = None if unit is None else _unit_of(case, unit)  # refuses an unknown unit
    opts = case.unit_option_ids(unit)
    if the_unit is not None and unit is not None and len(opts) == 1:  # one form left: say which
        raise AnalysisError(
            [
                issue(
                    "unit_single_option",
                    f"units[{case.unit_ids.index(unit)}]",
                    unit=the_unit.name,
                    option=case.option(opts[0]).name,
                )
            ]
        )
    if len(opts) < 2:
        raise AnalysisError([issue("too_few_options", "options", count=len(opts))])
    return score_matrix(case, unit)


def score_matrix(case: Case, unit: str | None = None) -> Compiled:
    """Like :func:`compile_case`, also for a unit that leaves a single option (a portfolio).

    Cached per unit, keyed on the case's options, criteria, scores and the unit itself.
    """
    the_unit = None if unit is None else _unit_of(case, unit)
    entry = _cache.get(unit)  # read once: the entry is immutable
    if (
        entry is not None
        and _same(entry.options, case.options)
        and _same(entry.criteria, case.criteria)
        and _same(entry.scores, case.scores)
        and (entry.unit is the_unit or entry.unit == the_unit)
    ):
        if not (
            entry.options is case.options
            and entry.criteria is case.criteria
            and entry.scores is case.scores
        ):
            # keep the tuples of the case asked about: items that were equal by value but not
            # identical (a case read back from a document) are compared by identity next time
            _cache[unit] = _Entry(
                case.options, case.criteria, case.scores, the_unit, entry.compiled
            )
        return entry.compiled
    compiled = _compile(case, unit)
    if len(_cache) >= _CACHE_UNITS and unit not in _cache:
        _cache.clear()  # many units or many cases: start afresh rather than grow
    _cache[unit] = _Entry(case.options, case.criteria, case.scores, the_unit, compiled)
    return compiled


def _unit_of(case: Case, unit: str) -> Any:
    found = case.unit_by_id.get(unit)
    if found is None:
        raise AnalysisError(
            [issue("unknown_unit_arg", "--unit", id=unit, known=list(case.unit_ids) or ["-"])]
        )
    return found


def _compile(case: Case, unit: str | None) -> Compiled:
    opts = case.unit_option_ids(unit)
    if not opts:
        raise AnalysisError([issue("too_few_options", "options", count=0)])
    if not case.leaf_ids:
        raise AnalysisError([issue("no_criteria", "criteria")])
    missing = missing_pairs(case, unit)
    if missing:
        place = "scores" if unit is None else f"units[{case.unit_ids.index(unit)}]"
        raise AnalysisError(
            [issue("missing_scores", place, pairs=[f"{o} × {c}" for o, c in missing])]
        )
    leaves = case.leaf_ids
    values = np.empty((len(opts), len(leaves)))
    low = np.empty_like(values)
    high = np.empty_like(values)
    nodes = case.node_by_id
    scores = case.effective_scores(unit)
    for i, o in enumerate(opts):
        for j, leaf in enumerate(leaves):
            s = scores[(o, leaf)]
            scale = nodes[leaf].scale
            assert scale is not None
            v = map_value(scale, s.value)
            values[i, j] = v
            lo = v if s.low is None else map_value(scale, s.low)
            hi = v if s.high is None else map_value(scale, s.high)
            low[i, j], high[i, j] = min(lo, hi, v), max(lo, hi, v)
    groups = tuple(c.id for c in case.criteria)
    leaf_group = np.empty(len(leaves), dtype=int)
    index = {leaf: j for j, leaf in enumerate(leaves)}
    for g, top in enumerate(case.criteria):
        for n in top.walk():
            if n.is_leaf:
                leaf_group[index[n.id]] = g
    for arr in (values, low, high, leaf_group):
        arr.setflags(write=False)  # shared between threads through the cache: read-only
    return Compiled(opts, leaves, values, low, high, groups, leaf_group, unit)


def profile_weights(case: Case, profile_id: str | None = None) -> ResolvedWeights:
    """Resolve a profile's global leaf weights, refusing an unknown or invalid profile."""
    if not case.profiles:
        raise AnalysisError([issue("no_profiles", "profiles")])
    ids = [p.id for p in case.profiles]
    if profile_id is not None and profile_id not in ids:
        raise AnalysisError([issue("unknown_profile", "--profile", id=profile_id, known=ids)])
    index = 0 if profile_id is None else ids.index(profile_id)
    resolved = resolve_profile(case, index)
    if resolved.errors:
        raise CaseInvalid(resolved.errors)
    return resolved


def competition_ranks(values: np.ndarray) -> np.ndarray:
    """Rank 1 for the best; options within 1e-9 of each other share the best rank."""
    v = np.asarray(values, dtype=float)
    better = v[None, :] > v[:, None] + TIE  # better[i, j]: j beats i
    ranks: np.ndarray = 1 + better.sum(axis=1)
    return ranks


def dominance(values: np.ndarray) -> list[tuple[int, int]]:
    """Pairs (option, by) where ``by`` is >= on every leaf and > on at least one."""
    v = np.asarray(values, dtype=float)
    ge = np.all(v[None, :, :] >= v[:, None, :] - TIE, axis=2)  # ge[i, j]: j >= i everywhere
    gt = np.any(v[None, :, :] > v[:, None, :] + TIE, axis=2)
    dom = ge & gt
    return [(int(i), int(j)) for i, j in zip(*np.nonzero(dom), strict=True)]


@dataclass(frozen=True, eq=False)
class Evaluation:
    """The result of weighing a case with one profile."""

    profile: str
    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    group_ids: tuple[str, ...]
    weight_array: np.ndarray  # leaves
    value_array: np.ndarray  # options
    contribution_array: np.ndarray  # options x leaves
    group_contribution_array: np.ndarray  # options x top-level groups
    rank_array: np.ndarray  # options
    consistency: dict[str, float]
    dominated_pairs: tuple[tuple[str, str], ...] = field(default=())
    #: the unit analysed (its effective scores, without the options it excludes), or None
    unit: str | None = None

    @property
    def order(self) -> list[int]:
        """Option indices, best first (stable for ties)."""
        return sorted(range(len(self.option_ids)), key=lambda i: -self.value_array[i])

    @property
    def ranking(self) -> list[str]:
        return [self.option_ids[i] for i in self.order]

    @property
    def values(self) -> dict[str, float]:
        return dict(zip(self.option_ids, self.value_array.tolist(), strict=True))

    @property
    def ranks(self) -> dict[str, int]:
        return dict(zip(self.option_ids, self.rank_array.tolist(), strict=True))

    @property
    def weights(self) -> dict[str, float]:
        return dict(zip(self.leaf_ids, self.weight_array.tolist(), strict=True))

    def to_json(self) -> dict[str, Any]:
        """The ``analyse --format json`` object of ``shared/spec/cli.md``."""
        out: dict[str, Any] = {} if self.unit is None else {"unit": self.unit}
        return out | {
            "profile": self.profile,
            "weights": self.weights,
            "options": [
                {
                    "id": self.option_ids[i],
                    "name": self.option_names[i],
                    "value": float(self.value_array[i]),
                    "rank": int(self.rank_array[i]),
                }
                for i in self.order
            ],
            "contributions": {
                o: dict(zip(self.leaf_ids, self.contribution_array[i].tolist(), strict=True))
                for i, o in enumerate(self.option_ids)
            },
            "consistency": dict(self.consistency),
            "dominated": [{"option": o, "by": b} for o, b in self.dominated_pairs],
        }


def evaluate(case: Case, profile_id: str | None = None, unit: str | None = None) -> Evaluation:
    """Values, contributions, ranks and dominance of every option under one profile.

    With ``unit``: that unit's effective scores, and only the options it does not exclude.
    """
    compiled = compile_case(case, unit)
    resolved = profile_weights(case, profile_id)
    w = resolved.leaf_weights
    contributions = compiled.values * w[None, :]
    values = contributions.sum(axis=1)
    n_groups = len(compiled.group_ids)
    membership = np.zeros((len(compiled.leaf_ids), n_groups))
    membership[np.arange(len(compiled.leaf_ids)), compiled.leaf_group] = 1.0
    ids = compiled.option_ids
    return Evaluation(
        profile=case.profile(profile_id).id,
        option_ids=ids,
        option_names=tuple(case.option(o).name for o in ids),
        leaf_ids=compiled.leaf_ids,
        group_ids=compiled.group_ids,
        weight_array=w,
        value_array=values,
        contribution_array=contributions,
        group_contribution_array=contributions @ membership,
        rank_array=competition_ranks(values),
        consistency=resolved.consistency,
        dominated_pairs=tuple((ids[i], ids[j]) for i, j in dominance(compiled.values)),
        unit=unit,
    )


def leaves_under(case: Case, node: str) -> list[str]:
    if node == "root":
        return list(case.leaf_ids)
    return [n.id for n in case.node_by_id[node].walk() if n.is_leaf]


@dataclass(frozen=True, eq=False)
class Sensitivity:
    """Each option's value as the global weight of one node moves over [0, 1]."""

    criterion: str
    current_weight: float
    option_ids: tuple[str, ...]
    at_zero: np.ndarray
    at_one: np.ndarray
    crossovers: tuple[tuple[float, str, str], ...]  # (w, leads after, other)
    best: tuple[tuple[float, float, str], ...]
    unit: str | None = None

    def value_at(self, w: float) -> np.ndarray:
        out: np.ndarray = self.at_zero + (self.at_one - self.at_zero) * w
        return out

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {} if self.unit is None else {"unit": self.unit}
        return out | {
            "criterion": self.criterion,
            "current_weight": self.current_weight,
            "lines": {
                o: [float(self.at_zero[i]), float(self.at_one[i])]
                for i, o in enumerate(self.option_ids)
            },
            "crossovers": [{"weight": w, "options": [a, b]} for w, a, b in self.crossovers],
            "best": [{"from": f, "to": t, "option": o} for f, t, o in self.best],
        }


def sensitivity(
    case: Case, node: str, profile_id: str | None = None, unit: str | None = None
) -> Sensitivity:
    """One-way sensitivity of any node (leaf or group), per ``shared/spec/cli.md``."""
    compiled = compile_case(case, unit)
    if node not in case.node_by_id:
        raise AnalysisError([issue("unknown_criterion", "--criterion", id=node)])
    resolved = profile_weights(case, profile_id)
    w = resolved.leaf_weights
    inside = np.isin(np.array(compiled.leaf_ids), leaves_under(case, node))
    w0 = float(w[inside].sum())
    if w0 >= 1.0 - 1e-12:
        raise AnalysisError([issue("sensitivity_full_weight", "--criterion", id=node)])
    if w0 > 0:
        within = w[inside] / w0
    else:  # the node weighs nothing now: its children keep their own local proportions
        within = np.array(
            [
                _within_share(case, resolved, node, leaf)
                for leaf in np.array(compiled.leaf_ids)[inside]
            ]
        )
        within = within / within.sum()
    outside = w[~inside] / (1.0 - w0)
    v = compiled.values
    at_zero = v[:, ~inside] @ outside
    at_one = v[:, inside] @ within
    ids = compiled.option_ids
    crossings: list[tuple[float, str, str]] = []
    n = len(ids)
    for i in range(n):
        for j in range(i + 1, n):
            da = at_zero[i] - at_zero[j]
            slope = (at_one[i] - at_one[j]) - da
            if abs(slope) < 1e-12:
                continue
            x = -da / slope
            if 0.0 < x < 1.0:
                lead, other = (ids[i], ids[j]) if slope > 0 else (ids[j], ids[i])
                crossings.append((float(x), lead, other))
    crossings.sort(key=lambda c: (c[0], c[1], c[2]))
    edges = [0.0, *sorted({c[0] for c in crossings}), 1.0]
    best: list[tuple[float, float, str]] = []
    for lo, hi in itertools.pairwise(edges):
        mid = (lo + hi) / 2
        top = ids[int(np.argmax(at_zero + (at_one - at_zero) * mid))]
        if best and best[-1][2] == top:
            best[-1] = (best[-1][0], hi, top)
        else:
            best.append((lo, hi, top))
    return Sensitivity(node, w0, ids, at_zero, at_one, tuple(crossings), tuple(best), unit)


def _within_share(case: Case, resolved: ResolvedWeights, node: str, leaf: str) -> float:
    """Product of local weights from just below ``node`` down to ``leaf``."""
    share = 1.0
    current = leaf
    while current != node:
        share *= resolved.local.get(current, 0.0)
        current = case.parent_of[current]
    return share
