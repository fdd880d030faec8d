"""The dashboards as GOV.UK tables and summary lists, and the charts beside them.

Tables follow the source report's Appendix A: a row per measure (or
breakdown value), the periods as columns (the four years before, then the
year's quarters). Every figure is a link to its own page. ``:`` marks a
period no return covers and ``z`` a share or rate with nothing to divide by
(INDICATORS.md's conventions).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.timezone import localtime

from safeboard.dashboards.charts import section_charts
from safeboard.dashboards.figures import NO_CHECK, Source, YearFigures
from safeboard.dashboards.formats import format_value, period_label, period_text
from safeboard.dashboards.sections import Row, Section, Table, expand, value_label
from safeboard.dataset.compute import Figure
from safeboard.dataset.periods import Period, year_label
from safeboard.dataset.registry import Indicator
from safeboard.returns.kinds import get_kind
from safeboard.web.components import summary_list, table

NOT_AVAILABLE = mark_safe(  # noqa: S308 (a constant)
    '<span aria-hidden="true">:</span><span class="govuk-visually-hidden">not available</span>'
)
NOT_APPLICABLE_MARK = "z"
UNITS = {"count": "Count", "percent": "Percent", "rate_per_10000": "Rate per 10,000 children"}


def figure_url(figure: Figure) -> str:
    url = reverse("dashboards:figure", args=[figure.indicator, figure.period_end])
    if figure.breakdown_dim:
        url += "?" + urlencode({"dim": figure.breakdown_dim, "value": figure.breakdown_value})
    return url


def table_anchor(section: Section, position: int) -> str:
    return f"table-{section.slug}-{position + 1}"


def cell_text(figure: Figure, *, counts_with_shares: bool = False) -> str:
    if figure.value is None:
        return NOT_APPLICABLE_MARK
    text = format_value(figure.unit, figure.value)
    if counts_with_shares and figure.unit == "percent" and figure.numerator is not None:
        return f"{figure.numerator:,} ({text})"
    return text


def figure_cell(figure: Figure | None, row: Row, column: str, *, counts_with_shares=False):
    if figure is None:
        return NOT_AVAILABLE
    text = cell_text(figure, counts_with_shares=counts_with_shares)
    hidden = f"{row.text}, {column}"
    if figure.value is None:
        hidden += " (not applicable)"
    return format_html(
        '<a class="govuk-link" href="{}">{}<span class="govuk-visually-hidden"> {}</span></a>',
        figure_url(figure),
        text,
        hidden,
    )


def _rows(table_decl: Table, held: YearFigures) -> list[Row]:
    rows: list[Row] = []
    for line in table_decl.lines:
        rows.extend(expand(line, held.present(line.indicator)))
    return rows


def data_table(table_decl: Table, held: YearFigures) -> SafeString:
    periods = held.periods(table_decl.period_kind)
    columns = [period_label(p, held.year) for p in periods]
    baseline = held.baseline.get(table_decl.baseline_dim) if table_decl.baseline_dim else None
    shares = {share.value: share for share in baseline or ()}
    body = []
    for row in _rows(table_decl, held):
        line: list = [row.text]
        for period, column in zip(periods, columns, strict=True):
            figure = held.get(row.indicator, period.end.isoformat(), row.dim, row.value)
            line.append(
                figure_cell(figure, row, column, counts_with_shares=table_decl.counts_with_shares)
            )
        if baseline is not None:
            share = shares.get(row.value)
            line.append(format_value("percent", share.percent) if share else "n/a")
        body.append(line)
    head = ["Measure" if not any(r.dim for r in _rows(table_decl, held)) else "", *columns]
    if baseline is not None:
        head.append("Baseline")
    first = table_decl.lines[0]
    if not isinstance(first, Row):
        head[0] = {
            "district": "District",
            "ethnicity": "Ethnicity",
            "language": "Language",
            "gender": "Gender",
            "age_band": "Age",
            "cp_category": "Category of abuse",
            "referral_source": "Source of referral",
        }.get(first.dim, "Breakdown")
    return table(
        caption=table_decl.heading,
        head=head,
        rows=body,
        numeric=list(range(1, len(head))),
    )


def period_note(table_decl: Table, held: YearFigures) -> str:
    year = year_label(held.year)
    if table_decl.period_kind == "snapshot":
        return f"At 31 March of each earlier year, then at the end of each quarter of {year}."
    return (
        f"Each earlier year whole (1 April to 31 March), then {year} cumulative from "
        "1 April to the end of each quarter."
    )


def baseline_note(table_decl: Table, held: YearFigures) -> str:
    baseline = held.baseline.get(table_decl.baseline_dim) if table_decl.baseline_dim else None
    if not baseline:
        return ""
    share = baseline[0]
    when = f", as at {share.as_at.day} {share.as_at:%B %Y}" if share.as_at else ""
    return f"Baseline: {share.source or 'the comparison population'}{when}."


def section_page(section: Section, held: YearFigures) -> list[dict]:
    """Each table with its notes and its charts, ready for the template."""
    drawn = {spec.id: (spec, rendered) for spec, rendered in section_charts(section, held)}
    blocks = []
    for position, table_decl in enumerate(section.tables):
        charts = []
        for chart in table_decl.charts:
            spec, rendered = drawn[chart.id]
            charts.append(
                {
                    "id": f"chart-{chart.id}",
                    "title": chart.title,
                    "svg": mark_safe(rendered.inline()),  # noqa: S308 (sanitised in charts.sanitise)
                    "summary": rendered.summary,
                    "empty": spec.empty,
                    "download": reverse("dashboards:chart-svg", args=[section.slug, chart.id])
                    + f"?year={held.year}",
                }
            )
        blocks.append(
            {
                "anchor": table_anchor(section, position),
                "heading": table_decl.heading,
                "note": table_decl.note,
                "period_note": period_note(table_decl, held),
                "baseline_note": baseline_note(table_decl, held),
                "table": data_table(table_decl, held),
                "charts": charts,
            }
        )
    return blocks


# ---- one figure -------------------------------------------------------------------------


def figure_heading(ind: Indicator, dim: str, value: str) -> str:
    if not dim:
        return ind.title
    return f"{ind.title}: {value_label(dim, value)}"


def figure_summary(ind: Indicator, period: Period, figure: Figure | None, year: int):
    # A whole year is named as a year (the report's history columns), a quarter as one.
    label = period_label(period, year if period.end.month != 3 else None)
    rows = [("Period", f"{label} ({period_text(period)})")]
    if figure is None:
        rows.append(("Value", "Not available: no return covers this period"))
        return summary_list(rows)
    rows.append(("Value", cell_text(figure)))
    if figure.unit != "count" or figure.denominator is not None:
        rows.append(("Numerator", "None" if figure.numerator is None else f"{figure.numerator:,}"))
        rows.append(
            ("Denominator", "None" if figure.denominator is None else f"{figure.denominator:,}")
        )
    if figure.breakdown_dim:
        rows.append(
            (
                "Breakdown",
                f"{figure.breakdown_dim}: {value_label(figure.breakdown_dim, figure.breakdown_value)}",
            )
        )
    rows.append(("Source", "Computed from the child-level returns"))
    return summary_list(rows)


def definition_summary(ind: Indicator):
    return summary_list(
        [
            ("Indicator", ind.id),
            ("Definition", ind.definition),
            ("Source of the definition", ind.source),
            ("Unit", UNITS[ind.unit]),
            (
                "Period",
                "Cumulative from 1 April" if ind.period_kind == "cumulative" else "At a date",
            ),
            ("Report table", ind.report_table),
            ("Breakdowns", ", ".join(ind.breakdowns) or "None"),
        ]
    )


def _year(value: int | None) -> str:
    return year_label(value) if value else "Not tied to a year"


def _kind(kind: str) -> str:
    try:
        return get_kind(kind).label
    except KeyError:
        return kind


def _date(value) -> str:
    return f"{value.day} {value:%b %Y}" if value else "Not given"


def published_source_table(figure):
    """Where a published figure was printed (it comes from no return of ours)."""
    return table(
        caption="Where this figure comes from",
        head=["Published in", "Table", "Source"],
        rows=[
            [
                figure.reference or "An earlier report",
                figure.table or "Not given",
                "Published figure, imported",
            ]
        ],
    )


def sources_table(sources: list[Source], *, child_level: bool):
    """Child-level roles see each snapshot in full; other roles its kind and date only."""
    if child_level:
        rows = [
            [
                format_html(
                    '<a class="govuk-link" href="{}">{}</a>',
                    reverse("returns:snapshot-detail", args=[s.snapshot.pk]),
                    _kind(s.snapshot.kind),
                ),
                _year(s.snapshot.collection_year),
                _date(s.snapshot.as_at),
                date_format(localtime(s.snapshot.imported_at), "j M Y H:i"),
                s.snapshot.imported_by_name,
                format_html('<code class="safeboard-hash">{}</code>', s.snapshot.sha256),
                "This period" if s.for_period else "Other years",
            ]
            for s in sources
        ]
        head = [
            "Return",
            "Collection year",
            "As at",
            "Imported",
            "Imported by",
            "SHA-256",
            "Used for",
        ]
    else:
        rows = [
            [
                _kind(s.snapshot.kind),
                _date(s.snapshot.as_at or s.snapshot.imported_at),
                "This period" if s.for_period else "Other years",
            ]
            for s in sources
        ]
        head = ["Return", "Date", "Used for"]
    return table(
        caption="The returns this figure is computed from",
        head=head,
        rows=rows,
        empty="No return has been imported for this figure yet.",
    )


def findings_blocks(findings) -> dict:
    """What the page says about consistency: not run, no findings, or each finding."""
    if findings is NO_CHECK:
        return {"ran": False, "findings": []}
    return {
        "ran": True,
        "findings": [
            {
                "rule": finding.rule,
                "message": finding.message,
                "difference": finding.difference,
                "figures": [f.describe() for f in finding.figures],
            }
            for finding in findings
        ],
    }
