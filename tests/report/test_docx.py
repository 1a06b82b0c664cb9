"""The Word report read back with python-docx: structure, content and numbers."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from model import Case, evaluate

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def chapters(case: Case, lang: str) -> list[str]:
    """The chapters the default case's report has: per team and the epilogue only when it has
    them."""
    nl = {
        "summary": "Samenvatting",
        "background": "De vraag en de casus",
        "options": "Opties",
        "weighing": "Weging per profiel",
        "sensitivity": "Gevoeligheid en robuustheid",
        "units": "Per onderdeel",
        "accountability": "Verantwoording",
        "epilogue": "Hoe het afliep",
        "matrix": "Bijlage A. Alle scores met onderbouwing",
        "sources": "Bijlage B. Bronnen",
        "details": "Bijlage C. Criteria, gewichten en formules",
    }
    en = {
        "summary": "Summary",
        "background": "The question and the case",
        "options": "Options",
        "weighing": "Weighing per profile",
        "sensitivity": "Sensitivity and robustness",
        "units": "Per unit",
        "accountability": "Accountability",
        "epilogue": "How it ended",
        "matrix": "Annex A. Every score with its rationale",
        "sources": "Annex B. Sources",
        "details": "Annex C. Criteria, weights and formulas",
    }
    words = nl if lang == "nl" else en
    keys = [
        k
        for k in words
        if (k != "units" or case.units)
        and (k != "epilogue" or case.epilogue)
        and (k != "background" or case.description)
    ]
    return [words[k] for k in keys]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def all_text(document: docx.document.Document) -> str:
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts).replace("\u00ad", "")  # soft hyphens: invisible break points


def headings(document: docx.document.Document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def cell_text(cell: object) -> str:
    return str(cell.text).replace("\u00ad", "")  # type: ignore[attr-defined]


def test_word_report_has_the_council_chapters_as_real_headings(
    reports: dict[str, Path], default_case: Case
) -> None:
    d = docx.Document(str(reports["report.docx"]))
    assert d.paragraphs[0].style.name == "Title"
    assert headings(d, 1) == chapters(default_case, "nl")
    assert "Argumenten" in [p.text for p in d.paragraphs]
    assert "Kanttekeningen" in [p.text for p in d.paragraphs]
    assert "14 maart 2025" in d.paragraphs[2].text


def test_every_option_criterion_rationale_and_source_appears(
    reports: dict[str, Path], default_case: Case
) -> None:
    text = all_text(docx.Document(str(reports["report.docx"])))
    for o in default_case.options:
        assert o.name in text
        assert not o.legal_basis or o.legal_basis in text
    for n in default_case.nodes():
        assert n.name in text
    # the case-wide scores; a team's own scores belong to the per-team chapter (report issue)
    for s in (s for s in default_case.scores if s.unit is None):
        assert s.rationale and s.rationale in text, s
        assert s.source and s.source in text, s
    for p in default_case.profiles:
        assert p.name in text


def test_the_results_table_holds_the_values_of_evaluate(
    reports: dict[str, Path], default_case: Case
) -> None:
    d = docx.Document(str(reports["report.docx"]))
    captions = [p.text for p in d.paragraphs if p.style.name == "Caption"]
    assert len(captions) >= len(d.tables)
    table = next(t for t in d.tables if t.rows[0].cells[0].text == "Optie")
    names = [c.text.replace("\u00ad", "") for c in table.rows[0].cells[1:]]
    assert names == [p.name for p in default_case.profiles]
    for k, profile in enumerate(default_case.profiles, start=1):
        result = evaluate(default_case, profile.id)
        for i, row in enumerate(table.rows[1:]):
            value = f"{result.value_array[i]:.1f}".replace(".", ",")
            assert row.cells[k].text == f"{value} ({result.rank_array[i]})"


def test_weights_are_dutch_percentages(reports: dict[str, Path], default_case: Case) -> None:
    d = docx.Document(str(reports["report.docx"]))
    overview = next(
        t
        for t in d.tables
        if t.rows[0].cells[0].text == "Criterium"
        and t.rows[0].cells[1].text.replace("\u00ad", "") == default_case.profiles[0].name
    )
    leaf = default_case.node_by_id[default_case.leaf_ids[0]]
    row = next(r for r in overview.rows if r.cells[0].text.replace("\u00ad", "") == leaf.name)
    weights = evaluate(default_case, default_case.profiles[0].id).weights
    assert row.cells[1].text == f"{100 * weights[leaf.id]:.1f}%".replace(".", ",")


def test_sensitivity_is_said_in_words(reports: dict[str, Path], default_case: Case) -> None:
    text = all_text(docx.Document(str(reports["report.docx"])))
    group = default_case.criteria[0].name
    assert "blijft de beste bij" in text
    assert group in text


def test_charts_are_embedded_with_captions(reports: dict[str, Path], default_case: Case) -> None:
    d = docx.Document(str(reports["report.docx"]))
    # the stakeholders chart, and the ranking chart of the first profile
    assert len(d.inline_shapes) == 2
    figures = [p.text for p in d.paragraphs if p.text.startswith("Figuur ")]
    assert len(figures) == 2
    # every picture has alt text (the values in words) and a title
    prs = list(
        d.element.body.iter(
            "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
        )
    )
    assert len(prs) == 2
    first = default_case.option(evaluate(default_case, default_case.profiles[0].id).ranking[0])
    assert all(pr.get("descr") and pr.get("title") for pr in prs)
    assert first.name in prs[1].get("descr")


def test_english_report(reports: dict[str, Path], default_case: Case) -> None:
    d = docx.Document(str(reports["report-en.docx"]))
    assert headings(d, 1) == chapters(default_case, "en")
    text = all_text(d)
    assert "Arguments" in text and "Caveats" in text
    result = evaluate(default_case, default_case.profiles[0].id)
    best = result.order[0]
    assert f"{result.value_array[best]:.1f}" in text  # English decimal point
    # charts left out: a visible placeholder line, never a silent gap
    assert (
        "[Chart left out: Ranking with the contribution of each criteria group"
        f" ({default_case.profiles[0].name})]" in text
    )


def test_language_and_core_properties(reports: dict[str, Path], default_case: Case) -> None:
    import datetime as dt

    for name, tag in (("report.docx", "nl-NL"), ("report-en.docx", "en-GB")):
        d = docx.Document(str(reports[name]))
        styles = d.styles.element
        default_lang = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang")
        assert default_lang is not None and default_lang.get(f"{W}val") == tag
        normal = d.styles["Normal"].element.find(f"{W}rPr/{W}lang")
        assert normal is not None and normal.get(f"{W}val") == tag
        langs = {el.get(f"{W}val") for el in styles.iter(f"{W}lang")}
        assert langs == {tag}, langs  # no en-US left anywhere
        props = d.core_properties
        assert props.title == default_case.title
        assert props.subject and props.author
        assert props.language == tag
        now = dt.datetime.now(dt.UTC)
        for stamp in (props.created, props.modified):
            assert stamp is not None
            assert abs((now - stamp.replace(tzinfo=dt.UTC)).total_seconds()) < 3600


def test_a_real_table_of_contents_and_repeating_header_rows(reports: dict[str, Path]) -> None:
    d = docx.Document(str(reports["report.docx"]))
    body = d.element.body
    instructions = [el.text or "" for el in body.iter(f"{W}instrText")]
    assert any(i.strip().startswith("TOC ") and "\\o" in i for i in instructions)
    settings = d.settings.element
    assert settings.find(f"{W}updateFields").get(f"{W}val") == "true"
    # the contents list the chapters (filled in, so it reads before Word updates it)
    toc = [p.text for p in d.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert toc[:3] == ["Samenvatting", "De vraag en de casus", "Opties"]
    for table in d.tables:
        first = table.rows[0]._tr
        assert first.find(f"{W}trPr/{W}tblHeader") is not None
        for row in table.rows:
            assert row._tr.find(f"{W}trPr/{W}cantSplit") is not None


def test_column_widths_fit_the_longest_word(reports: dict[str, Path]) -> None:
    """No word is wider than its column (Word would break it mid-word); compounds over 14
    letters are left to the document's Dutch hyphenation."""
    from docx.shared import Cm

    d = docx.Document(str(reports["report.docx"]))
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                longest = min(14, max((len(w) for w in cell.text.split()), default=0))
                # 9 pt type: about 0.2 cm per character
                assert cell.width is None or longest * Cm(0.17) <= cell.width + Cm(0.3), (
                    cell.text,
                    cell.width,
                )


def make_template(path: Path) -> None:
    """A municipality's template: own heading colour and font, a header text, saved as .dotx."""
    import io
    import zipfile

    from docx.shared import Pt, RGBColor

    t = docx.Document()
    heading = t.styles["Heading 1"]
    heading.font.name = "Georgia"
    heading.font.color.rgb = RGBColor(0x8B, 0x00, 0x00)
    heading.font.size = Pt(19)
    t.styles["Normal"].font.name = "Verdana"
    t.sections[0].header.paragraphs[0].text = "Gemeente Voorbeeld – Griffie"
    t.add_paragraph("Voorbeeldtekst van het sjabloon")
    buffer = io.BytesIO()
    t.save(buffer)
    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml"
                )
            dst.writestr(item, data)


def test_the_template_gives_styles_header_and_nothing_of_its_sample_text(
    tmp_path: Path, default_case: Case
) -> None:
    from report.write import write_report

    template = tmp_path / "huisstijl.dotx"
    make_template(template)
    target = write_report(
        default_case, tmp_path / "r.docx", template=template, charts=False, sections=["summary"]
    )
    d = docx.Document(str(target))
    h1 = d.styles["Heading 1"]
    assert h1.font.name == "Georgia" and str(h1.font.color.rgb) == "8B0000"
    assert d.styles["Normal"].font.name == "Verdana"
    assert headings(d, 1) == ["Samenvatting", "De vraag en de casus"]
    assert d.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeld – Griffie"
    assert "Voorbeeldtekst van het sjabloon" not in all_text(d)
    assert d.core_properties.language == "nl-NL"


def test_a_template_that_is_not_word_is_refused(tmp_path: Path, default_case: Case) -> None:
    from model import VormkeuzeError
    from report.write import write_report

    bad = tmp_path / "sjabloon.dotx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(VormkeuzeError) as e:
        write_report(default_case, tmp_path / "r.docx", template=bad, charts=False)
    assert [i.code for i in e.value.issues] == ["template_not_word"]
    assert not (tmp_path / "r.docx").exists()
