"""Charts tested on their item data: what is drawn equals what the analysis says."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resources
from gui.catalogue import chart_class, chart_names
from gui.host import StandaloneHost
from model import evaluate, load_case_file, sensitivity
from model.commands import SetWeight
from model.session import Session
from model.tradeoff import axis_values, pareto_front


@pytest.fixture
def case():
    c, _ = load_case_file(resources.default_case_path())
    return c


@pytest.fixture
def session(case):
    s = Session(case)
    s.profile_id = "raad-heemstede"
    return s


def make(qtbot, session, name, size=(1400, 800)):
    chart = chart_class(name)(StandaloneHost(session))
    qtbot.addWidget(chart)
    chart.resize(*size)
    chart.show()
    qtbot.waitExposed(chart)
    chart.refresh()
    return chart


def test_ranking_bars_equal_group_contributions(qtbot, session):
    chart = make(qtbot, session, "ranking")
    ev = evaluate(session.case, session.profile_id)
    left = np.zeros(len(ev.option_ids))
    for g, item in enumerate(chart.group_items):
        np.testing.assert_allclose(item.opts["width"], ev.group_contribution_array[:, g])
        np.testing.assert_allclose(item.opts["x0"], left)
        left = left + item.opts["width"]
    np.testing.assert_allclose(left, ev.value_array)
    # sorted best first: row 0 is the best option, totals printed without decimals
    best = ev.order[0]
    assert chart.rows[best] == 0
    assert chart.total_labels[best].textItem.toPlainText() == str(round(ev.value_array[best]))


def test_ranking_tooltip_escapes_rationale(qtbot, session, case):
    from model.commands import edit_score

    opt, leaf = case.option_ids[0], case.leaf_ids[0]
    session.apply(edit_score(session.case, opt, leaf, rationale="<b>niet vet</b> & zo"))
    chart = make(qtbot, session, "ranking")
    i = chart.evaluation.option_ids.index(opt)
    text = chart.tooltip_text(i, 0)
    assert "&lt;b&gt;niet vet&lt;/b&gt; &amp; zo" in text
    assert "<b>niet vet</b>" not in text
    # the hover hit test finds the segment in the middle of the first group's bar
    w = chart.evaluation.group_contribution_array[i, 0]
    assert chart.segment_at(w / 2, chart.rows[i]) == (i, 0)


def test_sensitivity_lines_and_crossovers(qtbot, session):
    chart = make(qtbot, session, "sensitivity")
    chart.set_node("vorm")
    s = sensitivity(session.case, "vorm", session.profile_id)
    for i, o in enumerate(s.option_ids):
        xs, ys = chart.lines[o].getData()
        np.testing.assert_allclose(xs, [0, 100])
        np.testing.assert_allclose(ys, [s.at_zero[i], s.at_one[i]])
    pts = np.array([[p.pos().x(), p.pos().y()] for p in chart.markers.points()])
    expect = np.array([[100 * w, s.value_at(w)[s.option_ids.index(a)]] for w, a, _ in s.crossovers])
    np.testing.assert_allclose(pts, expect.reshape(pts.shape))
    assert chart.current_line.value() == pytest.approx(100 * s.current_weight)
    labels = chart.leader_changes(session.case, s)
    assert len(labels) == len(s.best) - 1
    for (lo, _hi, _o), (w, text, _y) in zip(s.best[1:], labels, strict=True):
        assert w == lo and "%" in text


def test_head_to_head_sums_to_value_difference(qtbot, session, case):
    chart = make(qtbot, session, "headtohead")
    a, b = case.option_ids[0], case.option_ids[3]
    chart.set_pair(a, b)
    ev = evaluate(session.case, session.profile_id)
    diff = ev.values[a] - ev.values[b]
    widths = np.asarray(chart.bars.opts["width"])
    x0 = np.asarray(chart.bars.opts["x0"])
    signed = np.where(x0 < 0, -widths, widths)
    assert signed.sum() == pytest.approx(diff)
    assert chart.value_difference == pytest.approx(diff)


def test_bump_order_equals_evaluate_per_profile(qtbot, session, case):
    chart = make(qtbot, session, "stakeholders")
    for k, p in enumerate(case.profiles):
        ev = evaluate(case, p.id)
        assert chart.rankings[p.id] == ev.ranking
        for i, o in enumerate(ev.option_ids):
            _, ys = chart.lines[o].getData()
            assert ys[k] == ev.rank_array[i]
        np.testing.assert_allclose(chart.group_weights[k].sum(), 1.0)


def test_tradeoff_points_and_front(qtbot, session, case):
    chart = make(qtbot, session, "tradeoff")
    assert chart.axes() == (("ontvlechtbaarheid",), ("meetbaarheid", "sturing"))
    ev = evaluate(case, session.profile_id)
    x, _ = axis_values(case, ev, ("ontvlechtbaarheid",))
    y, _ = axis_values(case, ev, ("meetbaarheid", "sturing"))
    pts = np.array([[p.pos().x(), p.pos().y()] for p in chart.points.points()])
    np.testing.assert_allclose(pts, np.column_stack([x, y]))
    front = set(chart.front_ids)
    for i, o in enumerate(ev.option_ids):
        dominated = any(
            x[j] >= x[i] and y[j] >= y[i] and (x[j] > x[i] or y[j] > y[i]) for j in range(len(x))
        )
        assert (o in front) == (not dominated)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=1, max_size=12))
def test_pareto_front_is_non_dominated_set(points):
    x = np.array([p[0] for p in points], dtype=float)
    y = np.array([p[1] for p in points], dtype=float)
    front = set(pareto_front(x, y))
    for i in range(len(x)):
        beaten = any(
            x[j] >= x[i] and y[j] >= y[i] and (x[j] > x[i] or y[j] > y[i]) for j in range(len(x))
        )
        assert (i in front) == (not beaten)


def test_radar_values_are_group_averages(qtbot, session, case):
    chart = make(qtbot, session, "radar")
    ev = evaluate(case, session.profile_id)
    for g, gid in enumerate(ev.group_ids):
        v, _ = axis_values(case, ev, (gid,))
        np.testing.assert_allclose(chart.values[:, g], v)
    # the weighted group averages recombine into the total value
    gw = np.bincount(
        [ev.group_ids.index(case.parent_of[leaf]) for leaf in ev.leaf_ids], ev.weight_array
    )
    np.testing.assert_allclose(chart.values @ gw, ev.value_array)
    o = case.option_ids[0]
    chart.set_shown(o, False)
    assert not chart.shapes[o].isVisible()


def test_weight_change_updates_every_visible_chart(qtbot, session):
    charts = [make(qtbot, session, n, size=(700, 500)) for n in chart_names()]
    before = [c.updates for c in charts]
    session.apply(SetWeight(profile_id="raad-heemstede", node="vorm", value=5))
    for c, b in zip(charts, before, strict=True):
        qtbot.waitUntil(lambda c=c, b=b: c.updates > b, timeout=2000)
    ranking = charts[0]
    ev = evaluate(session.case, session.profile_id)
    np.testing.assert_allclose(
        ranking.group_items[0].opts["width"], ev.group_contribution_array[:, 0]
    )


def test_hidden_chart_redraws_when_shown(qtbot, session):
    chart = make(qtbot, session, "ranking")
    chart.hide()
    n = chart.updates
    session.apply(SetWeight(profile_id="raad-heemstede", node="vorm", value=5))
    qtbot.wait(40)
    assert chart.updates == n  # not visible: not redrawn
    chart.show()
    assert chart.updates == n + 1
    ev = evaluate(session.case, session.profile_id)
    np.testing.assert_allclose(
        chart.group_items[3].opts["width"], ev.group_contribution_array[:, 3]
    )


def test_an_option_without_scores_leaves_a_provisional_chart(qtbot, case):
    gone = case.option_ids[1]
    broken = case.replace(scores=tuple(s for s in case.scores if s.option != gone))
    session = Session(broken)
    for name in chart_names():
        chart = make(qtbot, session, name, size=(600, 400))
        assert chart.empty_message is None, name
        assert chart.stack.currentWidget() is chart.content  # the plot (and its why panel)
        assert chart.banner.isVisibleTo(chart)
        n = len(case.leaf_ids)
        assert f"Provisional: {n} scores are missing" in chart.banner.text
        assert case.options[1].name in chart.banner.text
        assert "click a cell" not in chart.banner.text.lower()


def test_nothing_to_compute_says_what_is_missing(qtbot, case):
    keep = case.option_ids[0]
    broken = case.replace(scores=tuple(s for s in case.scores if s.option == keep))
    session = Session(broken)
    chart = make(qtbot, session, chart_names()[0], size=(600, 400))
    assert chart.stack.currentWidget() is chart.empty_label
    assert chart.empty_message is not None
    missing = (len(case.options) - 1) * len(case.leaf_ids)
    assert f"{missing} scores are missing" in chart.empty_message
    assert "and " + str(missing - 3) + " more" in chart.empty_message


def test_values_have_no_decimals_and_dutch_percent(qtbot, session):
    from gui.charts.base import fmt_percent
    from words.numbers import rounded

    assert rounded(67.6, "nl") == "68"
    assert fmt_percent(0.345, "nl", 1) == "34,5%"
    assert fmt_percent(0.345, "en", 1) == "34.5%"
