"""Numbers and periods as the dashboards write them, in tables, charts and summaries alike."""

from __future__ import annotations

from safeboard.dataset.periods import Period, year_label

QUARTER_OF_MONTH = {6: 1, 9: 2, 12: 3, 3: 4}


def format_value(unit: str, value: float | None) -> str:
    if value is None:
        return "not applicable"
    if unit == "count":
        return f"{value:,.0f}"
    if unit == "percent":
        return f"{value:.1f}%"
    return f"{value:,.1f}"


def period_label(period: Period, year: int | None = None) -> str:
    """A period as a column heads it: 2016/17, or Q1 2017/18 for a quarter of ``year``
    (cumulative); 31 Mar 2017 (snapshot)."""
    if period.kind.value == "snapshot":
        return f"{period.end.day} {period.end:%b %Y}"
    if year is not None and period.collection_year == year:
        return f"Q{QUARTER_OF_MONTH[period.end.month]} {year_label(year)}"
    return year_label(period.collection_year)


def period_text(period: Period) -> str:
    """A period in words: "1 April 2017 to 31 March 2018" or "at 31 March 2018"."""
    if period.kind.value == "snapshot":
        return f"at {period.end.day} {period.end:%B %Y}"
    return f"{period.start.day} {period.start:%B %Y} to {period.end.day} {period.end:%B %Y}"
