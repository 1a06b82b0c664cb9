"""model.signals: what Session and the live round rely on."""

from __future__ import annotations

from typing import Any

import pytest

from model.signals import BoundSignal, Signal


class Source:
    changed = Signal(object, object)
    other = Signal()


def test_each_instance_has_its_own_slots() -> None:
    a, b = Source(), Source()
    got: list[Any] = []
    a.changed.connect(lambda x, y: got.append(("a", x, y)))
    b.changed.emit(1, 2)
    assert got == []
    a.changed.emit(1, 2)
    assert got == [("a", 1, 2)]
    assert isinstance(Source.changed, Signal) and isinstance(a.changed, BoundSignal)


def test_a_slot_gets_as_many_leading_arguments_as_it_takes() -> None:
    s = Source()
    got: list[Any] = []
    s.changed.connect(lambda: got.append("none"))
    s.changed.connect(lambda x: got.append(("one", x)))
    s.changed.connect(lambda *a: got.append(("all", a)))
    s.changed.connect(got.append)  # a builtin method takes one
    s.changed.emit("x", "y")
    assert got == ["none", ("one", "x"), ("all", ("x", "y")), "x"]


def test_methods_connect_once_and_disconnect_by_equality() -> None:
    class View:
        def __init__(self) -> None:
            self.seen: list[object] = []

        def on(self, x: object) -> None:
            self.seen.append(x)

    s, v = Source(), View()
    s.changed.connect(v.on)
    s.changed.connect(v.on)
    s.changed.emit(1, 2)
    assert v.seen == [1]
    s.changed.disconnect(v.on)
    s.changed.emit(3, 4)
    assert v.seen == [1] and len(s.changed) == 0


def test_disconnecting_an_unknown_slot_says_so_unless_allowed() -> None:
    s = Source()
    with pytest.raises(ValueError):
        s.other.disconnect(print)
    s.other.disconnect(print, missing_ok=True)


def test_a_slot_may_disconnect_itself_during_an_emission() -> None:
    s = Source()
    got: list[str] = []

    def once() -> None:
        got.append("once")
        s.other.disconnect(once)

    s.other.connect(once)
    s.other.connect(lambda: got.append("always"))
    s.other.emit()
    s.other.emit()
    assert got == ["once", "always", "always"]


def test_an_exception_in_a_slot_reaches_the_emitter() -> None:
    s = Source()

    def bad() -> None:
        raise KeyError("x")

    s.other.connect(bad)
    with pytest.raises(KeyError):
        s.other.emit()
