"""Typed problems found in a case.

The model holds no prose for users: every problem carries a stable ``code``, the ``place`` in the
case file where it was found (``scores[3].value``) and the ``params`` needed to explain it.  The
command line and the GUI render them in the user's language (see ``model.messages``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem (or warning) at one place of a case."""

    code: str
    place: str
    params: dict[str, Any] = field(default_factory=dict)
    severity: Severity = "error"

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "place": self.place, "params": dict(self.params)}


class VormkeuzeError(Exception):
    """Base of every error the model raises on purpose."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = list(issues)
        super().__init__("; ".join(f"{i.place}: {i.code} {i.params}" for i in self.issues))


class CaseInvalid(VormkeuzeError):
    """The case (file, object or edit) breaks a rule of the format."""


class AnalysisError(VormkeuzeError):
    """The case is valid but this analysis cannot be done on it (e.g. missing scores)."""


class FileProblem(VormkeuzeError):
    """A file cannot be read as a case: missing, a directory, not UTF-8, not JSON, ..."""


def issue(code: str, place: str, **params: Any) -> Issue:
    return Issue(code=code, place=place, params=params)


def warning(code: str, place: str, **params: Any) -> Issue:
    return Issue(code=code, place=place, params=params, severity="warning")
