"""A new document reads its case back from the file before it is used (Document.create)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

import model.document as document_module
import resources
from model.document import Document, read_case
from model.io import load_embedded_case


@pytest.fixture
def default() -> Any:
    return load_embedded_case(resources.default_case_path())[0]


def test_a_file_that_holds_the_rows_keeps_the_case_it_was_made_from(
    tmp_path: Path, default: Any
) -> None:
    with Document.create(tmp_path / "a.vormkeuze", default, author="t") as doc:
        assert doc.case is default  # no second parse of what was just written
    assert read_case(tmp_path / "a.vormkeuze") == default


def test_a_file_that_reads_back_otherwise_is_parsed_and_checked(
    tmp_path: Path, default: Any
) -> None:
    path = tmp_path / "b.vormkeuze"
    Document.create(path, default, author="t").close()
    other = default.replace(title="Niet wat er staat")
    conn = sqlite3.connect(path)
    try:
        got = document_module._read_back(conn, path, other)
    finally:
        conn.close()
    assert got == default and got is not default  # what the file holds, parsed from it
