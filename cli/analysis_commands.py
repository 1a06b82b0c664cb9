"""``validate``, ``analyse`` and ``sensitivity``."""

from __future__ import annotations

import argparse

from cli.common import Context, say_unit, table
from model import VormkeuzeError, evaluate, sensitivity
from words.messages import render


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("validate", help="check a case file")
    p.add_argument("case")
    p.set_defaults(run=run_validate)

    p = sub.add_parser("analyse", aliases=["analyze"], help="rank the options under a profile")
    p.add_argument("case")
    p.add_argument("--profile")
    p.add_argument("--unit", metavar="ID", help="analyse one unit (team) of the case")
    p.set_defaults(run=run_analyse)

    p = sub.add_parser("sensitivity", help="one-way weight sensitivity of a criterion")
    p.add_argument("case")
    p.add_argument("--criterion", required=True)
    p.add_argument("--profile")
    p.add_argument("--unit", metavar="ID", help="analyse one unit (team) of the case")
    p.set_defaults(run=run_sensitivity)


def run_validate(args: argparse.Namespace, ctx: Context) -> int:
    try:
        case, warnings = ctx.load(args.case)
    except VormkeuzeError as e:
        if ctx.fmt == "json":  # the verdict on stdout as well; the message goes to stderr
            ctx.emit_json(
                {
                    "valid": False,
                    "errors": [{**i.as_json(), "message": render(i, ctx.lang)} for i in e.issues],
                    "warnings": [],
                }
            )
        raise
    if ctx.fmt == "json":
        ctx.emit_json(
            {
                "valid": True,
                "errors": [],
                "warnings": [{**w.as_json(), "message": render(w, ctx.lang)} for w in warnings],
            }
        )
        ctx.warn(warnings)
        return 0
    ctx.warn(warnings)
    n_leaves = len(case.leaf_ids)
    ctx.say(
        ctx.t(
            f"Valid: {len(case.options)} options, {n_leaves} criteria, {len(case.scores)} scores,"
            f" {len(case.profiles)} profiles, {len(warnings)} warning(s).",
            f"Geldig: {len(case.options)} opties, {n_leaves} criteria, {len(case.scores)} scores,"
            f" {len(case.profiles)} profielen, {len(warnings)} waarschuwing(en).",
        )
    )
    return 0


def run_analyse(args: argparse.Namespace, ctx: Context) -> int:
    case, _warnings = ctx.load(args.case)
    result = evaluate(case, args.profile, args.unit)
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    profile = case.profile(result.profile)
    ctx.say(
        ctx.t(f"Profile: {profile.name} ({profile.id})", f"Profiel: {profile.name} ({profile.id})")
    )
    say_unit(case, args.unit, ctx)
    rows = [[ctx.t("Rank", "Rang"), ctx.t("Option", "Optie"), ctx.t("Value", "Totaalwaarde")]]
    for i in result.order:
        rows.append(
            [str(result.rank_array[i]), result.option_names[i], ctx.number(result.value_array[i])]
        )
    ctx.say(table(rows, right={0, 2}))
    if result.consistency:
        ctx.say("")
        for node, cr in result.consistency.items():
            ctx.say(
                ctx.t(f"AHP consistency ratio of {node}: ", f"AHP-consistentieratio van {node}: ")
                + ctx.number(cr, 3)
            )
    if result.dominated_pairs:
        ctx.say("")
        for o, by in result.dominated_pairs:
            a, b = case.option(o).name, case.option(by).name
            ctx.say(ctx.t(f"{a} is dominated by {b}.", f"{a} wordt gedomineerd door {b}."))
    return 0


def run_sensitivity(args: argparse.Namespace, ctx: Context) -> int:
    case, _ = ctx.load(args.case)
    result = sensitivity(case, args.criterion, args.profile, args.unit)
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    say_unit(case, args.unit, ctx)
    name = case.node_by_id[args.criterion].name
    ctx.say(
        ctx.t(f"Sensitivity of the weight of {name}", f"Gevoeligheid voor het gewicht van {name}")
        + f" ({ctx.t('now', 'nu')} {ctx.percent(result.current_weight)})"
    )
    names = {o.id: o.name for o in case.options}
    rows = [[ctx.t("Option", "Optie"), ctx.t("at 0%", "bij 0%"), ctx.t("at 100%", "bij 100%")]]
    for i, o in enumerate(result.option_ids):
        rows.append([names[o], ctx.number(result.at_zero[i]), ctx.number(result.at_one[i])])
    ctx.say(table(rows, right={1, 2}))
    ctx.say("")
    for lo, hi, o in result.best:
        ctx.say(
            ctx.t(
                f"{ctx.percent(lo)} to {ctx.percent(hi)}: {names[o]} first",
                f"{ctx.percent(lo)} tot {ctx.percent(hi)}: {names[o]} eerst",
            )
        )
    return 0
