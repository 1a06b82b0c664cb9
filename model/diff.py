"""What changed between two cases (two snapshots, or a snapshot and now).

The difference is a flat list of entries ``(kind, id, field, before, after)``:

* ``kind`` is ``case``, ``option``, ``criterion``, ``score``, ``profile``, ``weight`` or ``unit``;
* ``id`` names the thing: an option, criterion or profile id; ``option/criterion`` for a score;
  the profile id for a weight (the node is then the ``field``); ``""`` for the case itself or
  for the top level of the criteria tree;
* ``field`` is the changed field, ``None`` when the whole thing was added or removed (then
  ``before`` or ``after`` is ``None``), or ``order`` when only the order of a list changed.

Values are JSON values (as in the case file), so the diff can be printed or sent as JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from model.case import Case, Criterion, Score, to_data

Kind = str


@dataclass(frozen=True)
class DiffEntry:
    kind: Kind
    id: str
    field: str | None
    before: Any
    after: Any

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "field": self.field,
            "before": self.before,
            "after": self.after,
        }


@dataclass(frozen=True)
class CaseDiff:
    entries: tuple[DiffEntry, ...]

    def __len__(self) -> int:
        return len(self.entries)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def of_kind(self, kind: Kind) -> tuple[DiffEntry, ...]:
        return tuple(e for e in self.entries if e.kind == kind)

    def to_json(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for e in self.entries:
            counts[e.kind] = counts.get(e.kind, 0) + 1
        return {
            "count": len(self.entries),
            "counts": counts,
            "entries": [e.to_json() for e in self],
        }

    def __iter__(self) -> Iterator[DiffEntry]:
        return iter(self.entries)


def _dump(x: Any) -> Any:
    if x is None:
        return None
    return to_data(x)


def _fields(
    out: list[DiffEntry], kind: Kind, ident: str, a: dict[str, Any], b: dict[str, Any]
) -> None:
    for f in dict.fromkeys([*a, *b]):
        if f in ("id", "option", "criterion", "children", "weights"):
            continue
        if a.get(f) != b.get(f):
            out.append(DiffEntry(kind, ident, f, a.get(f), b.get(f)))


def _order(out: list[DiffEntry], kind: Kind, ident: str, a: list[str], b: list[str]) -> None:
    common = set(a) & set(b)
    ka = [x for x in a if x in common]
    kb = [x for x in b if x in common]
    if ka != kb:
        out.append(DiffEntry(kind, ident, "order", ka, kb))


def _keyed(
    out: list[DiffEntry], kind: Kind, a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]
) -> None:
    for ident, before in a.items():
        if ident not in b:
            out.append(DiffEntry(kind, ident, None, before, None))
    for ident, after in b.items():
        if ident not in a:
            out.append(DiffEntry(kind, ident, None, None, after))
        else:
            _fields(out, kind, ident, a[ident], after)


def _node_dump(n: Criterion, parent: str) -> dict[str, Any]:
    d: dict[str, Any] = to_data(n)
    d.pop("children", None)
    d["parent"] = parent
    return d


def _score_key(s: Score) -> str:
    """``option/criterion`` for a case-wide score, ``option/criterion@unit`` for a unit's own."""
    return f"{s.option}/{s.criterion}" + ("" if s.unit is None else f"@{s.unit}")


def diff_cases(a: Case, b: Case) -> CaseDiff:
    """The changes that turn case ``a`` into case ``b`` (by option, criterion, score, weight)."""
    out: list[DiffEntry] = []
    for f in ("title", "description", "language", "as_of", "epilogue"):
        if getattr(a, f) != getattr(b, f):
            out.append(DiffEntry("case", "", f, getattr(a, f), getattr(b, f)))

    _keyed(out, "option", {o.id: _dump(o) for o in a.options}, {o.id: _dump(o) for o in b.options})
    _order(out, "option", "", list(a.option_ids), list(b.option_ids))

    na = {n.id: _node_dump(n, a.parent_of[n.id]) for n in a.nodes()}
    nb = {n.id: _node_dump(n, b.parent_of[n.id]) for n in b.nodes()}
    _keyed(out, "criterion", na, nb)
    for parent in ["root", *[n for n in na if n in nb]]:
        ca = [c.id for c in a.children_of(parent)] if parent == "root" or parent in na else []
        cb = [c.id for c in b.children_of(parent)] if parent == "root" or parent in nb else []
        _order(out, "criterion", "" if parent == "root" else parent, ca, cb)

    _keyed(
        out,
        "score",
        {_score_key(s): _dump(s) for s in a.scores},
        {_score_key(s): _dump(s) for s in b.scores},
    )
    _keyed(
        out,
        "unit",
        {u.id: _dump(u) for u in a.units or ()},
        {u.id: _dump(u) for u in b.units or ()},
    )
    _order(out, "unit", "", list(a.unit_ids), list(b.unit_ids))

    pa = {p.id: p for p in a.profiles}
    pb = {p.id: p for p in b.profiles}

    _keyed(
        out, "profile", {k: _dump(p) for k, p in pa.items()}, {k: _dump(p) for k, p in pb.items()}
    )
    _order(out, "profile", "", list(pa), list(pb))
    for pid in (k for k in pa if k in pb):
        wa = pa[pid].weights or {}
        wb = pb[pid].weights or {}
        for node in dict.fromkeys([*wa, *wb]):
            if wa.get(node) != wb.get(node):
                out.append(DiffEntry("weight", pid, node, wa.get(node), wb.get(node)))
    return CaseDiff(tuple(out))
