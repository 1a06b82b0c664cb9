"""The one vocabulary of edits: what kind of edit a command is, and its words (Qt-free).

Every edit has a *key* (``score.rationale``, ``weight``, ``option.add``, ...) read from the
command and its inverse: a ``SetScore`` that only changes the rationale is ``score.rationale``,
not a score change.  Each key has two forms of one name, side by side in :data:`NAMES` as
(English, Dutch) pairs: what the undo button and the Edit menu say ("Onderbouwing wijzigen") and
what the history says ("Onderbouwing gewijzigd"), plus the history filter's category
(:data:`CATEGORIES`).  The GUI (undo button, history view and its filter) and the command line
(``vormkeuze history``) both read them here; :mod:`words.history` adds a history row's subject
and details.

A ``Restore`` carries a label.  Most labels name the edit it takes back (the inverse of removing
an option is ``Restore(label="remove option")``): in the history that row reads "Ongedaan
gemaakt: Optie verwijderen".  Two name an edit of their own (restoring a snapshot, overwriting
the adopted profile with its workshop copy).  A workshop copy's slider step (a ``SetProfile``
with a ``workshop:`` merge key) is a weight change on the copy.

A history entry whose command cannot be read back (a damaged row, a kind from a newer version)
is named by its kind alone (:func:`kind_name`).

Every function takes ``lang`` (``nl`` or ``en``).  Without one (``None``) the words are in the
language the app installed (:func:`use_language`, called by ``gui.i18n.install``); before any,
English, the source language, as Qt's own ``translate`` without a catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # imported where an edit is named: the first paint imports no commands (gui.i18n uses this)
    from model.commands import Command, SetProfile, SetScore

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


#: key -> ((the undo button's words), (the history's words)), each as (English, Dutch)
NAMES: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "score.add": (
        ("Give score", "Score geven"),
        ("Score given", "Score gegeven"),
    ),
    "score.set": (
        ("Change score", "Score wijzigen"),
        ("Score changed", "Score gewijzigd"),
    ),
    "score.clear": (
        ("Clear score", "Score wissen"),
        ("Score cleared", "Score gewist"),
    ),
    "score.range": (
        ("Change range", "Bandbreedte wijzigen"),
        ("Range changed", "Bandbreedte gewijzigd"),
    ),
    "score.rationale": (
        ("Change rationale", "Onderbouwing wijzigen"),
        ("Rationale changed", "Onderbouwing gewijzigd"),
    ),
    "score.source": (
        ("Change source", "Bron wijzigen"),
        ("Source changed", "Bron gewijzigd"),
    ),
    "score.texts": (
        ("Change rationale and source", "Onderbouwing en bron wijzigen"),
        ("Rationale and source changed", "Onderbouwing en bron gewijzigd"),
    ),
    "weight": (
        ("Change weight", "Gewicht wijzigen"),
        ("Weight changed", "Gewicht gewijzigd"),
    ),
    "weight.workshop": (
        ("Change weight (workshop copy)", "Gewicht wijzigen (werkkopie)"),
        ("Weight changed (workshop copy)", "Gewicht gewijzigd (werkkopie)"),
    ),
    "profile.add": (
        ("Add profile", "Profiel toevoegen"),
        ("Profile added", "Profiel toegevoegd"),
    ),
    "profile.set": (
        ("Change profile", "Profiel wijzigen"),
        ("Profile changed", "Profiel gewijzigd"),
    ),
    "profile.remove": (
        ("Remove profile", "Profiel verwijderen"),
        ("Profile removed", "Profiel verwijderd"),
    ),
    "profile.overwrite": (
        ("Overwrite the adopted profile", "Vastgesteld profiel overschrijven"),
        ("Adopted profile overwritten", "Vastgesteld profiel overschreven"),
    ),
    "option.add": (
        ("Add option", "Optie toevoegen"),
        ("Option added", "Optie toegevoegd"),
    ),
    "option.set": (
        ("Change option", "Optie wijzigen"),
        ("Option changed", "Optie gewijzigd"),
    ),
    "option.remove": (
        ("Remove option", "Optie verwijderen"),
        ("Option removed", "Optie verwijderd"),
    ),
    "option.move": (
        ("Move option", "Optie verplaatsen"),
        ("Option moved", "Optie verplaatst"),
    ),
    "criterion.add": (
        ("Add criterion", "Criterium toevoegen"),
        ("Criterion added", "Criterium toegevoegd"),
    ),
    "criterion.set": (
        ("Change criterion", "Criterium wijzigen"),
        ("Criterion changed", "Criterium gewijzigd"),
    ),
    "criterion.remove": (
        ("Remove criterion", "Criterium verwijderen"),
        ("Criterion removed", "Criterium verwijderd"),
    ),
    "criterion.move": (
        ("Move criterion", "Criterium verplaatsen"),
        ("Criterion moved", "Criterium verplaatst"),
    ),
    "unit.add": (
        ("Add unit", "Onderdeel toevoegen"),
        ("Unit added", "Onderdeel toegevoegd"),
    ),
    "unit.set": (
        ("Change unit", "Onderdeel wijzigen"),
        ("Unit changed", "Onderdeel gewijzigd"),
    ),
    "unit.remove": (
        ("Remove unit", "Onderdeel verwijderen"),
        ("Unit removed", "Onderdeel verwijderd"),
    ),
    "unit.exclusion": (
        ("Change exclusion", "Uitsluiting wijzigen"),
        ("Exclusion changed", "Uitsluiting gewijzigd"),
    ),
    "round": (
        ("Save round as profiles", "Ronde opslaan als profielen"),
        ("Round saved as profiles", "Ronde opgeslagen als profielen"),
    ),
    "snapshot": (
        ("Restore snapshot", "Momentopname terugzetten"),
        ("Snapshot restored", "Momentopname teruggezet"),
    ),
    "restore": (
        ("Restore", "Terugzetten"),
        ("Restored", "Teruggezet"),
    ),
    "case": (
        ("Change case details", "Casusgegevens wijzigen"),
        ("Case details changed", "Casusgegevens gewijzigd"),
    ),
}

#: "Ongedaan maken: Optie verwijderen" on the undo button of a Restore that takes an edit back
UNDO = ("Undo: {edit}", "Ongedaan maken: {edit}")
#: "Ongedaan gemaakt: Optie verwijderen" in the history
UNDONE = ("Undone: {edit}", "Ongedaan gemaakt: {edit}")

#: the history filter's entries in menu order: (category, (English, Dutch)); "" is everything
CATEGORY_NAMES: tuple[tuple[str, tuple[str, str]], ...] = (
    ("", ("All changes", "Alle wijzigingen")),
    ("scores", ("Scores", "Scores")),
    ("texts", ("Rationales and sources", "Onderbouwingen en bronnen")),
    ("weights", ("Weights", "Gewichten")),
    ("profiles", ("Profiles", "Profielen")),
    ("options", ("Options", "Opties")),
    ("criteria", ("Criteria", "Criteria")),
    ("units", ("Units", "Onderdelen")),
    ("case", ("Case details and snapshots", "Casusgegevens en momentopnamen")),
)

_language = "en"


def use_language(lang: str) -> None:
    """The language of words asked for without one (the app's, set when it installs it)."""
    global _language
    _language = lang


def language(lang: str | None = None) -> str:
    """``lang``, or the language in use when it is None (see :func:`use_language`)."""
    return _language if lang is None else lang


def say(pair: tuple[str, str], lang: str | None = None) -> str:
    """The Dutch of an (English, Dutch) pair when the language is ``nl``, else the English."""
    return pair[1] if language(lang) == "nl" else pair[0]


def _forms(key: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """The two forms of a key's name; a key this version does not know is its own name."""
    return NAMES.get(key, ((key, key), (key, key)))


@dataclass(frozen=True)
class EditName:
    """Which edit a command is: its ``key``, and whether it takes that edit back (``undone``)."""

    key: str
    undone: bool = False

    @property
    def category(self) -> str:
        """The history filter's category (see :func:`category_names`)."""
        return CATEGORIES.get(self.key, "case")

    def action(self, lang: str | None = None) -> str:
        """The undo button's words ("Onderbouwing wijzigen")."""
        words = say(_forms(self.key)[0], lang)
        if self.undone:
            return say(UNDO, lang).format(edit=words)
        return words

    def past(self, lang: str | None = None) -> str:
        """The history's words ("Onderbouwing gewijzigd")."""
        if self.undone:
            return say(UNDONE, lang).format(edit=say(_forms(self.key)[0], lang))
        return say(_forms(self.key)[1], lang)


def category_names(lang: str | None = None) -> list[tuple[str, str]]:
    """(category, label) for the history filter, in menu order; ``""`` is everything."""
    return [(category, say(words, lang)) for category, words in CATEGORY_NAMES]


def kind_name(kind: str) -> EditName:
    """The edit a stored kind names when its command cannot be read back (a kind this version
    does not know is shown as it was stored)."""
    return EditName(KIND_KEYS.get(kind, kind or "case"))


def _score_key(command: SetScore, inverse: Command | None) -> str:
    from model.commands import SetScore

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
    from model.commands import SetProfile

    if command.merge is not None and command.merge.startswith(WORKSHOP_MERGE):
        return "weight.workshop"
    if command.profile is None:
        return "profile.remove"
    if isinstance(inverse, SetProfile) and inverse.profile is None:
        return "profile.add"
    return "profile.set"


def _option_key(inverse: Command | None) -> str:
    from model.commands import RemoveOption, Restore

    added = isinstance(inverse, RemoveOption) or (
        isinstance(inverse, Restore) and RESTORE_UNDOES.get(inverse.label) == "option.add"
    )
    return "option.add" if added else "option.set"


def edit_name(command: Command, inverse: Command | None = None) -> EditName:
    """Which edit ``command`` is; ``inverse`` (stored beside it) tells which field changed."""
    from model.commands import UNDO_PREFIX, Restore, SetOption, SetProfile, SetScore

    if isinstance(command, SetScore):
        return EditName(_score_key(command, inverse))
    if isinstance(command, SetProfile):
        return EditName(_profile_key(command, inverse))
    if isinstance(command, SetOption):
        return EditName(_option_key(inverse))
    if isinstance(command, Restore):
        if command.label in RESTORE_UNDOES:
            return EditName(RESTORE_UNDOES[command.label], undone=True)
        own = command.label.removeprefix(UNDO_PREFIX)
        if own != command.label and own in RESTORE_EDITS:  # a snapshot restore taken back
            return EditName(RESTORE_EDITS[own], undone=True)
        return EditName(RESTORE_EDITS.get(command.label, "restore"))
    return kind_name(command.kind)


def command_label(command: Command, inverse: Command | None = None, lang: str | None = None) -> str:
    """The undo button's name for an edit ("Score wijzigen", "Onderbouwing wijzigen")."""
    return edit_name(command, inverse).action(lang)
