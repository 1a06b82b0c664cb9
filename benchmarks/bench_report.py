"""Time to write the council report of the default case (what the secretary waits for).

``report_docx_s`` and ``report_pdf_s``: the Word and PDF reports with every profile, charts and
robustness, median of 3.  Also the parts, so a slow run says where the time goes: building the
outline (analysis, SMAA, stability) and the Excel writer.  ``report_big_{docx,pdf}_peak_mb``:
the peak memory (VmHWM of a fresh process) writing the report of a 30 x 120 case, target
< 500 MB (issue 19).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPEATS = 3

# VmHWM, not ru_maxrss: Linux keeps ru_maxrss across exec, so a child started by a big parent
# would report the parent's peak; the high-water mark of the new address space starts afresh
BIG = """
import sys
from benchmarks.bench_smaa import synthetic_case
from gui.report.render import chart_renderer
from report.write import write_report
case = synthetic_case(30, 120)
write_report(case, sys.argv[1], render_chart=chart_renderer())
status = open("/proc/self/status").read().split("VmHWM:")[1].split()[0]
print(status)
"""


def big_peak_mb(target: Path) -> float:
    """Peak RSS (MB) of a fresh process writing the report of a 30 x 120 case to ``target``."""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", BIG, str(target)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
    )
    return int(done.stdout.split()[-1]) / 1024


def _median(fn: Any, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def run() -> dict[str, float]:
    import resources
    from gui.report.render import chart_renderer, ensure_qt_app
    from model import load_case_file
    from report.write import make_report, write_report

    ensure_qt_app()
    qt = {"render_chart": chart_renderer()}
    case, _ = load_case_file(resources.default_case_path())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        write_report(case, out / "warm.docx", **qt)  # imports, fonts, first chart
        return {
            "report_docx_s": _median(lambda: write_report(case, out / "r.docx", **qt)),
            "report_outline_s": _median(lambda: make_report(case)),
            "report_pdf_s": _median(lambda: write_report(case, out / "r.pdf", **qt)),
            "report_xlsx_s": _median(lambda: write_report(case, out / "r.xlsx", **qt)),
            "report_big_docx_peak_mb": big_peak_mb(out / "big.docx"),
            "report_big_pdf_peak_mb": big_peak_mb(out / "big.pdf"),
        }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
