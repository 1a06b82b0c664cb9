"""Work in progress: what can be shown while some scores are still missing.

The analyses refuse a case with missing scores (the command line lists them, as the spec says).
The app shows a *provisional* result instead: :func:`provisional` returns a reduced case that
can be analysed, together with what was left out and what is missing, so that every view can say
"voorlopig: 3 scores ontbreken" and offer the first missing cell.

Two reductions are possible, and the one that keeps more scored cells is used:

- **over the complete criteria**: leave out the criteria that miss a score for some option
  (every option is still ranked, on fewer criteria);
- **over the complete options**: leave out the options that miss a score (the others are
  ranked on every criterion).

Leaving criteria out renormalises the weights of their siblings (the tree is pruned, the local
weights of what remains are kept; a rank elicitation is re-derived from the remaining order and
an AHP matrix keeps the rows and columns of the remaining children).  With a tie in kept cells,
the reduction over the criteria wins: it keeps every option in view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from model.case import Case, Criterion, Elicitation, Profile
from model.validation import missing_pairs

Mode = Literal["complete", "criteria", "options", "none"]


@dataclass(frozen=True)
class Provisional:
    """A case the analyses accept, and what had to be left out to get it."""

    #: the case to analyse (the original when nothing is missing; ``None`` for mode "none")
    case: Case | None
    #: "complete" (nothing missing), "criteria" or "options" (what was left out), "none"
    mode: Mode
    #: every missing (option id, leaf id) pair, options in case order, then criteria in order
    missing: tuple[tuple[str, str], ...] = ()
    #: the leaves (mode "criteria") or options (mode "options") that were left out
    left_out: tuple[str, ...] = ()

    @property
    def is_provisional(self) -> bool:
        return self.mode != "complete"

    @property
    def first_missing(self) -> tuple[str, str] | None:
        return self.missing[0] if self.missing else None


_last: list[Any] = [None, None]  # the last case asked about and its answer (views share it)


def provisional(case: Case) -> Provisional:
    """The best analysable reduction of ``case`` (see the module docstring)."""
    if _last[0] is case:
        return _last[1]  # type: ignore[no-any-return]
    result = _provisional(case)
    _last[:] = [case, result]
    return result


def _provisional(case: Case) -> Provisional:
    missing = tuple(missing_pairs(case))
    if not missing:
        return Provisional(case, "complete")
    leaves_missing = {leaf for _, leaf in missing}
    options_missing = {o for o, _ in missing}
    full_leaves = [leaf for leaf in case.leaf_ids if leaf not in leaves_missing]
    full_options = [o for o in case.option_ids if o not in options_missing]
    by_criteria = len(case.options) * len(full_leaves) if len(case.options) >= 2 else 0
    by_options = len(full_options) * len(case.leaf_ids) if len(full_options) >= 2 else 0
    if by_criteria == 0 and by_options == 0:
        return Provisional(None, "none", missing)
    if by_criteria >= by_options:
        dropped = tuple(leaf for leaf in case.leaf_ids if leaf in leaves_missing)
        return Provisional(without_leaves(case, set(dropped)), "criteria", missing, dropped)
    dropped = tuple(o for o in case.option_ids if o in options_missing)
    return Provisional(without_options(case, set(dropped)), "options", missing, dropped)


def without_options(case: Case, drop: set[str]) -> Case:
    """``case`` without the options in ``drop`` (and their scores)."""
    return case.replace(
        options=tuple(o for o in case.options if o.id not in drop),
        scores=tuple(s for s in case.scores if s.option not in drop),
    )


def without_leaves(case: Case, drop: set[str]) -> Case:
    """``case`` without the leaves in ``drop``; groups left empty go too, weights follow."""

    def prune(nodes: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
        kept: list[Criterion] = []
        for n in nodes:
            if n.is_leaf:
                if n.id not in drop:
                    kept.append(n)
                continue
            children = prune(n.children or ())
            if children:
                kept.append(n.replace(children=children))
        return tuple(kept)

    criteria = prune(case.criteria)
    alive = {n.id for top in criteria for n in top.walk()}
    profiles = tuple(_profile_within(p, alive, criteria) for p in case.profiles)
    return case.replace(
        criteria=criteria,
        scores=tuple(s for s in case.scores if s.criterion in alive),
        profiles=profiles,
    )


def _profile_within(profile: Profile, alive: set[str], criteria: tuple[Criterion, ...]) -> Profile:
    weights = (
        {k: v for k, v in profile.weights.items() if k in alive}
        if profile.weights is not None
        else None
    )
    children: dict[str, list[str]] = {"root": [c.id for c in criteria]}
    for top in criteria:
        for n in top.walk():
            if n.children:
                children[n.id] = [c.id for c in n.children]
    elicitation: list[Elicitation] = []
    for e in profile.elicitation or ():
        if e.node != "root" and e.node not in alive:
            continue
        remaining = children.get(e.node, [])
        if len(remaining) < 2:
            continue  # one child left: it carries the whole weight of its parent
        keep = [i for i, c in enumerate(e.order) if c in remaining]
        order = tuple(e.order[i] for i in keep)
        matrix = (
            tuple(tuple(e.matrix[i][j] for j in keep) for i in keep)
            if e.matrix is not None and all(i < len(e.matrix) for i in keep)
            else e.matrix
        )
        elicitation.append(e.replace(order=order, matrix=matrix))
    return profile.replace(
        weights=weights,
        elicitation=tuple(elicitation) if profile.elicitation is not None else None,
    )
