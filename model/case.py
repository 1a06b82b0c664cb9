"""The decision case: options, a criteria tree, scores and weight profiles.

These pydantic models are the one schema of a case: in memory, in the JSON case file of
``shared/spec/case-format.md`` and (table by table) in the ``.vormkeuze`` document.  A case is an
immutable value: edits build a new case (see ``model.commands``) so that undo, history and the
views can compare old and new without copying defensively.

Structural rules (types, unknown keys, identifiers) are checked by pydantic; the rules that need
the whole case (references, scales, ranges, weights) by :func:`model.validation.check_case`.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Any, Literal, Self

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    StrictBool,
    model_serializer,
)
from pydantic_core import PydanticCustomError

FORMAT = "vormkeuze/case"
VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"


def _number(v: Any) -> int | float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise PydanticCustomError("number_type", "a number is required")
    try:
        finite = math.isfinite(float(v))  # a 400-digit integer overflows a float
    except OverflowError:
        finite = False
    if not finite:
        raise PydanticCustomError("number_finite", "the number must be finite")
    return v


def _score_value(v: Any) -> int | float | str:
    if isinstance(v, str):
        return v
    return _number(v)


Number = Annotated[int | float, PlainValidator(_number)]
ScoreValue = Annotated[int | float | str, PlainValidator(_score_value)]
Id = Annotated[str, Field(pattern=ID_PATTERN)]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def replace(self, **changes: Any) -> Self:
        """A new value with some fields changed (cached look-ups are not carried over)."""
        fields = {name: getattr(self, name) for name in type(self).model_fields}
        fields.update(changes)
        return type(self).model_validate(fields)

    def model_copy(self, *, update: Any = None, deep: bool = False) -> Any:
        # pydantic's copy would carry cached_property values (stale look-ups) along.
        return self.replace(**(update or {}))


class Level(_Frozen):
    label: str
    value: Number


class Scale(_Frozen):
    """How a leaf's scores map to 0..100 (higher is better)."""

    kind: Literal["direct", "qualitative", "numeric"]
    levels: tuple[Level, ...] | None = None
    unit: str | None = None
    worst: Number | None = None
    best: Number | None = None
    points: tuple[tuple[Number, Number], ...] | None = None


class Criterion(_Frozen):
    """A node of the criteria tree: a group (``children``) or a leaf (``scale``)."""

    id: Id
    name: str
    description: str | None = None
    children: tuple[Criterion, ...] | None = None
    scale: Scale | None = None

    @property
    def is_leaf(self) -> bool:
        return not self.children

    def walk(self) -> Iterator[Criterion]:
        yield self
        for child in self.children or ():
            yield from child.walk()


class Option(_Frozen):
    id: Id
    name: str
    description: str | None = None
    legal_basis: str | None = None
    color: str | None = None


class Score(_Frozen):
    """The score of one option on one leaf: case-wide, or for one unit (``unit``).

    ``estimate`` marks a judgement rather than a sourced fact; ``source_date`` (``YYYY``,
    ``YYYY-MM`` or ``YYYY-MM-DD``) dates the evidence, compared with the case's ``as_of``.
    """

    option: str
    criterion: str
    unit: str | None = None
    value: ScoreValue
    low: ScoreValue | None = None
    high: ScoreValue | None = None
    rationale: str | None = None
    source: str | None = None
    estimate: StrictBool = False
    source_date: str | None = None

    @model_serializer(mode="wrap")
    def _serialise(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        out: dict[str, Any] = handler(self)
        if not self.estimate:  # the default is not written: a file without it stays the same
            out.pop("estimate", None)
        return out


class Exclusion(_Frozen):
    """An option that cannot serve a unit, and why (``reason`` is required, non-empty)."""

    option: str
    reason: str


class Unit(_Frozen):
    """A unit of decision (a team): the options, criteria and profiles stay shared.

    ``size`` (> 0, default 1) is how much the unit counts in a portfolio total; ``exclude``
    lists the options that cannot serve it.
    """

    id: Id
    name: str
    description: str | None = None
    size: Number = 1
    exclude: tuple[Exclusion, ...] = ()

    @model_serializer(mode="wrap")
    def _serialise(
        self, handler: SerializerFunctionWrapHandler, info: SerializationInfo
    ) -> dict[str, Any]:
        out: dict[str, Any] = handler(self)
        if self.size == 1 and not isinstance(self.size, bool):
            out.pop("size", None)
        if not self.exclude:
            out.pop("exclude", None)
        return out

    @cached_property
    def excluded(self) -> frozenset[str]:
        """Ids of the options this unit excludes."""
        return frozenset(e.option for e in self.exclude)

    def reason_for(self, option_id: str) -> str | None:
        for e in self.exclude:
            if e.option == option_id:
                return e.reason
        return None


class Elicitation(_Frozen):
    """How the local weights of one node's children were derived."""

    node: str
    method: Literal["rank", "ahp"]
    order: tuple[str, ...]
    matrix: tuple[tuple[Number, ...], ...] | None = None


class Profile(_Frozen):
    """One stakeholder's weights (local: relative within siblings)."""

    id: Id
    name: str
    description: str | None = None
    weights: dict[str, Number] | None = None
    elicitation: tuple[Elicitation, ...] | None = None

    def elicitation_for(self, node: str) -> Elicitation | None:
        for e in self.elicitation or ():
            if e.node == node:
                return e
        return None


class Case(_Frozen):
    format: Literal["vormkeuze/case"]
    version: Literal[1]
    title: str
    description: str | None = None
    language: Literal["nl", "en"] | None = None
    options: tuple[Option, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    scores: tuple[Score, ...] = ()
    profiles: tuple[Profile, ...] = ()
    units: tuple[Unit, ...] | None = Field(default=None, min_length=1)
    as_of: str | None = None
    epilogue: str | None = None

    # --- look-ups (derived, cached on the immutable value) ---------------------------------
    def nodes(self) -> Iterator[Criterion]:
        for top in self.criteria:
            yield from top.walk()

    def leaves(self) -> Iterator[Criterion]:
        return (n for n in self.nodes() if n.is_leaf)

    @cached_property
    def node_by_id(self) -> dict[str, Criterion]:
        return {n.id: n for n in self.nodes()}

    @cached_property
    def parent_of(self) -> dict[str, str]:
        """Map node id to its parent's id (``"root"`` for top-level nodes)."""
        out: dict[str, str] = {}

        def visit(parent: str, children: tuple[Criterion, ...]) -> None:
            for c in children:
                out[c.id] = parent
                visit(c.id, c.children or ())

        visit("root", self.criteria)
        return out

    @cached_property
    def leaf_ids(self) -> tuple[str, ...]:
        return tuple(n.id for n in self.leaves())

    @cached_property
    def option_ids(self) -> tuple[str, ...]:
        return tuple(o.id for o in self.options)

    @cached_property
    def score_by_pair(self) -> dict[tuple[str, str], Score]:
        """The case-wide scores (no ``unit``), by (option, leaf)."""
        return {(s.option, s.criterion): s for s in self.scores if s.unit is None}

    @cached_property
    def unit_ids(self) -> tuple[str, ...]:
        return tuple(u.id for u in self.units or ())

    @cached_property
    def unit_by_id(self) -> dict[str, Unit]:
        return {u.id: u for u in self.units or ()}

    @cached_property
    def unit_scores(self) -> dict[str, dict[tuple[str, str], Score]]:
        """Each unit's own scores, by unit id then (option, leaf); units without any are absent."""
        out: dict[str, dict[tuple[str, str], Score]] = {}
        for s in self.scores:
            if s.unit is not None:
                out.setdefault(s.unit, {})[(s.option, s.criterion)] = s
        return out

    def unit(self, unit_id: str) -> Unit:
        try:
            return self.unit_by_id[unit_id]
        except KeyError:
            raise KeyError(unit_id) from None

    def effective_scores(self, unit_id: str | None = None) -> dict[tuple[str, str], Score]:
        """The scores that hold in a unit: its own where it has one, else the case-wide one.

        ``None`` gives the case-wide scores.  Options the unit excludes are kept here (their
        scores are allowed and ignored by the analysis, which leaves those options out).
        """
        if unit_id is None:
            return self.score_by_pair
        own = self.unit_scores.get(unit_id)
        if not own:
            return self.score_by_pair
        return {**self.score_by_pair, **own}

    def unit_option_ids(self, unit_id: str | None = None) -> tuple[str, ...]:
        """The options that can serve the unit (all options for ``None``), in file order."""
        if unit_id is None:
            return self.option_ids
        excluded = self.unit(unit_id).excluded
        return tuple(o for o in self.option_ids if o not in excluded)

    def children_of(self, node: str) -> tuple[Criterion, ...]:
        if node == "root":
            return self.criteria
        return self.node_by_id[node].children or ()

    def option(self, option_id: str) -> Option:
        for o in self.options:
            if o.id == option_id:
                return o
        raise KeyError(option_id)

    def profile(self, profile_id: str | None = None) -> Profile:
        """The profile with this id, or the first (default) one when ``None``."""
        if profile_id is None:
            return self.profiles[0]
        for p in self.profiles:
            if p.id == profile_id:
                return p
        raise KeyError(profile_id)

    @property
    def effective_language(self) -> str:
        return self.language or "nl"
