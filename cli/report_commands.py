"""``vormkeuze report CASE --to FILE.docx|.pdf|.xlsx [--profile ID ...] [--lang nl|en]``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from cli.common import Context

if TYPE_CHECKING:
    from report.common import ChartRenderer
    from report.write import PdfWriter


def target_kind(path: str) -> str:
    return Path(path).suffix.lower()


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


def _qt_parts() -> tuple[ChartRenderer, PdfWriter]:
    """The one seam into ``gui`` for a report: its chart renderer and PDF layout (Qt)."""
    from gui.report.pdf_writer import write_pdf
    from gui.report.render import chart_renderer

    return chart_renderer(), write_pdf


def export_report(args: argparse.Namespace, ctx: Context) -> int:
    """Write ``args.case`` as a report to ``args.to`` (also used by ``vormkeuze export``)."""
    from report.common import check_target
    from report.write import write_report

    check_target(args.to)  # refuse a wrong ending or folder before reading anything
    case, warnings = ctx.load(args.case)
    ctx.warn(warnings)
    explicit = getattr(args, "lang", None)
    lang = explicit if explicit in ("nl", "en") else case.effective_language
    profiles = getattr(args, "profile", None) or None
    if isinstance(profiles, str):
        profiles = [profiles]
    charts = not getattr(args, "no_charts", False)
    needs_qt = target_kind(args.to) != ".xlsx" and (charts or target_kind(args.to) == ".pdf")
    render_chart, write_pdf = _qt_parts() if needs_qt else (None, None)
    target = write_report(
        case,
        args.to,
        profiles=profiles,
        lang=lang,
        source=args.case,
        charts=charts,
        render_chart=render_chart,
        write_pdf=write_pdf,
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
