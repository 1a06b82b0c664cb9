"""``robustness`` (SMAA-2), ``stability`` ("wat is ervoor nodig?") and ``group``."""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from cli.common import Context, say_unit, table
from model import AnalysisError, Case, FileProblem
from model.errors import issue
from model.group import GroupView, group
from model.io import read_bytes
from model.robustness import MAX_SAMPLES, Robustness, robustness
from model.stability import stability
from words.sentences import stability_sentence

ROBUSTNESS_USAGE = (
    "vormkeuze robustness CASE [--profile ID] (--uniform | --spread S | --between-profiles)"
    " [--samples N] [--seed K] [--unit ID] [--format json]"
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "robustness",
        help="how firm the ranking is (SMAA-2 rank acceptability)",
        usage=ROBUSTNESS_USAGE,
    )
    p.add_argument("case")
    p.add_argument("--profile")
    # the modes are checked by hand so the message is one clear sentence in the user's language
    p.add_argument("--uniform", action="store_true", help="weights uniform over the simplex")
    p.add_argument("--spread", metavar="S", help="weights within ±S (0 < S <= 1) of the profile")
    p.add_argument(
        "--between-profiles", action="store_true", help="weights between all profiles' weights"
    )
    p.add_argument("--samples", metavar="N", default="10000")
    p.add_argument("--seed", metavar="K")
    p.add_argument("--unit", metavar="ID", help="analyse one unit (team) of the case")
    p.set_defaults(run=run_robustness)

    p = sub.add_parser("stability", help="the smallest weight change that makes an option first")
    p.add_argument("case")
    p.add_argument("--target", required=True, metavar="OPTION")
    p.add_argument("--profile")
    p.add_argument("--unit", metavar="ID", help="analyse one unit (team) of the case")
    p.set_defaults(run=run_stability)

    p = sub.add_parser("group", help="all profiles side by side, and where they meet")
    p.add_argument("case")
    p.add_argument("--weights-by", default="equal", metavar="equal|FILE")
    p.set_defaults(run=run_group)


# -- robustness -------------------------------------------------------------------------------
def _mode(args: argparse.Namespace) -> tuple[str, float | None]:
    given = [
        flag
        for flag, on in (
            ("--uniform", args.uniform),
            ("--spread", args.spread is not None),
            ("--between-profiles", args.between_profiles),
        )
        if on
    ]
    if not given:
        raise AnalysisError([issue("robustness_mode_missing", "robustness")])
    if len(given) > 1:
        raise AnalysisError([issue("robustness_modes_exclusive", "robustness", given=given)])
    if args.uniform:
        return "uniform", None
    if args.between_profiles:
        return "between-profiles", None
    try:
        s = float(str(args.spread).replace(",", "."))
    except ValueError:
        s = math.nan
    if not (math.isfinite(s) and 0.0 < s <= 1.0):
        raise AnalysisError([issue("robustness_bad_spread", "--spread", value=args.spread)])
    return "spread", s


def _whole(text: str | None, code: str, place: str, minimum: int) -> int | None:
    if text is None:
        return None
    try:
        value = int(str(text).strip())
    except ValueError:
        raise AnalysisError([issue(code, place, value=text)]) from None
    if value < minimum:
        raise AnalysisError([issue(code, place, value=text)])
    return value


def run_robustness(args: argparse.Namespace, ctx: Context) -> int:
    mode, spread = _mode(args)
    samples = _whole(args.samples, "robustness_bad_samples", "--samples", 1)
    seed = _whole(args.seed, "robustness_bad_seed", "--seed", 0)
    assert samples is not None
    if samples > MAX_SAMPLES:  # refused before any work, naming the limit
        raise AnalysisError(
            [issue("robustness_too_many_samples", "--samples", value=samples, limit=MAX_SAMPLES)]
        )
    case, _ = ctx.load(args.case)
    with ctx.progress(ctx.t("Robustness (SMAA)", "Robuustheid (SMAA)")) as tick:
        result = robustness(
            case,
            args.profile,
            mode=mode,
            spread=spread,
            samples=samples,
            seed=seed,
            unit=args.unit,
            progress=tick,
        )
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    say_unit(case, args.unit, ctx)
    _print_robustness(case, result, args.profile, ctx)
    return 0


def _print_robustness(case: Case, r: Robustness, profile_id: str | None, ctx: Context) -> None:
    names = {o.id: o.name for o in case.options}
    if r.mode == "uniform":
        how = ctx.t(
            "every weighting equally likely (no preferences)",
            "elke weging even waarschijnlijk (geen voorkeuren)",
        )
    elif r.mode == "spread":
        profile = case.profile(profile_id)
        pct = ctx.percent(r.spread or 0.0, 0)
        how = ctx.t(
            f"weights within ±{pct} of the profile {profile.name}",
            f"gewichten binnen ±{pct} rond het profiel {profile.name}",
        )
    else:
        how = ctx.t(
            f"weights between the {len(case.profiles)} profiles",
            f"gewichten tussen de {len(case.profiles)} profielen",
        )
    ctx.say(ctx.t("Robustness (SMAA-2): ", "Robuustheid (SMAA-2): ") + how)
    ranges = sum(1 for s in case.scores if s.low is not None or s.high is not None)
    ctx.say(
        ctx.t(
            f"{r.samples} samples; {ranges} scores with a range vary in every sample.",
            f"{r.samples} trekkingen; {ranges} scores met een bandbreedte variëren in elke"
            " trekking.",
        )
    )
    ctx.say("")
    ctx.say(
        ctx.t(
            "Chance of each place (rank acceptability) and confidence factor:",
            "Kans op plaats (rangacceptatie) en betrouwbaarheid:",
        )
    )
    n = len(r.option_ids)
    order = sorted(range(n), key=lambda i: tuple(-x for x in r.rank_acceptability[i]))
    head = [ctx.t("Option", "Optie")] + [f"{k + 1}" for k in range(n)]
    head.append(ctx.t("Confidence", "Betrouwbaarheid"))
    rows = [head]
    for i in order:
        o = r.option_ids[i]
        rows.append(
            [names[o]]
            + [ctx.percent(x) for x in r.rank_acceptability[i]]
            + [ctx.percent(r.confidence[o]) if o in r.central_weights else "–"]
        )
    ctx.say(table(rows, right=set(range(1, n + 2))))
    if r.central_weights:
        ctx.say("")
        ctx.say(
            ctx.t(
                "Central weights (average weights with which the option comes first):",
                "Centrale gewichten (gemiddelde weging waarbij de optie eerst staat):",
            )
        )
        shown = [r.option_ids[i] for i in order if r.option_ids[i] in r.central_weights]
        leaf_names = {leaf: case.node_by_id[leaf].name for leaf in r.leaf_ids}
        rows = [[ctx.t("Criterion", "Criterium"), *(_short(names[o]) for o in shown)]]
        for j, leaf in enumerate(r.leaf_ids):
            rows.append([leaf_names[leaf], *(ctx.percent(r.central_weights[o][j]) for o in shown)])
        ctx.say(table(rows, right=set(range(1, len(shown) + 1))))
    never = [names[o] for o in r.option_ids if o not in r.central_weights]
    if never:
        ctx.say("")
        ctx.say(
            ctx.t(
                "Never first in any sample: " + ", ".join(never) + ".",
                "In geen enkele trekking de beste: " + ", ".join(never) + ".",
            )
        )


def _short(name: str, width: int = 20) -> str:
    """A column header: long names cut with an ellipsis (the rows carry the full names)."""
    return name if len(name) <= width else name[: width - 1].rstrip() + "…"


# -- stability --------------------------------------------------------------------------------
def run_stability(args: argparse.Namespace, ctx: Context) -> int:
    case, _ = ctx.load(args.case)
    result = stability(case, args.target, args.profile, args.unit)
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    say_unit(case, args.unit, ctx)
    ctx.say(stability_sentence(case, result, ctx.lang))
    if result.weight_array is not None and result.distance and result.distance > 1e-9:
        ctx.say("")
        rows = [[ctx.t("Criterion", "Criterium"), ctx.t("now", "nu"), ctx.t("needed", "nodig")]]
        for j, leaf in enumerate(result.leaf_ids):
            before, after = result.current[j], result.weight_array[j]
            mark = "" if abs(after - before) <= 1e-6 else (" ↑" if after > before else " ↓")
            rows.append(
                [case.node_by_id[leaf].name, ctx.percent(before), ctx.percent(after) + mark]
            )
        ctx.say(table(rows, right={1}))
    return 0


# -- group ------------------------------------------------------------------------------------
def read_profile_weights(path: str) -> dict[str, Any]:
    """The ``--weights-by FILE`` object ``{"profile-id": weight}``; FileProblem otherwise."""
    try:
        text = read_bytes(path).decode("utf-8")  # special files refused, size capped
    except UnicodeDecodeError:
        raise FileProblem([issue("not_utf8", path)]) from None
    if not text.strip():
        raise FileProblem([issue("file_empty", path)])
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise FileProblem([issue("not_json", path, line=e.lineno, column=e.colno)]) from None
    if not isinstance(data, dict):
        raise FileProblem([issue("expected_object", path)])
    return data


def run_group(args: argparse.Namespace, ctx: Context) -> int:
    case, _ = ctx.load(args.case)
    given = None if args.weights_by == "equal" else read_profile_weights(args.weights_by)
    result = group(case, given)
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    _print_group(case, result, given is not None, ctx)
    return 0


def _print_group(case: Case, g: GroupView, weighted: bool, ctx: Context) -> None:
    names = {o.id: o.name for o in case.options}
    pnames = {p.id: p.name for p in case.profiles}
    n = len(g.profile_ids)
    ctx.say(ctx.t(f"Group view ({n} profiles)", f"Groepsbeeld ({n} profielen)"))
    ctx.say("")
    ctx.say(
        ctx.t(
            "Weight that must move before an option is the best (0% = already the best):",
            "Gewicht dat moet verschuiven voordat een optie de beste is (0% = al de beste):",
        )
    )
    rows = [[ctx.t("Option", "Optie"), *(_short(pnames[p]) for p in g.profile_ids)]]
    for o in g.option_ids:
        cells = []
        for p in g.profile_ids:
            d = g.distance(p, o)
            cells.append(ctx.t("unreachable", "onbereikbaar") if d is None else ctx.percent(d))
        rows.append([names[o], *cells])
    ctx.say(table(rows, right=set(range(1, len(g.profile_ids) + 1))))
    ctx.say("")
    for k, p in enumerate(g.profile_ids):
        best = ", ".join(names[o] for o in g.winners(k))
        ctx.say(ctx.t(f"Best for {pnames[p]}: {best}", f"Beste voor {pnames[p]}: {best}"))
    ctx.say("")
    if weighted:
        shares = ", ".join(f"{pnames[p]} {ctx.percent(s)}" for p, s in g.profile_share.items())
        ctx.say(
            ctx.t(
                f"Combined profile (weighted: {shares}):",
                f"Gecombineerd profiel (gewogen: {shares}):",
            )
        )
    else:
        ctx.say(
            ctx.t(
                "Combined profile (every profile counts equally):",
                "Gecombineerd profiel (elk profiel telt even zwaar):",
            )
        )
    rows = [[ctx.t("Rank", "Rang"), ctx.t("Option", "Optie"), ctx.t("Value", "Totaalwaarde")]]
    for i in sorted(range(len(g.option_ids)), key=lambda i: -g.aggregate_values[i]):
        rows.append(
            [str(g.aggregate_ranks[i]), names[g.option_ids[i]], ctx.number(g.aggregate_values[i])]
        )
    ctx.say(table(rows, right={0, 2}))
    ctx.say("")
    best = names[g.acceptable]
    mean = ctx.number(g.mean_rank)
    ctx.say(
        ctx.t(
            f"Acceptable to all: {best} (worst place {g.worst_rank}, average place {mean}).",
            f"Voor iedereen aanvaardbaar: {best} (slechtste plaats {g.worst_rank}, gemiddelde"
            f" plaats {mean}).",
        )
    )
