"""``portfolio``: the best form per unit, and what one form for all costs."""

from __future__ import annotations

import argparse

from cli.common import Context, table
from model.portfolio import portfolio
from words.hyphenation import wrap

HEAD_WIDTH = 13  # an option's name wraps to columns this wide (a table fits a terminal)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "portfolio", help="the best option per unit and the best choice with at most k forms"
    )
    p.add_argument("case")
    p.add_argument("--profile")
    p.set_defaults(run=run_portfolio)


def run_portfolio(args: argparse.Namespace, ctx: Context) -> int:
    case, _ = ctx.load(args.case)
    result = portfolio(case, args.profile)
    if ctx.fmt == "json":
        ctx.emit_json(result.to_json())
        return 0
    profile = case.profile(result.profile)
    names = {o.id: o.name for o in case.options}
    ctx.say(
        ctx.t(f"Profile: {profile.name} ({profile.id})", f"Profiel: {profile.name} ({profile.id})")
    )
    heads = ["\n".join(wrap(name, HEAD_WIDTH, ctx.lang)) for name in names.values()]
    header = [ctx.t("Unit", "Onderdeel"), ctx.t("Size", "Omvang"), *heads]
    rows = [header]
    for u, uv in zip(case.units or (), result.units, strict=True):
        cells = [
            "— "
            if o not in uv.values
            else ctx.number(uv.values[o]) + ("*" if o == uv.best else " ")
            for o in case.option_ids
        ]
        rows.append([u.name, ctx.number(float(u.size), 0 if float(u.size).is_integer() else 1)])
        rows[-1].extend(cells)
    ctx.say(table(rows, right=set(range(1, len(header)))))
    ctx.say(
        ctx.t(
            "* the unit's best option; — the unit excludes the option.",
            "* de beste optie van het onderdeel; — het onderdeel sluit de optie uit.",
        )
    )
    ctx.say("")
    units = {u.id: u.name for u in case.units or ()}
    first_with: dict[tuple[tuple[str, str], ...], int] = {}  # an assignment -> the first k
    for p in result.portfolios:
        forms = _forms(ctx, p.forms)
        head = ctx.t(f"At most {p.forms} {forms}: ", f"Hoogstens {p.forms} {forms}: ")
        if p.assignment is None or p.value is None:
            ctx.say(
                head
                + ctx.t(
                    "not possible (the exclusions leave no such choice).",
                    "niet mogelijk (de uitsluitingen laten zo'n keuze niet toe).",
                )
            )
            continue
        key = tuple(sorted(p.assignment.items()))
        if key in first_with:  # more forms allowed, no better choice: say so in a few words
            k = first_with[key]
            ctx.say(
                head
                + ctx.number(p.value)
                + ctx.t(
                    f"  (the same choice as with at most {k} {_forms(ctx, k)})",
                    f"  (dezelfde keuze als met hoogstens {k} {_forms(ctx, k)})",
                )
            )
            continue
        first_with[key] = p.forms
        groups: dict[str, list[str]] = {}
        for unit, option in p.assignment.items():
            groups.setdefault(option, []).append(units[unit])
        every = len(units) > 1 and any(len(us) == len(units) for us in groups.values())
        text = "; ".join(
            f"{names[o]}: {ctx.t('every unit', 'alle onderdelen') if every else ', '.join(us)}"
            for o, us in groups.items()
        )
        ctx.say(f"{head}{ctx.number(p.value)}  ({text})")
    if result.uniformity_cost is not None:
        ctx.say("")
        ctx.say(
            ctx.t(
                "Cost of one form for all against the best form per unit: ",
                "Kosten van één vorm voor alles tegenover de beste vorm per onderdeel: ",
            )
            + ctx.number(result.uniformity_cost)
        )
    return 0


def _forms(ctx: Context, k: int) -> str:
    return ctx.t("form" if k == 1 else "forms", "vorm" if k == 1 else "vormen")
