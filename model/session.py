"""The open case and the one path every edit takes.

``Session.apply(command)`` applies a command to the current case, persists it (when a
document store is attached: change and history row in one transaction) and only then makes
the new case current and emits :attr:`Session.changed`.  Undo, snapshots, loading and tests take
the same path.  Pure Python (:mod:`model.signals`), so the GUI subscribes without the model
knowing Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from model.case import Case
from model.signals import Signal
from model.workshop import fallback_profile

if TYPE_CHECKING:
    from model.commands import Command

Part = Literal["options", "criteria", "scores", "profiles", "units", "info"]
#: every part of a case, in the order of the case format
PARTS: tuple[Part, ...] = ("info", "options", "criteria", "scores", "profiles", "units")
_INFO_FIELDS = ("title", "description", "language", "as_of", "epilogue")


@dataclass(frozen=True)
class Changed:
    """Which parts of the case an edit changed, so views need not diff old and new.

    ``info`` is the case's title, description, language, ``as_of`` and epilogue; ``units`` the
    units of decision (the teams) with their sizes and exclusions.
    """

    parts: frozenset[Part]

    def __contains__(self, part: object) -> bool:
        return part in self.parts

    def any(self, *parts: Part) -> bool:
        """True if at least one of ``parts`` changed."""
        return not self.parts.isdisjoint(parts)

    @classmethod
    def between(cls, old: Case, new: Case) -> Changed:
        """The parts in which ``new`` differs from ``old`` (identical parts cost nothing)."""
        if old is new:
            return cls(frozenset())
        found: set[Part] = set()
        for name in ("options", "criteria", "scores", "profiles", "units"):
            a, b = getattr(old, name), getattr(new, name)
            if a is not b and a != b:
                found.add(name)
        if any(getattr(old, f) != getattr(new, f) for f in _INFO_FIELDS):
            found.add("info")
        return cls(frozenset(found))

    @classmethod
    def everything(cls) -> Changed:
        return cls(frozenset(PARTS))


class Drag:
    """The merge token of one slider drag: its steps are one undo step and one history row.

    A document commits the steps of a drag that is still going on without waiting for the disk
    (SQLite ``synchronous=NORMAL`` in WAL mode: each step is whole and survives the app
    crashing, not a power cut); :meth:`Session.settle`, called when the slider is released,
    returns only when every step is on disk.  Every other edit is durable when it returns.
    """

    __slots__ = ()


class Store(Protocol):
    """What a session needs from a document (``model.document.Document`` implements it)."""

    def record(
        self, command: Command, inverse: Command, case: Case, *, merge_token: object | None = None
    ) -> None: ...

    def settle(self) -> None:
        """Return when every recorded edit is on disk (the end of a :class:`Drag`)."""
        ...


class Session:
    """The case being worked on, the active profile, and change notification."""

    #: emitted after every successful apply: (command, old case, new case, Changed). A slot
    #: may take only the first arguments it needs (it gets as many as it accepts: model.signals).
    changed = Signal(object, object, object, object)
    #: emitted when the active profile id changes
    profile_changed = Signal(str)
    #: emitted when the unit the views analyse changes (None: the case as a whole), or the
    #: what-if "without evidence from hindsight" is switched
    unit_changed = Signal(object)

    def __init__(self, case: Case, store: Store | None = None) -> None:
        self._case = case
        self.store = store
        self._profile = case.profiles[0].id if case.profiles else ""
        self._unit: str | None = None
        self._without_hindsight = False
        self._projection: tuple[Case, str | None, bool, Case] | None = None

    @property
    def unit_id(self) -> str | None:
        """The unit (team) every analysis view shows; None for the case as a whole."""
        return self._unit

    @unit_id.setter
    def unit_id(self, value: str | None) -> None:
        if value is not None and value not in self._case.unit_by_id:
            raise KeyError(value)
        if value != self._unit:
            self._unit = value
            self.unit_changed.emit(value)

    @property
    def without_hindsight(self) -> bool:
        """What-if: leave scores whose source postdates ``as_of`` out of the analysis."""
        return self._without_hindsight

    @without_hindsight.setter
    def without_hindsight(self, value: bool) -> None:
        if bool(value) != self._without_hindsight:
            self._without_hindsight = bool(value)
            self.unit_changed.emit(self._unit)

    @property
    def analysis_case(self) -> Case:
        """The case the analysis views compute from (see :func:`model.unit_view.analysis_case`).

        The case itself when no unit is chosen and no what-if is on; computed once per case.
        """
        if self._unit is None and not self._without_hindsight:
            return self._case
        p = self._projection
        if p is not None and p[0] is self._case and p[1:3] == (self._unit, self._without_hindsight):
            return p[3]
        from model.unit_view import analysis_case

        projected = analysis_case(self._case, self._unit, self._without_hindsight)
        self._projection = (self._case, self._unit, self._without_hindsight, projected)
        return projected

    def _keep_unit(self, case: Case) -> None:
        if self._unit is not None and self._unit not in case.unit_by_id:
            self._unit = None
            self.unit_changed.emit(None)

    @property
    def case(self) -> Case:
        return self._case

    @property
    def profile_id(self) -> str:
        return self._profile

    @profile_id.setter
    def profile_id(self, value: str) -> None:
        ids = [p.id for p in self._case.profiles]
        if value not in ids:
            raise KeyError(value)
        if value != self._profile:
            self._profile = value
            self.profile_changed.emit(value)

    def apply(self, command: Command, *, merge_token: object | None = None) -> Command:
        """Apply, persist, publish; return the inverse.  Raises CaseInvalid on refusal.

        Consecutive commands with the same non-None ``merge_token`` and ``merge_key()`` (a
        slider drag) are one history row in the document, as they are one undo step.
        """
        old = self._case
        new, inverse = command.apply(old)
        if self.store is not None:
            self.store.record(command, inverse, new, merge_token=merge_token)
        self._case = new
        ids = [p.id for p in new.profiles]
        if self._profile not in ids and ids:
            # e.g. undoing a workshop copy shows its vastgestelde profile again
            self._profile = fallback_profile(old, new, self._profile)
            self.profile_changed.emit(self._profile)
        self._keep_unit(new)
        self.changed.emit(command, old, new, Changed.between(old, new))
        return inverse

    def settle(self) -> None:
        """Make every edit applied so far durable: the end of a :class:`Drag` (slider release).

        Raises the store's error (a :class:`model.errors.VormkeuzeError`) when the disk refuses.
        """
        if self.store is not None:
            self.store.settle()

    def reset(self, case: Case) -> None:
        """Replace the whole case without a command (opening another document)."""
        old = self._case
        self._case = case
        if self._profile not in [p.id for p in case.profiles]:
            self._profile = case.profiles[0].id if case.profiles else ""
            self.profile_changed.emit(self._profile)
        self._keep_unit(case)
        self.changed.emit(None, old, case, Changed.everything())
