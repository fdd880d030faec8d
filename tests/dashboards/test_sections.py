"""The dashboards' declarations: every indicator shown once, tables and charts coherent."""

from __future__ import annotations

from collections import Counter

from safeboard.dashboards.sections import SECTIONS, Compare, Trend, section_of
from safeboard.dataset.registry import indicator, indicators


def test_every_indicator_is_on_a_dashboard_once_or_where_the_report_prints_it_twice():
    shown = Counter(i for section in SECTIONS for i in set(section.indicators))
    assert set(shown) == set(indicators())
    # Children on a plan at the quarter's end: table 3.1 and table 4.2, as in the report.
    assert {i for i, count in shown.items() if count > 1} == {"cp_open"}
    # A figure's page belongs to the first dashboard that shows it.
    assert section_of("cp_open").slug == "children-in-need"


def test_the_sections_are_those_of_appendix_a():
    assert [(s.number, s.slug) for s in SECTIONS] == [
        (2, "referrals"),
        (3, "children-in-need"),
        (4, "child-protection"),
    ]
    numbered = {t.id for s in SECTIONS for t in s.tables if t.id[:1].isdigit()}
    assert numbered == {"2.1", "2.2", "2.3", "2.4", "3.1", "3.5", "3.6", "4.1", "4.2", "4.3"}


def test_a_table_has_one_kind_of_period_and_a_chart_one_unit():
    for section in SECTIONS:
        for table in section.tables:
            kinds = {indicator(i).period_kind for i in table.indicators}
            assert len(kinds) == 1, table.heading
            for chart in table.charts:
                if isinstance(chart, Trend):
                    units = {indicator(r.indicator).unit for r in chart.rows}
                    assert len(units) == 1, chart.id
                    assert {r.indicator for r in chart.rows} <= set(table.indicators)
                else:
                    assert isinstance(chart, Compare)
                    assert chart.dim in indicator(chart.indicator).breakdowns


def test_chart_ids_are_unique_and_baselines_only_for_shares():
    ids = [c.id for s in SECTIONS for c in s.charts]
    assert len(ids) == len(set(ids))
    for section in SECTIONS:
        for chart in section.charts:
            if isinstance(chart, Compare) and chart.baseline:
                assert indicator(chart.indicator).unit == "percent"
                assert chart.dim in ("ethnicity", "language")
