"""Entry point: ``vormkeuze [FILE]`` opens the app; ``vormkeuze SUBCOMMAND ...`` never does."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any


def _build_parser() -> argparse.ArgumentParser:
    # imported here, not at the top: starting the app (``vormkeuze FILE``) needs none of them
    from cli import (
        analysis_commands,
        document_commands,
        portfolio_commands,
        report_commands,
        robustness_commands,
        serve_commands,
    )

    parser = argparse.ArgumentParser(
        prog="vormkeuze",
        description="Vormkeuze: compare forms of municipal cooperation (multi-criteria analysis).",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of messages")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=["table", "json"], default="table")
    common.add_argument("--lang", choices=["nl", "en"], default=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    original = sub.add_parser

    def add_parser(name: str, **kw: object) -> argparse.ArgumentParser:
        kw.setdefault("parents", [common])
        return original(name, **kw)  # type: ignore[arg-type]

    sub.add_parser = add_parser  # type: ignore[method-assign]
    for module in (  # the order of ``vormkeuze --help``
        analysis_commands,
        robustness_commands,
        document_commands,
        report_commands,
        portfolio_commands,
        serve_commands,
    ):
        module.register(sub)
    return parser


def subcommand_names() -> set[str]:
    parser = _build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _never_a_subcommand(arg: str) -> bool:
    """An option or a file name: the app starts without importing every subcommand module."""
    return arg.startswith("-") or any(c in arg for c in "./\\")


def _case_names(args: argparse.Namespace) -> dict[str, Any] | None:
    """The names in the case file of a refused command, to say places in them too."""
    path = getattr(args, "case", None)
    if not isinstance(path, str) or path.endswith(".vormkeuze"):
        return None
    from model.places import read_names

    return read_names(path)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:
        from model.version import VERSION

        print(f"vormkeuze {VERSION}")
        return 0
    first = next(
        (a for a in args_list if not a.startswith("--lang") and a not in ("nl", "en")), None
    )
    if first is None or (
        first not in ("-h", "--help")
        and (_never_a_subcommand(first) or first not in subcommand_names())
    ):
        from gui.app import main as gui_main  # only a window needs Qt

        return gui_main(args_list)
    # the subcommands' imports: the app (above) imports what its first paint needs itself
    from cli.common import Context
    from model import VormkeuzeError
    from model.errors import issue
    from words.messages import language_from_env, render

    parser = _build_parser()
    args = parser.parse_args(args_list)
    lang = args.lang or language_from_env()
    ctx = Context(lang, getattr(args, "format", "table"))
    if not hasattr(args, "run"):
        parser.print_help()
        return 2
    try:
        return int(args.run(args, ctx))
    except VormkeuzeError as e:
        names = _case_names(args)
        for item in e.issues:
            print(render(item, lang, names, keep_place=True), file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # Ctrl+C: stop at once; writes are atomic, so nothing is half done
        print(ctx.t("Interrupted.", "Afgebroken."), file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        return 0
    except Exception as e:  # never a traceback for a user
        if os.environ.get("VORMKEUZE_DEBUG"):
            raise
        msg = issue("internal_error", type(e).__name__, detail=str(e))
        print(
            ctx.t(
                f"Internal error ({msg.place}: {e}). Run with VORMKEUZE_DEBUG=1 for details.",
                f"Interne fout ({msg.place}: {e}). Start met VORMKEUZE_DEBUG=1 voor details.",
            ),
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
