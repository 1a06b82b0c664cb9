"""Column headers: long Dutch compounds get soft hyphens from pyphen's Dutch dictionary."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from words.hyphenation import SHY, hyphenate, pieces, wrap


def shown(text: str) -> str:
    return hyphenate(text).replace(SHY, "|")


def test_the_words_from_the_issue_break_where_dutch_breaks_them() -> None:
    assert shown("Bedrijfsvoeringsorganisatie") == "Bedrijfs|voe|rings|or|ga|ni|sa|tie"
    assert shown("samenwerkingsovereenkomst") == "samen|wer|kings|over|een|komst"
    assert shown("herindeling") == "her|in|de|ling"
    # the wrong breaks the home-made rules made
    for bad in ("Bedrijfsvoering|sorganisatie", "samenwer|kingsove", "herindelin|g"):
        assert bad not in shown("Bedrijfsvoeringsorganisatie samenwerkingsovereenkomst herindeling")


def test_short_words_are_left_alone() -> None:
    assert hyphenate("Regeling zonder meer") == "Regeling zonder meer"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzëï ", max_size=60))
def test_soft_hyphens_only_add_break_points(text: str) -> None:
    out = hyphenate(text)
    assert out.replace(SHY, "") == text
    for word in out.split(" "):
        parts = word.split(SHY)
        if len(parts) > 1:  # never fewer than three letters on either side of a break
            assert len(parts[0]) >= 3 and len(parts[-1]) >= 3
    assert "".join(pieces(out)) == text.replace(" ", "")


# --- wrap: column heads for a monospaced table -------------------------------------------

_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzëé()-,", min_size=1, max_size=30)


@given(st.lists(_words, min_size=1, max_size=8), st.integers(min_value=4, max_value=30))
def test_wrap_keeps_every_letter_within_the_width(words: list[str], width: int) -> None:
    text = " ".join(words)
    lines = wrap(text, width)
    assert all(len(line) <= width for line in lines)
    # nothing is dropped: the lines hold the text's letters in order (the added hyphens aside)
    joined = "".join(line[:-1] if line.endswith("-") else line for line in lines)
    letters = "".join(words)
    assert joined.replace(" ", "").replace("-", "") == letters.replace("-", "")


def test_wrap_breaks_a_long_dutch_word_at_its_syllables_with_a_hyphen() -> None:
    assert wrap("Bedrijfsvoeringsorganisatie (BVO)", 13) == [
        "Bedrijfsvoe-",
        "ringsorgani-",
        "satie (BVO)",
    ]
    assert wrap("Regeling zonder meer", 13) == ["Regeling", "zonder meer"]
    assert wrap("Ontvlechten", 13) == ["Ontvlechten"]
