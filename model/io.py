"""Reading and writing case files (JSON, ``shared/spec/case-format.md``).

Every way a file can be wrong ends in one typed error: :class:`FileProblem` when it cannot be
read as JSON at all, :class:`CaseInvalid` when it is JSON but breaks a rule of the format.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from model.case import FORMAT, VERSION, Case, built, to_data, validated
from model.errors import CaseInvalid, FileProblem, Issue, issue
from model.validation import check_case

if TYPE_CHECKING:
    from pydantic import ValidationError

SQLITE_MAGIC = b"SQLite format 3\x00"

_PYDANTIC_CODES = {
    "missing": "missing_field",
    "extra_forbidden": "unknown_key",
    "unexpected_keyword_argument": "unknown_key",
    "string_pattern_mismatch": "bad_id",
    "string_type": "expected_text",
    "number_type": "expected_number",
    "number_finite": "number_not_finite",
    "literal_error": "invalid_choice",
    "tuple_type": "expected_list",
    "list_type": "expected_list",
    "dict_type": "expected_object",
    "model_type": "expected_object",
    "dataclass_type": "expected_object",
    "dataclass_exact_type": "expected_object",
    "model_attributes_type": "expected_object",
    "too_short": "too_short",
    "too_long": "too_long",
    "recursion_loop": "too_deep",
    "bool_type": "expected_boolean",
}


#: pydantic's words for a value class's errors, as they read when the values were models (a
#: ``validate --format json`` detail stays the same)
_DETAILS = {
    "unexpected_keyword_argument": "Extra inputs are not permitted",
    "dataclass_type": "Input should be a valid dictionary or instance of {class_name}",
}


def _place(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


def _issues_from_pydantic(err: ValidationError) -> list[Issue]:
    out = []
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        code = _PYDANTIC_CODES.get(e["type"], "invalid_value")
        template = _DETAILS.get(e["type"])
        detail = template.format(**(e.get("ctx") or {})) if template else e["msg"]
        params: dict[str, Any] = {"detail": detail}
        if code == "unknown_key":
            params["key"] = str(loc[-1]) if loc else ""
        if code == "missing_field":
            params["field"] = str(loc[-1]) if loc else ""
        if code == "invalid_choice":
            expected = str((e.get("ctx") or {}).get("expected", ""))
            params["expected"] = re.findall(r"'([^']*)'", expected) or [expected]
        if code in ("too_short", "too_long"):
            params["max"] = (e.get("ctx") or {}).get("max_length", "")
        if code == "bad_id":
            params["value"] = e.get("input")
        out.append(Issue(code=code, place=_place(loc), params=params))
    return out


def parse_case(data: Any) -> Case:
    """Build a :class:`Case` from parsed JSON, checking only its structure."""
    if not isinstance(data, dict):
        raise CaseInvalid([issue("not_a_case", "(top level)")])
    fmt = data.get("format")
    if fmt != FORMAT:
        raise CaseInvalid([issue("not_a_case", "format", found=fmt, expected=FORMAT)])
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise CaseInvalid([issue("version_too_new", "version", found=version, supported=VERSION)])
    if type(version) is not int or version != VERSION:
        found = json.dumps(version, ensure_ascii=False)
        raise CaseInvalid([issue("bad_version", "version", found=found, supported=VERSION)])
    from pydantic import ValidationError  # imported when a case is read from outside

    try:
        return validated(Case, data)
    except ValidationError as e:
        raise CaseInvalid(_issues_from_pydantic(e)) from None
    except RecursionError:
        raise CaseInvalid([issue("too_deep", "criteria")]) from None


def load_case_data(data: Any) -> tuple[Case, list[Issue]]:
    """Parse and fully validate; return the case and its warnings, or raise CaseInvalid."""
    case = parse_case(data)
    found = check_case(case)
    errors = [i for i in found if i.severity == "error"]
    if errors:
        raise CaseInvalid(errors)
    return case, [i for i in found if i.severity == "warning"]


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"not_finite:{name}")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate_key:{k}")
        out[k] = v
    return out


def parse_json_text(text: str, name: str) -> Any:
    """Strict JSON: no NaN/Infinity, no duplicate keys; errors become FileProblem."""
    if not text.strip():
        raise FileProblem([issue("file_empty", name)])
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicate_keys
        )
    except json.JSONDecodeError as e:
        raise FileProblem([issue("not_json", name, line=e.lineno, column=e.colno)]) from None
    except ValueError as e:
        kind, _, what = str(e).partition(":")
        if kind == "duplicate_key":
            raise FileProblem([issue("duplicate_key", name, key=what)]) from None
        if kind == "not_finite":
            raise FileProblem([issue("not_json_number", name, value=what)]) from None
        # e.g. an integer with more digits than Python converts (sys.int_info)
        raise FileProblem([issue("number_too_long", name)]) from None
    except RecursionError:
        raise FileProblem([issue("too_deep", name)]) from None
    _check_text(data, name)
    return data


def _check_text(data: Any, name: str, place: str = "") -> None:
    """Refuse text that is not valid Unicode (a lone surrogate such as "\\ud800")."""
    stack: list[tuple[Any, str]] = [(data, place)]
    while stack:
        value, at = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise FileProblem([issue("bad_text", at or name)]) from None
        elif isinstance(value, dict):
            for k, v in value.items():
                stack.append((k, at or name))
                stack.append((v, f"{at}.{k}" if at else str(k)))
        elif isinstance(value, list):
            stack.extend((v, f"{at}[{i}]") for i, v in enumerate(value))


#: the largest case file read (the biggest real case is well under 1 MB)
MAX_CASE_BYTES = 64 << 20


def _is_dev_null(st: os.stat_result) -> bool:
    try:
        null = os.stat(os.devnull)
    except OSError:
        return False
    return stat.S_ISCHR(st.st_mode) and st.st_rdev == null.st_rdev


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_CASE_BYTES`; else a FileProblem.

    A FIFO, device or socket is refused before it is opened (reading would block or never
    end), and no more than the limit is ever read, even from a file that grows.
    """
    name = str(path)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise FileProblem([issue("file_missing", name)]) from None
    except OSError as e:  # e.g. a name over 255 bytes
        raise FileProblem([issue("file_unreadable", name, reason=e.strerror or str(e))]) from None
    if stat.S_ISDIR(st.st_mode):
        raise FileProblem([issue("file_is_directory", name)])
    if not stat.S_ISREG(st.st_mode):
        if _is_dev_null(st):
            raise FileProblem([issue("file_empty", name)])
        raise FileProblem([issue("file_special", name)])
    limit = f"{MAX_CASE_BYTES >> 20} MB"
    if st.st_size > MAX_CASE_BYTES:
        raise FileProblem([issue("file_too_large", name, limit=limit)])
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):  # swapped after the stat
                raise FileProblem([issue("file_special", name)])
            data = f.read(MAX_CASE_BYTES + 1)
    except OSError as e:
        raise FileProblem([issue("file_unreadable", name, reason=e.strerror or str(e))]) from None
    if len(data) > MAX_CASE_BYTES:
        raise FileProblem([issue("file_too_large", name, limit=limit)])
    return data


def is_document(path: str | os.PathLike[str]) -> bool:
    """True when the file is a SQLite database (a ``.vormkeuze`` document)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # never open a FIFO: it would block
            return False
        with open(path, "rb") as f:
            return f.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def load_case_file(path: str | os.PathLike[str]) -> tuple[Case, list[Issue]]:
    """Load a JSON case file or a ``.vormkeuze`` document; return (case, warnings)."""
    raw = read_bytes(path)
    name = str(path)
    if raw.startswith(SQLITE_MAGIC):
        from model.document import read_case_and_damage  # a document: the store reads it

        case, damage = read_case_and_damage(path)
        found = check_case(case)
        errors = [i for i in found if i.severity == "error"]
        if errors:
            raise CaseInvalid(errors)
        return case, damage + [i for i in found if i.severity == "warning"]
    try:
        text = raw.decode("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        raise FileProblem([issue("not_utf8", name)]) from None
    if "\x00" in text:
        raise FileProblem([issue("not_utf8", name)])
    return load_case_data(parse_json_text(text, name))


def load_embedded_case(path: str | os.PathLike[str]) -> tuple[Case, list[Issue]]:
    """A case file this program ships (``resources/cases``); return (case, warnings).

    Built straight from its JSON without pydantic, which a start on the default case then
    need not import before its first paint (docs/performance.md); the rules of the whole case
    are checked as for any file.  Only for the files we ship: a test checks that pydantic
    accepts each and builds the same case.  Any other file: :func:`load_case_file`.
    """
    case = built(Case, json.loads(read_bytes(path).decode("utf-8")))
    found = check_case(case)
    errors = [i for i in found if i.severity == "error"]
    if errors:
        raise CaseInvalid(errors)
    return case, [i for i in found if i.severity == "warning"]


def dump_case(case: Case) -> dict[str, Any]:
    """The case as its JSON object (the inverse of :func:`load_case_data`)."""
    data: dict[str, Any] = to_data(case)
    return data


def dumps_case(case: Case) -> str:
    return json.dumps(dump_case(case), ensure_ascii=False, indent=2) + "\n"


def write_case_file(case: Case, path: str | os.PathLike[str]) -> None:
    """Write atomically and verified (see :mod:`model.safe_write`): the old file survives.

    Raises :class:`model.safe_write.WriteFailed` (naming the file) when it cannot be written.
    """
    from model.safe_write import write_atomic

    data = dumps_case(case).encode("utf-8")

    def check(tmp: Path) -> None:  # the bytes on disk read back as the same JSON
        if json.loads(tmp.read_bytes().decode("utf-8")) != json.loads(data):
            raise OSError(5, "the written file reads back differently")

    write_atomic(path, data, check=check)
