"""Appendix A: the safeguarding dataset, every table with its history and charts.

The tables are the dashboards' own declarations (``dashboards.sections``),
printed from the published figures: counts from 1 to the disclosure
threshold, and what would reveal them, show as ``c``. Charts are drawn from
the same published figures, each with its text alternative and beside the
table that holds its values.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe

from safeboard.dashboards.charts import drawn_chart
from safeboard.dashboards.formats import period_label
from safeboard.dashboards.presenters import baseline_note, period_note, table_anchor
from safeboard.dashboards.sections import SECTIONS, Row, expand
from safeboard.report.context import BuildContext

HEADS = {
    "district": "District",
    "ethnicity": "Ethnicity",
    "language": "Language",
    "gender": "Gender",
    "age_band": "Age",
    "cp_category": "Category of abuse",
    "referral_source": "Source of referral",
}
NOT_AVAILABLE = ":"


def _rows(table, held) -> list[Row]:
    rows: list[Row] = []
    for line in table.lines:
        rows.extend(expand(line, held.present(line.indicator)))
    return rows


def _table(table, ctx: BuildContext, anchor: str) -> dict:
    held = ctx.figures
    periods = held.periods(table.period_kind)
    rows = []
    for row in _rows(table, held):
        cells = []
        for period in periods:
            end = period.end.isoformat()
            if not held.is_covered(row.indicator, end):
                cells.append(NOT_AVAILABLE)
                continue
            cells.append(ctx.published.get((row.indicator, end, row.dim, row.value), NOT_AVAILABLE))
        rows.append({"label": row.text, "cells": cells})
    first = table.lines[0]
    return {
        "id": anchor,
        "heading": table.heading,
        "first_head": "Measure" if isinstance(first, Row) else HEADS.get(first.dim, "Breakdown"),
        "columns": [period_label(p, held.year) for p in periods],
        "rows": rows,
        "note": table.note,
        "period_note": period_note(table, held),
        "baseline_note": baseline_note(table, held),
    }


def build(ctx: BuildContext) -> SafeString:
    published = ctx.published_figures
    sections = []
    for section in SECTIONS:
        tables = []
        for position, table in enumerate(section.tables):
            charts = []
            for chart in table.charts:
                spec, rendered = drawn_chart(section, chart, published)
                charts.append(
                    {
                        "id": f"chart-{chart.id}",
                        "title": chart.title,
                        "svg": mark_safe(rendered.inline()),  # noqa: S308 (sanitised by charts.sanitise)
                        "summary": rendered.summary,
                        "empty": spec.empty,
                    }
                )
            tables.append({**_table(table, ctx, table_anchor(section, position)), "charts": charts})
        sections.append(
            {
                "number": section.number,
                "title": section.title,
                "summary": section.summary,
                "tables": tables,
            }
        )
    return render_to_string("report/sections/appendix_a.html", {"sections": sections})
