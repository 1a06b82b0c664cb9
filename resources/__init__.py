"""Data shipped with Vormkeuze: the default case, translations, icons."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEFAULT_CASE = "heemstede-bloemendaal.json"


def path(*parts: str) -> Path:
    """A file inside the installed ``resources`` package (works for wheels and checkouts)."""
    return Path(str(resources.files(__name__).joinpath(*parts)))


def default_case_path() -> Path:
    return path("cases", DEFAULT_CASE)
