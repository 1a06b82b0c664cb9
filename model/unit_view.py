"""The case as one unit sees it: the projection every view analyses while a unit is chosen.

``analysis_case(case, unit)`` is a case without units whose case-wide scores are the unit's
effective scores (its own where it has one) and whose options are those the unit does not
exclude; analysing it gives the same numbers as ``evaluate(case, profile, unit)``.  Views that
compute from ``Session.analysis_case`` therefore follow the unit selector without knowing
about units.

``without_hindsight`` is a what-if for a fair test of a past decision: scores whose source
postdates the case's ``as_of`` are left out (a unit's own falls back to the case-wide score when
that one is not from hindsight); a leaf that is then missing a score for some option is left out
of the tree, and its weight goes to its siblings (a node whose rank or AHP elicitation named it
falls back to equal shares).  The case itself never changes.
"""

from __future__ import annotations

from model.case import Case, Criterion, Profile, Score
from model.validation import date_after


def is_hindsight(case: Case, score: Score) -> bool:
    """Whether the score's source dates from after the case's moment of decision."""
    return (
        case.as_of is not None
        and score.source_date is not None
        and date_after(score.source_date, case.as_of)
    )


def hindsight_scores(case: Case) -> list[Score]:
    return [s for s in case.scores if is_hindsight(case, s)]


def analysis_case(case: Case, unit: str | None = None, without_hindsight: bool = False) -> Case:
    """The case to analyse for ``unit`` (None: case-wide), optionally without hindsight."""
    if unit is None and not (without_hindsight and hindsight_scores(case)):
        return case
    keep = set(case.unit_option_ids(unit))
    own = case.unit_scores.get(unit, {}) if unit is not None else {}

    def usable(s: Score | None) -> bool:
        return s is not None and not (without_hindsight and is_hindsight(case, s))

    scores: list[Score] = []
    seen: set[tuple[str, str]] = set()
    for s in case.scores:
        pair = (s.option, s.criterion)
        if s.option not in keep or pair in seen:
            continue
        if s.unit is not None and s.unit != unit:
            continue
        mine = own.get(pair)
        wide = case.score_by_pair.get(pair)
        chosen = mine if usable(mine) else wide if usable(wide) else None
        if chosen is None:
            continue
        seen.add(pair)
        scores.append(chosen if chosen.unit is None else chosen.replace(unit=None))
    projected = case.replace(
        options=tuple(o for o in case.options if o.id in keep),
        scores=tuple(scores),
        units=None,
    )
    if not without_hindsight:
        return projected
    have = {(s.option, s.criterion) for s in scores}
    gone = {
        leaf
        for leaf in case.leaf_ids
        if any((o, leaf) not in have for o in keep)
        and any(is_hindsight(case, s) for s in case.scores if s.criterion == leaf)
    }
    return _without_leaves(projected, gone) if gone else projected


def _without_leaves(case: Case, gone: set[str]) -> Case:
    removed: set[str] = set()

    def prune(nodes: tuple[Criterion, ...]) -> tuple[Criterion, ...]:
        out = []
        for n in nodes:
            if n.is_leaf:
                if n.id in gone:
                    removed.add(n.id)
                    continue
                out.append(n)
                continue
            children = prune(n.children or ())
            if not children:
                removed.add(n.id)
                continue
            out.append(n if children == n.children else n.replace(children=children))
        return tuple(out)

    criteria = prune(case.criteria)
    parents = {p for n, p in case.parent_of.items() if n in removed}

    def profile(p: Profile) -> Profile:
        weights = (
            None if p.weights is None else {k: v for k, v in p.weights.items() if k not in removed}
        )
        elic = tuple(e for e in p.elicitation or () if e.node not in removed | parents)
        return p.replace(
            weights=weights,
            elicitation=elic if p.elicitation is not None and elic else None,
        )

    return case.replace(
        criteria=criteria,
        scores=tuple(s for s in case.scores if s.criterion not in removed),
        profiles=tuple(profile(p) for p in case.profiles),
    )
