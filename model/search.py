"""Find any text of a case: option and criterion names and descriptions, rationales, sources.

A full-text index (SQLite FTS5 through sqlite-utils, in memory) over the texts of the open case.
It is separate from the document file on purpose: nothing in the ``.vormkeuze`` schema changes,
and the index can always be rebuilt from the case.  :meth:`SearchIndex.refresh` brings it in
line with a new case, rewriting only the texts that changed (the FTS triggers keep the full-text
table in step), so calling it after every edit is cheap.

Matching ignores case and accents ("financien" finds "Financiën") and every word typed is a
prefix ("rekenk" finds "Rekenkamer"); all words must occur in the same text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

from model.case import Case

Kind = Literal["option", "criterion", "score"]
FIELDS = ("name", "description", "rationale", "source")
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One text that matches: where it is, and the text itself."""

    kind: Kind
    option: str | None  # option id (options and scores)
    criterion: str | None  # criterion id (criteria and scores)
    field: str  # name, description, rationale or source
    text: str
    unit: str | None = None  # the unit of a unit's own score (else the case-wide score)


def _texts(case: Case) -> Iterator[dict[str, Any]]:
    for k, o in enumerate(case.options):
        for f in ("name", "description", "legal_basis"):
            value = getattr(o, f)
            if value:
                yield _row("option", o.id, None, f, value, k)
    for k, n in enumerate(case.nodes()):
        for f in ("name", "description"):
            value = getattr(n, f)
            if value:
                yield _row("criterion", None, n.id, f, value, 1000 + k)
    leaf_order = {leaf: j for j, leaf in enumerate(case.leaf_ids)}
    option_order = {o: i for i, o in enumerate(case.option_ids)}
    for s in case.scores:
        for f in ("rationale", "source"):
            value = getattr(s, f)
            if value:
                order = (
                    100000 + leaf_order.get(s.criterion, 0) * 1000 + option_order.get(s.option, 0)
                )
                yield _row("score", s.option, s.criterion, f, value, order, s.unit)


def _row(
    kind: str,
    option: str | None,
    criterion: str | None,
    field: str,
    text: str,
    order: int,
    unit: str | None = None,
) -> dict[str, Any]:
    key = f"{kind}\x1f{option or ''}\x1f{criterion or ''}\x1f{unit or ''}\x1f{field}"
    return {
        "key": key,
        "kind": kind,
        "option": option,
        "criterion": criterion,
        "unit": unit or "",
        "field": field,
        "text": text,
        "ord": order,
    }


def fts_query(text: str) -> str | None:
    """The user's words as a safe FTS5 query: every word a quoted prefix, all required."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', "") + '"*' for w in words)


class SearchIndex:
    """An in-memory full-text index of one case's texts, kept in step with :meth:`refresh`."""

    def __init__(self, case: Case | None = None) -> None:
        import sqlite_utils  # only when someone searches (it costs start-up time)

        self._db = sqlite_utils.Database(memory=True)
        self._table = self._db["texts"]
        self._table.create(  # type: ignore[union-attr]
            {
                "key": str,
                "kind": str,
                "option": str,
                "criterion": str,
                "unit": str,
                "field": str,
                "text": str,
                "ord": int,
            },
            pk="key",
        )
        self._table.enable_fts(  # type: ignore[union-attr]
            ["text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
        )
        self._rows: dict[str, dict[str, Any]] = {}
        self.case: Case | None = None
        if case is not None:
            self.refresh(case)

    def refresh(self, case: Case) -> int:
        """Bring the index in line with ``case``; returns how many texts were rewritten."""
        if case is self.case:
            return 0
        rows = {r["key"]: r for r in _texts(case)}
        changed = [r for k, r in rows.items() if self._rows.get(k) != r]
        gone = [k for k in self._rows if k not in rows]
        with self._db.conn:
            if gone:
                self._db.execute(
                    f"DELETE FROM texts WHERE key IN ({','.join('?' * len(gone))})", gone
                )
            if changed:
                self._table.upsert_all(changed, pk="key")  # type: ignore[union-attr]
        self._rows = rows
        self.case = case
        return len(changed) + len(gone)

    def search(self, text: str, limit: int = 200) -> list[Hit]:
        """Texts containing every word of ``text`` (as prefixes), in the case's order."""
        query = fts_query(text)
        if query is None:
            return []
        found = self._table.search(  # type: ignore[union-attr]
            query,
            order_by="ord",
            limit=limit,
            columns=["kind", "option", "criterion", "unit", "field", "text", "ord"],
        )
        return [
            Hit(
                r["kind"],
                r["option"] or None,
                r["criterion"] or None,
                r["field"],
                r["text"],
                r["unit"] or None,
            )
            for r in found
        ]

    def __len__(self) -> int:
        return len(self._rows)
