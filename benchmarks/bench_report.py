"""Time to write the council report of the default case (what the secretary waits for).

``report_docx_s``: the Word report with every profile, charts and robustness, median of 3.
Also the parts, so a slow run says where the time goes: building the outline (analysis, SMAA,
stability), and the PDF and Excel writers.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

REPEATS = 3


def _median(fn: Any, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, float]:
    import resources
    from gui.report.pdf_writer import write_pdf
    from gui.report.render import chart_renderer, ensure_qt_app
    from model import load_case_file
    from report.write import make_report, write_report

    ensure_qt_app()
    qt = {"render_chart": chart_renderer(), "write_pdf": write_pdf}
    case, _ = load_case_file(resources.default_case_path())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_report(case, out / "warm.docx", **qt)  # imports, fonts, first chart
        return {
            "report_docx_s": _median(lambda: write_report(case, out / "r.docx", **qt)),
            "report_outline_s": _median(lambda: make_report(case)),
            "report_pdf_s": _median(lambda: write_report(case, out / "r.pdf", **qt)),
            "report_xlsx_s": _median(lambda: write_report(case, out / "r.xlsx", **qt)),
        }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
