"""Charts: one Vega-Lite declaration, drawn once as SVG for the page and the report."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from safeboard.dashboards.charts import chart_spec, render, sanitise
from safeboard.dashboards.sections import Compare, Row, Trend
from tests.dashboards.helpers import held_figures

CONTACTS = [10059, 10847, 14846, 18929, 3539, 7133, 10509, 13993]


def _texts(svg: str) -> list[str]:
    return [t.text for t in etree.fromstring(svg.encode()).iter("{*}text") if t.text]


def test_a_trend_draws_years_then_quarters_and_lists_every_value():
    held = held_figures({("contacts", "", ""): CONTACTS})
    spec = chart_spec(Trend("contacts", "Contacts", (Row("contacts"),)), held)
    assert not spec.empty
    # Years then quarters: two panels sharing the y axis.
    assert len(spec.spec["hconcat"]) == 2
    assert spec.summary.startswith("Line chart: Contacts, by year, then by quarter")
    for text in (
        "2013/14 10,059",
        "2016/17 18,929",
        "Q1 2017/18 3,539",
        "Q3 2017/18 10,509",
        "Q4 2017/18 13,993",
    ):
        assert text in spec.summary
    rendered = render(spec)
    texts = _texts(rendered.svg)
    for value in ("10,059", "10,847", "14,846", "18,929", "3,539", "7,133", "10,509", "13,993"):
        assert value in texts, value
    assert "2017/18 by quarter" in texts


def test_a_snapshot_trend_is_one_timeline_and_a_period_without_a_return_is_not_drawn():
    counts = [528, 536, 472, 439, 478, 547, 554, 564]
    held = held_figures({("cp_open", "", ""): counts}, uncovered=(("cp_open", "2014-03-31"),))
    spec = chart_spec(Trend("cp", "On a plan", (Row("cp_open"),)), held)
    assert "hconcat" not in spec.spec
    assert "31 Mar 2014 not available" in spec.summary
    assert "31 Mar 2018 564" in spec.summary
    texts = _texts(render(spec).svg)
    assert "528" not in texts
    for value in counts[1:]:
        assert str(value) in texts
    assert "Mar 2018" in texts
    assert "Jun 2017" in texts


def test_a_breakdown_is_compared_with_the_year_before_and_the_baseline():
    shares = {
        "White British/Irish/Other": [(70, 100)] * 8,
        "BME": [(10, 100)] * 7 + [(103, 1000)],
        "Not recorded": [(18, 100)] * 8,
        "Unborn": [(2, 100)] * 8,
    }
    held = held_figures(
        {("referrals_by_ethnicity", "ethnicity", v): s for v, s in shares.items()},
        baseline={"ethnicity": [("White British/Irish/Other", 81.5), ("BME", 17.7)]},
    )
    chart = Compare("eth", "By ethnicity", "referrals_by_ethnicity", "ethnicity", baseline=True)
    spec = chart_spec(chart, held)
    assert "2016/17 and 2017/18, beside the baseline: School census January 2018" in spec.summary
    assert "2017/18: White British/Irish/Other 70.0%; BME 10.3%" in spec.summary
    assert "Baseline: School census January 2018: White British/Irish/Other 81.5%; BME 17.7%" in (
        spec.summary
    )
    texts = _texts(render(spec).svg)
    for value in ("70.0%", "10.0%", "10.3%", "18.0%", "2.0%", "81.5%", "17.7%"):
        assert value in texts, value
    assert "Baseline: School census January 2018" in texts


def test_a_cumulative_quarter_is_not_compared_with_a_whole_year():
    counts = {"Male": [1] * 8, "Female": [2] * 8, "Unborn": [0] * 8, "Not recorded": [0] * 8}
    held = held_figures(
        {("referrals_by_source", "referral_source", "6"): [(5, 10)] * 8}
        | {("cp_by_gender", "gender", v): s for v, s in counts.items()},
        uncovered=(("referrals_by_source", "2018-03-31"),),
    )
    source = chart_spec(Compare("s", "By source", "referrals_by_source", "referral_source"), held)
    assert "Bar chart: By source: Q3 2017/18." in source.summary
    gender = chart_spec(Compare("g", "By gender", "cp_by_gender", "gender"), held)
    assert "31 Mar 2017 and 31 Mar 2018" in gender.summary


def test_the_page_and_the_report_get_the_same_drawing():
    held = held_figures({("contacts", "", ""): CONTACTS})
    rendered = render(chart_spec(Trend("contacts", "Contacts", (Row("contacts"),)), held))
    inline = etree.fromstring(rendered.inline().encode())
    standalone_text = rendered.standalone()
    assert standalone_text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    standalone = etree.fromstring(standalone_text.split("\n", 1)[1].encode())
    assert inline.get("aria-hidden") == "true"
    assert standalone.get("role") == "img"
    assert standalone.find("{*}title").text == "Contacts"
    assert "13,993" in standalone.find("{*}desc").text
    # Apart from the title and description, the same elements in the same order.
    drawn = [e.tag for e in standalone.iter() if etree.QName(e).localname not in ("title", "desc")]
    assert drawn == [e.tag for e in inline.iter()]


HOSTILE = """<?xml version="1.0"?>
<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="10" height="10" onload="alert(1)">
  <script>alert(2)</script>
  <style>rect { fill: red }</style>
  <defs><clipPath id="clip1"><rect width="5" height="5"/></clipPath></defs>
  <g clip-path="url(#clip1)" style="fill: #1d70b8; stroke: red; behaviour: url(x.htc)">
    <rect width="5" height="5" fill="url(https://evil.example/x)" onclick="alert(3)"/>
    <a xlink:href="javascript:alert(4)"><text>click</text></a>
    <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">html</div></foreignObject>
    <text font-family="arial, Liberation Sans">&secret;</text>
    <image href="https://evil.example/track.png" width="1" height="1"/>
  </g>
</svg>"""


def test_sanitise_keeps_drawing_and_drops_everything_else():
    clean = sanitise(HOSTILE, prefix="c")
    assert not re.search(r"script|style=|<style|onload|onclick|javascript|foreignObject", clean)
    assert "evil.example" not in clean
    assert "image" not in clean
    assert "<a" not in clean
    assert "root:" not in clean  # the external entity was never read
    assert 'id="c-clip1"' in clean
    assert 'clip-path="url(#c-clip1)"' in clean
    # An inline style becomes presentation attributes (the policy forbids inline styles).
    assert 'fill="#1d70b8"' in clean
    assert 'stroke="red"' in clean
    assert "behaviour" not in clean


def test_sanitise_refuses_what_is_not_svg():
    with pytest.raises(ValueError, match="Not an SVG"):
        sanitise('<html xmlns="http://www.w3.org/1999/xhtml"/>', prefix="x")
