"""Change notification without Qt: a signal a model object emits and its views connect to.

``Session.changed`` and the live round's ``changed`` are class attributes (:class:`Signal`);
each instance has its own list of slots.  A slot may take fewer arguments than the signal
sends: it gets as many of the first ones as it accepts (a view that only redraws takes none).
Slots are called in the order they were connected; one that raises stops the emission and the
exception reaches the caller of :meth:`BoundSignal.emit`.

Written here rather than taken from a library: three signals, each a list of callables.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Any, overload

Slot = Callable[..., object]


def _takes(slot: Slot) -> int | None:
    """How many positional arguments ``slot`` accepts (None: any number)."""
    try:
        params = inspect.signature(slot).parameters.values()
    except (TypeError, ValueError):  # a builtin without a signature: give it everything
        return None
    n = 0
    for p in params:
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            return None
        if p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD):
            n += 1
    return n


class BoundSignal:
    """One object's signal: its connected slots."""

    __slots__ = ("_slots",)

    def __init__(self) -> None:
        self._slots: list[tuple[Slot, int | None]] = []

    def connect(self, slot: Slot) -> Slot:
        """Call ``slot`` on every emission (connecting it twice calls it once)."""
        if not any(s == slot for s, _ in self._slots):
            self._slots.append((slot, _takes(slot)))
        return slot

    def disconnect(self, slot: Slot, *, missing_ok: bool = False) -> None:
        for k, (s, _) in enumerate(self._slots):
            if s == slot:
                del self._slots[k]
                return
        if not missing_ok:
            raise ValueError(f"{slot!r} is not connected")

    def emit(self, *args: Any) -> None:
        for slot, n in list(self._slots):  # a slot may connect or disconnect others
            slot(*(args if n is None else args[:n]))

    def __len__(self) -> int:
        return len(self._slots)


class Signal:
    """A signal declared on a class; ``instance.name`` is that instance's :class:`BoundSignal`.

    The argument types are documentation (``Signal(object, str)``), not checked.
    """

    def __init__(self, *types: type) -> None:
        self.types = types
        self.name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type) -> Signal: ...
    @overload
    def __get__(self, instance: object, owner: type) -> BoundSignal: ...
    def __get__(self, instance: object | None, owner: type) -> Signal | BoundSignal:
        if instance is None:
            return self
        bound = instance.__dict__.get(self.name)
        if bound is None:
            bound = instance.__dict__[self.name] = BoundSignal()
        return bound
