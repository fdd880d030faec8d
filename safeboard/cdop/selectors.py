"""Reading child death reviews, always through ``visible_to``.

Every case record is ``Visibility.CDOP``: the panel's members and the
business unit get them, everyone else an empty queryset. The panel's
figures for a year are read in ``summaries`` (the whole panel's counts,
not a listing) and published through ``disclosure``.
"""

from __future__ import annotations

from datetime import date

from django.db.models import QuerySet

from safeboard.access.visibility import visible_to
from safeboard.cdop import timescales
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    RaisedAction,
    ReviewMeeting,
)
from safeboard.records.years import year_bounds


def death_list(*, user, year: int | None = None) -> QuerySet[ChildDeath]:
    """Deaths notified to the panel (in ``year``, by the date the panel was notified)."""
    deaths = visible_to(user, ChildDeath).select_related(
        "local_authority", "panel", "review__meeting"
    )
    if year is not None:
        deaths = deaths.filter(notified_on__range=year_bounds(year))
    return deaths


def death_get(*, user, pk: int) -> ChildDeath:
    return death_list(user=user).get(pk=pk)


def awaiting_review(*, user) -> QuerySet[ChildDeath]:
    """Deaths the panel has not reviewed yet, longest waiting first."""
    return death_list(user=user).filter(review__isnull=True).order_by("date_of_death")


def information_list(*, user, death: ChildDeath | None = None) -> QuerySet[AgencyInformation]:
    information = visible_to(user, AgencyInformation).select_related("agency", "death")
    if death is not None:
        information = information.filter(death=death)
    return information


def review_meeting_list(*, user, death: ChildDeath | None = None) -> QuerySet[ReviewMeeting]:
    meetings = visible_to(user, ReviewMeeting).select_related("death").prefetch_related("agencies")
    if death is not None:
        meetings = meetings.filter(death=death)
    return meetings


def panel_meeting_list(*, user, year: int | None = None) -> QuerySet[PanelMeeting]:
    meetings = visible_to(user, PanelMeeting).select_related("panel")
    if year is not None:
        meetings = meetings.filter(held_on__range=year_bounds(year))
    return meetings


def review_list(*, user, meeting: PanelMeeting | None = None) -> QuerySet[CaseReview]:
    reviews = visible_to(user, CaseReview).select_related(
        "death", "death__local_authority", "meeting"
    )
    if meeting is not None:
        reviews = reviews.filter(meeting=meeting)
    return reviews


def raised_action_list(*, user, review: CaseReview | None = None) -> QuerySet[RaisedAction]:
    raised = visible_to(user, RaisedAction).select_related(
        "action", "action__owner_agency", "action__recommendation", "review__death"
    )
    if review is not None:
        raised = raised.filter(review=review)
    return raised


def open_deadlines(*, user) -> list[timescales.OpenDeadline]:
    """The deadlines not yet met, on the cases the user may see, soonest due first."""
    deaths = death_list(user=user).filter(
        notified_on__gte=timescales.NATIONAL_DATABASE_LIVE, national_notified_on__isnull=True
    )
    information = information_list(user=user).filter(received_on__isnull=True)
    return timescales.open_deadlines(deaths, information)


def overdue(*, user, today: date) -> list[timescales.OpenDeadline]:
    return [item for item in open_deadlines(user=user) if item.overdue(today)]
