"""Reading serious incidents and practice reviews.

Case records are read through ``visible_to`` and, on top of it,
``policy.can_read_case_records`` (two-factor sign-in in the site): anyone
else gets none. ``year_figures`` is the one exception, on purpose: it counts
every record to give the aggregate figures everyone may read, and only the
figures leave it, passed through disclosure control for anyone who may not
read the records themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from safeboard.access.visibility import visible_to
from safeboard.actions.models import Action
from safeboard.common.working_days import Deadline
from safeboard.dataset.disclosure import publish
from safeboard.records.years import year_bounds
from safeboard.reviews import policy, summaries, timescales
from safeboard.reviews.models import (
    Finding,
    PracticeReview,
    RapidReview,
    ReviewRecommendation,
    SeriousIncident,
)


def _visible(user, model) -> QuerySet:
    if not policy.can_read_case_records(user):
        return model._default_manager.none()
    return visible_to(user, model)


def incident_list(*, user) -> QuerySet[SeriousIncident]:
    return _visible(user, SeriousIncident).select_related("local_authority", "rapid_review")


def rapid_review_list(*, user) -> QuerySet[RapidReview]:
    return _visible(user, RapidReview).select_related("incident", "practice_review")


def review_list(*, user) -> QuerySet[PracticeReview]:
    return _visible(user, PracticeReview).select_related(
        "rapid_review__incident", "plan_owner", "action_plan"
    )


def finding_list(*, user) -> QuerySet[Finding]:
    return _visible(user, Finding).select_related("review")


def recommendation_list(*, user) -> QuerySet[ReviewRecommendation]:
    return _visible(user, ReviewRecommendation).select_related("review", "plan_recommendation")


def rapid_review_of(incident: SeriousIncident) -> RapidReview | None:
    try:
        return incident.rapid_review
    except RapidReview.DoesNotExist:
        return None


def practice_review_of(rapid_review: RapidReview) -> PracticeReview | None:
    try:
        return rapid_review.practice_review
    except PracticeReview.DoesNotExist:
        return None


def actions_of(*, user, recommendation: ReviewRecommendation) -> QuerySet[Action]:
    """The actions raised for a recommendation that the user may see (``actions``' own rule:
    an agency's actions for its own roles, every action for the business unit)."""
    if recommendation.plan_recommendation_id is None:
        return Action.objects.none()
    return visible_to(user, Action).filter(recommendation=recommendation.plan_recommendation_id)


# --- years ----------------------------------------------------------------------------------


def incidents_in_year(rows: QuerySet[SeriousIncident], year: int) -> QuerySet[SeriousIncident]:
    """Incidents the local authority became aware of in the year."""
    return rows.filter(aware_date__range=year_bounds(year))


def rapid_reviews_in_year(rows: QuerySet[RapidReview], year: int) -> QuerySet[RapidReview]:
    """Rapid reviews of the incidents the local authority became aware of in the year."""
    return rows.filter(incident__aware_date__range=year_bounds(year))


def reviews_in_year(rows: QuerySet[PracticeReview], year: int) -> QuerySet[PracticeReview]:
    """Reviews open at some time in the year: commissioned by its end and not
    published before it began."""
    start, end = year_bounds(year)
    return rows.filter(commissioned_date__lte=end).exclude(published_date__lt=start)


# --- deadlines ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRow:
    """An open deadline of a case record, and where it stands today."""

    reference: str
    deadline: Deadline
    href: str
    today: date

    @property
    def overdue(self) -> bool:
        return self.deadline.overdue(self.today)

    @property
    def status(self) -> str:
        return self.deadline.describe(self.today)


def open_deadlines(*, user, today: date | None = None) -> list[DeadlineRow]:
    """Every deadline not yet met, overdue first, then by due date:

    - a notification not yet made (5 working days);
    - a rapid review not yet completed (15 working days), whether or not it
      is recorded yet: once an incident is notified a rapid review is required;
    - a review's final report not yet received (6 months), unless the review
      is closed without publication.
    """
    today = today or timezone.localdate()
    rows = []
    for incident in incident_list(user=user):
        href = reverse("reviews:notification-detail", args=[incident.pk])
        if incident.notified_date is None:
            rows.append(
                DeadlineRow(
                    incident.reference, timescales.notification_deadline(incident), href, today
                )
            )
        rapid = rapid_review_of(incident)
        if rapid is None or rapid.completed_date is None:
            if rapid is not None:
                href = reverse("reviews:rapid-review-detail", args=[rapid.pk])
            rows.append(
                DeadlineRow(
                    incident.reference,
                    timescales.rapid_review_deadline(incident, rapid),
                    href,
                    today,
                )
            )
    reviews = review_list(user=user).filter(final_report_date__isnull=True)
    for review in reviews.exclude(status=PracticeReview.Status.NOT_PUBLISHED):
        rows.append(
            DeadlineRow(
                review.reference,
                timescales.final_report_deadline(review),
                reverse("reviews:review-detail", args=[review.pk]),
                today,
            )
        )
    return sorted(rows, key=lambda r: (not r.overdue, r.deadline.due, r.reference))


def overdue_deadlines(*, user, today: date | None = None) -> list[DeadlineRow]:
    return [row for row in open_deadlines(user=user, today=today) if row.overdue]


# --- aggregate figures ----------------------------------------------------------------------


@dataclass(frozen=True)
class YearFigures:
    year: int
    rows: list[tuple[str, str, str]]  # (label, value shown, definition)
    cost: Decimal
    staff_days: Decimal
    suppressed: bool  # passed through disclosure control


def year_figures(*, user, year: int) -> YearFigures:
    """The year's aggregate figures: counts and timeliness for every signed-in user.

    Computed over every record (see the module's docstring); for anyone who
    may not read the case records, counts from 1 to the threshold (and
    shares resting on them) are shown as ``c`` (``dataset.disclosure.publish``).
    The cost and staff days are the board's spending, published in its report.
    """
    incidents = list(SeriousIncident.objects.all())
    rapid_reviews = list(RapidReview.objects.select_related("incident"))
    reviews = list(PracticeReview.objects.all())
    figures = summaries.figures(incidents, rapid_reviews, reviews, year)
    restricted = policy.can_read_case_records(user)
    if restricted:
        shown = [summaries.shown(f) for f in figures]
    else:
        shown = [p.shown for p in publish(figures)]
    rows = [
        (summaries.label(f), text, summaries.definition(f))
        for f, text in zip(figures, shown, strict=True)
    ]
    cost, days = summaries.review_spending(reviews, year)
    return YearFigures(year, rows, cost, days, suppressed=not restricted)
