"""Edits of units, their exclusions and the case's evidence fields (``as_of``, ``epilogue``).

Each is a frozen, invertible command like those of :mod:`model.commands` (they register in the
same registry, so the document's history reads them back).  A unit's own scores are set and
cleared with :class:`model.commands.SetScore` and its ``unit`` field.
"""

from __future__ import annotations

from typing import Literal

from model.case import Case, Exclusion, Unit
from model.commands import Command, _checked, restore_from
from model.errors import CaseInvalid, issue


def _unit_index(case: Case, unit_id: str) -> int:
    for k, u in enumerate(case.units or ()):
        if u.id == unit_id:
            return k
    raise CaseInvalid([issue("unknown_unit", "unit", id=unit_id)])


def _with_units(case: Case, units: list[Unit]) -> Case:
    return case.replace(units=tuple(units) or None)


class AddUnit(Command):
    """Add a unit (at ``index``, default: last); its inverse removes it again."""

    kind: Literal["AddUnit"] = "AddUnit"
    unit: Unit
    index: int | None = None

    def apply(self, case: Case) -> tuple[Case, Command]:
        units = list(case.units or ())
        if self.unit.id in case.unit_by_id:
            raise CaseInvalid([issue("duplicate_id", "unit.id", id=self.unit.id)])
        units.insert(len(units) if self.index is None else self.index, self.unit)
        return _checked(_with_units(case, units)), RemoveUnit(unit_id=self.unit.id)


class SetUnit(Command):
    """Change a unit's name, description, size or exclusions (its id stays)."""

    kind: Literal["SetUnit"] = "SetUnit"
    unit_id: str
    unit: Unit

    def apply(self, case: Case) -> tuple[Case, Command]:
        at = _unit_index(case, self.unit_id)
        if self.unit.id != self.unit_id:
            raise CaseInvalid([issue("invalid_value", "unit.id", detail="id is fixed")])
        units = list(case.units or ())
        old = units[at]
        units[at] = self.unit
        return _checked(_with_units(case, units)), SetUnit(unit_id=self.unit_id, unit=old)


def rename_unit(case: Case, unit_id: str, name: str) -> SetUnit:
    """The command that gives a unit another name."""
    return SetUnit(unit_id=unit_id, unit=case.unit(unit_id).replace(name=name))


class RemoveUnit(Command):
    """Remove a unit with its own scores; undo brings both back in their places."""

    kind: Literal["RemoveUnit"] = "RemoveUnit"
    unit_id: str

    def apply(self, case: Case) -> tuple[Case, Command]:
        _unit_index(case, self.unit_id)
        inverse = restore_from(case, "units", "scores", label="remove unit")
        new = case.replace(
            units=tuple(u for u in case.units or () if u.id != self.unit_id) or None,
            scores=tuple(s for s in case.scores if s.unit != self.unit_id),
        )
        return _checked(new), inverse


def own_score_count(case: Case, unit_id: str) -> int:
    """How many scores of its own a unit has (what removing it would take along)."""
    return len(case.unit_scores.get(unit_id, {}))


class SetExclusion(Command):
    """Exclude an option for a unit with a reason, or admit it again (``reason=None``).

    ``index`` is where a new exclusion goes in the unit's list (undo restores the order).
    """

    kind: Literal["SetExclusion"] = "SetExclusion"
    unit_id: str
    option: str
    reason: str | None
    index: int | None = None

    def apply(self, case: Case) -> tuple[Case, Command]:
        at = _unit_index(case, self.unit_id)
        if self.option not in case.option_ids:
            raise CaseInvalid([issue("exclude_unknown_option", "option", id=self.option)])
        units = list(case.units or ())
        unit = units[at]
        excluded = list(unit.exclude)
        where = next((k for k, e in enumerate(excluded) if e.option == self.option), None)
        old = None if where is None else excluded[where].reason
        if where is not None:
            del excluded[where]
        if self.reason is not None:
            place = where if where is not None else self.index
            excluded.insert(
                len(excluded) if place is None else place,
                Exclusion(option=self.option, reason=self.reason),
            )
        units[at] = unit.replace(exclude=tuple(excluded))
        inverse = SetExclusion(unit_id=self.unit_id, option=self.option, reason=old, index=where)
        return _checked(_with_units(case, units)), inverse


class SetAsOf(Command):
    """Set (or clear) the moment of decision the case is about (``YYYY[-MM[-DD]]``)."""

    kind: Literal["SetAsOf"] = "SetAsOf"
    as_of: str | None

    def apply(self, case: Case) -> tuple[Case, Command]:
        return _checked(case.replace(as_of=self.as_of)), SetAsOf(as_of=case.as_of)


class SetEpilogue(Command):
    """Set (or clear) what was decided afterwards (shown on request, printed last)."""

    kind: Literal["SetEpilogue"] = "SetEpilogue"
    epilogue: str | None

    def apply(self, case: Case) -> tuple[Case, Command]:
        text = self.epilogue if self.epilogue and self.epilogue.strip() else None
        return case.replace(epilogue=text), SetEpilogue(epilogue=case.epilogue)


def unit_id_for(name: str, taken: set[str] | tuple[str, ...]) -> str:
    """An id from a unit's name: lower-case ASCII, digits and '-' (``"P&O"`` -> ``p-o``),
    made unique with ``-2``, ``-3``, ... (``unit`` when the name has no letters or digits)."""
    import re
    import unicodedata

    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    base = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:56] or "onderdeel"
    found, k = base, 2
    while found in taken:
        found, k = f"{base}-{k}", k + 1
    return found


def add_unit(case: Case, name: str, size: float = 1) -> AddUnit:
    """The command that adds a unit called ``name`` (with a fresh id) after the others."""
    return AddUnit(unit=Unit(id=unit_id_for(name, case.unit_ids), name=name, size=size))
