"""A round's answers as profiles the analysis views may show before they are saved (issue 18).

While a participation round is open (and after it closes, until its answers are saved as
profiles or the round is replaced), the stakeholders chart and the group view show every answer
as an anonymous profile "Deelnemer 1..n" and the room's mean, marked as live, beside the case's
own profiles. Nothing is written to the case: :meth:`LiveRound.case_with` returns a what-if case.

One :class:`LiveRound` per session (:func:`live_round`); the facilitator's view feeds it, the
analysis views read it. Qt-free: ``changed`` is a :class:`model.signals.Signal`. The profiles are
computed only when a (visible) view asks, with :func:`model.participation.round_profiles`, and kept
for the last case asked about, so a redraw without new answers costs a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from model.case import Case, Profile
from model.errors import VormkeuzeError
from model.participation import Answer, RoundSpec, round_profiles
from model.signals import Signal


@dataclass(frozen=True)
class _Source:
    spec: RoundSpec
    answers: tuple[Answer, ...]
    base_profile: str | None


class LiveRound:
    """The answers of the round on screen, to show as live profiles (never saved from here)."""

    #: emitted when the answers to show change (new answers, saved, replaced, discarded)
    changed = Signal()

    def __init__(self) -> None:
        self._source: _Source | None = None
        self._cache: tuple[Case, _Source, tuple[Profile, ...]] | None = None
        self._with: tuple[Case, _Source, str, Case] | None = None

    @property
    def active(self) -> bool:
        """True while there are answers to show."""
        return self._source is not None and bool(self._source.answers)

    @property
    def count(self) -> int:
        return 0 if self._source is None else len(self._source.answers)

    def show(self, spec: RoundSpec, answers: Sequence[Answer], base_profile: str | None) -> None:
        """Show these answers from now on (the round's current state)."""
        source = _Source(spec, tuple(answers), base_profile)
        if source == self._source:
            return
        self._source = source
        self.changed.emit()

    def clear(self) -> None:
        """Nothing to show any more (the answers were saved, or the round was discarded)."""
        if self._source is None:
            return
        self._source = None
        self._cache = self._with = None
        self.changed.emit()

    def profiles(self, case: Case) -> tuple[Profile, ...]:
        """The room's mean and every answer as profiles with ids and names free in ``case``.

        Empty without answers, or when the case no longer fits the round's question (a criterion
        asked about was removed since).
        """
        source = self._source
        if source is None or not source.answers:
            return ()
        if self._cache is not None and self._cache[0] is case and self._cache[1] is source:
            return self._cache[2]
        base = source.base_profile
        if base not in {p.id for p in case.profiles}:
            base = None
        try:
            out = round_profiles(
                case, source.spec, list(source.answers), when="live", base_profile=base
            )
        except (VormkeuzeError, KeyError, ValueError):
            out = ()
        self._cache = (case, source, out)
        return out

    def live_ids(self, case: Case) -> frozenset[str]:
        return frozenset(p.id for p in self.profiles(case))

    def case_with(self, case: Case, mark: str = "{name}") -> Case:
        """``case`` with the live profiles after its own; ``mark`` formats their names."""
        extra = self.profiles(case)
        source = self._source
        if not extra or source is None:
            return case
        w = self._with
        if w is not None and w[0] is case and w[1] is source and w[2] == mark:
            return w[3]
        marked = tuple(p.replace(name=mark.format(name=p.name)) for p in extra)
        out = case.replace(profiles=(*case.profiles, *marked))
        self._with = (case, source, mark, out)
        return out


_ROUNDS: WeakKeyDictionary[object, LiveRound] = WeakKeyDictionary()


def live_round(session: object) -> LiveRound:
    """The live round of ``session`` (one per session, made on first use)."""
    found = _ROUNDS.get(session)
    if found is None:
        found = _ROUNDS[session] = LiveRound()
    return found
