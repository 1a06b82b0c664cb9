"""What reading the printed report as a raadslid found (brief 22), each with its check."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from model import Case, evaluate
from report.outline import (
    Bullets,
    Contents,
    Heading,
    Num,
    Paragraph,
    Report,
    Section,
    Table,
    Text,
    User,
    build_report,
    source_numbers,
    the_question,
)
from report.pdf_writer import pdf_bytes
from tests.report.conftest import pdf_text, squash

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_question_is_the_descriptions_first_sentence_when_it_asks_one() -> None:
    assert the_question("Welke vorm past?  Het raadsvoorstel ...") == "Welke vorm past?"
    assert the_question("Welke vorm\npast bij ons? Meer.") == "Welke vorm past bij ons?"
    assert the_question("Een casus. Welke vorm past?") is None  # not the first sentence
    assert the_question("Geen vraag hier.") is None
    assert the_question(None) is None
    assert the_question("Waarom " + "heel " * 100 + "lang?") is None


def test_the_summary_gives_the_outcome_before_the_description(default_case: Case) -> None:
    # the summary opened with the whole description (40 lines on page 1) before the outcome
    report = build_report(default_case, with_robustness=False)
    summary = report.sections[0]
    assert summary.key == "summary"
    blocks = list(summary.blocks)
    outcome = next(k for k, b in enumerate(blocks) if isinstance(b, Bullets))
    contents = next(k for k, b in enumerate(blocks) if isinstance(b, Contents))
    background = next(
        k for k, b in enumerate(blocks) if isinstance(b, Heading) and b.text == Text("h_background")
    )
    assert outcome < contents < background
    description = default_case.description or ""
    before = [b for b in blocks[:outcome] if isinstance(b, Paragraph)]
    assert not any(User(description.strip()) in b.parts for b in before)
    question = before[0].parts[0]
    assert isinstance(question, Text) and question.code == "sum_question"
    after = [b for b in blocks[background:] if isinstance(b, Paragraph)]
    assert [p.parts[0] for p in after] == [User(description.strip())]


def test_every_profiles_outcome_is_on_page_one(
    reports: dict[str, Path], default_case: Case
) -> None:
    pages = pdf_text(reports["report.pdf"]).split("\f")
    first = squash(pages[0]).replace("\u00ad", "")
    for profile in default_case.profiles:
        leader = default_case.option(evaluate(default_case, profile.id).ranking[0]).name
        assert squash(f"{profile.name}: {leader} staat eerst") in first, profile.name


def _opens_with_caption(pdf: bytes, tmp: Path) -> list[str]:
    path = tmp / "t.pdf"
    path.write_bytes(pdf)
    out = []
    for page in pdf_text(path).split("\f")[1:]:
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and re.match(r"Tabel \d+\.", lines[0]):
            out.append(lines[0])
    return out


def test_a_table_caption_never_opens_a_page(reports: dict[str, Path], tmp_path: Path) -> None:
    # "Tabel 1. ..." stood alone at the top of page 7, its table at the foot of page 6: a table
    # after more and more text ends, for one of these lengths, just at the foot of page 1
    pages = pdf_text(reports["report.pdf"]).split("\f")
    assert not [p for p in pages[1:] if p.lstrip().startswith("Tabel ")]
    filler = "Een regel tekst die de bladzijde vult, " * 6
    rows = tuple((User(f"optie {k}"), User(f"{k},0")) for k in range(6))
    table = Table((User("Optie"), User("Waarde")), rows, User("de waarden"))
    orphans = []
    for n in range(10, 40):
        blocks = (*[Paragraph((User(filler),)) for _ in range(n)], table)
        report = Report(
            "nl", User("Proef"), Text("subtitle"), dt.date(2025, 1, 1), (), (Section("x", blocks),)
        )
        orphans += _opens_with_caption(pdf_bytes(report, {}), tmp_path)
    assert orphans == []


def test_web_addresses_are_printed_without_hyphens(
    reports: dict[str, Path], default_case: Case
) -> None:
    # the Bronnen printed "htt-ps://", "BW-BR0003740" and ".../gemeenten-defi-nitief": another
    # address for anyone who types it over
    joined = "".join(pdf_text(reports["report.pdf"]).split("\n"))
    urls = {
        u.rstrip(".,;")
        for s in default_case.scores
        for u in re.findall(r"https?://[^\s)]+", s.source or "")
    }
    assert len(urls) > 5
    missing = [u for u in urls if u not in joined]
    assert missing == []


def test_every_teams_own_score_is_in_annex_a_with_its_rationale_and_source(
    default_case: Case,
) -> None:
    # 21 scores of the teams (and 3 sources) were in no chapter and no annex
    own = [s for s in default_case.scores if s.unit is not None]
    assert own
    report = build_report(default_case, with_robustness=False)
    matrix = next(x for x in report.sections if x.key == "matrix")
    items = [item for b in matrix.blocks if isinstance(b, Bullets) for item in b.items]
    numbers = source_numbers(default_case)
    for s in own:
        rationale = User(s.rationale or "")
        found = [item for item in items if rationale in item]
        assert found, (s.unit, s.option, s.criterion)
        if s.source:
            ref = Text("source_ref", {"n": Num(numbers[s.source], "int")})
            assert any(ref in item for item in found)
    sources = next(x for x in report.sections if x.key == "sources")
    listed = {
        item[0].params["source"].text
        for b in sources.blocks
        if isinstance(b, Bullets)
        for item in b.items
        if isinstance(item[0], Text)
    }
    assert {s.source for s in own if s.source} <= listed


def test_word_contents_read_as_a_tree(reports: dict[str, Path]) -> None:
    # before Word updates the field, every entry stood flush left, a page of equal lines
    import docx

    d = docx.Document(str(reports["report.docx"]))
    entries = [p for p in d.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert {p.style.name for p in entries} == {"TOC 1", "TOC 2"}
    one = d.styles["TOC 1"].paragraph_format.left_indent or 0
    two = d.styles["TOC 2"].paragraph_format.left_indent or 0
    assert two > one
