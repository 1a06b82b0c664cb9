"""One way to write numbers for the command line, the GUI and the report."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from words.numbers import count, number, percent, rounded
from words.sentences import name_list, pick


def test_dutch_writes_a_decimal_comma_english_a_point() -> None:
    assert number(12.5, "nl", 2) == "12,50"
    assert number(7.5, "en") == "7.5"
    assert percent(0.345, "nl") == "34,5%"
    assert percent(0.345, "en") == "34.5%"
    assert percent(0.5, "nl", 0) == "50%"


def test_grouped_thousands_follow_the_language() -> None:
    assert number(12345.6, "nl", 1, grouped=True) == "12.345,6"
    assert number(12345.6, "en", 1, grouped=True) == "12,345.6"
    assert count(10000, "nl") == "10.000"
    assert count(10000, "en") == "10,000"


def test_a_value_rounding_to_zero_has_no_minus_sign() -> None:
    assert number(-0.01, "nl") == "0,0"
    assert number(-0.0001, "en", 2, grouped=True) == "0.00"
    assert rounded(-0.2) == "0"
    assert number(-0.06, "nl") == "-0,1"


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(0, 4))
def test_dutch_and_english_differ_only_in_the_separators(x: float, decimals: int) -> None:
    nl, en = number(x, "nl", decimals, grouped=True), number(x, "en", decimals, grouped=True)
    assert nl.translate(str.maketrans(",.", ".,")) == en
    assert float(en.replace(",", "")) == float(number(x, "en", decimals))


def test_name_lists_read_as_a_sentence() -> None:
    assert name_list(["A"], "nl") == "A"
    assert name_list(["A", "B", "C"], "nl") == "A, B en C"
    assert name_list(["A", "B", "C", "D"], "en") == "A, B, C and others"
    assert pick("en", "yes", "ja") == "yes"
    assert pick("nl", "yes", "ja") == "ja"
