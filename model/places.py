"""Which thing a place in the case file is about, in the names users know.

Problems carry the place of the case file (``scores[3].value``, ``profiles[0].weights.bestuur``):
exact, and what scripts need.  A person needs the names: "Regeling zonder meer · Continuïteit".
:func:`describe` finds them, in a :class:`Case` or in the plain JSON data of a case that failed
to load (so a refused file can still be explained in its own names).  The words around the names
("Score van … op …") belong to the message catalogue, not here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from model.case import Case, to_data

Kind = Literal["score", "option", "criterion", "profile", "weight", "unit"]

_INDEXED = re.compile(r"^(scores|options|profiles|units)\[(\d+)\](?:\.(\w+))?")
_WEIGHT = re.compile(r"^profiles\[(\d+)\]\.weights\.([a-z0-9_-]+)")
_CRITERION = re.compile(r"^criteria((?:\[\d+\](?:\.children)?)+)(?:\.(\w+))?")


@dataclass(frozen=True)
class PlaceName:
    """The named things a place points at (each ``None`` when not part of it)."""

    kind: Kind
    option: str | None = None
    criterion: str | None = None
    profile: str | None = None
    unit: str | None = None
    #: the field within the thing (``value``, ``low``, ``high``, ``rationale``, ...)
    field: str | None = None


def case_data(case: Case) -> dict[str, Any]:
    data: dict[str, Any] = to_data(case)
    return data


def read_names(path: str | Path) -> dict[str, Any] | None:
    """The JSON data of a case file, read leniently for its names (``None`` if unreadable)."""
    from model.errors import VormkeuzeError
    from model.io import read_bytes  # never a FIFO or device, never more than the size cap

    try:
        data = json.loads(read_bytes(path).decode("utf-8"))
    except (VormkeuzeError, OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) else None


def describe(place: str, source: Case | Mapping[str, Any] | None) -> PlaceName | None:
    """The names behind ``place``, or ``None`` when it names nothing known."""
    if source is None:
        return None
    data = case_data(source) if isinstance(source, Case) else source
    m = _WEIGHT.match(place)
    if m:
        profile = _name_at(data, "profiles", int(m.group(1)))
        crit = _criterion_name(data, m.group(2))
        if profile is None:
            return None
        return PlaceName("weight", criterion=crit or m.group(2), profile=profile)
    m = _INDEXED.match(place)
    if m:
        table, k, fld = m.group(1), int(m.group(2)), m.group(3)
        if table == "scores":
            s = _item(data, "scores", k)
            if s is None:
                return None
            option = _option_name(data, s.get("option"))
            crit = _criterion_name(data, s.get("criterion"))
            if option is None or crit is None:
                return None
            return PlaceName("score", option=option, criterion=crit, field=fld)
        name = _name_at(data, table, k)
        if name is None:
            return None
        if table == "options":
            return PlaceName("option", option=name, field=fld)
        if table == "units":
            return PlaceName("unit", unit=name, field=fld)
        return PlaceName("profile", profile=name, field=fld)
    m = _CRITERION.match(place)
    if m:
        node: Any = {"children": data.get("criteria")}
        for idx in re.findall(r"\[(\d+)\]", m.group(1)):
            children = node.get("children") if isinstance(node, dict) else None
            if not isinstance(children, list) or int(idx) >= len(children):
                return None
            node = children[int(idx)]
        if not isinstance(node, dict) or not isinstance(node.get("name"), str):
            return None
        return PlaceName("criterion", criterion=node["name"], field=m.group(2))
    return None


def _item(data: Mapping[str, Any], table: str, k: int) -> dict[str, Any] | None:
    items = data.get(table)
    if isinstance(items, list) and 0 <= k < len(items) and isinstance(items[k], dict):
        item: dict[str, Any] = items[k]
        return item
    return None


def _name_at(data: Mapping[str, Any], table: str, k: int) -> str | None:
    item = _item(data, table, k)
    name = item.get("name") if item is not None else None
    return name if isinstance(name, str) else None


def _option_name(data: Mapping[str, Any], option_id: Any) -> str | None:
    for o in data.get("options") or ():
        if isinstance(o, dict) and o.get("id") == option_id and isinstance(o.get("name"), str):
            return str(o["name"])
    return None


def _criterion_name(data: Mapping[str, Any], node_id: Any) -> str | None:
    stack = list(data.get("criteria") or ())
    while stack:
        n = stack.pop()
        if not isinstance(n, dict):
            continue
        if n.get("id") == node_id and isinstance(n.get("name"), str):
            return str(n["name"])
        stack.extend(n.get("children") or ())
    return None
