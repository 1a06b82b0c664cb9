"""Profiles stay true: a profile as loaded is the *vastgestelde* (adopted) one; the room works on
a copy.

A workshop copy of profile ``P`` is an ordinary profile of the case whose id is ``P``'s id with
:data:`COPY_SUFFIX` (so the link survives saving and reopening), placed right after ``P``.  Moving
a weight of ``P`` makes (or renews) that copy with the move applied and leaves ``P`` as it was;
moving a weight of the copy changes the copy.  From the copy the user can go back to ``P``, save
the copy as a new profile, or overwrite ``P`` with it.  Each of these is one model command (so
undo covers every step); the names the user reads ("Raad Heemstede — aangepast") come from the
caller, which knows the language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from model.case import Case, Profile, to_data
from model.weights import resolve_profile

if TYPE_CHECKING:
    # the commands are imported where one is made: the first paint needs none
    from model.commands import Command

COPY_SUFFIX = "-aangepast"
MAX_ID = 64
#: weight differences below this (a share of 1) are rounding, not a change
SAME = 5e-4


def copy_id(base_id: str) -> str:
    """The id of the workshop copy of ``base_id`` (stays within the 64-character id limit)."""
    return base_id[: MAX_ID - len(COPY_SUFFIX)] + COPY_SUFFIX


def base_of(case: Case, profile_id: str) -> str | None:
    """The vastgestelde profile that ``profile_id`` is the workshop copy of, or None."""
    if not profile_id.endswith(COPY_SUFFIX):
        return None
    for p in case.profiles:
        if p.id != profile_id and copy_id(p.id) == profile_id:
            return p.id
    return None


def copy_of(case: Case, profile_id: str) -> str | None:
    """The id of the workshop copy of ``profile_id`` when the case has one."""
    if base_of(case, profile_id) is not None:
        return None  # a copy has no copy of its own: it is edited directly
    wanted = copy_id(profile_id)
    return wanted if any(p.id == wanted for p in case.profiles) else None


def is_copy(case: Case, profile_id: str) -> bool:
    return base_of(case, profile_id) is not None


def _index(case: Case, profile_id: str) -> int:
    return [p.id for p in case.profiles].index(profile_id)


def weight_command(
    case: Case, profile_id: str, node: str, value: float, *, name: str, description: str
) -> tuple[Command, str]:
    """The command for moving ``node``'s weight to ``value`` while ``profile_id`` is shown, and
    the profile id to show after it.

    On a workshop copy: a plain ``SetWeight``.  On a vastgestelde profile: one ``SetProfile``
    that makes (or renews) its copy, named ``name``, with the move applied; the profile itself
    is not touched.  Raises ``CaseInvalid`` as ``SetWeight`` does.  A drag that began on the
    vastgestelde profile keeps calling this with that profile's id (not the copy's), so that all
    its steps have one merge key.
    """
    from model.commands import SetWeight

    if is_copy(case, profile_id):
        return SetWeight(profile_id=profile_id, node=node, value=value), profile_id
    moved, _ = SetWeight(profile_id=profile_id, node=node, value=value).apply(case)
    # every step of one drag starts from the base again, so the steps merge into one undo step
    return profile_command(
        case,
        profile_id,
        moved.profile(profile_id),
        name=name,
        description=description,
        merge=f"workshop:{profile_id}:{node}",
    )


def profile_command(
    case: Case,
    profile_id: str,
    changed: Profile,
    *,
    name: str,
    description: str,
    merge: str | None = None,
) -> tuple[Command, str]:
    """The command that gives the shown profile ``profile_id`` the weights of ``changed`` (an
    elicitation, a slider move), and the profile id to show after it.

    On a workshop copy the copy itself changes; on a vastgestelde profile the change goes to
    its copy (made or renewed, named ``name``, placed right after it) and the profile itself
    stays as adopted.
    """
    from model.commands import SetProfile

    if is_copy(case, profile_id):
        return SetProfile(profile_id=profile_id, profile=changed.replace(id=profile_id)), profile_id
    target = copy_id(profile_id)
    copy = changed.replace(id=target, name=name, description=description or None)
    ids = [p.id for p in case.profiles if p.id != target]
    index = ids.index(profile_id) + 1
    return SetProfile(profile_id=target, profile=copy, index=index, merge=merge), target


def save_as_new(
    case: Case, copy_profile_id: str, new_id: str, name: str, description: str | None
) -> Command:
    """Turn the workshop copy into a profile of its own (``new_id``, ``name``), in its place."""
    from model.commands import SetProfile

    old = case.profile(copy_profile_id)
    new = old.replace(id=new_id, name=name, description=description or None)
    return SetProfile(profile_id=copy_profile_id, profile=new)


def overwrite_base(case: Case, copy_profile_id: str) -> Command:
    """Give the vastgestelde profile the copy's weights (keeping its name and description) and
    remove the copy: one step."""
    from model.commands import Restore

    base_id = base_of(case, copy_profile_id)
    if base_id is None:
        raise KeyError(copy_profile_id)
    copy = case.profile(copy_profile_id)
    profiles: list[Profile] = []
    for p in case.profiles:
        if p.id == copy_profile_id:
            continue
        if p.id == base_id:
            p = p.replace(weights=copy.weights, elicitation=copy.elicitation)
        profiles.append(p)
    dumped = to_data(case.replace(profiles=tuple(profiles)), exclude_none=False)
    return Restore(parts={"profiles": dumped["profiles"]}, label="overwrite profile")


def discard_copy(case: Case, copy_profile_id: str) -> Command:
    """Remove the workshop copy (the vastgestelde profile stays as it is)."""
    from model.commands import SetProfile

    if not is_copy(case, copy_profile_id):
        raise KeyError(copy_profile_id)
    return SetProfile(profile_id=copy_profile_id, profile=None)


@dataclass(frozen=True)
class WeightChange:
    """One node whose weight differs between two profiles (shares of 1)."""

    node: str
    local_before: float
    local_after: float
    global_before: float
    global_after: float

    @property
    def global_delta(self) -> float:
        return self.global_after - self.global_before


def _global_weights(case: Case, profile_id: str) -> tuple[dict[str, float], dict[str, float]]:
    resolved = resolve_profile(case, _index(case, profile_id))
    local = resolved.local
    out: dict[str, float] = {}

    def walk(node: str, above: float) -> None:
        for c in case.children_of(node):
            share = above * local.get(c.id, 0.0)
            out[c.id] = share
            walk(c.id, share)

    walk("root", 1.0)
    return local, out


def weight_changes(case: Case, before_id: str, after_id: str) -> list[WeightChange]:
    """Every criteria node (in tree order) whose local or global weight differs."""
    local_b, global_b = _global_weights(case, before_id)
    local_a, global_a = _global_weights(case, after_id)
    out = []
    for n in case.nodes():
        lb, la = local_b.get(n.id, 0.0), local_a.get(n.id, 0.0)
        gb, ga = global_b.get(n.id, 0.0), global_a.get(n.id, 0.0)
        if abs(lb - la) >= SAME or abs(gb - ga) >= SAME:
            out.append(WeightChange(n.id, lb, la, gb, ga))
    return out


def fallback_profile(old: Case, new: Case, active: str) -> str:
    """The profile to show when ``active`` is no longer in ``new`` (an undo, a rename): the
    copy's vastgestelde profile, else the profile now in its place, else the first."""
    ids = [p.id for p in new.profiles]
    if not ids:
        return ""
    base = base_of(old, active)
    if base is not None and base in ids:
        return base
    old_ids = [p.id for p in old.profiles]
    if active in old_ids:
        at = old_ids.index(active)
        if at < len(ids) and ids[at] not in old_ids:  # replaced in place: renamed
            return ids[at]
    return ids[0]
