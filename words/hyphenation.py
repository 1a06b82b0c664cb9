"""Dutch hyphenation for narrow column headers, from pyphen's Dutch dictionary (no rules of ours).

``hyphenate`` puts soft hyphens (U+00AD) at the break points of long words; Qt breaks a wrapped
header there only when it must, and shows a hyphen at the break.  At least three letters stay on
either side of a break ("herin-deling", never "herindelin-g").
"""

from __future__ import annotations

from functools import lru_cache

SHY = "\u00ad"
MIN_WORD = 10  # shorter words are never broken


@lru_cache(maxsize=4)
def _dictionary(lang: str, edge: int = 3) -> object:
    import pyphen

    return pyphen.Pyphen(lang="nl_NL" if lang == "nl" else "en_GB", left=edge, right=edge)


@lru_cache(maxsize=2048)
def hyphenate(text: str, lang: str = "nl", min_word: int = MIN_WORD, edge: int = 3) -> str:
    """``text`` with soft hyphens at the hyphenation points of its words of at least
    ``min_word`` letters, with at least ``edge`` letters on either side of a break."""
    dic = _dictionary(lang, edge)
    out = []
    for word in text.split(" "):
        if len(word) < min_word or SHY in word:
            out.append(word)
        else:
            out.append(dic.inserted(word, hyphen=SHY))  # type: ignore[attr-defined]
    return " ".join(out)


def pieces(text: str) -> list[str]:
    """The parts of ``text`` that are never broken (between spaces and soft hyphens)."""
    return [p for word in text.split() for p in word.split(SHY) if p]


def wrap(text: str, width: int, lang: str = "nl") -> list[str]:
    """``text`` in lines of at most ``width`` characters, for a monospaced column head.

    Lines break between words; a word longer than ``width`` breaks at its Dutch (or English)
    hyphenation points with a visible hyphen, and only a piece longer than ``width`` without
    any break point is cut as it stands (nothing is ever dropped).
    """
    width = max(width, 4)
    # (piece, joins the next piece without a space): a long word's syllable groups join
    parts: list[tuple[str, bool]] = []
    for word in text.split():
        split = pieces(hyphenate(word, lang, min_word=1)) if len(word) > width else [word]
        parts += [(piece, k < len(split) - 1) for k, piece in enumerate(split)]
    lines: list[str] = []
    line, joined = "", False  # joined: the line ends inside a word
    for piece, joins in parts:
        glue = "" if joined or not line else " "
        if line and len(line) + len(glue) + len(piece) + joins <= width:
            line += glue + piece
        else:
            if line:
                lines.append(line + ("-" if joined else ""))
            while len(piece) + joins > width:  # no break point left: cut as it stands
                lines.append(piece[:width])
                piece = piece[width:]
            line = piece
        joined = joins
    if line:
        lines.append(line)
    return lines
