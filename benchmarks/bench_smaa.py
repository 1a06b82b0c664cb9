"""SMAA-2 speed against the irreducible floor, measured in the same run.

The floor for 10^6 samples x 20 criteria x 10 options is drawing the 10^6 x 20 uniform random
numbers plus the one matmul that turns weights into values.  Floor and SMAA runs alternate (the
machine is shared), and each is reported as the median of ``repeats`` runs.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

SAMPLES = 10**6
CRITERIA = 20
OPTIONS = 10


def synthetic_case(options: int = OPTIONS, criteria: int = CRITERIA, seed: int = 7) -> Any:
    """A case with direct 0..100 scores and no score ranges (the benchmark's shape)."""
    from model import load_case_data

    rng = np.random.default_rng(seed)
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "benchmark",
        "options": [{"id": f"o{i}", "name": f"Option {i}"} for i in range(options)],
        "criteria": [
            {"id": f"c{j}", "name": f"Criterion {j}", "scale": {"kind": "direct"}}
            for j in range(criteria)
        ],
        "scores": [
            {"option": f"o{i}", "criterion": f"c{j}", "value": float(rng.integers(0, 101))}
            for i in range(options)
            for j in range(criteria)
        ],
        "profiles": [{"id": "equal", "name": "Equal"}],
    }
    case, _ = load_case_data(data)
    return case


def ranged_case(options: int, criteria: int, seed: int = 7) -> Any:
    """A case whose every score has a range (low/high): the heaviest SMAA input."""
    from model import load_case_data

    rng = np.random.default_rng(seed)
    scores = []
    for i in range(options):
        for j in range(criteria):
            v = float(rng.integers(10, 91))
            scores.append(
                {
                    "option": f"o{i}",
                    "criterion": f"c{j}",
                    "value": v,
                    "low": v - float(rng.integers(1, 10)),
                    "high": v + float(rng.integers(1, 10)),
                }
            )
    data = {
        "format": "vormkeuze/case",
        "version": 1,
        "title": "benchmark with ranges",
        "options": [{"id": f"o{i}", "name": f"Option {i}"} for i in range(options)],
        "criteria": [
            {"id": f"c{j}", "name": f"Criterion {j}", "scale": {"kind": "direct"}}
            for j in range(criteria)
        ],
        "scores": scores,
        "profiles": [{"id": "equal", "name": "Equal"}],
    }
    case, _ = load_case_data(data)
    return case


#: (options, criteria) of the memory targets: SMAA with 10^4 samples under 500 MB peak
MEMORY_SIZES = ((30, 120), (200, 14))
MEMORY_SAMPLES = 10**4


def memory_one(options: int, criteria: int, samples: int = MEMORY_SAMPLES) -> dict[str, float]:
    """Peak memory of one SMAA run in this (fresh) process: tracemalloc and the peak RSS."""
    import resource
    import tracemalloc

    from model.robustness import robustness

    case = ranged_case(options, criteria)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    t0 = time.perf_counter()
    robustness(case, mode="uniform", samples=samples, seed=1)
    seconds = time.perf_counter() - t0
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return {
        "tracemalloc_peak_mb": peak,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_before_mb": rss_before,
        "seconds": seconds,
    }


def memory() -> dict[str, float]:
    """Each size in its own process, so that the peak RSS is that run's alone."""
    import json
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out: dict[str, float] = {}
    for options, criteria in MEMORY_SIZES:
        code = (
            "import json\nfrom benchmarks.bench_smaa import memory_one\n"
            f"print(json.dumps(memory_one({options}, {criteria})))"
        )
        p = subprocess.run(
            [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
        )
        for key, value in json.loads(p.stdout.strip().splitlines()[-1]).items():
            out[f"smaa_1e4_{options}x{criteria}_ranges_{key}"] = value
    return out


def _default_case_path() -> Path:
    try:
        import resources

        path = Path(resources.default_case_path())
        if path.exists():
            return path
    except (ImportError, AttributeError):
        pass
    return Path(__file__).resolve().parents[2] / "shared" / "spec" / "example-case.json"


def _time(fn: Any) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def run(repeats: int = 3) -> dict[str, Any]:
    from model import compile_case, load_case_file
    from model.robustness import robustness

    case = synthetic_case()
    values = compile_case(case).values
    rng = np.random.default_rng(0)

    def floor() -> None:
        w = rng.random((SAMPLES, CRITERIA))
        w @ values.T

    def smaa() -> None:
        robustness(case, mode="uniform", samples=SAMPLES, seed=1)

    smaa()  # warm up caches and code paths
    floors, smaas = [], []
    for _ in range(max(3, repeats)):
        floors.append(_time(floor))
        smaas.append(_time(smaa))
    floor_s, smaa_s = statistics.median(floors), statistics.median(smaas)

    default, _ = load_case_file(_default_case_path())
    small = [
        _time(lambda: robustness(default, mode="uniform", samples=10_000, seed=1))
        for _ in range(max(3, repeats))
    ]
    return {
        **memory(),
        "smaa_floor_s": floor_s,
        "smaa_1e6_s": smaa_s,
        "smaa_ratio": smaa_s / floor_s,
        "smaa_10k_ms": 1000 * statistics.median(small),
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key}: {value:.4g}")
