"""Charts for print: drawn from the model at print size, 300 dpi, type of at least 8 pt."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from model import Case

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_print_type_is_at_least_8_pt() -> None:
    from gui.report.render import MIN_PT, PX_PER_MM, print_theme

    theme = print_theme()
    smallest_mm = min(theme.small_px, theme.body_px, theme.title_px) / PX_PER_MM  # type: ignore[attr-defined]
    assert smallest_mm >= MIN_PT * 0.3528 - 1e-9
    assert MIN_PT >= 8


def test_a_print_chart_is_a_300_dpi_png_of_the_printed_size(qtbot, default_case: Case) -> None:  # type: ignore[no-untyped-def]
    from gui.report.render import PNG_DPI, render_for_print

    png = render_for_print(
        default_case, default_case.profiles[0].id, "ranking", size_mm=(160.0, 95.0), lang="nl"
    )
    image = QImage()
    assert image.loadFromData(png, "PNG")
    assert image.width() == round(160 / 25.4 * PNG_DPI)
    assert abs(image.dotsPerMeterX() - PNG_DPI / 0.0254) < 2
    # not blank: the bars are drawn in the options' colours
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)
    }
    assert len(colours) > 5


def test_an_unknown_chart_is_refused(default_case: Case) -> None:
    from gui.report.render import render_for_print

    with pytest.raises(KeyError):
        render_for_print(default_case, "gelijk", "pie", size_mm=(10.0, 10.0), lang="nl")
