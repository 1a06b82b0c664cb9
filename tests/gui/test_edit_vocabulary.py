"""One vocabulary of edits: every command has a name in both languages, and the undo button and
the history say the same words for the same edit."""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from gui import i18n
from gui.main_window import MainWindow
from gui.views.history import HistoryView
from model import commands, participation, unit_commands
from model.case import Option
from model.commands import (
    Command,
    RemoveCriterion,
    RemoveOption,
    SetCaseInfo,
    SetOption,
    SetWeight,
    command_from_json,
    edit_score,
)
from model.unit_commands import SetExclusion, add_unit
from model.workshop import copy_id, overwrite_base, weight_command
from tests.gui.conftest import make_window
from words.edits import (
    CATEGORIES,
    KIND_KEYS,
    RESTORE_EDITS,
    RESTORE_UNDOES,
    EditName,
    category_names,
    edit_name,
    kind_name,
)

COMMAND_MODULES: tuple[ModuleType, ...] = (commands, unit_commands, participation)


def command_classes() -> list[type[Command]]:
    """Every concrete command class defined in the model's command modules (found, not listed)."""
    found = []
    for module in COMMAND_MODULES:
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(cls, Command)
                and cls is not Command
                and cls.__module__ == module.__name__
            ):
                found.append(cls)
    return found


def every_name() -> list[EditName]:
    names = [EditName(key) for key in CATEGORIES]
    names += [EditName(key, undone=True) for key in RESTORE_UNDOES.values()]
    return names


def words(names: list[EditName]) -> list[tuple[str, str]]:
    return [(n.action(), n.past()) for n in names]


def test_the_command_modules_are_found() -> None:
    kinds = {cls.__name__ for cls in command_classes()}
    assert {"SetScore", "Restore", "AddUnit", "SetExclusion", "SaveRound"} <= kinds
    assert kinds <= set(Command.registry)  # each registers, so the history reads it back


@pytest.mark.parametrize("cls", command_classes(), ids=lambda c: c.__name__)
def test_every_command_kind_has_a_name_in_english_and_dutch(qapp: Any, cls: type[Command]) -> None:
    kind = cls.__name__
    assert kind in KIND_KEYS, f"{kind} has no name in words/edits.py"
    name = kind_name(kind)
    assert name.key in CATEGORIES
    english = (name.action(), name.past())
    assert all(english) and name.key not in english  # a name, not the raw key
    i18n.install(qapp, "nl")
    dutch = (name.action(), name.past())
    assert all(dutch) and dutch[0] != english[0] and dutch[1] != english[1]


def test_every_name_has_both_forms_in_both_languages(qapp: Any) -> None:
    names = every_name()
    english = words(names)
    i18n.install(qapp, "nl")
    dutch = words(names)
    for name, (en_action, en_past), (nl_action, nl_past) in zip(names, english, dutch, strict=True):
        assert en_action != en_past and nl_action != nl_past, name
        assert nl_action != en_action and nl_past != en_past, f"{name}: no Dutch"
        # the two forms of one name: "Onderbouwing wijzigen" / "Onderbouwing gewijzigd"
        if " " in nl_action:
            assert nl_action.split()[0] == nl_past.split()[0], (nl_action, nl_past)
    assert len({a for a, _ in dutch}) == len(dutch), "two edits share their undo words"
    assert len({p for _, p in dutch}) == len(dutch), "two edits share their history words"


def test_every_restore_label_and_category_is_named() -> None:
    assert set(RESTORE_UNDOES.values()) <= set(CATEGORIES)
    assert set(RESTORE_EDITS.values()) <= set(CATEGORIES)
    assert set(KIND_KEYS.values()) <= set(CATEGORIES)
    filters = {c for c, _ in category_names() if c}
    assert set(CATEGORIES.values()) == filters  # every edit can be filtered, no empty filter


def test_the_model_inverses_carry_only_named_restore_labels(default_case: Any) -> None:
    """Each structural edit's inverse is a Restore whose label the vocabulary knows."""
    case = default_case
    option = Option(id="nieuw", name="Nieuwe optie")
    _, add_inverse = SetOption(option_id="nieuw", option=option).apply(case)
    _, remove_inverse = RemoveOption(option_id="pso").apply(case)
    assert edit_name(add_inverse) == EditName("option.add", undone=True)
    assert edit_name(remove_inverse) == EditName("option.remove", undone=True)
    assert edit_name(SetOption(option_id="nieuw", option=option), add_inverse).key == "option.add"


def history(window: MainWindow) -> HistoryView:
    view = window.view("geschiedenis")
    assert isinstance(view, HistoryView)
    window.show_view("geschiedenis")
    return view


def newest(window: MainWindow) -> tuple[EditName, str]:
    """The vocabulary's name of the newest history entry, and the row the history shows."""
    assert window.document is not None
    entry = window.document.history()[-1]
    name = edit_name(command_from_json(entry.command), command_from_json(entry.inverse))
    return name, str(history(window).history_model.index(0, 2).data())


def test_the_undo_button_and_the_history_say_the_same_words(
    qtbot: Any, qapp: Any, tmp_path: Path, default_case: Any, settings: Any
) -> None:
    i18n.install(qapp, "nl")
    window = make_window(qtbot, tmp_path, default_case, settings, lang="nl")
    history(window)
    case = window.session.case
    pso = case.option("pso").name
    unit = add_unit(case, "Heemstede")
    copy, _ = weight_command(
        case, "raad-heemstede", "financien", 40, name="Werkkopie", description=""
    )
    new = Option(id="nieuw", name="Nieuw")
    exclusion = SetExclusion(unit_id=unit.unit.id, option="pso", reason="Past niet")
    steps: list[tuple[Command, str, str]] = [
        (edit_score(case, "pso", "btw", rationale="Nieuw"), "Onderbouwing wijzigen", pso),
        (
            SetWeight(profile_id="raad-heemstede", node="financien", value=45),
            "Gewicht wijzigen",
            "",
        ),
        (SetOption(option_id="nieuw", option=new), "Optie toevoegen", "Nieuw"),
        (RemoveOption(option_id="nieuw"), "Optie verwijderen", "Nieuw"),
        (unit, "Onderdeel toevoegen", "Heemstede"),
        (exclusion, "Uitsluiting wijzigen", f"Heemstede · {pso}"),
        (SetCaseInfo(title="Andere titel"), "Casusgegevens wijzigen", "Andere titel"),
        (copy, "Gewicht wijzigen (werkkopie)", "Werkkopie"),
    ]
    for command, undo_words, thing in steps:
        assert window.push(command), undo_words
        name, row = newest(window)
        assert window.undo_stack.undoText() == name.action() == undo_words
        assert row.startswith(name.past()) and thing in row
        assert row.split()[0] == undo_words.split()[0]  # "Onderbouwing gewijzigd: ..."
    details = history(window).history_model.index(2, 3).data()  # the exclusion, two rows down
    assert details == "— → Past niet"
    assert window.push(overwrite_base(window.session.case, copy_id("raad-heemstede")))
    name, row = newest(window)
    assert window.undo_stack.undoText() == "Vastgesteld profiel overschrijven"
    assert row == name.past() == "Vastgesteld profiel overschreven"
    # undoing an edit is one row more, named as the undo of that edit
    for _ in range(6):  # back to before removing the option
        window.undo_stack.undo()
    name, row = newest(window)
    assert window.undo_stack.redoText() == "Optie verwijderen"
    assert name == EditName("option.remove", undone=True)
    assert row == "Ongedaan gemaakt: Optie verwijderen: Nieuw"  # the option it brought back
    window.close()


def test_removed_things_keep_their_names_in_the_history(default_case: Any) -> None:
    """A removed criterion (and the undo that brings it back) is named, not shown by its id."""
    from words.history import subject

    case = default_case
    group = case.criteria[0]
    removed, inverse = RemoveCriterion(node=group.id).apply(case)
    assert subject(RemoveCriterion(node=group.id), removed, inverse) == group.name
    back, again = inverse.apply(removed)
    leaves = [n.name for n in group.walk()]
    assert subject(inverse, back, again).split(", ") == leaves  # the group and what was in it
