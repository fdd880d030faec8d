"""The panel's year: each figure one function, its definition in its docstring.

The figures of the source report's section 5 ("17 panels were held ... 77
deaths were reviewed. Of the 77 deaths reviewed 34 were from Warwickshire,
28 from Coventry and 15 from Solihull", the categories, the actions raised),
worked out from the records.

A year is named by the year it ends (2018 for 2017/18: 1 April 2017 to
31 March 2018). A death is **reviewed in a year** when the panel meeting
that reviewed it was held in that year; a death is **notified in a year**
when the panel learned of it in that year. Deaths are counted by the local
authority the child lived in, every authority the panel serves listed,
zeros included.

These are the whole panel's counts, not a listing for a user: the pages
that show them check ``policy.can_read_figures``, and the figures go to
anyone who cannot read the case records only through ``disclosure``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.utils import timezone

from safeboard.actions.models import Action
from safeboard.cdop import timescales
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    RaisedAction,
)
from safeboard.common.numbers import percent  # noqa: F401 (the panel's shares use it)
from safeboard.common.working_days import add_months
from safeboard.partnership.models import ChildDeathOverviewPanel, LocalAuthority
from safeboard.records.years import year_bounds

CATEGORIES = tuple(CaseReview.Category)
BANDS = ("Under 6 months", "6 months to under 12 months", "12 months or more")


def partnership_panel() -> ChildDeathOverviewPanel | None:
    """The panel that serves the partnership's own local authority (the first by name)."""
    authority = (
        LocalAuthority.objects.filter(partnership__isnull=False, cdop_panel__isnull=False)
        .select_related("cdop_panel")
        .order_by("name")
        .first()
    )
    return authority.cdop_panel if authority is not None else None


def authorities(panel: ChildDeathOverviewPanel) -> list[LocalAuthority]:
    """The authorities the panel serves: the partnership's own first, then by name."""
    return sorted(
        LocalAuthority.objects.filter(cdop_panel=panel),
        key=lambda la: (la.partnership_id is None, la.name),
    )


def _reviews(panel, year: int):
    return CaseReview.objects.filter(
        meeting__panel=panel, meeting__held_on__range=year_bounds(year)
    ).select_related("death", "meeting")


def _by_authority(panel, counts: Counter) -> dict[str, int]:
    return {la.name: counts.get(la.pk, 0) for la in authorities(panel)}


def panels_held(*, panel, year: int) -> int:
    """Meetings of the panel held in the year."""
    return PanelMeeting.objects.filter(panel=panel, held_on__range=year_bounds(year)).count()


def deaths_notified(*, panel, year: int) -> dict[str, int]:
    """Deaths the panel learned of in the year, by the child's local authority."""
    deaths = ChildDeath.objects.filter(panel=panel, notified_on__range=year_bounds(year))
    return _by_authority(panel, Counter(deaths.values_list("local_authority_id", flat=True)))


@dataclass(frozen=True)
class NotifiedKinds:
    notified: int
    unexpected: int
    joint_agency_response: int


def notified_kinds(*, panel, year: int) -> NotifiedKinds:
    """Of the deaths notified in the year: how many, how many unexpected, how many with a
    joint agency response."""
    deaths = list(ChildDeath.objects.filter(panel=panel, notified_on__range=year_bounds(year)))
    return NotifiedKinds(
        notified=len(deaths),
        unexpected=sum(d.expectation == ChildDeath.Expectation.UNEXPECTED for d in deaths),
        joint_agency_response=sum(d.joint_agency_response for d in deaths),
    )


def deaths_reviewed(*, panel, year: int) -> dict[str, int]:
    """Deaths reviewed in the year (by a panel meeting held in it), by local authority."""
    return _by_authority(panel, Counter(r.death.local_authority_id for r in _reviews(panel, year)))


def reviewed_by_category(*, panel, year: int) -> dict[str, dict[int, int]]:
    """Deaths reviewed in the year by category of death (codes 1 to 10, zeros included),
    for each local authority."""
    counts: dict[int, Counter] = {la.pk: Counter() for la in authorities(panel)}
    for review in _reviews(panel, year):
        counts.setdefault(review.death.local_authority_id, Counter())[review.category] += 1
    return {
        la.name: {category.value: counts[la.pk].get(category.value, 0) for category in CATEGORIES}
        for la in authorities(panel)
    }


def modifiable_factors(*, panel, year: int) -> dict[str, dict[str, int]]:
    """Deaths reviewed in the year by the panel's finding on modifiable factors (yes, no,
    not enough information), for each local authority.

    The share with modifiable factors is yes over all deaths reviewed, those with
    not enough information included (as the national statistics count it).
    """
    counts: dict[int, Counter] = {la.pk: Counter() for la in authorities(panel)}
    for review in _reviews(panel, year):
        counts.setdefault(review.death.local_authority_id, Counter())[review.modifiable] += 1
    return {
        la.name: {value: counts[la.pk].get(value, 0) for value in CaseReview.Modifiable.values}
        for la in authorities(panel)
    }


def modifiable_domains(*, panel, year: int) -> dict[str, int]:
    """Of the deaths reviewed in the year with modifiable factors, how many had factors in
    each domain (a death can have factors in several)."""
    reviews = [r for r in _reviews(panel, year) if r.modifiable == CaseReview.Modifiable.YES]
    return {
        label: sum(bool(getattr(r, field)) for r in reviews) for field, label in CaseReview.DOMAINS
    }


def _raised(panel, year: int):
    return RaisedAction.objects.filter(
        review__meeting__panel=panel, review__meeting__held_on__range=year_bounds(year)
    ).select_related("action")


def actions_raised(*, panel, year: int) -> int:
    """Actions raised from the reviews of the year (however many per review)."""
    return _raised(panel, year).count()


def actions_completed(*, panel, year: int, as_at: date | None = None) -> int:
    """Of the actions raised from the year's reviews, those complete on ``as_at``
    (default: the year's last day), by their completed date."""
    as_at = as_at or year_bounds(year)[1]
    return sum(
        raised.action.status == Action.Status.COMPLETE
        and raised.action.completed_date is not None
        and raised.action.completed_date <= as_at
        for raised in _raised(panel, year)
    )


@dataclass(frozen=True)
class DeathToReview:
    reviewed: int
    median_days: Decimal | None
    bands: dict[str, int]


def death_to_review(*, panel, year: int) -> DeathToReview:
    """Time from death to the panel's review, for the deaths reviewed in the year.

    Days from the date of death to the date of the panel meeting; the median of
    those (the mean of the middle two when there is an even number), and how
    many fell in each band: under 6 calendar months, 6 to under 12, 12 or more
    (a review exactly 6 months after the death is in the second band).
    """
    days: list[int] = []
    bands = dict.fromkeys(BANDS, 0)
    for review in _reviews(panel, year):
        died, reviewed = review.death.date_of_death, review.meeting.held_on
        days.append((reviewed - died).days)
        if reviewed < add_months(died, 6):
            bands[BANDS[0]] += 1
        elif reviewed < add_months(died, 12):
            bands[BANDS[1]] += 1
        else:
            bands[BANDS[2]] += 1
    days.sort()
    median = None
    if days:
        middle = len(days) // 2
        median = (
            Decimal(days[middle]) if len(days) % 2 else Decimal(days[middle - 1] + days[middle]) / 2
        )
    return DeathToReview(reviewed=len(days), median_days=median, bands=bands)


@dataclass(frozen=True)
class OnTime:
    on_time: int
    due: int


def national_notifications_on_time(*, panel, year: int, today: date | None = None) -> OnTime:
    """Of the deaths notified in the year that had to go to the national database within
    48 hours (the panel learned of them on or after 1 April 2019), how many went in time.
    One not yet sent counts as late once its 48 hours have passed, and is not yet
    counted while they run."""
    today = today or timezone.localdate()
    on_time = due = 0
    for death in ChildDeath.objects.filter(panel=panel, notified_on__range=year_bounds(year)):
        deadline = timescales.national_notification(death)
        if deadline is None or (deadline.done is None and not deadline.overdue(today)):
            continue
        due += 1
        on_time += bool(deadline.met())
    return OnTime(on_time=on_time, due=due)


def information_on_time(*, panel, year: int, today: date | None = None) -> OnTime:
    """Of the agency information requests due in the year, how many came by their due date
    (working days: ``AgencyInformation.due_on``). One not yet received counts as late once
    its due date has passed, and is not counted before."""
    today = today or timezone.localdate()
    on_time = due = 0
    for item in AgencyInformation.objects.filter(
        death__panel=panel, due_on__range=year_bounds(year)
    ):
        deadline = timescales.agency_information(item)
        if deadline.done is None and not deadline.overdue(today):
            continue
        due += 1
        on_time += bool(deadline.met())
    return OnTime(on_time=on_time, due=due)
