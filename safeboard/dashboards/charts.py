"""The dashboards' charts: declared once as Vega-Lite (built with Altair), drawn as SVG.

``chart_spec`` turns a chart declaration of ``sections`` and a year's figures
into a Vega-Lite specification, its data and a text alternative that lists
every value. ``render`` draws it once with vl-convert (Vega and Vega-Lite run
in vl-convert's embedded JavaScript engine, so no browser and no network are
needed) and cleans the SVG; ``RenderedChart.inline`` is that SVG for the page
and ``RenderedChart.standalone`` the same SVG as a file for the report.

Why server-side SVG rather than Vega in the browser: the site's Content
Security Policy allows scripts only from the site itself with a nonce, and
Vega compiles expressions with ``new Function`` (it would need
``'unsafe-eval'``) and vega-embed adds inline styles; a static SVG needs no
script at all, looks the same in the page and in the PDF, and keeps working
with JavaScript off.

The SVG is cleaned (``sanitise``) before it reaches a page: only drawing
elements and presentation attributes are kept (no script, style, links,
event handlers or foreign objects), ``style`` attributes become the
equivalent presentation attributes (the policy forbids inline styles), and
ids are prefixed so that two charts on one page never share one.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import altair as alt
import vl_convert
from lxml import etree

from safeboard.dashboards.figures import YearFigures, cached, year_figures
from safeboard.dashboards.formats import format_value, period_label
from safeboard.dashboards.sections import (
    SECTIONS,
    Breakdown,
    Compare,
    Section,
    Trend,
    expand,
    value_label,
)
from safeboard.dataset.periods import Period, year_label
from safeboard.dataset.registry import indicator

SVG_NS = "http://www.w3.org/2000/svg"
# GOV.UK colours with at least 3:1 contrast against white (WCAG 1.4.11).
COLOURS = ("#1d70b8", "#00703c", "#4c2c92", "#d4351c", "#912b88", "#505a5f")
SHAPES = ("circle", "square", "triangle-up", "diamond", "cross", "triangle-down")
BASELINE_COLOUR = "#505a5f"
# Unquoted (valid CSS): the cleaned SVG keeps no quotes in attribute values.
FONT = "arial, Liberation Sans, sans-serif"
CONFIG = {
    "font": FONT,
    "view": {"stroke": None},
    "axis": {"labelFontSize": 12, "titleFontSize": 12, "labelColor": "#0b0c0c"},
    "legend": {"labelFontSize": 12, "titleFontSize": 12, "labelLimit": 0, "symbolSize": 80},
    "header": {"labelFontSize": 13, "titleFontSize": 13},
    "title": {"fontSize": 14},
}
TREND_WIDTH = 300
QUARTERS_WIDTH = 240
COMPARE_WIDTH = 520


# ---- the declaration as Vega-Lite -------------------------------------------------------


@dataclass(frozen=True)
class ChartSpec:
    id: str
    title: str
    spec: dict  # Vega-Lite, data inline
    summary: str  # the text alternative: what the chart shows and every value in it
    empty: bool  # no covered figure to draw


def chart_spec(chart: Trend | Compare, held: YearFigures) -> ChartSpec:
    if isinstance(chart, Trend):
        return _trend(chart, held)
    return _compare(chart, held)


def _trend(chart: Trend, held: YearFigures) -> ChartSpec:
    unit = indicator(chart.rows[0].indicator).unit
    kind = indicator(chart.rows[0].indicator).period_kind
    periods = held.periods(kind)
    points: list[dict] = []
    described: list[str] = []
    for row in chart.rows:
        name = row.text
        values = []
        for period in periods:
            figure = held.get(row.indicator, period.end.isoformat(), row.dim, row.value)
            label = period_label(period, held.year)
            if figure is None:
                values.append(f"{label} not available")
                continue
            values.append(f"{label} {format_value(unit, figure.value)}")
            if figure.value is None:
                continue
            point = {
                "series": name,
                "date": period.end.isoformat(),
                "period": label,
                "value": figure.value,
                "label": format_value(unit, figure.value),
            }
            if period.collection_year < held.year or period.end.month == 3:
                # The years: the four before and the year itself (its fourth quarter).
                points.append({**point, "panel": "years", "x": year_label(period.collection_year)})
            if period.collection_year == held.year:
                quarter = {6: "Q1", 9: "Q2", 12: "Q3", 3: "Q4"}[period.end.month]
                points.append({**point, "panel": "quarters", "x": quarter})
        described.append(f"{name}: {'; '.join(values)}.")
    names = [row.text for row in chart.rows]
    # A single line has every point labelled with its value; with more lines labels
    # would collide, and the table beside the chart gives the values.
    for point in points:
        point["labelled"] = len(names) == 1
    top = _nice_ceiling(max((p["value"] for p in points), default=0) * 1.12)
    encoding = {
        "y": alt.Y(
            "value:Q",
            title=_unit_title(unit),
            scale=alt.Scale(domain=[0, top], nice=False),
            axis=alt.Axis(format=",.0f" if unit == "count" else ",.1~f"),
        ),
        "color": alt.Color(
            "series:N",
            title=None,
            scale=alt.Scale(domain=names, range=list(COLOURS[: len(names)])),
            legend=alt.Legend(orient="bottom", direction="vertical"),
        ),
    }
    shape = alt.Shape(
        "series:N",
        title=None,
        scale=alt.Scale(domain=names, range=list(SHAPES[: len(names)])),
    )
    data = alt.Chart(alt.Data(values=points))

    def panel(keep, x, width):
        kept = data.transform_filter(keep)
        lines = kept.mark_line(point=alt.OverlayMarkDef(size=70, filled=True)).encode(
            x=x, shape=shape, **encoding
        )
        labels = (
            kept.transform_filter(alt.datum.labelled)
            .mark_text(dy=-11, fontSize=11, color="#0b0c0c")
            .encode(x=x, y=encoding["y"], text="label:N")
        )
        return alt.layer(lines, labels).properties(width=width, height=220)

    if kind == "snapshot":
        what = "at the end of each year, then of each quarter of the year"
        dates = [
            alt.DateTime(year=p.end.year, month=p.end.month, date=p.end.day, utc=True)
            for p in periods
        ]
        x = alt.X(
            "date:T",
            title=None,
            scale=alt.Scale(type="utc"),
            axis=alt.Axis(values=dates, format="%b %Y", labelAngle=-45, labelOverlap=False),
        )
        keep = (alt.datum.panel == "years") | (alt.datum.x != "Q4")
        spec = panel(keep, x, TREND_WIDTH + QUARTERS_WIDTH)
    else:
        what = "by year, then by quarter of the year (cumulative from 1 April)"
        years = alt.X(
            "x:N",
            title="Year",
            sort=[year_label(held.year - n) for n in range(4, -1, -1)],
            axis=alt.Axis(labelAngle=0),
        )
        quarters = alt.X(
            "x:N",
            title=f"{year_label(held.year)} by quarter",
            sort=["Q1", "Q2", "Q3", "Q4"],
            axis=alt.Axis(labelAngle=0),
        )
        spec = alt.hconcat(
            panel(alt.datum.panel == "years", years, TREND_WIDTH),
            panel(alt.datum.panel == "quarters", quarters, QUARTERS_WIDTH),
        ).resolve_scale(y="shared")
    kind_text = "Line chart" if len(names) == 1 else f"Line chart of {len(names)} measures"
    summary = f"{kind_text}: {chart.title}, {what}. " + " ".join(described)
    return ChartSpec(
        id=chart.id,
        title=chart.title,
        spec=_finish(spec),
        summary=summary,
        empty=not points,
    )


def _nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 times a power of ten at or above ``value`` (room
    above the highest point for its label)."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= value)


def _unit_title(unit: str) -> str:
    return {"count": "Number", "percent": "Percent", "rate_per_10000": "Per 10,000 children"}[unit]


def compare_periods(held: YearFigures, indicator_id: str) -> list[Period]:
    """The latest covered period of the year and, where it is comparable (a snapshot, or
    the whole year), the year before."""
    periods = held.periods(indicator(indicator_id).period_kind)
    quarters = [p for p in periods if p.collection_year == held.year]
    covered = [p for p in quarters if held.is_covered(indicator_id, p.end.isoformat())]
    if not covered:
        return []
    latest = covered[-1]
    chosen = [latest]
    previous = [p for p in periods if p.collection_year == held.year - 1]
    comparable = latest.kind.value == "snapshot" or latest.end.month == 3
    if previous and comparable and held.is_covered(indicator_id, previous[0].end.isoformat()):
        chosen.insert(0, previous[0])
    return chosen


def _compare(chart: Compare, held: YearFigures) -> ChartSpec:
    ind = indicator(chart.indicator)
    total = "last" if chart.dim == "district" else "none"
    rows = expand(Breakdown(chart.indicator, chart.dim, total), held.present(chart.indicator))
    periods = compare_periods(held, chart.indicator)
    bars: list[dict] = []
    series: list[str] = []
    described: list[str] = []
    categories = [row.text for row in rows]
    for period in periods:
        name = period_label(period, held.year if period.end.month != 3 else None)
        series.append(name)
        values = []
        for row in rows:
            figure = held.get(ind.id, period.end.isoformat(), row.dim, row.value)
            if figure is None or figure.value is None:
                values.append(f"{row.text} not applicable")
                continue
            values.append(f"{row.text} {format_value(ind.unit, figure.value)}")
            bars.append(
                {
                    "category": row.text,
                    "series": name,
                    "value": figure.value,
                    "label": format_value(ind.unit, figure.value),
                }
            )
        described.append(f"{name}: {'; '.join(values)}.")
    colours = list(COLOURS[: len(series)])
    if len(series) == 2:
        colours = [COLOURS[2], COLOURS[0]]  # the year before, then the year
    baseline = held.baseline.get(chart.dim) if chart.baseline else None
    if baseline:
        name = _baseline_name(baseline)
        series.append(name)
        colours.append(BASELINE_COLOUR)
        values = []
        for share in baseline:
            text = value_label(chart.dim, share.value)
            if text not in categories:
                categories.append(text)
            values.append(f"{text} {format_value('percent', share.percent)}")
            bars.append(
                {
                    "category": text,
                    "series": name,
                    "value": share.percent,
                    "label": format_value("percent", share.percent),
                }
            )
        described.append(f"{name}: {'; '.join(values)}.")
    row_height = 16 * max(1, len(series)) + 8
    base = alt.Chart(alt.Data(values=bars)).encode(
        y=alt.Y("category:N", title=None, sort=categories, axis=alt.Axis(labelLimit=260)),
        yOffset=alt.YOffset("series:N", sort=series),
        x=alt.X(
            "value:Q",
            title=_unit_title(ind.unit),
            axis=alt.Axis(format=",.0f" if ind.unit == "count" else ",.1~f"),
        ),
    )
    barmarks = base.mark_bar().encode(
        color=alt.Color(
            "series:N",
            title=None,
            sort=series,
            scale=alt.Scale(domain=series, range=colours),
            legend=alt.Legend(orient="bottom", direction="vertical"),
        ),
    )
    labels = base.mark_text(align="left", dx=3, fontSize=11, color="#0b0c0c").encode(text="label:N")
    spec = (barmarks + labels).properties(
        width=COMPARE_WIDTH, height=row_height * max(1, len(categories))
    )
    compared = " and ".join(series[: len(periods)]) or "no figures"
    if baseline:
        compared += f", beside the {series[-1][0].lower()}{series[-1][1:]}"
    summary = f"Bar chart: {chart.title}: {compared}. " + " ".join(described)
    return ChartSpec(
        id=chart.id,
        title=chart.title,
        spec=_finish(spec),
        summary=summary,
        empty=not bars,
    )


def _baseline_name(baseline) -> str:
    source = baseline[0].source or "Baseline"
    return f"Baseline: {source}"


def _finish(chart) -> dict:
    spec = chart.to_dict()
    spec["config"] = {**spec.get("config", {}), **CONFIG}
    spec.pop("$schema", None)
    return spec


# ---- drawing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class RenderedChart:
    id: str
    title: str
    summary: str
    svg: str  # cleaned SVG markup, no XML declaration, ids prefixed with the chart id

    def inline(self) -> str:
        """The SVG for a page: decorative to assistive technology (the summary and the
        table beside it carry the figures), scaled to its container by CSS."""
        tree = etree.fromstring(self.svg.encode())
        tree.set("aria-hidden", "true")
        tree.set("focusable", "false")
        tree.set("class", "safeboard-chart__svg")
        return etree.tostring(tree, encoding="unicode")

    def standalone(self) -> str:
        """The SVG as a file for the report: titled and described inside itself."""
        tree = etree.fromstring(self.svg.encode())
        title = etree.Element(f"{{{SVG_NS}}}title", id=f"{self.id}-title")
        title.text = self.title
        desc = etree.Element(f"{{{SVG_NS}}}desc", id=f"{self.id}-desc")
        desc.text = self.summary
        tree.insert(0, desc)
        tree.insert(0, title)
        tree.set("role", "img")
        tree.set("aria-labelledby", f"{self.id}-title {self.id}-desc")
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(tree, encoding="unicode")


def render(spec: ChartSpec) -> RenderedChart:
    """Draw a chart once; the page and the report both use the result."""
    svg = vl_convert.vegalite_to_svg(spec.spec, allowed_base_urls=[], format_locale="en-GB")
    return RenderedChart(
        id=spec.id, title=spec.title, summary=spec.summary, svg=sanitise(svg, prefix=spec.id)
    )


def section_charts(section: Section, held: YearFigures) -> list[tuple[ChartSpec, RenderedChart]]:

    return [drawn_chart(section, chart, held) for chart in section.charts]


def drawn_chart(section: Section, chart: Trend | Compare, held: YearFigures):
    """A chart's specification and drawing, cached beside the figures they come from."""

    def draw():
        spec = chart_spec(chart, held)
        return spec, render(spec)

    return cached(f"{held.cache_key}:chart:{section.slug}:{chart.id}", draw)


# ---- cleaning ---------------------------------------------------------------------------

ELEMENTS = {
    "svg", "g", "path", "rect", "line", "polyline", "polygon", "circle", "ellipse",
    "text", "tspan", "title", "desc", "defs", "clipPath",
}  # fmt: skip
ATTRIBUTES = {
    "width", "height", "viewBox", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r",
    "rx", "ry", "d", "points", "transform", "id", "version", "clip-path",
    "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
    "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "opacity", "font-family", "font-size", "font-weight", "font-style", "font-variant",
    "text-anchor", "dominant-baseline", "alignment-baseline", "dx", "dy", "display",
    "visibility", "shape-rendering", "text-rendering", "letter-spacing", "pointer-events",
}  # fmt: skip
STYLE_PROPERTIES = ATTRIBUTES & {
    "fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
    "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "opacity", "font-family",
    "font-size", "font-weight", "font-style", "text-anchor", "display", "visibility",
}  # fmt: skip
_URL = re.compile(r"url\(\s*['\"]?#([A-Za-z0-9_.:-]+)['\"]?\s*\)")
_SAFE_VALUE = re.compile(r"^[^<>\"'`\\]*$")


def sanitise(svg: str, *, prefix: str) -> str:
    """Only drawing elements and presentation attributes; see the module's doc."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True,
        remove_pis=True, huge_tree=False,
    )  # fmt: skip
    root = etree.fromstring(svg.encode(), parser)
    if etree.QName(root).localname != "svg":
        raise ValueError("Not an SVG document.")
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            element.getparent().remove(element)
            continue
        qname = etree.QName(element)
        if qname.namespace != SVG_NS or qname.localname not in ELEMENTS:
            parent = element.getparent()
            if parent is not None:
                parent.remove(element)
            continue
        style = element.attrib.pop("style", "")
        for name in list(element.attrib):
            if etree.QName(name).namespace or name not in ATTRIBUTES:
                del element.attrib[name]
        for declaration in style.split(";"):
            prop, _, value = declaration.partition(":")
            prop, value = prop.strip().lower(), value.strip()
            if prop in STYLE_PROPERTIES and value and prop not in element.attrib:
                element.set(prop, value)
        for name, value in list(element.attrib.items()):
            if not _SAFE_VALUE.match(value) or ("url(" in value and not _URL.fullmatch(value)):
                del element.attrib[name]
            elif name == "id":
                element.set(name, f"{prefix}-{value}")
            elif "url(" in value:
                element.set(name, _URL.sub(lambda m: f"url(#{prefix}-{m.group(1)})", value))
    etree.cleanup_namespaces(root)
    return etree.tostring(root, encoding="unicode")


def write_report_svgs(year: int, folder) -> list:
    """Every dashboard chart of a collection year as a static SVG file in ``folder``
    (``<section>-<chart>.svg``), for the report: the very drawings the pages show."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    held = year_figures(year)
    written = []
    for section in SECTIONS:
        for spec, rendered in section_charts(section, held):
            path = folder / f"{section.number}-{spec.id}.svg"
            path.write_text(rendered.standalone(), encoding="utf-8")
            written.append(path)
    return written
