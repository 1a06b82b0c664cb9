"""``vormkeuze report CASE --to FILE.docx|.pdf|.xlsx [--profile ID ...] [--lang nl|en]``."""

from __future__ import annotations

import argparse

from cli.common import Context


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="write the council report (Word, PDF or Excel, chosen by the file's ending)",
    )
    p.add_argument("case")
    p.add_argument("--to", required=True, metavar="FILE", help="FILE.docx, FILE.pdf or FILE.xlsx")
    p.add_argument(
        "--profile",
        action="extend",
        nargs="+",
        metavar="ID",
        help="profiles to include (default: all); repeat or list several",
    )
    p.add_argument("--no-charts", action="store_true", help="leave the chart images out")
    p.set_defaults(run=run_report)


def export_report(args: argparse.Namespace, ctx: Context) -> int:
    """Write ``args.case`` as a report to ``args.to`` (also used by ``vormkeuze export``)."""
    from gui.report.common import check_target
    from gui.report.write import write_report

    check_target(args.to)  # refuse a wrong ending or folder before reading anything
    case, warnings = ctx.load(args.case)
    ctx.warn(warnings)
    explicit = getattr(args, "lang", None)
    lang = explicit if explicit in ("nl", "en") else case.effective_language
    profiles = getattr(args, "profile", None) or None
    if isinstance(profiles, str):
        profiles = [profiles]
    target = write_report(
        case,
        args.to,
        profiles=profiles,
        lang=lang,
        source=args.case,
        charts=not getattr(args, "no_charts", False),
    )
    if ctx.fmt == "json":
        ctx.emit_json(
            {
                "written": str(target),
                "format": target.suffix.lower().lstrip("."),
                "language": lang,
                "profiles": profiles or [p.id for p in case.profiles],
            }
        )
    else:
        ctx.say(ctx.t(f"Report written: {target}", f"Rapport geschreven: {target}"))
    return 0


def run_report(args: argparse.Namespace, ctx: Context) -> int:
    return export_report(args, ctx)
