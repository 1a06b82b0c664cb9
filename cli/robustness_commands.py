"""``robustness``, ``stability`` and ``group`` (not available yet: they say so, exit 2)."""

from __future__ import annotations

import argparse

from cli.common import Context
from model import AnalysisError
from model.errors import issue


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    for name in ("robustness", "stability", "group"):
        p = sub.add_parser(name, help=f"{name} (not available yet)")
        p.add_argument("rest", nargs=argparse.REMAINDER)
        p.set_defaults(run=_not_available)


def _not_available(args: argparse.Namespace, ctx: Context) -> int:
    raise AnalysisError([issue("not_available", args.command)])
