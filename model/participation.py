"""Live participation (issue 18): what a round asks, what an answer may be, what the room says.

Pure Python, no Qt and no network: the web server (``serve/``), the GUI and the command line all
use these functions.

- :class:`RoundSpec` is the question: the children of one node (``root``: the criterion groups,
  or the leaves of one group), asked as points to divide or as a ranking, anonymous (default) or
  named.
- :func:`parse_answer` validates one participant's JSON payload strictly (known ids only, finite
  non-negative numbers, bounded sizes) and returns an :class:`Answer` holding normalised shares.
- :func:`aggregate` gives per criterion the mean, median and spread of the room, the criteria
  the room disagrees on most, and the ranking of the options under the room's mean and median
  weights (through :func:`model.evaluate`).
- :func:`round_profiles` turns the answers into profiles ("Deelnemer 1..n", "Zaal (gemiddelde)")
  and :class:`SaveRound` is the command that stores them, with the round itself (question, time,
  answers) in the document's history.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

from model.analysis import evaluate
from model.case import Case, Criterion, Elicitation, Profile, to_data
from model.commands import Command, Restore, SetProfile, _checked
from model.errors import CaseInvalid, Issue, issue
from model.naming import free_id, free_name
from model.weights import roc

Mode = Literal["points", "ranking"]
MODES: tuple[Mode, ...] = ("points", "ranking")

#: the points slider runs 0..MAX_POINTS on the page; anything above is refused
MAX_POINTS = 100.0
MAX_NAME = 60
#: the room's profiles
MEAN_ID, MEAN_NAME = "zaal-gemiddelde", "Zaal (gemiddelde)"
MEDIAN_ID, MEDIAN_NAME = "zaal-mediaan", "Zaal (mediaan)"
PARTICIPANT_ID, PARTICIPANT_NAME = "deelnemer", "Deelnemer"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


class AnswerInvalid(CaseInvalid):
    """A participant's answer breaks a rule; nothing of it is kept."""


@dataclass(frozen=True)
class RoundSpec:
    """What a round asks."""

    parent: str = "root"
    mode: Mode = "points"
    anonymous: bool = True

    def items(self, case: Case) -> tuple[Criterion, ...]:
        return case.children_of(self.parent)

    def to_json(self) -> dict[str, Any]:
        return {"parent": self.parent, "mode": self.mode, "anonymous": self.anonymous}


def check_spec(case: Case, spec: RoundSpec) -> None:
    """Refuse a question that cannot be asked of this case (unknown group, a leaf, < 2 items)."""
    if spec.mode not in MODES:
        raise CaseInvalid([issue("round_mode", "round", mode=spec.mode)])
    if spec.parent != "root" and spec.parent not in case.node_by_id:
        groups = [n.id for n in case.nodes() if not n.is_leaf]
        raise CaseInvalid([issue("round_unknown_group", "round", id=spec.parent, known=groups)])
    if len(spec.items(case)) < 2:
        raise CaseInvalid([issue("round_too_few", "round", id=spec.parent)])
    if not case.profiles or not case.options:
        raise CaseInvalid([issue("round_empty_case", "round")])


@dataclass(frozen=True)
class Answer:
    """One participant's answer: the shares (sum 1) of the asked items, in the items' order."""

    shares: dict[str, float]
    points: dict[str, float] | None = None
    order: tuple[str, ...] | None = None
    name: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"shares": dict(self.shares)}
        if self.points is not None:
            out["points"] = dict(self.points)
        if self.order is not None:
            out["order"] = list(self.order)
        if self.name is not None:
            out["name"] = self.name
        return out


def _bad(code: str, place: str, **params: Any) -> AnswerInvalid:
    return AnswerInvalid([issue(code, place, **params)])


def _clean_name(raw: Any) -> str:
    if not isinstance(raw, str):
        raise _bad("answer_name", "name", max=MAX_NAME)
    name = " ".join(_CONTROL.sub(" ", raw).split())
    if not name or len(name) > MAX_NAME:
        raise _bad("answer_name", "name", max=MAX_NAME)
    return name


def parse_answer(case: Case, spec: RoundSpec, payload: Any) -> Answer:
    """Validate a participant's payload (already parsed JSON); raise AnswerInvalid on any fault.

    Points: ``{"points": {id: number, ...}}`` with every asked id exactly once, each a finite
    number in 0..MAX_POINTS, not all zero.  Ranking: ``{"order": [id, ...]}``, a permutation of
    the asked ids.  Named rounds also need ``"name"``; anonymous rounds refuse one.
    """
    ids = [c.id for c in spec.items(case)]
    if not isinstance(payload, dict):
        raise _bad("answer_not_object", "answer")
    allowed = {"points" if spec.mode == "points" else "order"}
    if not spec.anonymous:
        allowed.add("name")
    for key in payload:
        if key not in allowed:
            raise _bad("answer_unknown_field", str(key)[:40], key=str(key)[:40])
    name = None
    if not spec.anonymous:
        name = _clean_name(payload.get("name"))
    if spec.mode == "points":
        raw = payload.get("points")
        if not isinstance(raw, dict) or len(raw) > len(ids):
            raise _bad("answer_points_shape", "points", expected=ids)
        points: dict[str, float] = {}
        for key, value in raw.items():
            if key not in ids:
                raise _bad("answer_unknown_criterion", f"points.{str(key)[:40]}", id=str(key)[:40])
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _bad("answer_not_number", f"points.{key}")
            v = float(value)
            if not math.isfinite(v) or v < 0 or v > MAX_POINTS:
                raise _bad("answer_out_of_range", f"points.{key}", low=0, high=MAX_POINTS)
            points[key] = v
        missing = [i for i in ids if i not in points]
        if missing:
            raise _bad("answer_missing", "points", missing=missing)
        total = sum(points.values())
        if total <= 0:
            raise _bad("answer_all_zero", "points")
        ordered = {i: points[i] for i in ids}
        return Answer({i: ordered[i] / total for i in ids}, points=ordered, name=name)
    raw_order = payload.get("order")
    if (
        not isinstance(raw_order, list)
        or len(raw_order) != len(ids)
        or not all(isinstance(x, str) for x in raw_order)
        or sorted(raw_order) != sorted(ids)
    ):
        raise _bad("answer_order", "order", expected=ids)
    weights = roc(len(ids)).tolist()
    by_id = dict(zip(raw_order, weights, strict=True))
    return Answer({i: by_id[i] for i in ids}, order=tuple(raw_order), name=name)


# --- aggregation -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Spread:
    """The room's shares for one criterion (0..1)."""

    criterion: str
    values: tuple[float, ...]
    mean: float
    median: float
    low: float
    high: float
    q1: float
    q3: float
    stdev: float


@dataclass(frozen=True)
class RoomView:
    """What the facilitator's screen shows."""

    count: int
    spread: tuple[Spread, ...]
    #: criterion ids, the one the room disagrees on most first (interquartile range, then stdev)
    disagreement: tuple[str, ...]
    mean_shares: dict[str, float] = field(default_factory=dict)
    median_shares: dict[str, float] = field(default_factory=dict)
    #: option ids best first under the room's mean and median weights (empty without answers)
    mean_ranking: tuple[str, ...] = ()
    median_ranking: tuple[str, ...] = ()
    mean_values: dict[str, float] = field(default_factory=dict)
    median_values: dict[str, float] = field(default_factory=dict)


def with_shares(case: Case, spec: RoundSpec, base: Profile, shares: dict[str, float]) -> Profile:
    """``base`` with the local weights of the asked items replaced by ``shares`` (as points)."""
    ids = [c.id for c in spec.items(case)]
    weights = {k: v for k, v in (base.weights or {}).items() if k not in ids}
    top = max(shares.values(), default=0.0)
    for i in ids:
        share = shares.get(i, 0.0)
        weights[i] = round(100.0 * share / top, 9) if top > 0 else 1.0
    elicitation = tuple(e for e in base.elicitation or () if e.node != spec.parent) or None
    return base.replace(weights=weights, elicitation=elicitation)


def _ranking(
    case: Case, spec: RoundSpec, base: Profile, shares: dict[str, float]
) -> tuple[tuple[str, ...], dict[str, float]]:
    probe_id = _free_id(case, "zaal-probe")
    profile = with_shares(case, spec, base, shares).replace(id=probe_id)
    probe = case.replace(profiles=(*case.profiles, profile))
    result = evaluate(probe, probe_id)
    return tuple(result.ranking), result.values


def _linear_ranking(
    table: dict[str, Any], shares: dict[str, float], ids: list[str]
) -> tuple[tuple[str, ...], dict[str, float]]:
    """Ranking and values from a :func:`preview_table` (linear in the shares: no re-evaluation)."""
    s = np.array([shares[i] for i in ids], dtype=float)
    s = s / s.sum()
    options = table["options"]
    values = {o["id"]: float(np.dot(o["values"], s)) for o in options}
    order = sorted(range(len(options)), key=lambda k: -values[options[k]["id"]])
    return tuple(options[k]["id"] for k in order), values


def aggregate(
    case: Case,
    spec: RoundSpec,
    answers: list[Answer],
    base_profile: str | None = None,
    *,
    table: dict[str, Any] | None = None,
) -> RoomView:
    """The room at a glance: spread per criterion, disagreement, rankings under mean and median.

    The rankings come from :func:`model.evaluate` with the room's shares in the base profile; a
    round that already holds its :func:`preview_table` passes it as ``table`` and gets the same
    values by linearity, without evaluating the case again on every answer.
    """
    ids = [c.id for c in spec.items(case)]
    if not answers:
        empty = tuple(Spread(i, (), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0) for i in ids)
        return RoomView(0, empty, ())
    m = np.array([[a.shares[i] for i in ids] for a in answers], dtype=float)
    q1, median_v, q3 = np.percentile(m, [25, 50, 75], axis=0)
    mean_v = m.mean(axis=0)
    stdev = m.std(axis=0)
    low, high = m.min(axis=0), m.max(axis=0)
    spreads = tuple(
        Spread(
            criterion=i,
            values=tuple(m[:, k].tolist()),
            mean=float(mean_v[k]),
            median=float(median_v[k]),
            low=float(low[k]),
            high=float(high[k]),
            q1=float(q1[k]),
            q3=float(q3[k]),
            stdev=float(stdev[k]),
        )
        for k, i in enumerate(ids)
    )
    order = sorted(
        range(len(ids)), key=lambda k: (-(spreads[k].q3 - spreads[k].q1), -spreads[k].stdev, k)
    )
    mean = {s.criterion: s.mean for s in spreads}
    median = {s.criterion: s.median for s in spreads}
    base = case.profile(base_profile)

    def rank(shares: dict[str, float]) -> tuple[tuple[str, ...], dict[str, float]]:
        if table is not None:
            return _linear_ranking(table, shares, ids)
        return _ranking(case, spec, base, shares)

    mean_rank, mean_values = rank(mean)
    if sum(median.values()) > 0:
        median_rank, median_values = rank(median)
    else:  # every median zero (possible with three items and many zeros): no median ranking
        median_rank, median_values = (), {}
    return RoomView(
        count=len(answers),
        spread=spreads,
        disagreement=tuple(ids[k] for k in order),
        mean_shares=mean,
        median_shares=median,
        mean_ranking=mean_rank,
        median_ranking=median_rank,
        mean_values=mean_values,
        median_values=median_values,
    )


def preview_table(case: Case, spec: RoundSpec, base_profile: str | None = None) -> dict[str, Any]:
    """What the participant's page needs to show what its weights make first.

    An option's value is linear in the asked items' shares: ``value(s) = sum_i s_i * v_i``,
    where ``v_i`` is the option's value when item ``i`` has all of the weight (the rest of the
    weights as in the base profile).  Only these 0..100 values go to the page, no scores,
    rationales or sources.
    """
    base = case.profile(base_profile)
    ids = [c.id for c in spec.items(case)]
    columns: dict[str, dict[str, float]] = {}
    for i in ids:
        _rank, values = _ranking(case, spec, base, {j: 1.0 if j == i else 0.0 for j in ids})
        columns[i] = values
    return {
        "options": [
            {"id": o.id, "name": o.name, "values": [round(columns[i][o.id], 6) for i in ids]}
            for o in case.options
        ]
    }


def question(case: Case, spec: RoundSpec, base_profile: str | None = None) -> dict[str, Any]:
    """The round as the page receives it (plain data: the page renders it as text)."""
    items = spec.items(case)
    return {
        "title": case.title,
        "mode": spec.mode,
        "anonymous": spec.anonymous,
        "max_points": MAX_POINTS,
        "group": None if spec.parent == "root" else case.node_by_id[spec.parent].name,
        "criteria": [
            {"id": c.id, "name": c.name, "description": c.description or ""} for c in items
        ],
        **preview_table(case, spec, base_profile),
    }


# --- from answers to profiles ------------------------------------------------------------------
def _free_id(case: Case, wanted: str, taken: set[str] | None = None) -> str:
    return free_id(wanted, {p.id for p in case.profiles} | (taken or set()))


def _free_name(case: Case, wanted: str, taken: set[str]) -> str:
    return free_name(wanted, {p.name for p in case.profiles} | taken)


def answer_profile(
    case: Case, spec: RoundSpec, base: Profile, answer: Answer, pid: str, name: str
) -> Profile:
    """A participant's answer as a profile (rankings as a rank elicitation, points as weights)."""
    if answer.order is not None:
        ids = {c.id for c in spec.items(case)}
        weights = {k: v for k, v in (base.weights or {}).items() if k not in ids} or None
        kept = tuple(e for e in base.elicitation or () if e.node != spec.parent)
        rank = Elicitation(node=spec.parent, method="rank", order=answer.order)
        return Profile(id=pid, name=name, weights=weights, elicitation=(*kept, rank))
    shares = answer.points or answer.shares
    return with_shares(case, spec, base, shares).replace(id=pid, name=name, description=None)


def round_profiles(
    case: Case,
    spec: RoundSpec,
    answers: list[Answer],
    *,
    when: str,
    base_profile: str | None = None,
) -> tuple[Profile, ...]:
    """The room's mean and every answer as profiles, ids and names not yet used in the case."""
    if not answers:
        return ()
    base = case.profile(base_profile)
    room = aggregate(case, spec, answers, base_profile)
    ids: set[str] = set()
    names: set[str] = set()
    out: list[Profile] = []

    def add(profile: Profile) -> None:
        ids.add(profile.id)
        names.add(profile.name)
        out.append(profile)

    about = f"Ronde {when}: {len(answers)} antwoorden"
    mean = with_shares(case, spec, base, room.mean_shares)
    add(
        mean.replace(
            id=_free_id(case, MEAN_ID, ids),
            name=_free_name(case, MEAN_NAME, names),
            description=about,
        )
    )
    for k, answer in enumerate(answers, start=1):
        label = f"{PARTICIPANT_NAME} {k}"
        if answer.name is not None:
            label = f"{label} ({answer.name})"
        pid = _free_id(case, f"{PARTICIPANT_ID}-{k}", ids)
        add(answer_profile(case, spec, base, answer, pid, _free_name(case, label, names)))
    return tuple(out)


class SaveRound(Command):
    """Add a round's profiles; the command itself (in the history) records the round.

    ``round`` holds the question, the times and every answer (anonymous answers carry no
    identifier, only their number in the order they first arrived).
    """

    kind: Literal["SaveRound"] = "SaveRound"
    label: str
    round: dict[str, Any]
    profiles: tuple[Profile, ...]

    def apply(self, case: Case) -> tuple[Case, Command]:
        before = Restore(
            parts={"profiles": [to_data(p, exclude_none=False) for p in case.profiles]},
            label="remove round profiles",
        )
        new = case
        for profile in self.profiles:
            new, _ = SetProfile(profile_id=profile.id, profile=profile).apply(new)
        return _checked(new), before


def save_round(
    case: Case,
    spec: RoundSpec,
    answers: list[Answer],
    *,
    opened: str,
    closed: str,
    base_profile: str | None = None,
) -> SaveRound:
    """The command that stores a closed round (raises CaseInvalid without answers)."""
    if not answers:
        raise CaseInvalid([issue("round_no_answers", "round")])
    profiles = round_profiles(case, spec, answers, when=closed, base_profile=base_profile)
    items = spec.items(case)
    record = {
        "question": {
            **spec.to_json(),
            "items": [{"id": c.id, "name": c.name} for c in items],
            "base_profile": case.profile(base_profile).id,
        },
        "opened": opened,
        "closed": closed,
        "answers": [{"participant": k, **a.to_json()} for k, a in enumerate(answers, start=1)],
    }
    return SaveRound(label=f"round {closed}", round=record, profiles=profiles)


def issues_json(items: list[Issue]) -> list[dict[str, Any]]:
    return [i.as_json() for i in items]
