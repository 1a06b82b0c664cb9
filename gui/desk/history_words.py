"""What an edit changed, in words a controller reads: for the undo button and the history.

A ``SetScore`` that only changes the rationale is "Onderbouwing wijzigen" on the undo button and
"Onderbouwing gewijzigd: Regeling zonder meer · Continuïteit" in the history, not "Score
wijzigen"; numbers are written in the user's locale (``45``, ``62,5``), things by their names.
The command and its inverse (stored beside it in the history) tell which field changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale

from gui.i18n import translate
from model.case import Case

#: change key -> filter category
CATEGORIES = {
    "score.add": "scores",
    "score.set": "scores",
    "score.clear": "scores",
    "score.range": "scores",
    "score.rationale": "texts",
    "score.source": "texts",
    "score.texts": "texts",
    "weight": "weights",
    "profile.add": "profiles",
    "profile.set": "profiles",
    "profile.remove": "profiles",
    "option.add": "options",
    "option.set": "options",
    "option.remove": "options",
    "option.move": "options",
    "criterion.add": "criteria",
    "criterion.set": "criteria",
    "criterion.remove": "criteria",
    "criterion.move": "criteria",
    "unit.add": "units",
    "unit.set": "units",
    "unit.remove": "units",
    "unit.exclusion": "units",
    "round": "profiles",
    "case": "case",
}
RESTORE_KEYS = {
    "add option": "option.add",
    "remove option": "option.remove",
    "add criterion": "criterion.add",
    "remove criterion": "criterion.remove",
    "move criterion": "criterion.move",
    "restore snapshot": "snapshot",
    "remove round profiles": "round",
    "overwrite profile": "profile.set",
}


def category_names() -> list[tuple[str, str]]:
    """(category, label) for the history filter, in menu order; ``""`` is everything."""
    return [
        ("", translate("HistoryWords", "All changes")),
        ("scores", translate("HistoryWords", "Scores")),
        ("texts", translate("HistoryWords", "Rationales and sources")),
        ("weights", translate("HistoryWords", "Weights")),
        ("profiles", translate("HistoryWords", "Profiles")),
        ("options", translate("HistoryWords", "Options")),
        ("criteria", translate("HistoryWords", "Criteria")),
        ("units", translate("HistoryWords", "Units")),
        ("case", translate("HistoryWords", "Case details and snapshots")),
    ]


def category(key: str) -> str:
    return CATEGORIES.get(key, "case")


def _get(data: Any, name: str) -> Any:
    if data is None:
        return None
    if isinstance(data, dict):
        return data.get(name)
    return getattr(data, name, None)


def _json(command: Any) -> dict[str, Any]:
    if command is None:
        return {}
    if isinstance(command, dict):
        return command
    data = command.to_json()
    return data if isinstance(data, dict) else {}


def change_key(command: Any, inverse: Any = None) -> str:
    """Which kind of change ``command`` made (``score.rationale``, ``weight``, ...)."""
    c, i = _json(command), _json(inverse)
    kind = c.get("kind", "")
    if kind == "SetScore":
        new, old = c.get("score"), i.get("score") if i else None
        if new is None:
            return "score.clear"
        if old is None:
            return "score.add" if i else "score.set"
        changed = {
            f
            for f in ("value", "low", "high", "rationale", "source")
            if _get(new, f) != _get(old, f)
        }
        if changed <= {"rationale"} and changed:
            return "score.rationale"
        if changed <= {"source"} and changed:
            return "score.source"
        if changed <= {"rationale", "source"} and changed:
            return "score.texts"
        if changed <= {"low", "high"} and changed:
            return "score.range"
        return "score.set"
    if kind == "SetWeight":
        return "weight"
    if kind == "SetProfile":
        if c.get("profile") is None:
            return "profile.remove"
        return "profile.add" if i and i.get("profile") is None else "profile.set"
    if kind == "SetOption":
        return "option.add" if i.get("kind") == "RemoveOption" else "option.set"
    if kind == "RemoveOption":
        return "option.remove"
    if kind == "MoveOption":
        return "option.move"
    if kind == "AddCriterion":
        return "criterion.add"
    if kind == "SetCriterion":
        return "criterion.set"
    if kind == "RemoveCriterion":
        return "criterion.remove"
    if kind == "MoveCriterion":
        return "criterion.move"
    if kind == "Restore":
        return RESTORE_KEYS.get(str(c.get("label", "")), "restore")
    unit_keys = {"AddUnit": "unit.add", "SetUnit": "unit.set", "RemoveUnit": "unit.remove"}
    if kind in unit_keys:
        return unit_keys[kind]
    if kind == "SetExclusion":
        return "unit.exclusion"
    if kind == "SaveRound":
        return "round"
    return "case"  # SetCaseInfo, SetAsOf, SetEpilogue


def action_label(key: str) -> str:
    """The undo button's words ("Onderbouwing wijzigen")."""
    labels = {
        "score.add": translate("HistoryWords", "Give score"),
        "score.set": translate("HistoryWords", "Change score"),
        "score.clear": translate("HistoryWords", "Clear score"),
        "score.range": translate("HistoryWords", "Change range"),
        "score.rationale": translate("HistoryWords", "Change rationale"),
        "score.source": translate("HistoryWords", "Change source"),
        "score.texts": translate("HistoryWords", "Change rationale and source"),
        "weight": translate("HistoryWords", "Change weight"),
        "profile.add": translate("HistoryWords", "Add profile"),
        "profile.set": translate("HistoryWords", "Change profile"),
        "profile.remove": translate("HistoryWords", "Remove profile"),
        "option.add": translate("HistoryWords", "Add option"),
        "option.set": translate("HistoryWords", "Change option"),
        "option.remove": translate("HistoryWords", "Remove option"),
        "option.move": translate("HistoryWords", "Move option"),
        "criterion.add": translate("HistoryWords", "Add criterion"),
        "criterion.set": translate("HistoryWords", "Change criterion"),
        "criterion.remove": translate("HistoryWords", "Remove criterion"),
        "criterion.move": translate("HistoryWords", "Move criterion"),
        "snapshot": translate("HistoryWords", "Restore snapshot"),
        "restore": translate("HistoryWords", "Restore"),
        "unit.add": translate("HistoryWords", "Add unit"),
        "unit.set": translate("HistoryWords", "Change unit"),
        "unit.remove": translate("HistoryWords", "Remove unit"),
        "unit.exclusion": translate("HistoryWords", "Change exclusion"),
        "round": translate("HistoryWords", "Save round as profiles"),
        "case": translate("HistoryWords", "Change case details"),
    }
    return labels.get(key, key)


def past_label(key: str) -> str:
    """The history's words ("Onderbouwing gewijzigd")."""
    labels = {
        "score.add": translate("HistoryWords", "Score given"),
        "score.set": translate("HistoryWords", "Score changed"),
        "score.clear": translate("HistoryWords", "Score cleared"),
        "score.range": translate("HistoryWords", "Range changed"),
        "score.rationale": translate("HistoryWords", "Rationale changed"),
        "score.source": translate("HistoryWords", "Source changed"),
        "score.texts": translate("HistoryWords", "Rationale and source changed"),
        "weight": translate("HistoryWords", "Weight changed"),
        "profile.add": translate("HistoryWords", "Profile added"),
        "profile.set": translate("HistoryWords", "Profile changed"),
        "profile.remove": translate("HistoryWords", "Profile removed"),
        "option.add": translate("HistoryWords", "Option added"),
        "option.set": translate("HistoryWords", "Option changed"),
        "option.remove": translate("HistoryWords", "Option removed"),
        "option.move": translate("HistoryWords", "Option moved"),
        "criterion.add": translate("HistoryWords", "Criterion added"),
        "criterion.set": translate("HistoryWords", "Criterion changed"),
        "criterion.remove": translate("HistoryWords", "Criterion removed"),
        "criterion.move": translate("HistoryWords", "Criterion moved"),
        "snapshot": translate("HistoryWords", "Snapshot restored"),
        "restore": translate("HistoryWords", "Restored"),
        "unit.add": translate("HistoryWords", "Unit added"),
        "unit.set": translate("HistoryWords", "Unit changed"),
        "unit.remove": translate("HistoryWords", "Unit removed"),
        "unit.exclusion": translate("HistoryWords", "Exclusion changed"),
        "round": translate("HistoryWords", "Round saved as profiles"),
        "case": translate("HistoryWords", "Case details changed"),
    }
    return labels.get(key, key)


def number(x: Any) -> str:
    """A number in the user's locale: ``45`` (not ``45.0``), ``62,5`` in Dutch."""
    if isinstance(x, bool) or not isinstance(x, int | float):
        return str(x)
    if float(x).is_integer() and abs(x) < 1e15:
        return QLocale().toString(int(x))
    return QLocale().toString(float(x), "g", 6)


def value_words(value: Any, limit: int = 80) -> str:
    """A stored value as the user reads it: numbers localised, text on one line, "—" for none."""
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return number(value)
    if isinstance(value, dict):
        name = value.get("name")
        text = (
            str(name)
            if isinstance(name, str)
            else ", ".join(f"{k}: {value_words(v, 30)}" for k, v in value.items())
        )
    elif isinstance(value, list | tuple):
        text = ", ".join(value_words(v, 30) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(case: Case) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    options = {o.id: o.name for o in case.options}
    nodes = {n.id: n.name for n in case.nodes()}
    profiles = {p.id: p.name for p in case.profiles}
    return options, nodes, profiles


def subject(command: Any, case: Case, inverse: Any = None) -> str:
    """Which thing the command is about, by name ("Regeling zonder meer · Continuïteit")."""
    c, i = _json(command), _json(inverse)
    options, nodes, profiles = _names(case)
    kind = c.get("kind", "")
    if kind == "SetScore":
        o, n = c.get("option", ""), c.get("criterion", "")
        return f"{options.get(o, o)} · {nodes.get(n, n)}"
    if kind == "SetWeight":
        p, n = c.get("profile_id", ""), c.get("node", "")
        return f"{profiles.get(p, p)} · {nodes.get(n, n)}"
    if kind == "SetProfile":
        p = c.get("profile_id", "")
        return str(
            _get(c.get("profile"), "name") or _get(i.get("profile"), "name") or profiles.get(p, p)
        )
    if kind in ("SetOption", "RemoveOption", "MoveOption"):
        o = c.get("option_id", "")
        return str(_get(c.get("option"), "name") or options.get(o, o))
    if kind in ("SetCriterion", "RemoveCriterion", "MoveCriterion"):
        n = c.get("node", "")
        return str(_get(c.get("criterion"), "name") or nodes.get(n, n))
    if kind == "AddCriterion":
        return str(_get(c.get("criterion"), "name") or "")
    if kind == "SetCaseInfo":
        return str(c.get("title", ""))
    return ""


def change_details(command: Any, inverse: Any = None) -> str:
    """Before → after of the changed field, in the user's words."""
    c, i = _json(command), _json(inverse)
    key = change_key(command, inverse)
    if c.get("kind") == "SetScore":
        new, old = c.get("score"), i.get("score") if i else None
        field = {
            "score.rationale": "rationale",
            "score.source": "source",
        }.get(key, "value")
        if key == "score.range":
            return (
                f"{value_words(_get(old, 'low'))} – {value_words(_get(old, 'high'))} → "
                f"{value_words(_get(new, 'low'))} – {value_words(_get(new, 'high'))}"
            )
        if key == "score.texts":
            return value_words(_get(new, "rationale")) + " · " + value_words(_get(new, "source"))
        before, after = _get(old, field), _get(new, field)
        if key == "score.add" or not i:
            return value_words(after)
        return f"{value_words(before)} → {value_words(after)}"
    if key == "weight":
        before = None
        if i.get("kind") == "SetWeight":
            before = i.get("value")
        elif i.get("kind") == "SetProfile":
            weights = _get(i.get("profile"), "weights") or {}
            before = weights.get(c.get("node")) if isinstance(weights, dict) else None
        after = value_words(c.get("value"))
        return after if before is None else f"{value_words(before)} → {after}"
    return ""
