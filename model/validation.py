"""Whole-case rules of the case format, each problem reported with its place."""

from __future__ import annotations

import math
import re
from datetime import date

from model.case import Case, Criterion, Scale
from model.errors import Issue, issue, warning
from model.scales import ScaleError, map_value
from model.weights import resolve_profile

COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_date(text: str) -> tuple[int, ...] | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as a tuple of 1 to 3 numbers; None if not one."""
    m = DATE.match(text)
    if m is None:
        return None
    parts = tuple(int(g) for g in m.groups() if g is not None)
    try:
        date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return None
    return parts


def date_after(later: str, earlier: str) -> bool:
    """True when ``later`` lies after ``earlier``, compared at the coarser precision of the two.

    ``2020-06`` is not after ``2020`` (same year at the coarser precision); ``2021`` is after
    ``2020-06``.  Dates that do not parse are never after anything (they are reported apart).
    """
    a, b = parse_date(later), parse_date(earlier)
    if a is None or b is None:
        return False
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def node_places(case: Case) -> dict[str, str]:
    """The place (``criteria[0].children[2]``) of every criterion node, by id (first seen)."""
    out: dict[str, str] = {}

    def visit(prefix: str, nodes: tuple[Criterion, ...]) -> None:
        for k, n in enumerate(nodes):
            place = f"{prefix}[{k}]"
            out.setdefault(n.id, place)
            visit(f"{place}.children", n.children or ())

    visit("criteria", case.criteria)
    return out


def _check_scale(scale: Scale, place: str, out: list[Issue]) -> None:
    def not_for(*names: str) -> None:
        for name in names:
            if getattr(scale, name) is not None:
                out.append(issue("field_not_for_kind", f"{place}.{name}", kind=scale.kind))

    if scale.kind == "direct":
        not_for("levels", "worst", "best", "points")
    elif scale.kind == "qualitative":
        not_for("worst", "best", "points")
        levels = scale.levels or ()
        if len(levels) < 2:
            out.append(issue("levels_too_few", f"{place}.levels", count=len(levels)))
        seen: set[str] = set()
        for k, lv in enumerate(levels):
            if lv.label in seen:
                out.append(issue("level_duplicate", f"{place}.levels[{k}].label", label=lv.label))
            seen.add(lv.label)
            if not 0 <= lv.value <= 100:
                out.append(issue("value_not_0_100", f"{place}.levels[{k}].value", value=lv.value))
    else:
        not_for("levels")
        linear = scale.worst is not None or scale.best is not None
        if linear and scale.points is not None:
            out.append(issue("numeric_both_forms", place))
        elif scale.points is not None:
            pts = scale.points
            if len(pts) < 2:
                out.append(issue("points_too_few", f"{place}.points", count=len(pts)))
            for k, (x, v) in enumerate(pts):
                if k and x <= pts[k - 1][0]:
                    out.append(issue("points_not_increasing", f"{place}.points[{k}]", x=x))
                elif k and not math.isfinite(float(x) - float(pts[k - 1][0])):
                    out.append(issue("scale_span_too_large", f"{place}.points[{k}]"))
                if not 0 <= v <= 100:
                    out.append(issue("value_not_0_100", f"{place}.points[{k}]", value=v))
        elif scale.worst is None or scale.best is None:
            missing = "worst" if scale.worst is None else "best"
            out.append(issue("numeric_needs_range", f"{place}.{missing}"))
        elif scale.worst == scale.best:
            out.append(issue("worst_equals_best", f"{place}.best", value=scale.best))
        elif not math.isfinite(float(scale.best) - float(scale.worst)):
            out.append(issue("scale_span_too_large", f"{place}.best"))


def _scale_ok(scale: Scale) -> bool:
    found: list[Issue] = []
    _check_scale(scale, "", found)
    return not found


def _check_criteria(case: Case, out: list[Issue]) -> dict[str, str]:
    places: dict[str, str] = {}

    def visit(prefix: str, nodes: tuple[Criterion, ...]) -> None:
        for k, n in enumerate(nodes):
            place = f"{prefix}[{k}]"
            if n.id == "root":  # the implicit top of the tree (profiles, elicitation)
                out.append(issue("reserved_id", f"{place}.id", id=n.id))
            elif n.id in places:
                out.append(issue("duplicate_id", f"{place}.id", id=n.id))
            else:
                places[n.id] = place
            if n.children and n.scale is not None:
                out.append(issue("group_and_leaf", place, id=n.id))
            elif not n.children and n.scale is None:
                out.append(issue("leaf_needs_scale", f"{place}.scale", id=n.id))
            if n.scale is not None:
                _check_scale(n.scale, f"{place}.scale", out)
            visit(f"{place}.children", n.children or ())

    visit("criteria", case.criteria)
    return places


def _check_scores(case: Case, out: list[Issue]) -> None:
    # leaves whose scale is sound, checked once per leaf rather than once per score
    readable = {id(n) for n in case.leaves() if n.scale is not None and _scale_ok(n.scale)}
    options = set(case.option_ids)
    units = case.unit_by_id
    nodes = case.node_by_id
    seen: set[tuple[str, str]] = set()
    seen_unit: set[tuple[str, str, str]] = set()
    for k, s in enumerate(case.scores):
        at = f"scores[{k}]"
        if s.option not in options:
            out.append(issue("unknown_option", f"{at}.option", id=s.option))
        if s.unit is not None and s.unit not in units:
            out.append(issue("unknown_unit", f"{at}.unit", id=s.unit))
        if s.source_date is not None and parse_date(s.source_date) is None:
            out.append(issue("bad_date", f"{at}.source_date", value=s.source_date))
        node = nodes.get(s.criterion)
        if node is None:
            out.append(issue("unknown_criterion", f"{at}.criterion", id=s.criterion))
            continue
        if not node.is_leaf:
            out.append(issue("score_on_group", f"{at}.criterion", id=s.criterion))
            continue
        if node.scale is None or id(node) not in readable:
            continue  # the scale itself is reported; its scores cannot be read yet
        if s.unit is not None:
            if (s.option, s.criterion, s.unit) in seen_unit:
                out.append(
                    issue(
                        "duplicate_unit_score",
                        at,
                        option=s.option,
                        criterion=s.criterion,
                        unit=_unit_name(case, s.unit),
                    )
                )
            seen_unit.add((s.option, s.criterion, s.unit))
        else:
            if (s.option, s.criterion) in seen:
                out.append(issue("duplicate_score", at, option=s.option, criterion=s.criterion))
            seen.add((s.option, s.criterion))
        mapped: dict[str, float] = {}
        for name in ("value", "low", "high"):
            raw = getattr(s, name)
            if raw is None:
                continue
            try:
                mapped[name] = map_value(node.scale, raw)
            except ScaleError as e:
                out.append(issue(e.code, f"{at}.{name}", **e.params))
        # The range is read in the scale's own terms: numbers in raw order (so 500..900 kEUR
        # around 700 is fine on a lower-is-better scale), levels by their mapped values.
        order = (
            {k: float(getattr(s, k)) for k in mapped} if node.scale.kind == "numeric" else mapped
        )
        v = order.get("value")
        if v is not None and {"low", "high"} <= mapped.keys():
            # both ends given: the value must lie between them, whichever way the scale runs
            # (the spec's example reads 500..900 around 700 where lower costs are better)
            lo, hi = sorted((mapped["low"], mapped["high"]))
            if not lo - 1e-12 <= mapped["value"] <= hi + 1e-12:
                out.append(
                    issue(
                        "value_outside_range", f"{at}.value", low=s.low, high=s.high, value=s.value
                    )
                )
        elif v is not None:
            if "low" in order and order["low"] > v + 1e-12:
                out.append(issue("low_above_value", f"{at}.low", low=s.low, value=s.value))
            if "high" in order and order["high"] < v - 1e-12:
                out.append(issue("high_below_value", f"{at}.high", high=s.high, value=s.value))
    for o in case.option_ids:
        for leaf in case.leaf_ids:
            if (o, leaf) not in seen:
                out.append(warning("missing_score", "scores", option=o, criterion=leaf))
    for j, u in enumerate(case.units or ()):
        for o in case.option_ids:
            if o in u.excluded:
                continue
            for leaf in case.leaf_ids:
                if (o, leaf) not in seen and (o, leaf, u.id) not in seen_unit:
                    out.append(
                        warning(
                            "missing_unit_score",
                            f"units[{j}]",
                            unit=u.name,
                            unit_id=u.id,
                            option=o,
                            criterion=leaf,
                        )
                    )


def _unit_name(case: Case, unit_id: str) -> str:
    u = case.unit_by_id.get(unit_id)
    return u.name if u is not None else unit_id


def _check_units(case: Case, out: list[Issue]) -> None:
    """Unit ids, sizes and exclusions (each with a reason, of a known option, once)."""
    options = set(case.option_ids)
    seen: set[str] = set()
    for j, u in enumerate(case.units or ()):
        at = f"units[{j}]"
        if u.id in seen:
            out.append(issue("duplicate_id", f"{at}.id", id=u.id))
        seen.add(u.id)
        if not u.size > 0:
            out.append(issue("unit_size_not_positive", f"{at}.size", value=u.size, unit=u.name))
        excluded: set[str] = set()
        for k, e in enumerate(u.exclude):
            place = f"{at}.exclude[{k}]"
            if e.option not in options:
                out.append(issue("exclude_unknown_option", f"{place}.option", id=e.option))
            elif e.option in excluded:
                out.append(issue("exclude_twice", f"{place}.option", id=e.option, unit=u.name))
            excluded.add(e.option)
            if not e.reason.strip():
                out.append(issue("exclude_reason_empty", f"{place}.reason", id=e.option))
        if options and options <= excluded:
            out.append(issue("exclude_all_options", f"{at}.exclude", unit=u.name))


def _check_evidence(case: Case, out: list[Issue]) -> None:
    """The case's ``as_of`` and the scores whose source postdates it (hindsight)."""
    if case.as_of is None:
        return
    if parse_date(case.as_of) is None:
        out.append(issue("bad_date", "as_of", value=case.as_of))
        return
    for k, s in enumerate(case.scores):
        if s.source_date is not None and date_after(s.source_date, case.as_of):
            # by name: people read this warning (the place keeps the ids for scripts)
            node = case.node_by_id.get(s.criterion)
            params = {
                "option": next((o.name for o in case.options if o.id == s.option), s.option),
                "criterion": node.name if node is not None else s.criterion,
                "date": s.source_date,
            }
            params["as_of"] = case.as_of
            if s.unit is not None:
                params["unit"] = _unit_name(case, s.unit)
            out.append(warning("hindsight_source", f"scores[{k}].source_date", **params))


def check_case(case: Case) -> list[Issue]:
    """Every problem and warning of a structurally valid case, in file order."""
    out: list[Issue] = []
    seen: set[str] = set()
    for k, o in enumerate(case.options):
        if o.id in seen:
            out.append(issue("duplicate_id", f"options[{k}].id", id=o.id))
        seen.add(o.id)
        if o.color is not None and not COLOR.match(o.color):
            out.append(issue("bad_color", f"options[{k}].color", value=o.color))
    _check_criteria(case, out)
    _check_units(case, out)
    _check_scores(case, out)
    _check_evidence(case, out)
    if not case.profiles:
        out.append(issue("no_profiles", "profiles"))
    seen = set()
    for k, p in enumerate(case.profiles):
        if p.id in seen:
            out.append(issue("duplicate_id", f"profiles[{k}].id", id=p.id))
        seen.add(p.id)
        if "root" in case.node_by_id:
            continue  # reported above; the tree cannot be walked from its top
        out.extend(resolve_profile(case, k).issues)
    return out


def missing_pairs(case: Case, unit: str | None = None) -> list[tuple[str, str]]:
    """(option, leaf) pairs without an effective score (in ``unit``, its options only)."""
    have = case.effective_scores(unit)
    return [
        (o, leaf)
        for o in case.unit_option_ids(unit)
        for leaf in case.leaf_ids
        if (o, leaf) not in have
    ]
