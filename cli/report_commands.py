"""``vormkeuze report CASE --to FILE.docx|.pdf|.xlsx [--profile ID ...] [--profiles A,B]
[--sections S,T] [--template FILE.docx|.dotx] [--lang nl|en] [--no-charts]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import Context

if TYPE_CHECKING:
    from report.common import ChartRenderer


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
    p.add_argument(
        "--profiles",
        metavar="A,B",
        help="profiles to include, comma-separated (the same as --profile A B)",
    )
    p.add_argument(
        "--sections",
        metavar="S,T",
        help=(
            "chapters to include, comma-separated (default: all): summary, options, weighing,"
            " sensitivity, units, accountability, epilogue, matrix, sources, details"
        ),
    )
    p.add_argument(
        "--template",
        metavar="FILE",
        help="a Word template (.docx or .dotx) whose styles, headers and footers the report uses",
    )
    p.add_argument("--no-charts", action="store_true", help="leave the chart images out")
    p.set_defaults(run=run_report)


def chart_renderer() -> ChartRenderer:
    """The one seam into ``gui`` for a report: the app's charts, drawn for print (Qt)."""
    from gui.report.render import chart_renderer as qt_chart_renderer

    return qt_chart_renderer()


def _listed(value: object) -> list[str]:
    if not isinstance(value, str):
        return []
    return [x.strip() for x in value.split(",") if x.strip()]


def export_report(args: argparse.Namespace, ctx: Context) -> int:
    """Write ``args.case`` as a report to ``args.to`` (also used by ``vormkeuze export``)."""
    from model.document import default_author
    from report.common import check_target
    from report.write import check_template, write_report

    check_target(args.to)  # refuse a wrong ending or folder before reading anything
    check_template(getattr(args, "template", None))
    case, warnings = ctx.load(args.case)
    ctx.warn(warnings)
    explicit = getattr(args, "lang", None)
    lang = explicit if explicit in ("nl", "en") else case.effective_language
    profiles = getattr(args, "profile", None) or []
    if isinstance(profiles, str):
        profiles = [profiles]
    profiles = [*profiles, *_listed(getattr(args, "profiles", None))] or None
    sections = _listed(getattr(args, "sections", None)) or None
    charts = not getattr(args, "no_charts", False)
    kind = Path(args.to).suffix.lower()
    target = write_report(
        case,
        args.to,
        profiles=profiles,
        sections=sections,
        lang=lang,
        source=args.case,
        charts=charts,
        render_chart=chart_renderer() if charts and kind != ".xlsx" else None,
        template=getattr(args, "template", None),
        author=default_author(),
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
