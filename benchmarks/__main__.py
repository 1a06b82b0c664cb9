"""Run every ``benchmarks/bench_*.py`` module's ``run()`` and print one JSON object.

Each figure is a median of several runs, with its baseline measured in the same run so that
ratios are comparable across noisy machines.  ``python -m benchmarks [NAME ...]`` runs a subset.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import time
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    names = sorted(
        m.name
        for m in pkgutil.iter_modules([os.path.dirname(__file__)])
        if m.name.startswith("bench_")
    )
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    out: dict[str, object] = {}
    errors: dict[str, str] = {}
    for name in names:
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            out.update(module.run())
        except Exception as e:  # one broken benchmark must not hide the others
            errors[name] = f"{type(e).__name__}: {e}"
            traceback.print_exc(file=sys.stderr)
        print(f"{name}: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    if errors:
        out["errors"] = errors
    print(json.dumps(out, indent=1, sort_keys=True))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
