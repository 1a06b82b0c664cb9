"""``import``, ``export``, ``history``, ``snapshot`` and ``diff``: the ``.vormkeuze`` document."""

from __future__ import annotations

import argparse
import json
import os
import stat
from pathlib import Path
from typing import Any

from cli.common import Context, table
from cli.report_commands import export_report
from model.case import Case
from model.diff import CaseDiff
from model.document import Document, DocumentError
from model.errors import issue
from model.io import is_document, write_case_file
from words.history import EntryWords, entry_words

REPORT_SUFFIXES = (".docx", ".pdf", ".xlsx")

KIND_NAMES = {
    "case": ("case", "casus"),
    "option": ("option", "optie"),
    "criterion": ("criterion", "criterium"),
    "score": ("score", "score"),
    "profile": ("profile", "profiel"),
    "weight": ("weight", "gewicht"),
}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import", help="turn a JSON case file into a .vormkeuze document")
    p.add_argument("case", help="JSON case file")
    p.add_argument("--to", required=True, metavar="DOC", help="the new .vormkeuze document")
    p.add_argument("--overwrite", action="store_true", help="replace DOC if it exists")
    p.set_defaults(run=run_import)

    p = sub.add_parser("export", help="write a case (JSON or document) as JSON or a report")
    p.add_argument("case", help="JSON case file or .vormkeuze document")
    p.add_argument("--to", required=True, metavar="FILE", help="target .json (or report) file")
    p.add_argument("--profile", help="profile for a report")
    p.set_defaults(run=run_export)

    p = sub.add_parser("history", help="the recorded edits of a document")
    p.add_argument("document")
    p.add_argument("--limit", type=int, help="only the newest N edits")
    p.set_defaults(run=run_history)

    p = sub.add_parser("snapshot", help="keep a named snapshot of a document (or list them)")
    p.add_argument("document")
    p.add_argument("--name", help="name of the new snapshot; without it, list the snapshots")
    p.set_defaults(run=run_snapshot)

    p = sub.add_parser("repair", help="a copy of a document without its damaged history rows")
    p.add_argument("document")
    p.add_argument("--to", required=True, metavar="COPY", help="the repaired copy (new file)")
    p.set_defaults(run=run_repair)

    p = sub.add_parser("diff", help="what changed between two snapshots (or a snapshot and now)")
    p.add_argument("document")
    p.add_argument("--from", dest="from_name", required=True, metavar="NAME")
    p.add_argument("--to", dest="to_name", metavar="NAME", help="default: the current case")
    p.set_defaults(run=run_diff)


def _counts(ctx: Context, case: Case) -> str:
    return ctx.t(
        f"{len(case.options)} options, {len(case.leaf_ids)} criteria, {len(case.scores)} scores,"
        f" {len(case.profiles)} profiles",
        f"{len(case.options)} opties, {len(case.leaf_ids)} criteria, {len(case.scores)} scores,"
        f" {len(case.profiles)} profielen",
    )


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    case, warnings = ctx.load(args.case)
    ctx.warn(warnings)
    with Document.create(args.to, case, overwrite=args.overwrite) as doc:
        path = str(doc.path)
    if ctx.fmt == "json":
        ctx.emit_json({"document": path, "title": case.title, "warnings": len(warnings)})
    else:
        ctx.say(ctx.t(f"Imported into {path}: ", f"Geïmporteerd in {path}: ") + _counts(ctx, case))
    return 0


def run_export(args: argparse.Namespace, ctx: Context) -> int:
    target = Path(args.to)
    suffix = target.suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return export_report(args, ctx)
    case, warnings = ctx.load(args.case)
    ctx.warn(warnings)
    if suffix == ".vormkeuze":
        with Document.create(target, case) as doc:
            path = str(doc.path)
    else:
        path = str(target)
        write_case_file(case, target)  # WriteFailed names the file; the old one survives
    if ctx.fmt == "json":
        ctx.emit_json({"file": path, "title": case.title})
    else:
        ctx.say(ctx.t(f"Exported to {path}: ", f"Geëxporteerd naar {path}: ") + _counts(ctx, case))
    return 0


def _regular_file(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _open_readonly(path: str, ctx: Context | None = None) -> Document:
    """Open read-only; with ``ctx``, warn about damage the case survives (history, snapshots)."""
    if not is_document(path) and _regular_file(path):
        raise DocumentError([issue("document_not_sqlite", path)])
    doc = Document.open(path, readonly=True)
    if ctx is not None:
        ctx.warn(doc.damage())
    return doc


def _time(stamp: str) -> str:
    """``2026-03-04T09:15:02.123+00:00`` -> ``2026-03-04 09:15:02 UTC``."""
    return stamp[:19].replace("T", " ") + " UTC"


def run_history(args: argparse.Namespace, ctx: Context) -> int:
    """The recorded edits in the app's words: "Gewicht gewijzigd", things by their names."""
    with _open_readonly(args.document, ctx) as doc:
        entries = doc.history(args.limit)
        case = doc.case
    said = [entry_words(e, case, ctx.lang) for e in entries]
    if ctx.fmt == "json":
        ctx.emit_json(
            {
                "document": args.document,
                "entries": [
                    {**e.to_json(), "words": _words_json(w)}
                    for e, w in zip(entries, said, strict=True)
                ],
            }
        )
        return 0
    if not entries:
        ctx.say(ctx.t("No edits recorded yet.", "Nog geen wijzigingen vastgelegd."))
        return 0
    rows = [
        [
            ctx.t("No.", "Nr."),
            ctx.t("Time", "Tijd"),
            ctx.t("Author", "Auteur"),
            ctx.t("Edit", "Wijziging"),
            ctx.t("Subject", "Onderwerp"),
            ctx.t("Details", "Details"),
        ]
    ]
    for e, w in zip(entries, said, strict=True):
        subject = ctx.t("(damaged)", "(beschadigd)") if e.damaged else w.subject
        rows.append([str(e.id), _time(e.time), e.author, w.edit, subject, w.details])
    ctx.say(table(rows, right={0}))
    return 0


def _words_json(words: EntryWords) -> dict[str, str]:
    """An entry's words in the chosen language, as the app's history shows them."""
    return {
        "edit": words.edit,
        "subject": words.subject,
        "details": words.details,
        "category": words.category,
    }


def run_snapshot(args: argparse.Namespace, ctx: Context) -> int:
    if args.name is None:
        with _open_readonly(args.document, ctx) as doc:
            snaps = doc.snapshots()
        if ctx.fmt == "json":
            ctx.emit_json({"document": args.document, "snapshots": [s.to_json() for s in snaps]})
        elif not snaps:
            ctx.say(ctx.t("No snapshots yet.", "Nog geen momentopnamen."))
        else:
            rows = [[ctx.t("Name", "Naam"), ctx.t("Time", "Tijd"), ctx.t("Author", "Auteur")]]
            rows += [[s.name, _time(s.time), s.author] for s in snaps]
            ctx.say(table(rows))
        return 0
    with Document.open(args.document) as doc:
        if doc.readonly:
            who = doc.locked_by or {"pid": "?", "host": "?", "author": "?", "time": "?"}
            raise DocumentError([issue("document_locked", args.document, **who)])
        info = doc.take_snapshot(args.name)
    if ctx.fmt == "json":
        ctx.emit_json({"document": args.document, **info.to_json()})
    else:
        ctx.say(
            ctx.t(
                f"Snapshot '{info.name}' kept in {args.document}.",
                f"Momentopname '{info.name}' vastgelegd in {args.document}.",
            )
        )
    return 0


def run_repair(args: argparse.Namespace, ctx: Context) -> int:
    """Keep a copy without the damaged history rows and snapshots; the original is unchanged."""
    target = Path(args.to)
    if target.exists():
        raise DocumentError([issue("document_exists", args.to)])
    with _open_readonly(args.document) as doc:
        damage = doc.damage()
        doc.save_repaired_copy(target)
    if ctx.fmt == "json":
        ctx.emit_json({"document": args.document, "copy": args.to, "repaired": len(damage)})
    elif damage:
        ctx.say(
            ctx.t(
                f"Repaired copy written to {args.to}; {args.document} is unchanged.",
                f"Herstelde kopie geschreven naar {args.to}; {args.document} is niet gewijzigd.",
            )
        )
    else:
        ctx.say(
            ctx.t(
                f"Nothing damaged found; copy written to {args.to}.",
                f"Niets beschadigds gevonden; kopie geschreven naar {args.to}.",
            )
        )
    return 0


def _value(v: Any) -> str:  # a JSON value of the diff
    if v is None:
        return "-"
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def _clip(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def run_diff(args: argparse.Namespace, ctx: Context) -> int:
    with _open_readonly(args.document, ctx) as doc:
        diff: CaseDiff = doc.diff(args.from_name, args.to_name)
    if ctx.fmt == "json":
        ctx.emit_json({"from": args.from_name, "to": args.to_name, **diff.to_json()})
        return 0
    to = args.to_name if args.to_name is not None else ctx.t("now", "nu")
    ctx.say(ctx.t(f"From '{args.from_name}' to '{to}':", f"Van '{args.from_name}' naar '{to}':"))
    if not diff:
        ctx.say(ctx.t("No differences.", "Geen verschillen."))
        return 0
    rows = [
        [
            ctx.t("Kind", "Soort"),
            "Id",
            ctx.t("Field", "Veld"),
            ctx.t("Before", "Voor"),
            ctx.t("After", "Na"),
        ]
    ]
    for e in diff:
        en, nl = KIND_NAMES.get(e.kind, (e.kind, e.kind))
        if e.field is None:
            field = (
                ctx.t("added", "toegevoegd") if e.before is None else ctx.t("removed", "verwijderd")
            )
        else:
            field = e.field
        rows.append([ctx.t(en, nl), e.id, field, _clip(_value(e.before)), _clip(_value(e.after))])
    ctx.say(table(rows))
    return 0
