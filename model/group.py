"""The group view: every profile at once, where they differ and where they meet.

- each profile's winner and ranks (competition ranking, as ``evaluate``);
- the stability distance (model.stability) from each profile to each option: the share of that
  profile's weight that must move before the option is first;
- an aggregated profile: the mean of the profiles' global leaf weights, optionally weighted per
  profile (one council one vote, inhabitants, budget share, ...);
- the option acceptable to all: the best worst rank across the profiles (ties: the best mean
  rank, then the order of the options).  Profiles given weight 0 have no say in it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from model.analysis import competition_ranks, compile_case
from model.analysis import profile_weights as resolved_weights
from model.case import Case
from model.errors import AnalysisError, issue
from model.stability import Stability, nearest_first


@dataclass(frozen=True, eq=False)
class GroupView:
    """All profiles side by side (arrays aligned with ``profile_ids`` and ``option_ids``)."""

    profile_ids: tuple[str, ...]
    option_ids: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    #: profiles x leaves: each profile's global leaf weights
    weight_array: np.ndarray
    #: profiles x options
    value_array: np.ndarray
    rank_array: np.ndarray
    #: profile -> option -> the stability result
    stability: dict[str, dict[str, Stability]]
    #: the given (or equal) weight of every profile, normalised to sum 1
    profile_share: dict[str, float]
    aggregate_weights: np.ndarray
    aggregate_values: np.ndarray
    aggregate_ranks: np.ndarray
    acceptable: str
    worst_rank: int
    mean_rank: float

    def winners(self, p: int) -> list[str]:
        """The option(s) ranked first by profile index ``p``."""
        return [o for o, r in zip(self.option_ids, self.rank_array[p], strict=True) if r == 1]

    @property
    def aggregate_winners(self) -> list[str]:
        return [o for o, r in zip(self.option_ids, self.aggregate_ranks, strict=True) if r == 1]

    def distance(self, profile: str, option: str) -> float | None:
        return self.stability[profile][option].distance

    def to_json(self) -> dict[str, Any]:
        """The ``group --format json`` object (see docs/robustness.md)."""
        opts = self.option_ids
        return {
            "profiles": [
                {
                    "id": p,
                    "winner": self.winners(k),
                    "values": dict(zip(opts, self.value_array[k].tolist(), strict=True)),
                    "ranks": dict(zip(opts, self.rank_array[k].tolist(), strict=True)),
                    "distance": {o: self.stability[p][o].distance for o in opts},
                }
                for k, p in enumerate(self.profile_ids)
            ],
            "aggregate": {
                "profile_weights": dict(self.profile_share),
                "weights": dict(zip(self.leaf_ids, self.aggregate_weights.tolist(), strict=True)),
                "values": dict(zip(opts, self.aggregate_values.tolist(), strict=True)),
                "ranks": dict(zip(opts, self.aggregate_ranks.tolist(), strict=True)),
                "winner": self.aggregate_winners,
            },
            "acceptable_to_all": {
                "option": self.acceptable,
                "worst_rank": self.worst_rank,
                "mean_rank": self.mean_rank,
            },
        }


def check_profile_weights(case: Case, given: dict[str, float], place: str) -> dict[str, float]:
    """Validate user-given profile weights: every profile once, finite, >= 0, not all 0."""
    ids = [p.id for p in case.profiles]
    problems = []
    for key, value in given.items():
        if key not in ids:
            problems.append(issue("unknown_profile", f"{place}: {key}", id=key, known=ids))
        elif isinstance(value, bool) or not isinstance(value, int | float):
            problems.append(issue("expected_number", f"{place}: {key}"))
        elif not math.isfinite(value):
            problems.append(issue("number_not_finite", f"{place}: {key}"))
        elif value < 0:
            problems.append(issue("weight_negative", f"{place}: {key}", value=value))
    missing = [p for p in ids if p not in given]
    if missing:
        problems.append(issue("group_weights_missing", place, missing=missing))
    if problems:
        raise AnalysisError(problems)
    if sum(float(given[p]) for p in ids) <= 0:
        raise AnalysisError([issue("group_weights_all_zero", place)])
    return {p: float(given[p]) for p in ids}


def group(case: Case, profile_weights: dict[str, float] | None = None) -> GroupView:
    """The group view of ``case``; ``profile_weights`` weighs the profiles (default: equal)."""
    compiled = compile_case(case)
    if not case.profiles:
        raise AnalysisError([issue("no_profiles", "profiles")])
    ids = tuple(p.id for p in case.profiles)
    if profile_weights is None:
        given = dict.fromkeys(ids, 1.0)
    else:
        given = check_profile_weights(case, profile_weights, "--weights-by")
    total = sum(given.values())
    share = {p: given[p] / total for p in ids}
    weights = np.array([resolved_weights(case, p).leaf_weights for p in ids])
    values = weights @ compiled.values.T
    ranks = np.array([competition_ranks(v) for v in values])
    stab = {
        p: {
            o: nearest_first(
                compiled.values, compiled.option_ids, compiled.leaf_ids, weights[k], o, p
            )
            for o in compiled.option_ids
        }
        for k, p in enumerate(ids)
    }
    a = np.array([share[p] for p in ids])
    agg_w = a @ weights
    agg_v = compiled.values @ agg_w
    say = a > 0
    worst = ranks[say].max(axis=0)
    mean = (a[say, None] * ranks[say]).sum(axis=0) / a[say].sum()
    best = min(range(len(compiled.option_ids)), key=lambda i: (worst[i], mean[i], i))
    return GroupView(
        profile_ids=ids,
        option_ids=compiled.option_ids,
        leaf_ids=compiled.leaf_ids,
        weight_array=weights,
        value_array=values,
        rank_array=ranks,
        stability=stab,
        profile_share=share,
        aggregate_weights=agg_w,
        aggregate_values=agg_v,
        aggregate_ranks=competition_ranks(agg_v),
        acceptable=compiled.option_ids[best],
        worst_rank=int(worst[best]),
        mean_rank=float(mean[best]),
    )
