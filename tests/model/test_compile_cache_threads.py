"""The compile cache is shared by the robustness worker and the GUI thread (issue 12 item 7).

Two threads compile two cases that differ by one score, over and over; each must always get the
matrix of its own case.  The old cache (a list whose parts were read one by one) let a thread
pair its own case's parts with the other thread's matrix.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator

import pytest

from model import Case, load_case_data
from model.analysis import compile_case
from tests.model.units_case import units_case_data


@pytest.fixture
def fast_switching() -> Iterator[None]:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter allows
    try:
        yield
    finally:
        sys.setswitchinterval(old)


def _two_cases() -> tuple[Case, Case]:
    data = units_case_data()
    first, _ = load_case_data(data)
    data["scores"][0]["value"] = 81  # a x: 80 -> 81, nothing else changes
    second, _ = load_case_data(data)
    return first, second


@pytest.mark.usefixtures("fast_switching")
@pytest.mark.parametrize("unit", [None, "t3"])
def test_two_threads_always_get_their_own_matrix(unit: str | None) -> None:
    first, second = _two_cases()
    wrong: list[tuple[str, float]] = []
    start = threading.Barrier(2)

    def work(case: Case, expected: float, name: str) -> None:
        start.wait()
        for _ in range(20000):
            got = float(compile_case(case, unit).values[0, 0])
            if got != expected:
                wrong.append((name, got))
                return

    threads = [
        threading.Thread(target=work, args=(first, 80.0, "first")),
        threading.Thread(target=work, args=(second, 81.0, "second")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert wrong == []


def test_units_are_cached_apart_and_arrays_are_read_only() -> None:
    case, _ = _two_cases()
    wide = compile_case(case)
    own = compile_case(case, "t3")
    assert compile_case(case) is wide
    assert compile_case(case, "t3") is own
    assert float(wide.values[2, 0]) == 30.0 and float(own.values[2, 0]) == 100.0
    with pytest.raises(ValueError):
        wide.values[0, 0] = 1.0
