"""The decision case: options, a criteria tree, scores and weight profiles.

A case is an immutable value: frozen dataclasses, so that edits build a new case (see
``model.commands``) and undo, history and the views can compare old and new without copying
defensively.  The same classes are the one schema of a case: in memory, in the JSON case file of
``shared/spec/case-format.md`` and (table by table) in the ``.vormkeuze`` document.

Data from outside (a file, a document, a participant) becomes a case only through pydantic
(:func:`validated`, which imports it on first use): the structural rules (types, unknown keys,
identifiers) are the annotations below and their :class:`_Check` marks; the rules that need the
whole case (references, scales, ranges, weights) are :func:`model.validation.check_case`.  The
values themselves need no pydantic, so a start on the embedded default case paints its first
window without importing it (:func:`model.io.load_embedded_case`).
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, ClassVar, Literal, Self, TypeVar

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler
    from pydantic_core import CoreSchema

FORMAT = "vormkeuze/case"
VERSION = 1
ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"


def _number(v: Any) -> int | float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        code, message = "number_type", "a number is required"
    else:
        try:
            finite = math.isfinite(float(v))  # a 400-digit integer overflows a float
        except OverflowError:
            finite = False
        if finite:
            return v
        code, message = "number_finite", "the number must be finite"
    # imported only to refuse: this runs for every number a command carries (a weight step
    # checks its profile's), and an import statement costs even when the module is loaded
    from pydantic_core import PydanticCustomError

    raise PydanticCustomError(code, message)


def _score_value(v: Any) -> int | float | str:
    if isinstance(v, str):
        return v
    return _number(v)


class _Check:
    """A mark in an annotation that tells pydantic how to check the value (``Annotated``).

    Kinds: ``number`` (finite, not a bool), ``score`` (text or a number), ``id``
    (:data:`ID_PATTERN`), ``strict_bool`` (true or false only), ``nonempty`` (a list of at
    least one item).  Nothing here runs until pydantic validates data.
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"_Check({self.kind!r})"

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        from pydantic_core import core_schema

        if self.kind == "number":
            return core_schema.no_info_plain_validator_function(_number)
        if self.kind == "score":
            return core_schema.no_info_plain_validator_function(_score_value)
        if self.kind == "id":
            return core_schema.str_schema(pattern=ID_PATTERN)
        if self.kind == "strict_bool":
            return core_schema.bool_schema(strict=True)
        schema: Any = handler(source)  # nonempty: the list's own schema, with a minimum length
        schema["min_length"] = 1
        return schema  # type: ignore[no-any-return]


Number = Annotated[int | float, _Check("number")]
ScoreValue = Annotated[int | float | str, _Check("score")]
Id = Annotated[str, _Check("id")]
StrictBool = Annotated[bool, _Check("strict_bool")]

V = TypeVar("V", bound="_Value")
_ADAPTERS: dict[type, Any] = {}


def validated(cls: type[V], data: Any) -> V:
    """``data`` (parsed JSON) checked and built into a ``cls`` by pydantic.

    Raises ``pydantic.ValidationError`` (:func:`model.io.parse_case` turns it into issues).
    Pydantic is imported, and each class's validator built, on the first call.
    """
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _ADAPTERS[cls] = TypeAdapter(cls)
    result: V = adapter.validate_python(data)
    return result


def built(cls: type[V], data: Mapping[str, Any]) -> V:
    """``data`` (JSON this program ships) built into a ``cls`` as it is, without checking it.

    Only for data known to be valid (:func:`model.io.load_embedded_case`); everything else
    goes through :func:`validated`.  Lists become tuples and objects the values their fields'
    annotations name, so the result equals what :func:`validated` builds (tested).
    """
    fields = _fields_of(cls)
    out: dict[str, Any] = {}
    for k, v in data.items():
        convert = fields[k]
        out[k] = v if v is None or convert is None else convert(v)
    return cls(**out)


_Convert = Callable[[Any], Any]
_FIELDS: dict[type, dict[str, _Convert | None]] = {}


def _fields_of(cls: type) -> dict[str, _Convert | None]:
    """How :func:`built` makes each field of ``cls`` from JSON (None: it is the JSON value)."""
    plan = _FIELDS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)  # Annotated marks dropped
        plan = _FIELDS[cls] = {name: _converter(tp) for name, tp in hints.items()}
    return plan


def _converter(tp: Any) -> _Convert | None:
    if isinstance(tp, type) and issubclass(tp, _Value):
        value_class: type[_Value] = tp
        return lambda v: built(value_class, v)
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is types.UnionType or origin is typing.Union:
        kinds = [a for a in args if a is not type(None)]
        inner = _converter(kinds[0]) if len(kinds) == 1 else None
        return None if inner is None else lambda v: None if v is None else inner(v)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            item = _converter(args[0])
            return tuple if item is None else lambda v: tuple(item(x) for x in v)
        parts = [_converter(a) or _same for a in args]
        return lambda v: tuple(f(x) for f, x in zip(parts, v, strict=True))
    if origin is dict:
        value = _converter(args[1])
        return dict if value is None else lambda v: {k: value(x) for k, x in v.items()}
    return None  # text, a number, a bool, a Literal


def _same(v: Any) -> Any:
    return v


def to_data(value: Any, *, exclude_none: bool = True) -> Any:
    """``value`` as JSON data: values as objects in field order, tuples as lists.

    ``exclude_none`` leaves out fields that are None (what a case file holds); a value's own
    defaults that a file does not write are left out always (:meth:`_Value._omit`).
    """
    if isinstance(value, _Value):
        out: dict[str, Any] = {}
        for f in dataclasses.fields(value):
            v = getattr(value, f.name)
            if (v is None and exclude_none) or value._omit(f.name, v):
                continue
            out[f.name] = to_data(v, exclude_none=exclude_none)
        return out
    if isinstance(value, tuple | list):
        return [to_data(v, exclude_none=exclude_none) for v in value]
    if isinstance(value, dict):
        return {k: to_data(v, exclude_none=exclude_none) for k, v in value.items()}
    return value


def _lists_to_tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_lists_to_tuples(v) for v in value)
    return value


@dataclass(frozen=True, kw_only=True)
class _Value:
    """Base of the case's values: frozen, keyword-only, unknown keys refused by pydantic.

    Building a value checks nothing (the app builds them from parsed, checked input); pydantic
    checks a value again wherever one arrives in a command (``revalidate_instances``), so an
    edit can never store a value a file could not hold.
    """

    __pydantic_config__: ClassVar[dict[str, Any]] = {
        "extra": "forbid",
        "revalidate_instances": "always",
    }

    def __post_init__(self) -> None:
        # a list given for a tuple field (``levels=[...]``) is stored as a tuple, as pydantic did
        for f in dataclasses.fields(self):
            v = getattr(self, f.name)
            if isinstance(v, list):
                object.__setattr__(self, f.name, _lists_to_tuples(v))

    def replace(self, **changes: Any) -> Self:
        """A new value with some fields changed (cached look-ups are not carried over)."""
        return dataclasses.replace(self, **changes)

    def _omit(self, name: str, value: Any) -> bool:
        """Whether :func:`to_data` leaves this field out (a default a file does not write)."""
        return False

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        # pydantic's own schema for the dataclass, written out by to_data (the same JSON as a
        # case file, also inside a command's JSON in the document's history)
        from pydantic_core import core_schema

        schema: Any = handler(source)

        def dump(v: Any, info: core_schema.SerializationInfo) -> Any:
            return to_data(v, exclude_none=bool(info.exclude_none))

        schema["serialization"] = core_schema.plain_serializer_function_ser_schema(
            dump, info_arg=True
        )
        return schema  # type: ignore[no-any-return]


@dataclass(frozen=True, kw_only=True)
class Level(_Value):
    label: str
    value: Number


@dataclass(frozen=True, kw_only=True)
class Scale(_Value):
    """How a leaf's scores map to 0..100 (higher is better)."""

    kind: Literal["direct", "qualitative", "numeric"]
    levels: tuple[Level, ...] | None = None
    unit: str | None = None
    worst: Number | None = None
    best: Number | None = None
    points: tuple[tuple[Number, Number], ...] | None = None


@dataclass(frozen=True, kw_only=True)
class Criterion(_Value):
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


@dataclass(frozen=True, kw_only=True)
class Option(_Value):
    id: Id
    name: str
    description: str | None = None
    legal_basis: str | None = None
    color: str | None = None


@dataclass(frozen=True, kw_only=True)
class Score(_Value):
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

    def _omit(self, name: str, value: Any) -> bool:
        # the default is not written: a file without it stays the same
        return name == "estimate" and not value


@dataclass(frozen=True, kw_only=True)
class Exclusion(_Value):
    """An option that cannot serve a unit, and why (``reason`` is required, non-empty)."""

    option: str
    reason: str


@dataclass(frozen=True, kw_only=True)
class Unit(_Value):
    """A unit of decision (a team): the options, criteria and profiles stay shared.

    ``size`` (> 0, default 1) is how much the unit counts in a portfolio total; ``exclude``
    lists the options that cannot serve it.
    """

    id: Id
    name: str
    description: str | None = None
    size: Number = 1
    exclude: tuple[Exclusion, ...] = ()

    def _omit(self, name: str, value: Any) -> bool:
        if name == "size":
            return bool(value == 1 and not isinstance(value, bool))
        return name == "exclude" and not value

    @cached_property
    def excluded(self) -> frozenset[str]:
        """Ids of the options this unit excludes."""
        return frozenset(e.option for e in self.exclude)

    def reason_for(self, option_id: str) -> str | None:
        for e in self.exclude:
            if e.option == option_id:
                return e.reason
        return None


@dataclass(frozen=True, kw_only=True)
class Elicitation(_Value):
    """How the local weights of one node's children were derived."""

    node: str
    method: Literal["rank", "ahp"]
    order: tuple[str, ...]
    matrix: tuple[tuple[Number, ...], ...] | None = None


@dataclass(frozen=True, kw_only=True)
class Profile(_Value):
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


@dataclass(frozen=True, kw_only=True)
class Case(_Value):
    format: Literal["vormkeuze/case"]
    version: Literal[1]
    title: str
    description: str | None = None
    language: Literal["nl", "en"] | None = None
    options: tuple[Option, ...] = ()
    criteria: tuple[Criterion, ...] = ()
    scores: tuple[Score, ...] = ()
    profiles: tuple[Profile, ...] = ()
    units: Annotated[tuple[Unit, ...], _Check("nonempty")] | None = None
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
