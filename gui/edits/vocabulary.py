"""The one vocabulary of edits: what kind of edit a command is, and its words.

Every edit has a *key* (``score.rationale``, ``weight``, ``option.add``, ...) read from the
command and its inverse: a ``SetScore`` that only changes the rationale is ``score.rationale``,
not a score change.  Each key has two forms of one name, side by side in :func:`_words`: what the
undo button and the Edit menu say ("Onderbouwing wijzigen") and what the history says
("Onderbouwing gewijzigd"), plus the history filter's category (:data:`CATEGORIES`).

A ``Restore`` carries a label.  Most labels name the edit it takes back (the inverse of removing
an option is ``Restore(label="remove option")``): in the history that row reads "Ongedaan
gemaakt: Optie verwijderen".  Two name an edit of their own (restoring a snapshot, overwriting
the adopted profile with its workshop copy).  A workshop copy's slider step (a ``SetProfile``
with a ``workshop:`` merge key) is a weight change on the copy.

A history entry whose command cannot be read back (a damaged row, a kind from a newer version)
is named by its kind alone (:func:`kind_name`).
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.i18n import translate
from model.commands import Command, RemoveOption, Restore, SetOption, SetProfile, SetScore

#: edit key -> the history filter's category
CATEGORIES: dict[str, str] = {
    "score.add": "scores",
    "score.set": "scores",
    "score.clear": "scores",
    "score.range": "scores",
    "score.rationale": "texts",
    "score.source": "texts",
    "score.texts": "texts",
    "weight": "weights",
    "weight.workshop": "weights",
    "profile.add": "profiles",
    "profile.set": "profiles",
    "profile.remove": "profiles",
    "profile.overwrite": "profiles",
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
    "snapshot": "case",
    "restore": "case",
    "case": "case",
}

#: command kind -> its key when nothing more can be read (the command could not be read back)
KIND_KEYS: dict[str, str] = {
    "SetScore": "score.set",
    "SetWeight": "weight",
    "SetProfile": "profile.set",
    "SetOption": "option.set",
    "RemoveOption": "option.remove",
    "MoveOption": "option.move",
    "SetCriterion": "criterion.set",
    "AddCriterion": "criterion.add",
    "RemoveCriterion": "criterion.remove",
    "MoveCriterion": "criterion.move",
    "SetCaseInfo": "case",
    "Restore": "restore",
    "SaveRound": "round",
    "AddUnit": "unit.add",
    "SetUnit": "unit.set",
    "RemoveUnit": "unit.remove",
    "SetExclusion": "unit.exclusion",
    "SetAsOf": "case",
    "SetEpilogue": "case",
}

#: a Restore's label -> the edit it takes back (the labels the model's inverses carry)
RESTORE_UNDOES: dict[str, str] = {
    "add option": "option.add",
    "remove option": "option.remove",
    "add criterion": "criterion.add",
    "remove criterion": "criterion.remove",
    "move criterion": "criterion.move",
    "remove unit": "unit.remove",
    "remove round profiles": "round",
}
#: a Restore's label -> the edit it is itself
RESTORE_EDITS: dict[str, str] = {
    "restore snapshot": "snapshot",
    "overwrite profile": "profile.overwrite",
}

WORKSHOP_MERGE = "workshop:"


def _words() -> dict[str, tuple[str, str]]:
    """key -> (the undo button's words, the history's words), in the current language."""
    return {
        "score.add": (
            translate("Edits", "Give score"),
            translate("Edits", "Score given"),
        ),
        "score.set": (
            translate("Edits", "Change score"),
            translate("Edits", "Score changed"),
        ),
        "score.clear": (
            translate("Edits", "Clear score"),
            translate("Edits", "Score cleared"),
        ),
        "score.range": (
            translate("Edits", "Change range"),
            translate("Edits", "Range changed"),
        ),
        "score.rationale": (
            translate("Edits", "Change rationale"),
            translate("Edits", "Rationale changed"),
        ),
        "score.source": (
            translate("Edits", "Change source"),
            translate("Edits", "Source changed"),
        ),
        "score.texts": (
            translate("Edits", "Change rationale and source"),
            translate("Edits", "Rationale and source changed"),
        ),
        "weight": (
            translate("Edits", "Change weight"),
            translate("Edits", "Weight changed"),
        ),
        "weight.workshop": (
            translate("Edits", "Change weight (workshop copy)"),
            translate("Edits", "Weight changed (workshop copy)"),
        ),
        "profile.add": (
            translate("Edits", "Add profile"),
            translate("Edits", "Profile added"),
        ),
        "profile.set": (
            translate("Edits", "Change profile"),
            translate("Edits", "Profile changed"),
        ),
        "profile.remove": (
            translate("Edits", "Remove profile"),
            translate("Edits", "Profile removed"),
        ),
        "profile.overwrite": (
            translate("Edits", "Overwrite the adopted profile"),
            translate("Edits", "Adopted profile overwritten"),
        ),
        "option.add": (
            translate("Edits", "Add option"),
            translate("Edits", "Option added"),
        ),
        "option.set": (
            translate("Edits", "Change option"),
            translate("Edits", "Option changed"),
        ),
        "option.remove": (
            translate("Edits", "Remove option"),
            translate("Edits", "Option removed"),
        ),
        "option.move": (
            translate("Edits", "Move option"),
            translate("Edits", "Option moved"),
        ),
        "criterion.add": (
            translate("Edits", "Add criterion"),
            translate("Edits", "Criterion added"),
        ),
        "criterion.set": (
            translate("Edits", "Change criterion"),
            translate("Edits", "Criterion changed"),
        ),
        "criterion.remove": (
            translate("Edits", "Remove criterion"),
            translate("Edits", "Criterion removed"),
        ),
        "criterion.move": (
            translate("Edits", "Move criterion"),
            translate("Edits", "Criterion moved"),
        ),
        "unit.add": (
            translate("Edits", "Add unit"),
            translate("Edits", "Unit added"),
        ),
        "unit.set": (
            translate("Edits", "Change unit"),
            translate("Edits", "Unit changed"),
        ),
        "unit.remove": (
            translate("Edits", "Remove unit"),
            translate("Edits", "Unit removed"),
        ),
        "unit.exclusion": (
            translate("Edits", "Change exclusion"),
            translate("Edits", "Exclusion changed"),
        ),
        "round": (
            translate("Edits", "Save round as profiles"),
            translate("Edits", "Round saved as profiles"),
        ),
        "snapshot": (
            translate("Edits", "Restore snapshot"),
            translate("Edits", "Snapshot restored"),
        ),
        "restore": (
            translate("Edits", "Restore"),
            translate("Edits", "Restored"),
        ),
        "case": (
            translate("Edits", "Change case details"),
            translate("Edits", "Case details changed"),
        ),
    }


@dataclass(frozen=True)
class EditName:
    """Which edit a command is: its ``key``, and whether it takes that edit back (``undone``)."""

    key: str
    undone: bool = False

    @property
    def category(self) -> str:
        """The history filter's category (see :func:`category_names`)."""
        return CATEGORIES.get(self.key, "case")

    def action(self) -> str:
        """The undo button's words ("Onderbouwing wijzigen")."""
        words = _words().get(self.key, (self.key, self.key))[0]
        if self.undone:
            return translate("Edits", "Undo: {edit}").format(edit=words)
        return words

    def past(self) -> str:
        """The history's words ("Onderbouwing gewijzigd")."""
        if self.undone:
            words = _words().get(self.key, (self.key, self.key))[0]
            return translate("Edits", "Undone: {edit}").format(edit=words)
        return _words().get(self.key, (self.key, self.key))[1]


def category_names() -> list[tuple[str, str]]:
    """(category, label) for the history filter, in menu order; ``""`` is everything."""
    return [
        ("", translate("Edits", "All changes")),
        ("scores", translate("Edits", "Scores")),
        ("texts", translate("Edits", "Rationales and sources")),
        ("weights", translate("Edits", "Weights")),
        ("profiles", translate("Edits", "Profiles")),
        ("options", translate("Edits", "Options")),
        ("criteria", translate("Edits", "Criteria")),
        ("units", translate("Edits", "Units")),
        ("case", translate("Edits", "Case details and snapshots")),
    ]


def kind_name(kind: str) -> EditName:
    """The edit a stored kind names when its command cannot be read back (a kind this version
    does not know is shown as it was stored)."""
    return EditName(KIND_KEYS.get(kind, kind or "case"))


def _score_key(command: SetScore, inverse: Command | None) -> str:
    new = command.score
    if new is None:
        return "score.clear"
    old = inverse.score if isinstance(inverse, SetScore) else None
    if old is None:
        return "score.add" if inverse is not None else "score.set"
    pairs = (
        ("value", new.value, old.value),
        ("low", new.low, old.low),
        ("high", new.high, old.high),
        ("rationale", new.rationale, old.rationale),
        ("source", new.source, old.source),
    )
    changed = {field for field, after, before in pairs if after != before}
    if not changed:
        return "score.set"
    if changed <= {"rationale"}:
        return "score.rationale"
    if changed <= {"source"}:
        return "score.source"
    if changed <= {"rationale", "source"}:
        return "score.texts"
    if changed <= {"low", "high"}:
        return "score.range"
    return "score.set"


def _profile_key(command: SetProfile, inverse: Command | None) -> str:
    if command.merge is not None and command.merge.startswith(WORKSHOP_MERGE):
        return "weight.workshop"
    if command.profile is None:
        return "profile.remove"
    if isinstance(inverse, SetProfile) and inverse.profile is None:
        return "profile.add"
    return "profile.set"


def _option_key(inverse: Command | None) -> str:
    added = isinstance(inverse, RemoveOption) or (
        isinstance(inverse, Restore) and RESTORE_UNDOES.get(inverse.label) == "option.add"
    )
    return "option.add" if added else "option.set"


def edit_name(command: Command, inverse: Command | None = None) -> EditName:
    """Which edit ``command`` is; ``inverse`` (stored beside it) tells which field changed."""
    if isinstance(command, SetScore):
        return EditName(_score_key(command, inverse))
    if isinstance(command, SetProfile):
        return EditName(_profile_key(command, inverse))
    if isinstance(command, SetOption):
        return EditName(_option_key(inverse))
    if isinstance(command, Restore):
        if command.label in RESTORE_UNDOES:
            return EditName(RESTORE_UNDOES[command.label], undone=True)
        return EditName(RESTORE_EDITS.get(command.label, "restore"))
    return kind_name(command.kind)


def command_label(command: Command, inverse: Command | None = None) -> str:
    """The undo button's name for an edit ("Score wijzigen", "Onderbouwing wijzigen")."""
    return edit_name(command, inverse).action()
