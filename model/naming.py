"""First free ids and names: ``profiel-2``, ``Kopie (3)``, ``criterium-4``.

One rule for every "new ..." in the app (profiles, options, criteria) and on the command line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable


def slug(name: str, fallback: str = "profiel") -> str:
    """An id from a name: lower-case ASCII letters, digits and ``-``, at most 56 characters
    (``"Raad Heemstede"`` → ``raad-heemstede``); ``fallback`` when nothing is left."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:56].strip("-")
    return text or fallback


def free_id(stem: str, taken: Iterable[str], *, numbered: bool = False) -> str:
    """The first id of ``stem``, ``stem-2``, ``stem-3``, ... that is not in ``taken``.

    With ``numbered`` the bare stem is never used and counting starts at 1 (``criterium-1``):
    for ids made up from a kind of thing rather than from a name.
    """
    used = set(taken)
    if not numbered and stem not in used:
        return stem
    k = 1 if numbered else 2
    while f"{stem}-{k}" in used:
        k += 1
    return f"{stem}-{k}"


def free_name(base: str, taken: Iterable[str]) -> str:
    """``base``, else the first of ``base (2)``, ``base (3)``, ... not in ``taken``."""
    used = set(taken)
    if base not in used:
        return base
    k = 2
    while f"{base} ({k})" in used:
        k += 1
    return f"{base} ({k})"
