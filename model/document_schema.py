"""The tables of a ``.vormkeuze`` document and the mapping between a case and their rows.

A case is stored table by table (see ``docs/document-format.md``) so that someone with
``sqlite3`` can read it, and so that an edit touches only the rows it changes.  The mapping is
lossless: numbers keep int versus float (value columns have no type affinity), optional fields
that are absent are ``NULL``, ``None`` versus empty lists is kept in flag columns, and list and
key order is kept in ``position`` columns.

Schema changes go through :data:`MIGRATIONS` only (one function per step, from version ``n`` to
``n + 1``); :data:`SCHEMA_VERSION` is the version this program writes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from model.case import FORMAT, VERSION, Case, Criterion

SCHEMA_VERSION = 2
#: PRAGMA application_id of a Vormkeuze document ("VKZD")
APPLICATION_ID = 0x564B5A44
APPLICATION = "vormkeuze"

Row = dict[str, Any]
Key = tuple[Any, ...]
Rows = dict[str, dict[Key, Row]]

_FK = "DEFERRABLE INITIALLY DEFERRED"

#: the tables schema version 2 added (units, their exclusions and their own scores)
_UNIT_TABLES_SQL = f"""
CREATE TABLE units (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    size NOT NULL
);
CREATE TABLE unit_exclusions (
    unit TEXT NOT NULL REFERENCES units(id) {_FK},
    option TEXT NOT NULL REFERENCES options(id) {_FK},
    position INTEGER NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (unit, option)
);
CREATE TABLE unit_scores (
    unit TEXT NOT NULL REFERENCES units(id) {_FK},
    option TEXT NOT NULL REFERENCES options(id) {_FK},
    criterion TEXT NOT NULL REFERENCES criteria(id) {_FK},
    position INTEGER NOT NULL,
    value NOT NULL,
    low,
    high,
    rationale TEXT,
    source TEXT,
    estimate INTEGER NOT NULL DEFAULT 0,
    source_date TEXT,
    PRIMARY KEY (unit, option, criterion)
);
"""

SCHEMA_SQL = f"""
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE case_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL,
    description TEXT,
    language TEXT,
    as_of TEXT,
    epilogue TEXT
);
CREATE TABLE options (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    legal_basis TEXT,
    color TEXT
);
CREATE TABLE criteria (
    id TEXT PRIMARY KEY,
    parent TEXT REFERENCES criteria(id) {_FK},
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    is_group INTEGER NOT NULL,
    scale_kind TEXT,
    scale_unit TEXT,
    scale_worst,
    scale_best,
    scale_points TEXT,
    scale_has_levels INTEGER NOT NULL
);
CREATE TABLE levels (
    criterion TEXT NOT NULL REFERENCES criteria(id) {_FK},
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    value NOT NULL,
    PRIMARY KEY (criterion, position)
);
CREATE TABLE scores (
    option TEXT NOT NULL REFERENCES options(id) {_FK},
    criterion TEXT NOT NULL REFERENCES criteria(id) {_FK},
    position INTEGER NOT NULL,
    value NOT NULL,
    low,
    high,
    rationale TEXT,
    source TEXT,
    estimate INTEGER NOT NULL DEFAULT 0,
    source_date TEXT,
    PRIMARY KEY (option, criterion)
);
{_UNIT_TABLES_SQL}
CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT,
    has_weights INTEGER NOT NULL,
    has_elicitation INTEGER NOT NULL
);
CREATE TABLE weights (
    profile TEXT NOT NULL REFERENCES profiles(id) {_FK},
    node TEXT NOT NULL,
    position INTEGER NOT NULL,
    value NOT NULL,
    PRIMARY KEY (profile, node)
);
CREATE TABLE elicitations (
    profile TEXT NOT NULL REFERENCES profiles(id) {_FK},
    position INTEGER NOT NULL,
    node TEXT NOT NULL,
    method TEXT NOT NULL,
    "order" TEXT NOT NULL,
    matrix TEXT,
    PRIMARY KEY (profile, position)
);
CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    time TEXT NOT NULL,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    command TEXT NOT NULL,
    inverse TEXT NOT NULL
);
CREATE TABLE snapshots (
    name TEXT PRIMARY KEY,
    time TEXT NOT NULL,
    author TEXT NOT NULL,
    case_json TEXT NOT NULL
);
CREATE TABLE lock (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    pid INTEGER NOT NULL,
    host TEXT NOT NULL,
    author TEXT NOT NULL,
    time TEXT NOT NULL
);
"""

_SCORE_COLUMNS = (
    "position",
    "value",
    "low",
    "high",
    "rationale",
    "source",
    "estimate",
    "source_date",
)

#: table -> (primary key columns, all columns in order)
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "case_info": (
        ("id",),
        ("id", "title", "description", "language", "as_of", "epilogue"),
    ),
    "options": (("id",), ("id", "position", "name", "description", "legal_basis", "color")),
    "criteria": (
        ("id",),
        (
            "id",
            "parent",
            "position",
            "name",
            "description",
            "is_group",
            "scale_kind",
            "scale_unit",
            "scale_worst",
            "scale_best",
            "scale_points",
            "scale_has_levels",
        ),
    ),
    "levels": (("criterion", "position"), ("criterion", "position", "label", "value")),
    "scores": (("option", "criterion"), ("option", "criterion", *_SCORE_COLUMNS)),
    "profiles": (
        ("id",),
        ("id", "position", "name", "description", "has_weights", "has_elicitation"),
    ),
    "weights": (("profile", "node"), ("profile", "node", "position", "value")),
    "elicitations": (
        ("profile", "position"),
        ("profile", "position", "node", "method", "order", "matrix"),
    ),
    "units": (("id",), ("id", "position", "name", "description", "size")),
    "unit_exclusions": (("unit", "option"), ("unit", "option", "position", "reason")),
    "unit_scores": (
        ("unit", "option", "criterion"),
        ("unit", "option", "criterion", *_SCORE_COLUMNS),
    ),
}

#: the tables that hold the case, in an order that a full read or write can follow
CASE_TABLES = tuple(TABLES)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _same_items(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def case_rows(case: Case, previous: tuple[Case, Rows] | None = None) -> Rows:
    """Every row of every case table, keyed by primary key (in list order).

    With ``previous`` (an earlier case and its rows), parts whose values are the very same
    objects reuse the earlier row objects, so that comparing the two row sets is cheap: cases
    are immutable, and commands keep the parts they do not change.
    """
    out: Rows = {t: {} for t in TABLES}
    old_case, old_rows = previous if previous is not None else (None, None)

    def add(table: str, row: Row) -> None:
        key = tuple(row[c] for c in TABLES[table][0])
        out[table][key] = row

    add(
        "case_info",
        {
            "id": 1,
            "title": case.title,
            "description": case.description,
            "language": case.language,
            "as_of": case.as_of,
            "epilogue": case.epilogue,
        },
    )
    same_units = (
        old_case is not None
        and old_rows is not None
        and _same_items(old_case.units or (), case.units or ())
    )
    if same_units and old_rows is not None:
        out["units"], out["unit_exclusions"] = old_rows["units"], old_rows["unit_exclusions"]
    for k, u in enumerate(() if same_units else case.units or ()):
        add(
            "units",
            {
                "id": u.id,
                "position": k,
                "name": u.name,
                "description": u.description,
                "size": u.size,
            },
        )
        for j, ex in enumerate(u.exclude):
            add(
                "unit_exclusions",
                {"unit": u.id, "option": ex.option, "position": j, "reason": ex.reason},
            )
    if (
        old_case is not None
        and old_rows is not None
        and _same_items(old_case.options, case.options)
    ):
        out["options"] = old_rows["options"]
    else:
        for k, o in enumerate(case.options):
            add(
                "options",
                {
                    "id": o.id,
                    "position": k,
                    "name": o.name,
                    "description": o.description,
                    "legal_basis": o.legal_basis,
                    "color": o.color,
                },
            )

    def visit(parent: str | None, nodes: tuple[Criterion, ...]) -> None:
        for k, n in enumerate(nodes):
            s = n.scale
            add(
                "criteria",
                {
                    "id": n.id,
                    "parent": parent,
                    "position": k,
                    "name": n.name,
                    "description": n.description,
                    "is_group": int(n.children is not None),
                    "scale_kind": s.kind if s else None,
                    "scale_unit": s.unit if s else None,
                    "scale_worst": s.worst if s else None,
                    "scale_best": s.best if s else None,
                    "scale_points": _json([list(p) for p in s.points])
                    if s and s.points is not None
                    else None,
                    "scale_has_levels": int(s is not None and s.levels is not None),
                },
            )
            for j, lv in enumerate((s.levels if s else None) or ()):
                add(
                    "levels",
                    {"criterion": n.id, "position": j, "label": lv.label, "value": lv.value},
                )
            visit(n.id, n.children or ())

    if (
        old_case is not None
        and old_rows is not None
        and _same_items(old_case.criteria, case.criteria)
    ):
        out["criteria"], out["levels"] = old_rows["criteria"], old_rows["levels"]
    else:
        visit(None, case.criteria)

    old_scores = old_case.scores if old_case is not None else ()
    same_scores = old_rows is not None and _same_items(old_scores, case.scores)
    if same_scores and old_rows is not None:  # (a weight step): the very same rows
        out["scores"], out["unit_scores"] = old_rows["scores"], old_rows["unit_scores"]
    old_score_rows = (
        _score_rows_in_order(old_rows) if old_rows is not None and not same_scores else []
    )
    reuse = old_rows is not None and len(old_score_rows) == len(old_scores)
    for k, sc in enumerate(() if same_scores else case.scores):
        table = "scores" if sc.unit is None else "unit_scores"
        if reuse and k < len(old_scores) and old_scores[k] is sc:
            add(table, old_score_rows[k])
            continue
        row: Row = {"option": sc.option, "criterion": sc.criterion} | (
            {} if sc.unit is None else {"unit": sc.unit}
        )
        row |= {
            "position": k,
            "value": sc.value,
            "low": sc.low,
            "high": sc.high,
            "rationale": sc.rationale,
            "source": sc.source,
            "estimate": int(sc.estimate),
            "source_date": sc.source_date,
        }
        add(table, row)

    if (
        old_case is not None
        and old_rows is not None
        and _same_items(old_case.profiles, case.profiles)
    ):
        for t in ("profiles", "weights", "elicitations"):
            out[t] = old_rows[t]
        return out
    old_profiles = old_case.profiles if old_case is not None and old_rows is not None else ()
    for k, p in enumerate(case.profiles):
        if old_rows is not None and k < len(old_profiles) and old_profiles[k] is p:
            # the very same profile in the same place (a weight step changes one): same rows
            out["profiles"][(p.id,)] = old_rows["profiles"][(p.id,)]
            for node in p.weights or {}:
                out["weights"][(p.id, node)] = old_rows["weights"][(p.id, node)]
            for j in range(len(p.elicitation or ())):
                out["elicitations"][(p.id, j)] = old_rows["elicitations"][(p.id, j)]
            continue
        add(
            "profiles",
            {
                "id": p.id,
                "position": k,
                "name": p.name,
                "description": p.description,
                "has_weights": int(p.weights is not None),
                "has_elicitation": int(p.elicitation is not None),
            },
        )
        for j, (node, value) in enumerate((p.weights or {}).items()):
            add("weights", {"profile": p.id, "node": node, "position": j, "value": value})
        for j, e in enumerate(p.elicitation or ()):
            add(
                "elicitations",
                {
                    "profile": p.id,
                    "position": j,
                    "node": e.node,
                    "method": e.method,
                    "order": _json(list(e.order)),
                    "matrix": _json([list(r) for r in e.matrix]) if e.matrix is not None else None,
                },
            )
    return out


def _score_rows_in_order(rows: Rows) -> list[Row]:
    """The rows of case-wide and unit scores together, in the case's score order."""
    both = [*rows["scores"].values(), *rows["unit_scores"].values()]
    return sorted(both, key=lambda r: int(r["position"]))


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        data[key] = value


class TreeError(ValueError):
    """The criteria rows do not form one tree (a cycle or a dangling parent)."""


def case_data(tables: dict[str, list[Row]]) -> dict[str, Any]:
    """The case's JSON object from the rows of each table (the inverse of :func:`case_rows`)."""
    info = tables["case_info"]
    if len(info) != 1:
        raise TreeError("case_info")
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "title": info[0]["title"]}
    _put(data, "description", info[0]["description"])
    _put(data, "language", info[0]["language"])
    _put(data, "as_of", info[0]["as_of"])
    _put(data, "epilogue", info[0]["epilogue"])

    def by_position(rows: list[Row]) -> list[Row]:
        return sorted(rows, key=lambda r: r["position"])

    options = []
    for r in by_position(tables["options"]):
        o: dict[str, Any] = {"id": r["id"], "name": r["name"]}
        for f in ("description", "legal_basis", "color"):
            _put(o, f, r[f])
        options.append(o)
    data["options"] = options

    levels: dict[str, list[Row]] = {}
    for r in tables["levels"]:
        levels.setdefault(r["criterion"], []).append(r)
    children: dict[str | None, list[Row]] = {}
    for r in tables["criteria"]:
        children.setdefault(r["parent"], []).append(r)
    seen = 0

    def node(r: Row, depth: int) -> dict[str, Any]:
        nonlocal seen
        seen += 1
        if depth > 200:
            raise TreeError("depth")
        n: dict[str, Any] = {"id": r["id"], "name": r["name"]}
        _put(n, "description", r["description"])
        if r["is_group"]:
            n["children"] = [node(c, depth + 1) for c in by_position(children.get(r["id"], []))]
        if r["scale_kind"] is not None:
            s: dict[str, Any] = {"kind": r["scale_kind"]}
            if r["scale_has_levels"]:
                s["levels"] = [
                    {"label": lv["label"], "value": lv["value"]}
                    for lv in by_position(levels.get(r["id"], []))
                ]
            _put(s, "unit", r["scale_unit"])
            _put(s, "worst", r["scale_worst"])
            _put(s, "best", r["scale_best"])
            if r["scale_points"] is not None:
                s["points"] = json.loads(r["scale_points"])
            n["scale"] = s
        return n

    data["criteria"] = [node(r, 0) for r in by_position(children.get(None, []))]
    if seen != len(tables["criteria"]):
        raise TreeError("criteria")

    scores = []
    for r in by_position([*tables["scores"], *tables["unit_scores"]]):
        sc: dict[str, Any] = {"option": r["option"], "criterion": r["criterion"]}
        _put(sc, "unit", r.get("unit"))
        for f in ("value", "low", "high", "rationale", "source"):
            _put(sc, f, r[f])
        if r["estimate"]:
            sc["estimate"] = True
        _put(sc, "source_date", r["source_date"])
        scores.append(sc)
    data["scores"] = scores

    exclusions: dict[str, list[Row]] = {}
    for r in tables["unit_exclusions"]:
        exclusions.setdefault(r["unit"], []).append(r)
    units = []
    for r in by_position(tables["units"]):
        u: dict[str, Any] = {"id": r["id"], "name": r["name"]}
        _put(u, "description", r["description"])
        u["size"] = r["size"]
        ex = by_position(exclusions.get(r["id"], []))
        if ex:
            u["exclude"] = [{"option": e["option"], "reason": e["reason"]} for e in ex]
        units.append(u)
    if units:
        data["units"] = units

    weights: dict[str, list[Row]] = {}
    for r in tables["weights"]:
        weights.setdefault(r["profile"], []).append(r)
    elic: dict[str, list[Row]] = {}
    for r in tables["elicitations"]:
        elic.setdefault(r["profile"], []).append(r)
    profiles = []
    for r in by_position(tables["profiles"]):
        p: dict[str, Any] = {"id": r["id"], "name": r["name"]}
        _put(p, "description", r["description"])
        if r["has_weights"]:
            p["weights"] = {w["node"]: w["value"] for w in by_position(weights.get(r["id"], []))}
        if r["has_elicitation"]:
            items = []
            for e in by_position(elic.get(r["id"], [])):
                item: dict[str, Any] = {
                    "node": e["node"],
                    "method": e["method"],
                    "order": json.loads(e["order"]),
                }
                if e["matrix"] is not None:
                    item["matrix"] = json.loads(e["matrix"])
                items.append(item)
            p["elicitation"] = items
        profiles.append(p)
    data["profiles"] = profiles
    return data


# --- migrations ----------------------------------------------------------------------------------
#: from-version -> function that upgrades an open connection's database to from-version + 1
#: (runs inside the caller's transaction; must not commit).  Version 1 is the first.
def _v1_to_v2(db: Any) -> None:
    """Units (with their exclusions and own scores), evidence of scores, as_of and epilogue.

    New columns are added with ``add_column`` (sqlite-utils), whose ``ALTER TABLE`` keeps the
    rows; the three unit tables are new.  Everything runs in the caller's transaction
    (``table.transform()``, which rebuilds a table, is not needed: no column changes type or key).
    """
    info = db["case_info"]
    info.add_column("as_of", str)
    info.add_column("epilogue", str)
    scores = db["scores"]
    scores.add_column("estimate", int, not_null_default=0)
    scores.add_column("source_date", str)
    for statement in _UNIT_TABLES_SQL.split(";"):
        if statement.strip():
            db.execute(statement)


MIGRATIONS: dict[int, Callable[[Any], None]] = {1: _v1_to_v2}
