"""Column headers: long Dutch compounds get soft hyphens, never lose a letter."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from gui.views.scores import hyphenate

SHY = "\u00ad"


def test_long_compounds_break_at_syllables() -> None:
    assert hyphenate("Bedrijfsvoeringsorganisatie met SLA's").split(SHY)[0] == "Bedrijfs"
    assert SHY in hyphenate("samenwerkingsovereenkomst")
    assert hyphenate("Centrumregeling").replace(SHY, "|") == "Centrum|regeling"


def test_short_words_are_left_alone() -> None:
    assert hyphenate("Regeling zonder meer") == "Regeling zonder meer"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzëï ", max_size=60))
def test_soft_hyphens_only_add_break_points(text: str) -> None:
    out = hyphenate(text)
    assert out.replace(SHY, "") == text
    for word in out.split(" "):
        assert all(len(piece) <= 10 for piece in word.split(SHY)) or SHY not in word
