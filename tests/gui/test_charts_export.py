"""Export: the SVG parses (Qt 6.11-safe path), the PNG has the requested size, headless render."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

import resources
from gui.catalogue import chart_class, chart_names
from gui.charts.export import render_chart_png, save_svg
from gui.host import StandaloneHost
from model import load_case_file
from model.session import Session


@pytest.fixture
def case():
    return load_case_file(resources.default_case_path())[0]


@pytest.mark.parametrize("name", ["ranking", "sensitivity"])
def test_svg_parses(qtbot, case, tmp_path, name):
    chart = chart_class(name)(StandaloneHost(Session(case)))
    qtbot.addWidget(chart)
    out = save_svg(chart, tmp_path / f"{name}.svg", size=(1000, 600))
    root = ET.parse(out).getroot()
    assert root.tag.endswith("svg")
    assert len(list(root.iter())) > 20  # real drawing, not an empty document
    assert not list(tmp_path.glob(".*"))  # no temp file left behind


@pytest.mark.parametrize("name", chart_names())
def test_render_chart_png_has_requested_size(qtbot, case, tmp_path, name):
    out = render_chart_png(case, "raad-heemstede", name, tmp_path / f"{name}.png", size=(1200, 700))
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1200, 700)
    # not blank: more than two distinct colours in a coarse sample
    colours = {image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 700, 23)}
    assert len(colours) > 3


def test_render_chart_png_refuses_unknown_chart(qtbot, case, tmp_path):
    with pytest.raises(KeyError):
        render_chart_png(case, "raad-heemstede", "pie", tmp_path / "x.png")
