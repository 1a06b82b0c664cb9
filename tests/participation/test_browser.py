"""A real browser as the participant: headless Chromium opens the page, moves sliders, submits.

Runs ``vormkeuze serve`` on 127.0.0.1 and checks that the answer arrives in the document; the
injection case's names render as text (no script from the case runs).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from model.document import Document, history_of
from tests.participation.browser import Browser, missing
from tests.participation.serving import ROOT, Serving

pytestmark = pytest.mark.skipif(missing() is not None, reason=str(missing()))

INJECTION = ROOT / "tests" / "data" / "injection-case.json"


@pytest.fixture
def browser() -> Iterator[Browser]:
    b = Browser(390, 844, lang="nl")
    yield b
    b.close()


def _set_slider(browser: Browser, criterion: str, value: int) -> None:
    """Move a slider with the keyboard, as a person would: Home, then arrow keys."""
    from selenium.webdriver.common.keys import Keys

    slider = browser.driver.find_element("id", f"w-{criterion}")
    slider.send_keys(Keys.HOME)
    for _ in range(value):
        slider.send_keys(Keys.ARROW_RIGHT)
    assert slider.get_attribute("value") == str(value)


def test_a_participant_weighs_in_the_browser_and_the_answer_reaches_the_document(
    browser: Browser, tmp_path: Path, example_case_path: Path
) -> None:
    case = tmp_path / "workshop.json"
    shutil.copy(example_case_path, case)
    serving = Serving(str(case), "--host", "127.0.0.1")
    try:
        browser.driver.get(serving.url)
        browser.wait(lambda d: d.find_elements("id", "w-sturing"))
        assert browser.text("code-line") == f"Rondecode: {serving.start['code']}"
        assert browser.text("submit") == "Antwoord versturen"
        _set_slider(browser, "sturing", 30)
        _set_slider(browser, "geld", 10)
        assert "30 punten (75%)" in browser.text("items")
        # sturing heavy: the option that is best on sturing comes first in the live preview
        assert browser.text("preview-first") == (
            "Met uw weging komt eerst: Privaatrechtelijke overeenkomst"
        )
        browser.driver.find_element("id", "submit").click()
        browser.wait(lambda d: "Ontvangen" in d.find_element("id", "status").text)
        # change and send again
        _set_slider(browser, "geld", 90)
        assert (
            browser.text("preview-first") == "Met uw weging komt eerst: Bedrijfsvoeringsorganisatie"
        )
        browser.wait(
            lambda d: d.find_element("id", "submit").text == "Gewijzigd antwoord versturen"
        )
        browser.driver.find_element("id", "submit").click()
        browser.wait(
            lambda d: (
                d.find_element("id", "status").text.startswith("Ontvangen")
                and d.execute_script("return document.getElementById('submit').disabled") is False
            )
        )
        code, final, err = serving.stop()
        # the page hears that the round closed and freezes
        browser.wait(lambda d: "gesloten" in d.find_element("id", "status").text)
        assert browser.driver.find_element("id", "w-sturing").get_attribute("disabled") == "true"
        # nothing blocked by the CSP, nothing failed to load (the event stream ends at close)
        assert [m for m in browser.console_errors() if "api/events" not in m] == []
    finally:
        serving.kill()
    assert code == 0, err
    assert final["answers"] == 1
    with Document.open(final["document"], readonly=True) as doc:
        weights = doc.case.profile("deelnemer-1").weights
        assert weights is not None
        assert weights["geld"] == pytest.approx(100.0)
        assert weights["sturing"] == pytest.approx(100.0 * 30 / 90)
        assert doc.case.profile("zaal-gemiddelde").name == "Zaal (gemiddelde)"
    (entry,) = [h for h in history_of(final["document"]) if h.kind == "SaveRound"]
    assert entry.command["round"]["answers"] == [
        {
            "participant": 1,
            "points": {"sturing": 30.0, "geld": 90.0},
            "shares": {"sturing": 0.25, "geld": 0.75},
        }
    ]


def test_the_injection_case_renders_as_text(browser: Browser, tmp_path: Path) -> None:
    case = tmp_path / "injection.json"
    shutil.copy(INJECTION, case)
    serving = Serving(str(case), "--host", "127.0.0.1")
    try:
        browser.driver.get(serving.url)
        browser.wait(lambda d: d.find_elements("id", "w-sturing"))
        d = browser.driver
        assert browser.text("title") == "<script>window.__pwned=1</script> Casus"
        label = d.find_element("css selector", "label[for='w-sturing']").text
        assert label == "<script>window.__pwned=1</script>Sturing"
        desc = d.find_element("id", "desc-sturing").text
        assert desc.startswith('<img src=x onerror="window.__pwned=1">')
        assert "Financiën </ol><b>vet</b>" in browser.text("items")
        assert "<svg onload" in browser.text("preview")
        assert d.execute_script("return window.__pwned") is None
        # the only elements are the page's own: no img, svg, b or script from the case
        assert (
            d.execute_script(
                "return document.querySelectorAll('main img, main svg, main b, main script').length"
            )
            == 0
        )
        assert d.execute_script("return document.scripts.length") == 1
    finally:
        serving.stop()
        serving.kill()


def test_the_ranking_page_works_with_the_keyboard(
    browser: Browser, tmp_path: Path, example_case_path: Path
) -> None:
    case = tmp_path / "workshop.json"
    shutil.copy(example_case_path, case)
    serving = Serving(str(case), "--round", "geld", "--ranking")
    try:
        d = browser.driver
        d.get(serving.url)
        browser.wait(lambda drv: drv.find_elements("css selector", ".rank-row"))
        rows = d.find_elements("css selector", "#items .name")
        assert [r.text for r in rows] == ["Transitiekosten", "Fiscale zekerheid"]
        down = d.find_element("css selector", "#items li:first-child button.down")
        assert down.get_attribute("aria-label") == "Transitiekosten lager"
        down.click()
        rows = d.find_elements("css selector", "#items .name")
        assert [r.text for r in rows] == ["Fiscale zekerheid", "Transitiekosten"]
        d.find_element("id", "submit").click()
        browser.wait(lambda drv: "Ontvangen" in drv.find_element("id", "status").text)
        code, final, err = serving.stop()
    finally:
        serving.kill()
    assert code == 0, err
    with Document.open(final["document"], readonly=True) as doc:
        e = doc.case.profile("deelnemer-1").elicitation_for("geld")
        assert e is not None and e.order == ("btw", "transitie")
