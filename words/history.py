"""A history row in words a controller reads: which edit, of which thing, what it changed (Qt-free).

The name of the edit itself ("Onderbouwing gewijzigd") is the vocabulary's (:mod:`words.edits`);
this module adds which thing ("Regeling zonder meer · Continuïteit") and before → after
("— → Nieuwe onderbouwing"), with numbers in the user's language (``45``, ``62,5``) and things by
their names.  The command and its inverse (stored beside it in the history) tell which field
changed.  :func:`entry_words` puts a row together; the GUI's history view and the command line's
``vormkeuze history`` both show it, so they say the same words for the same edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from model.case import Case, Score
from model.commands import (
    AddCriterion,
    Command,
    MoveCriterion,
    MoveOption,
    RemoveCriterion,
    RemoveOption,
    Restore,
    SetCaseInfo,
    SetCriterion,
    SetOption,
    SetProfile,
    SetScore,
    SetWeight,
    command_from_json,
)
from model.document import HistoryEntry
from model.unit_commands import AddUnit, RemoveUnit, SetExclusion, SetUnit
from words.edits import EditName, edit_name, kind_name, language
from words.numbers import plain


def value_words(value: object, limit: int = 80, lang: str | None = None) -> str:
    """A stored value as the user reads it: numbers localised, text on one line, "—" for none."""
    if value is None:
        return "—"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return plain(value, language(lang))
    if isinstance(value, dict):
        name = value.get("name")
        text = (
            str(name)
            if isinstance(name, str)
            else ", ".join(f"{k}: {value_words(v, 30, lang)}" for k, v in value.items())
        )
    elif isinstance(value, list | tuple):
        text = ", ".join(value_words(v, 30, lang) for v in value)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _names(case: Case) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    options = {o.id: o.name for o in case.options}
    nodes = {n.id: n.name for n in case.nodes()}
    profiles = {p.id: p.name for p in case.profiles}
    return options, nodes, profiles


def _stored_names(restore: Command | None, part: str) -> dict[str, str]:
    """id -> name of the things (options, criteria with their subtrees, units, profiles) in the
    case part a ``Restore`` stores as JSON."""
    if not isinstance(restore, Restore):
        return {}
    stored = restore.parts.get(part)
    items: list[object] = list(stored) if isinstance(stored, list) else []
    out: dict[str, str] = {}
    while items:
        item = items.pop(0)
        if not isinstance(item, dict):
            continue
        ident, name = item.get("id"), item.get("name")
        if isinstance(ident, str) and isinstance(name, str):
            out[ident] = name
        children = item.get("children")
        if isinstance(children, list):
            items.extend(children)
    return out


def _stored_name(inverse: Command | None, part: str, ident: str) -> str | None:
    """The name a removed thing had, from the case part its inverse (a ``Restore``) keeps."""
    return _stored_names(inverse, part).get(ident)


#: the case part a Restore's edit is about (by the edit key's first word)
_RESTORED_PARTS = {
    "option": "options",
    "criterion": "criteria",
    "unit": "units",
    "round": "profiles",
}


def _restored(command: Restore, inverse: Command | None) -> str:
    """What a Restore brings back or takes away: the things in one of the two parts only."""
    part = _RESTORED_PARTS.get(edit_name(command, inverse).key.split(".")[0])
    if part is None:
        return ""
    now, before = _stored_names(command, part), _stored_names(inverse, part)
    names = [n for i, n in now.items() if i not in before]
    names += [n for i, n in before.items() if i not in now]
    return ", ".join(names)


def subject(command: Command, case: Case, inverse: Command | None = None) -> str:
    """Which thing the command is about, by name ("Regeling zonder meer · Continuïteit")."""
    options, nodes, profiles = _names(case)
    if isinstance(command, SetScore):
        o, n = command.option, command.criterion
        return f"{options.get(o, o)} · {nodes.get(n, n)}"
    if isinstance(command, SetWeight):
        p, n = command.profile_id, command.node
        return f"{profiles.get(p, p)} · {nodes.get(n, n)}"
    if isinstance(command, SetProfile):
        p = command.profile_id
        before = inverse.profile if isinstance(inverse, SetProfile) else None
        named = command.profile if command.profile is not None else before
        return named.name if named is not None else profiles.get(p, p)
    if isinstance(command, SetOption):
        return command.option.name
    if isinstance(command, RemoveOption | MoveOption):
        o = command.option_id
        return options.get(o) or _stored_name(inverse, "options", o) or o
    if isinstance(command, SetCriterion):
        return command.criterion.name
    if isinstance(command, RemoveCriterion | MoveCriterion):
        n = command.node
        return nodes.get(n) or _stored_name(inverse, "criteria", n) or n
    if isinstance(command, AddCriterion):
        return command.criterion.name
    if isinstance(command, SetCaseInfo):
        return command.title
    if isinstance(command, Restore):
        return _restored(command, inverse)
    return _unit_subject(command, case, inverse, options)


def _unit_subject(
    command: Command, case: Case, inverse: Command | None, options: dict[str, str]
) -> str:
    units = {u.id: u.name for u in case.units or ()}
    if isinstance(command, AddUnit | SetUnit):
        return command.unit.name
    if isinstance(command, RemoveUnit):
        u = command.unit_id
        return units.get(u) or _stored_name(inverse, "units", u) or u
    if isinstance(command, SetExclusion):
        u, o = command.unit_id, command.option
        return f"{units.get(u, u)} · {options.get(o, o)}"
    return ""


def _score_details(
    key: str, new: Score | None, old: Score | None, has_inverse: bool, lang: str | None
) -> str:
    if key == "score.range":
        before = (old.low, old.high) if old is not None else (None, None)
        after = (new.low, new.high) if new is not None else (None, None)
        return (
            f"{value_words(before[0], lang=lang)} – {value_words(before[1], lang=lang)} → "
            f"{value_words(after[0], lang=lang)} – {value_words(after[1], lang=lang)}"
        )
    if key == "score.texts":
        rationale, source = (new.rationale, new.source) if new is not None else (None, None)
        return value_words(rationale, lang=lang) + " · " + value_words(source, lang=lang)

    def field(score: Score | None) -> object:
        if score is None:
            return None
        if key == "score.rationale":
            return score.rationale
        if key == "score.source":
            return score.source
        return score.value

    if key == "score.add" or not has_inverse:
        return value_words(field(new), lang=lang)
    return f"{value_words(field(old), lang=lang)} → {value_words(field(new), lang=lang)}"


def change_details(
    command: Command, inverse: Command | None = None, lang: str | None = None
) -> str:
    """Before → after of the changed field, in the user's words."""
    key = edit_name(command, inverse).key
    if isinstance(command, SetScore):
        old = inverse.score if isinstance(inverse, SetScore) else None
        return _score_details(key, command.score, old, inverse is not None, lang)
    if isinstance(command, SetWeight):
        before: object = None
        if isinstance(inverse, SetWeight):
            before = inverse.value
        elif isinstance(inverse, SetProfile) and inverse.profile is not None:
            before = (inverse.profile.weights or {}).get(command.node)
        after = value_words(command.value, lang=lang)
        return after if before is None else f"{value_words(before, lang=lang)} → {after}"
    if isinstance(command, SetExclusion):  # the reason, "—" when the option is admitted
        was = inverse.reason if isinstance(inverse, SetExclusion) else None
        return f"{value_words(was, lang=lang)} → {value_words(command.reason, lang=lang)}"
    return ""


def stored_command(stored: dict[str, Any]) -> Command | None:
    """The command a history row stored as JSON; None when it cannot be read back (a damaged
    row, a kind this version does not know)."""
    if not stored:
        return None
    try:
        return command_from_json(stored)
    except (KeyError, ValueError):
        return None


@dataclass(frozen=True)
class EntryWords:
    """One history row in words: the edit's name, the thing it is about, before → after."""

    name: EditName
    edit: str
    subject: str = ""
    details: str = ""

    @property
    def category(self) -> str:
        """The history filter's category of the edit."""
        return self.name.category

    @property
    def change(self) -> str:
        """The edit and its subject in one ("Onderbouwing gewijzigd: Regeling · Continuïteit")."""
        return self.edit + (f": {self.subject}" if self.subject else "")


def entry_words(entry: HistoryEntry, case: Case, lang: str | None = None) -> EntryWords:
    """The words of one history entry; things are named as in ``case`` (the case now) or, when
    removed since, as the entry's inverse keeps them."""
    command = stored_command(entry.command)
    inverse = stored_command(entry.inverse)
    if command is None:
        name = kind_name(entry.kind)
        return EntryWords(name, name.past(lang))
    name = edit_name(command, inverse)
    return EntryWords(
        name,
        name.past(lang),
        subject(command, case, inverse),
        change_details(command, inverse, lang),
    )
