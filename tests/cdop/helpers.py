"""Building child death review records for tests, through the real services."""

from __future__ import annotations

from datetime import date

from safeboard.cdop import services
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    ReviewMeeting,
)
from safeboard.partnership.models import ChildDeathOverviewPanel, LocalAuthority
from tests.factories import agency

PANEL = "Testshire and Neighbour CDOP"


def panel() -> ChildDeathOverviewPanel:
    return ChildDeathOverviewPanel.objects.get(name=PANEL)


def make_death(
    reference: str = "CDOP-T-001",
    *,
    authority: str = "Testshire",
    died: date = date(2017, 5, 10),
    notified: date | None = None,
    expectation: str = ChildDeath.Expectation.EXPECTED,
    **extra,
) -> ChildDeath:
    return services.death_save(
        user=None,
        death=ChildDeath(
            panel=panel(),
            case_reference=reference,
            local_authority=LocalAuthority.objects.get(name=authority),
            date_of_death=died,
            notified_on=notified or died,
            age_group=extra.pop("age_group", ChildDeath.AgeGroup.NEONATAL),
            place_of_death=extra.pop("place_of_death", ChildDeath.Place.HOSPITAL),
            expectation=expectation,
            **extra,
        ),
    )


def make_panel_meeting(held_on: date = date(2017, 11, 15)) -> PanelMeeting:
    existing = PanelMeeting.objects.filter(panel=panel(), held_on=held_on).first()
    if existing is not None:
        return existing
    return services.panel_meeting_save(
        user=None, meeting=PanelMeeting(panel=panel(), held_on=held_on)
    )


def make_review(
    death: ChildDeath,
    meeting: PanelMeeting,
    *,
    category: int = CaseReview.Category.PERINATAL,
    modifiable: str = CaseReview.Modifiable.NO,
    **extra,
) -> CaseReview:
    if modifiable == CaseReview.Modifiable.YES and not any(
        extra.get(field) for field, _ in CaseReview.DOMAINS
    ):
        extra["factors_social"] = True
    return services.review_save(
        user=None,
        review=CaseReview(
            death=death, meeting=meeting, category=category, modifiable=modifiable, **extra
        ),
    )


def make_information(
    death: ChildDeath,
    *,
    agency_name: str = "Testshire Police",
    requested: date = date(2017, 5, 12),
    days: int = 10,
    received: date | None = None,
) -> AgencyInformation:
    return services.information_save(
        user=None,
        information=AgencyInformation(
            death=death,
            agency=agency(agency_name),
            requested_on=requested,
            working_days_allowed=days,
            received_on=received,
        ),
    )


def make_review_meeting(death: ChildDeath, held_on: date = date(2017, 8, 1)) -> ReviewMeeting:
    return services.review_meeting_save(
        user=None,
        meeting=ReviewMeeting(death=death, held_on=held_on, notice_given_on=date(2017, 7, 1)),
        agencies=[agency("Testshire Police")],
    )
