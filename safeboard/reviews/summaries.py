"""The year's figures for serious incidents and practice reviews.

Each figure is one function, its definition in its docstring; ``figures``
turns them into the dataset's ``Figure`` shape so they pass through the same
disclosure control as every published output. A year runs 1 April to
31 March and is named by the year it ends (2018 = 2017/18).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal

from safeboard.dataset.compute import Figure, figure_value
from safeboard.records.years import year_bounds
from safeboard.reviews import timescales
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident

COUNT, PERCENT = "count", "percent"
SOURCE = "case-records"


def _in_year(day, year: int) -> bool:
    start, end = year_bounds(year)
    return day is not None and start <= day <= end


def notifications_made(incidents: Iterable[SeriousIncident], year: int) -> list[SeriousIncident]:
    """Serious incidents notified to the national panel: the notification date falls in the year."""
    return [i for i in incidents if _in_year(i.notified_date, year)]


def notifications_on_time(incidents: Iterable[SeriousIncident], year: int) -> int:
    """Notifications made in the year within 5 working days of the local authority
    becoming aware of the incident (on the due day counts as on time)."""
    return sum(
        1
        for i in notifications_made(incidents, year)
        if i.notified_date <= timescales.notification_due(i.aware_date)
    )


def rapid_reviews_completed(rapid_reviews: Iterable[RapidReview], year: int) -> list[RapidReview]:
    """Rapid reviews completed and sent to the national panel: the completion date falls in the year."""
    return [r for r in rapid_reviews if _in_year(r.completed_date, year)]


def rapid_reviews_on_time(rapid_reviews: Iterable[RapidReview], year: int) -> int:
    """Rapid reviews completed in the year within 15 working days of the local
    authority becoming aware of the incident."""
    return sum(
        1
        for r in rapid_reviews_completed(rapid_reviews, year)
        if r.completed_date <= timescales.rapid_review_due(r.incident.aware_date)
    )


def rapid_review_decisions(rapid_reviews: Iterable[RapidReview], year: int) -> dict[str, int]:
    """Rapid reviews completed in the year by their decision: a local review, no
    review, or referred to the national panel (every decision listed, zeros too)."""
    counts = dict.fromkeys(RapidReview.Decision.values, 0)
    for review in rapid_reviews_completed(rapid_reviews, year):
        counts[review.decision] += 1
    return counts


def reviews_commissioned(reviews: Iterable[PracticeReview], year: int) -> dict[str, int]:
    """Serious case reviews and local child safeguarding practice reviews commissioned:
    the commissioning date falls in the year, by kind (zeros too)."""
    counts = dict.fromkeys(PracticeReview.Kind.values, 0)
    for review in reviews:
        if _in_year(review.commissioned_date, year):
            counts[review.kind] += 1
    return counts


def reviews_published(reviews: Iterable[PracticeReview], year: int) -> int:
    """Reviews published: the publication date falls in the year."""
    return sum(1 for r in reviews if _in_year(r.published_date, year))


def final_reports_received(reviews: Iterable[PracticeReview], year: int) -> list[PracticeReview]:
    """Reviews whose final report was received in the year."""
    return [r for r in reviews if _in_year(r.final_report_date, year)]


def final_reports_on_time(reviews: Iterable[PracticeReview], year: int) -> int:
    """Final reports received in the year within 6 calendar months of commissioning."""
    return sum(
        1
        for r in final_reports_received(reviews, year)
        if r.final_report_date <= timescales.final_report_due(r.commissioned_date)
    )


def review_spending(reviews: Iterable[PracticeReview], year: int) -> tuple[Decimal, Decimal]:
    """The cost (£) and the business unit's staff days recorded on the reviews
    commissioned in the year (the source report: £42,580 and 26.5 days in 2017/18)."""
    chosen = [r for r in reviews if _in_year(r.commissioned_date, year)]
    return (
        sum((r.cost for r in chosen), Decimal("0.00")),
        sum((r.staff_days for r in chosen), Decimal("0.0")),
    )


# --- as figures -----------------------------------------------------------------------------


@dataclass(frozen=True)
class FigureDef:
    id: str
    label: str
    unit: str
    of: Callable  # the function the definition comes from


DEFINITIONS = {
    d.id: d
    for d in (
        FigureDef("sin_notified", "Serious incidents notified", COUNT, notifications_made),
        FigureDef(
            "sin_on_time", "Notified within 5 working days (%)", PERCENT, notifications_on_time
        ),
        FigureDef("rr_completed", "Rapid reviews completed", COUNT, rapid_reviews_completed),
        FigureDef(
            "rr_on_time",
            "Rapid reviews completed within 15 working days (%)",
            PERCENT,
            rapid_reviews_on_time,
        ),
        FigureDef("reviews_commissioned", "Reviews commissioned", COUNT, reviews_commissioned),
        FigureDef("reviews_published", "Reviews published", COUNT, reviews_published),
        FigureDef("final_reports", "Final reports received", COUNT, final_reports_received),
        FigureDef(
            "final_reports_on_time",
            "Final reports received within 6 months (%)",
            PERCENT,
            final_reports_on_time,
        ),
    )
}
# A breakdown row's definition: the function that counts by that dimension.
BREAKDOWN_DEFINED_BY = {"decision": rapid_review_decisions, "kind": reviews_commissioned}
BREAKDOWN_LABELS = {
    "decision": dict(RapidReview.Decision.choices),
    "kind": dict(PracticeReview.Kind.choices),
}


def _figure(
    year: int, fig_id: str, numerator: int, denominator: int | None = None, dim="", value=""
):
    start, end = year_bounds(year)
    unit = DEFINITIONS[fig_id].unit
    return Figure(
        indicator=fig_id,
        period_kind="cumulative",
        period_start=start.isoformat(),
        period_end=end.isoformat(),
        breakdown_dim=dim,
        breakdown_value=value,
        numerator=numerator,
        denominator=denominator,
        value=figure_value(unit, numerator, denominator),
        unit=unit,
        source=SOURCE,
    )


def figures(
    incidents: list[SeriousIncident],
    rapid_reviews: list[RapidReview],
    reviews: list[PracticeReview],
    year: int,
) -> list[Figure]:
    """The year's figures, totals before their breakdowns, in ``DEFINITIONS`` order."""
    notified = len(notifications_made(incidents, year))
    decisions = rapid_review_decisions(rapid_reviews, year)
    completed = sum(decisions.values())
    commissioned = reviews_commissioned(reviews, year)
    received = len(final_reports_received(reviews, year))
    return [
        _figure(year, "sin_notified", notified),
        _figure(year, "sin_on_time", notifications_on_time(incidents, year), notified),
        _figure(year, "rr_completed", completed),
        *(_figure(year, "rr_completed", n, dim="decision", value=d) for d, n in decisions.items()),
        _figure(year, "rr_on_time", rapid_reviews_on_time(rapid_reviews, year), completed),
        _figure(year, "reviews_commissioned", sum(commissioned.values())),
        *(
            _figure(year, "reviews_commissioned", n, dim="kind", value=k)
            for k, n in commissioned.items()
        ),
        _figure(year, "reviews_published", reviews_published(reviews, year)),
        _figure(year, "final_reports", received),
        _figure(year, "final_reports_on_time", final_reports_on_time(reviews, year), received),
    ]


def label(figure: Figure) -> str:
    text = DEFINITIONS[figure.indicator].label
    if figure.breakdown_dim:
        part = BREAKDOWN_LABELS[figure.breakdown_dim][figure.breakdown_value]
        return f"{text}: {part[0].lower()}{part[1:]}"
    return text


def definition(figure: Figure) -> str:
    """The figure's definition: the docstring of the function that counts it."""
    counted_by = BREAKDOWN_DEFINED_BY.get(figure.breakdown_dim, DEFINITIONS[figure.indicator].of)
    return " ".join(inspect.getdoc(counted_by).split())


def shown(figure: Figure) -> str:
    """A figure as the case review group reads it: not suppressed (an internal output)."""
    if figure.value is None:
        return "z" if figure.denominator == 0 else ":"
    if figure.unit == COUNT:
        return str(figure.numerator)
    return f"{figure.value:.1f}"
