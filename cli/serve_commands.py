"""``serve``: run a live participation round without a window (issue 18).

``vormkeuze serve CASE|DOC --host 127.0.0.1 [--port P] [--round groups|GROUP]`` prints the URL
(and a QR code), serves the participants' page until Ctrl+C, then closes the round and stores
the answers as profiles, with the round in the document's history:

- a ``.vormkeuze`` document: into that document (it stays locked while the round runs);
- a JSON case file: into a new document beside it (``case.json`` -> ``case.vormkeuze``), made
  when the round starts; when that file exists already, ``serve`` refuses before opening the
  round and names it (serve the document instead).  The JSON file itself is never changed.
  Without any answer the new document is removed again.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import sys
import threading
import time
from pathlib import Path
from typing import Any

from cli.common import Context
from model.document import Document
from model.errors import CaseInvalid, issue
from model.io import is_document
from model.participation import RoundSpec, save_round
from serve import BindRefused, Limits, Round, RoundServer, check_host, qr_text
from serve.round import now_text


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("serve", help="let a room weigh from their phones (a round on this network)")
    p.add_argument("case", help="JSON case file or .vormkeuze document")
    p.add_argument(
        "--host", default="127.0.0.1", help="the address of the network interface to serve on"
    )
    p.add_argument("--port", type=int, default=0, help="port (default: a free one)")
    p.add_argument(
        "--round",
        dest="ask",
        default="groups",
        metavar="groups|GROUP",
        help="ask the criterion groups (default) or the criteria of one group",
    )
    p.add_argument("--ranking", action="store_true", help="ask for a ranking instead of points")
    p.add_argument("--named", action="store_true", help="ask participants for their name")
    p.add_argument("--profile", help="profile whose other weights the answers complete")
    p.add_argument("--max-participants", type=int, default=Limits().max_participants)
    p.add_argument("--no-qr", action="store_true", help="print only the URL")
    p.set_defaults(run=run_serve)


def _open_target(path: Path, ctx: Context) -> tuple[Any, Document, bool]:
    """The case, the document the answers go into, and whether this command created it."""
    if is_document(path):
        doc = Document.open(path)
        if doc.readonly:
            doc.close()
            raise CaseInvalid([issue("serve_readonly", str(path))])
        return doc.case, doc, False
    case, warnings = ctx.load(str(path))
    ctx.warn(warnings)
    target = path.with_suffix(".vormkeuze")
    if target.exists():
        raise CaseInvalid([issue("serve_target_exists", str(path), target=str(target))])
    return case, Document.create(target, case), True


def run_serve(args: argparse.Namespace, ctx: Context) -> int:
    try:
        host = check_host(args.host)
    except BindRefused:
        raise CaseInvalid([issue("serve_host", "--host", host=args.host)]) from None
    spec = RoundSpec(
        parent="root" if args.ask == "groups" else args.ask,
        mode="ranking" if args.ranking else "points",
        anonymous=not args.named,
    )
    case, doc, created = _open_target(Path(args.case), ctx)
    try:
        return _serve(args, ctx, case, doc, created, host, spec)
    finally:
        doc.close()


def _serve(
    args: argparse.Namespace,
    ctx: Context,
    case: Any,
    doc: Document,
    created: bool,
    host: str,
    spec: RoundSpec,
) -> int:
    try:
        room = Round(
            case,
            spec,
            base_profile=args.profile,
            limits=Limits(max_participants=max(1, args.max_participants)),
        )
    except KeyError:
        _discard(doc, created)
        known = [p.id for p in case.profiles]
        raise CaseInvalid(
            [issue("unknown_profile", "--profile", id=args.profile, known=known)]
        ) from None
    except CaseInvalid:
        _discard(doc, created)
        raise
    server = RoundServer(room, host, args.port)
    try:
        server.start()
    except OSError as e:
        _discard(doc, created)
        reason = e.strerror or str(e)
        raise CaseInvalid(
            [issue("serve_bind_failed", "--host", host=host, port=args.port, reason=reason)]
        ) from None
    changed = threading.Event()
    room.subscribe(changed.set)
    stop = threading.Event()
    # Ctrl+C and a polite kill both end the round the same way (never half-way through)
    previous = {
        sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)
    }
    if ctx.fmt == "json":
        ctx.emit_json({"url": server.url, "code": room.code, "document": str(doc.path)})
    else:
        ctx.say(ctx.t("Round open. Participants open:", "Ronde geopend. Deelnemers openen:"))
        ctx.say(f"  {server.url}")
        ctx.say(ctx.t(f"Round code: {room.code}", f"Rondecode: {room.code}"))
        if not args.no_qr:
            ctx.say(qr_text(server.url))
        ctx.say(
            ctx.t(
                f"Stop with Ctrl+C; the answers then go into {doc.path}.",
                f"Stop met Ctrl+C; de antwoorden gaan dan in {doc.path}.",
            )
        )
    seen = 0
    try:
        sys.stdout.flush()
        while not stop.is_set():
            if changed.wait(0.2):
                changed.clear()
                count = len(room.answers())
                if count != seen:
                    seen = count
                    print(ctx.t(f"{count} answered", f"{count} geantwoord"), file=sys.stderr)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        snapshot = room.close()
        time.sleep(0.3)  # let the pages hear that the round closed
        server.stop()
    answers = snapshot.answers
    if not answers:
        _discard(doc, created)
        if ctx.fmt == "json":
            ctx.emit_json({"answers": 0, "document": None})
        else:
            ctx.say(
                ctx.t(
                    "No answers; nothing was written.", "Geen antwoorden; er is niets geschreven."
                )
            )
        return 0
    command = save_round(
        doc.case,
        spec,
        answers,
        opened=room.opened,
        closed=room.closed or now_text(),
        base_profile=room.base_profile,
    )
    doc.apply(command)
    names = [p.name for p in command.profiles]
    if ctx.fmt == "json":
        ctx.emit_json({"answers": len(answers), "document": str(doc.path), "profiles": names})
    else:
        ctx.say(
            ctx.t(
                f"{len(answers)} answers stored in {doc.path} as profiles: {', '.join(names)}.",
                f"{len(answers)} antwoorden opgeslagen in {doc.path} als profielen:"
                f" {', '.join(names)}.",
            )
        )
    return 0


def _discard(doc: Document, created: bool) -> None:
    """Remove a document this command made for a round that brought nothing."""
    if created:
        path = doc.path
        doc.close()
        with contextlib.suppress(OSError):
            path.unlink()
