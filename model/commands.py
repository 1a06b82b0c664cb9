"""Edits as small, frozen, invertible commands.

``command.apply(case)`` returns ``(new_case, inverse)``; applying the inverse to the new case
gives back the old case exactly.  A command refuses (raises :class:`CaseInvalid`) when the
result would break a rule of the format, so a case in the app is always valid (missing scores
are allowed: they are warnings).

Commands serialise to JSON (``to_json`` / :func:`command_from_json`) for the document's
history.  The GUI wraps them in ``QUndoCommand``; the model owns them.
"""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict

from model.case import Case, Criterion, Number, Option, Profile, Score, to_data, validated
from model.errors import CaseInvalid, Issue, issue
from model.validation import check_case
from model.weights import resolve_profile

CASE_FIELDS = (
    "title",
    "description",
    "language",
    "options",
    "criteria",
    "scores",
    "profiles",
    "units",
    "as_of",
    "epilogue",
)


class Command(BaseModel):
    """Base of every edit."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: str
    registry: ClassVar[dict[str, type[Command]]] = {}

    def __init_subclass__(cls, **kw: Any) -> None:
        super().__init_subclass__(**kw)
        cls.registry[cls.__name__] = cls

    def apply(self, case: Case) -> tuple[Case, Command]:
        raise NotImplementedError

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)

    def merge_key(self) -> str | None:
        """Commands with the same non-None key may merge into one undo step (a slider drag)."""
        return None


def command_from_json(data: dict[str, Any]) -> Command:
    cls = Command.registry[data["kind"]]
    return cls.model_validate(data)


def _refuse_errors(found: list[Issue]) -> None:
    errors = [i for i in found if i.severity == "error"]
    if errors:
        raise CaseInvalid(errors)


def _checked(case: Case) -> Case:
    _refuse_errors(check_case(case))
    return case


def _profile_index(case: Case, profile_id: str) -> int:
    for k, p in enumerate(case.profiles):
        if p.id == profile_id:
            return k
    raise CaseInvalid([issue("unknown_profile", "profile", id=profile_id, known=[])])


# --- generic restore: the inverse of structural edits ------------------------------------------
class Restore(Command):
    """Replace whole top-level parts of the case (``options``, ``scores``, ...)."""

    kind: Literal["Restore"] = "Restore"
    parts: dict[str, Any]
    label: str = "restore"

    def apply(self, case: Case) -> tuple[Case, Command]:
        unknown = [k for k in self.parts if k not in CASE_FIELDS]
        if unknown:
            raise CaseInvalid([issue("unknown_key", "parts", key=unknown[0])])
        old = to_data(case, exclude_none=False)
        before = {k: old[k] for k in self.parts}
        data = {**old, **self.parts}
        data = {k: v for k, v in data.items() if v is not None}
        from model.io import parse_case

        new = _checked(parse_case(data))
        return new, Restore(parts=before, label=undo_label(self.label))


UNDO_PREFIX = "undo "


def undo_label(label: str) -> str:
    """The label of the Restore that takes back a Restore labelled ``label``: ``undo restore
    snapshot`` for ``restore snapshot`` (and back), so an undone snapshot restore or profile
    overwrite reads as undone in the history, not as the edit once more."""
    return label[len(UNDO_PREFIX) :] if label.startswith(UNDO_PREFIX) else UNDO_PREFIX + label


def restore_from(case: Case, *parts: str, label: str) -> Restore:
    dumped = to_data(case, exclude_none=False)
    return Restore(parts={k: dumped[k] for k in parts}, label=label)


# --- scores --------------------------------------------------------------------------------
def _own_score(case: Case, option: str, criterion: str, unit: str | None) -> Score | None:
    """The score stored for exactly this (option, leaf, unit): case-wide when unit is None."""
    if unit is None:
        return case.score_by_pair.get((option, criterion))
    return case.unit_scores.get(unit, {}).get((option, criterion))


class SetScore(Command):
    """Set (or clear, with ``score=None``) the score of one option on one leaf.

    With ``unit`` it is that unit's own score (which overrides the case-wide one there);
    clearing it resets the unit to the case-wide score.
    """

    kind: Literal["SetScore"] = "SetScore"
    option: str
    criterion: str
    score: Score | None
    #: where a new score goes in the list (so undoing a removal restores the file's order)
    index: int | None = None
    unit: str | None = None

    def apply(self, case: Case) -> tuple[Case, Command]:
        old = _own_score(case, self.option, self.criterion, self.unit)
        at: int | None = None
        if self.score is not None and (
            self.score.option != self.option
            or self.score.criterion != self.criterion
            or self.score.unit != self.unit
        ):
            raise CaseInvalid([issue("invalid_value", "score", detail="option/criterion/unit")])
        scores = list(case.scores)
        if old is not None:
            at = scores.index(old)
            if self.score is None:
                del scores[at]
            else:
                scores[at] = self.score
        elif self.score is not None:
            scores.insert(len(scores) if self.index is None else self.index, self.score)
        new = case.replace(scores=tuple(scores))
        _refuse_errors(_score_issues(new, self.option, self.criterion, self.unit))
        return new, SetScore(
            option=self.option, criterion=self.criterion, score=old, index=at, unit=self.unit
        )


def _score_issues(case: Case, option: str, criterion: str, unit: str | None = None) -> list[Issue]:
    """Check only what a score edit can break (fast on the slider/typing path)."""
    from model.validation import _check_evidence, _check_scores

    found: list[Issue] = []
    if option not in case.option_ids:
        return [issue("unknown_option", "score.option", id=option)]
    if unit is not None and unit not in case.unit_by_id:
        return [issue("unknown_unit", "score.unit", id=unit)]
    part = case.replace(
        scores=tuple(
            s
            for s in case.scores
            if s.option == option and s.criterion == criterion and s.unit == unit
        )
    )
    _check_scores(part, found)
    _check_evidence(part, found)
    return [i for i in found if i.severity == "error"]


def edit_score(
    case: Case, option: str, criterion: str, unit: str | None = None, **fields: Any
) -> SetScore:
    """A SetScore that changes some fields of the existing score (or creates it).

    For a ``unit`` without its own score yet, the new own score starts from the case-wide one.
    """
    old = _own_score(case, option, criterion, unit)
    if old is None and unit is not None:
        old = case.score_by_pair.get((option, criterion))
    base: dict[str, Any] = (
        to_data(old, exclude_none=False)
        if old is not None
        else {"option": option, "criterion": criterion}
    )
    base["unit"] = unit
    base.update(fields)
    if base.get("value") is None:
        return SetScore(option=option, criterion=criterion, score=None, unit=unit)
    return SetScore(option=option, criterion=criterion, score=validated(Score, base), unit=unit)


# --- weights and profiles ------------------------------------------------------------------------
class SetProfile(Command):
    """Replace, add (``index`` for the position) or delete (``profile=None``) a profile."""

    kind: Literal["SetProfile"] = "SetProfile"
    profile_id: str
    profile: Profile | None
    index: int | None = None
    #: steps with the same ``merge`` may merge into one undo step (a drag on a workshop copy)
    merge: str | None = None

    def merge_key(self) -> str | None:
        return self.merge

    def apply(self, case: Case) -> tuple[Case, Command]:
        new, old, at = _put_profile(case, self.profile_id, self.profile, self.index)
        new_id = self.profile.id if self.profile is not None else self.profile_id
        # the inverse carries the case's own profile: checked when it was made, not again
        return new, SetProfile.model_construct(profile_id=new_id, profile=old, index=at)


def _put_profile(
    case: Case, profile_id: str, profile: Profile | None, index: int | None
) -> tuple[Case, Profile | None, int]:
    """``case`` with ``profile`` in the place of ``profile_id`` (added, moved to ``index``, or
    deleted when None), checked; with the profile it replaced and where it was."""
    profiles = list(case.profiles)
    ids = [p.id for p in profiles]
    if profile_id in ids:
        at = ids.index(profile_id)
        old: Profile | None = profiles[at]
        if profile is None:
            del profiles[at]
        elif index is not None and index != at:
            del profiles[at]
            profiles.insert(index, profile)
        else:
            profiles[at] = profile
    else:
        old, at = None, len(profiles) if index is None else index
        if profile is None:
            raise CaseInvalid([issue("unknown_profile", "profile", id=profile_id, known=ids)])
        profiles.insert(at, profile)
    new = case.replace(profiles=tuple(profiles))
    found: list[Issue] = []
    if not new.profiles:
        found.append(issue("no_profiles", "profiles"))
    seen: set[str] = set()
    for k, p in enumerate(new.profiles):
        if p.id in seen:
            found.append(issue("duplicate_id", f"profiles[{k}].id", id=p.id))
        seen.add(p.id)
        if profile is not None and p.id == profile.id:
            found.extend(resolve_profile(new, k).issues)
    _refuse_errors(found)
    return new, old, at


def effective_local_weights(case: Case, profile_id: str, node: str) -> dict[str, float]:
    """The normalised local weights of ``node``'s children as the profile has them now."""
    k = _profile_index(case, profile_id)
    local = resolve_profile(case, k).local
    return {c.id: local.get(c.id, 0.0) for c in case.children_of(node)}


class SetWeight(Command):
    """Set the local weight (any non-negative scale) of one node in one profile.

    The node's siblings keep their current weights, written out as explicit numbers on the
    same scale; an elicitation of the parent (rank, AHP) is replaced by those direct weights,
    since moving a weight by hand departs from it.
    """

    kind: Literal["SetWeight"] = "SetWeight"
    profile_id: str
    node: str
    value: Number  # finite, not a bool (as a weight in a file)

    def merge_key(self) -> str:
        return f"weight:{self.profile_id}:{self.node}"

    def apply(self, case: Case) -> tuple[Case, Command]:
        k = _profile_index(case, self.profile_id)
        profile = case.profiles[k]
        if self.node not in case.node_by_id:
            raise CaseInvalid([issue("weight_unknown_criterion", "node", id=self.node)])
        if self.value < 0:
            raise CaseInvalid([issue("weight_negative", f"weights.{self.node}", value=self.value)])
        parent = case.parent_of[self.node]
        siblings = [c.id for c in case.children_of(parent)]
        weights = dict(profile.weights or {})
        elicitation = profile.elicitation
        if profile.elicitation_for(parent) is not None or not any(s in weights for s in siblings):
            # write the current shares out as points out of 100 (what the user sees)
            current = effective_local_weights(case, self.profile_id, parent)
            for s in siblings:
                weights[s] = round(100.0 * current[s], 6)
            elicitation = tuple(e for e in profile.elicitation or () if e.node != parent) or None
        weights[self.node] = self.value
        # the new profile is the case's with one checked number more: put in place and
        # checked as a whole (resolve_profile), without a command around it
        new_profile = profile.replace(weights=weights, elicitation=elicitation)
        new, _, _ = _put_profile(case, profile.id, new_profile, None)
        return new, SetProfile.model_construct(profile_id=profile.id, profile=profile)


# --- options -----------------------------------------------------------------------------------
class SetOption(Command):
    """Edit an option's fields (name, description, legal basis, colour), or add a new one."""

    kind: Literal["SetOption"] = "SetOption"
    option_id: str
    option: Option
    index: int | None = None

    def apply(self, case: Case) -> tuple[Case, Command]:
        options = list(case.options)
        ids = [o.id for o in options]
        if self.option_id in ids:
            at = ids.index(self.option_id)
            old = options[at]
            if self.option.id != old.id:
                raise CaseInvalid([issue("invalid_value", "option.id", detail="id is fixed")])
            options[at] = self.option
            new = case.replace(options=tuple(options))
            _refuse_errors(check_case(new))
            return new, SetOption(option_id=old.id, option=old)
        at = len(options) if self.index is None else self.index
        options.insert(at, self.option)
        inverse = restore_from(case, "options", label="add option")
        return _checked(case.replace(options=tuple(options))), inverse


class RemoveOption(Command):
    """Remove an option together with its scores."""

    kind: Literal["RemoveOption"] = "RemoveOption"
    option_id: str

    def apply(self, case: Case) -> tuple[Case, Command]:
        if self.option_id not in case.option_ids:
            raise CaseInvalid([issue("unknown_option", "option", id=self.option_id)])
        inverse = restore_from(case, "options", "scores", "units", label="remove option")
        units = tuple(
            u.replace(exclude=tuple(e for e in u.exclude if e.option != self.option_id))
            if self.option_id in u.excluded
            else u
            for u in case.units or ()
        )
        new = case.replace(
            options=tuple(o for o in case.options if o.id != self.option_id),
            scores=tuple(s for s in case.scores if s.option != self.option_id),
            units=units or None,
        )
        return _checked(new), inverse


class MoveOption(Command):
    kind: Literal["MoveOption"] = "MoveOption"
    option_id: str
    index: int

    def apply(self, case: Case) -> tuple[Case, Command]:
        options = list(case.options)
        ids = [o.id for o in options]
        if self.option_id not in ids:
            raise CaseInvalid([issue("unknown_option", "option", id=self.option_id)])
        at = ids.index(self.option_id)
        item = options.pop(at)
        options.insert(max(0, min(self.index, len(options))), item)
        return case.replace(options=tuple(options)), MoveOption(option_id=self.option_id, index=at)


# --- criteria ----------------------------------------------------------------------------------
def _replace_node(nodes: tuple[Criterion, ...], node_id: str, fn: Any) -> tuple[Criterion, ...]:
    out = []
    for n in nodes:
        if n.id == node_id:
            repl = fn(n)
            if repl is not None:
                out.append(repl)
        else:
            kids = n.children
            out.append(n.replace(children=_replace_node(kids, node_id, fn)) if kids else n)
    return tuple(out)


class SetCriterion(Command):
    """Edit a node's name, description or scale (its id and children stay)."""

    kind: Literal["SetCriterion"] = "SetCriterion"
    node: str
    criterion: Criterion

    def apply(self, case: Case) -> tuple[Case, Command]:
        old = case.node_by_id.get(self.node)
        if old is None:
            raise CaseInvalid([issue("unknown_criterion", "node", id=self.node)])
        if self.criterion.id != old.id:
            raise CaseInvalid([issue("invalid_value", "criterion.id", detail="id is fixed")])
        new_node = self.criterion.replace(children=old.children)
        new = case.replace(criteria=_replace_node(case.criteria, self.node, lambda _: new_node))
        return _checked(new), SetCriterion(node=self.node, criterion=old)


def _insert_node(
    nodes: tuple[Criterion, ...], parent: str, index: int, node: Criterion
) -> tuple[Criterion, ...]:
    if parent == "root":
        items = list(nodes)
        items.insert(max(0, min(index, len(items))), node)
        return tuple(items)

    def add(n: Criterion) -> Criterion:
        items = list(n.children or ())
        items.insert(max(0, min(index, len(items))), node)
        return n.replace(children=tuple(items), scale=None)

    return _replace_node(nodes, parent, add)


class AddCriterion(Command):
    """Add a node under ``parent`` (``"root"`` for a top-level group) at ``index``."""

    kind: Literal["AddCriterion"] = "AddCriterion"
    parent: str
    criterion: Criterion
    index: int = 10**6

    def apply(self, case: Case) -> tuple[Case, Command]:
        if self.parent != "root" and self.parent not in case.node_by_id:
            raise CaseInvalid([issue("unknown_criterion", "parent", id=self.parent)])
        inverse = restore_from(case, "criteria", "scores", "profiles", label="add criterion")
        criteria = _insert_node(case.criteria, self.parent, self.index, self.criterion)
        # a leaf that becomes a group loses its scores
        scores = tuple(s for s in case.scores if s.criterion != self.parent)
        grown = case.replace(criteria=criteria, scores=scores)
        profiles = tuple(
            _fit_weight(grown, _explicit(case, p, {self.parent}), self.criterion.id)
            for p in case.profiles
        )
        return _checked(grown.replace(profiles=profiles)), inverse


class RemoveCriterion(Command):
    """Remove a node, its subtree, its scores and the weights that name it."""

    kind: Literal["RemoveCriterion"] = "RemoveCriterion"
    node: str

    def apply(self, case: Case) -> tuple[Case, Command]:
        node = case.node_by_id.get(self.node)
        if node is None:
            raise CaseInvalid([issue("unknown_criterion", "node", id=self.node)])
        gone = {n.id for n in node.walk()}
        parent = case.parent_of[self.node]
        inverse = restore_from(case, "criteria", "scores", "profiles", label="remove criterion")
        profiles = tuple(_forget(p, gone, parent) for p in case.profiles)
        new = case.replace(
            criteria=_replace_node(case.criteria, self.node, lambda _: None),
            scores=tuple(s for s in case.scores if s.criterion not in gone),
            profiles=profiles,
        )
        return _checked(new), inverse


def _forget(profile: Profile, gone: set[str], parent: str) -> Profile:
    weights = {k: v for k, v in (profile.weights or {}).items() if k not in gone}
    elic = tuple(e for e in profile.elicitation or () if e.node not in gone and e.node != parent)
    return profile.replace(
        weights=weights if profile.weights is not None else None,
        elicitation=elic if profile.elicitation is not None else None,
    )


class MoveCriterion(Command):
    """Move a node to another parent and/or position (weights of both parents are kept)."""

    kind: Literal["MoveCriterion"] = "MoveCriterion"
    node: str
    parent: str
    index: int

    def apply(self, case: Case) -> tuple[Case, Command]:
        node = case.node_by_id.get(self.node)
        if node is None:
            raise CaseInvalid([issue("unknown_criterion", "node", id=self.node)])
        if self.parent in {n.id for n in node.walk()}:
            raise CaseInvalid([issue("invalid_value", "parent", detail="inside itself")])
        old_parent = case.parent_of[self.node]
        inverse = restore_from(case, "criteria", "profiles", label="move criterion")
        removed = _replace_node(case.criteria, self.node, lambda _: None)
        criteria = _insert_node(removed, self.parent, self.index, node)
        moved = case.replace(criteria=criteria)
        profiles = tuple(
            _fit_weight(moved, _explicit(case, p, {old_parent, self.parent}), self.node)
            for p in case.profiles
        )
        return _checked(moved.replace(profiles=profiles)), inverse


def _explicit(case: Case, profile: Profile, nodes: set[str]) -> Profile:
    """Turn the elicitations of ``nodes`` into the direct weights they produce now."""
    if not profile.elicitation or not any(e.node in nodes for e in profile.elicitation):
        return profile
    weights = dict(profile.weights or {})
    for node in nodes:
        if profile.elicitation_for(node) is not None:
            shares = effective_local_weights(case, profile.id, node)
            weights.update({k: round(100.0 * v, 6) for k, v in shares.items()})
    kept = tuple(e for e in profile.elicitation if e.node not in nodes)
    return profile.replace(weights=weights, elicitation=kept or None)


def _fit_weight(case: Case, profile: Profile, node: str) -> Profile:
    """Give ``node`` a weight that fits its siblings in ``profile`` (their mean, or none)."""
    siblings = [c.id for c in case.children_of(case.parent_of[node]) if c.id != node]
    weights = dict(profile.weights or {})
    given = [weights[s] for s in siblings if s in weights]
    if given and node not in weights:
        weights[node] = sum(given) / len(given)
    elif not given and node in weights:
        del weights[node]
    else:
        return profile
    return profile.replace(weights=weights if weights or profile.weights is not None else None)


class SetCaseInfo(Command):
    kind: Literal["SetCaseInfo"] = "SetCaseInfo"
    title: str
    description: str | None = None

    def apply(self, case: Case) -> tuple[Case, Command]:
        new = case.replace(title=self.title, description=self.description)
        return new, SetCaseInfo(title=case.title, description=case.description)


def replace_case(case: Case, new: Case, label: str = "restore snapshot") -> Restore:
    """A command that turns ``case`` into ``new`` (e.g. restoring a snapshot)."""
    dumped = to_data(new, exclude_none=False)
    del case
    return Restore(parts={k: dumped[k] for k in CASE_FIELDS}, label=label)


# the unit commands register in the same registry (the history reads them back by kind)
from model import unit_commands as _unit_commands  # noqa: E402, F401
