"""What a child death review record refuses: each error names the field and says what to do."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from safeboard.cdop import models
from safeboard.cdop.models import CaseReview, ChildDeath
from safeboard.partnership.models import ChildDeathOverviewPanel, LocalAuthority
from tests.cdop.helpers import make_death, make_information, make_panel_meeting, make_review

pytestmark = pytest.mark.django_db


def _errors(build) -> dict:
    with pytest.raises(ValidationError) as refused:
        build()
    return refused.value.message_dict


@pytest.mark.parametrize("reference", ["943 476 5919", "9434765919", "943-476-5919"])
def test_an_nhs_number_is_refused_as_a_case_number(partnership, reference):
    errors = _errors(lambda: make_death(reference))
    assert errors["case_reference"] == [models.LOOKS_LIKE_NHS_NUMBER]
    assert not ChildDeath.objects.exists()


@pytest.mark.parametrize("reference", ["Jane Smith", "Baby Archer"])
def test_a_case_number_without_a_number_is_refused(partnership, reference):
    errors = _errors(lambda: make_death(reference))
    assert models.NOT_A_CASE_NUMBER in errors["case_reference"]


def test_a_case_number_is_unique_on_its_panel(partnership):
    make_death("CDOP-17-001")
    errors = _errors(lambda: make_death("CDOP-17-001"))
    assert "__all__" in errors


def test_the_area_of_residence_must_be_served_by_the_panel(partnership):
    other = ChildDeathOverviewPanel.objects.create(name="Elsewhere CDOP")
    LocalAuthority.objects.create(name="Faraway", ons_code="E08000098", cdop_panel=other)
    errors = _errors(lambda: make_death("CDOP-17-002", authority="Faraway"))
    assert errors["local_authority"] == [
        "Faraway is not served by Testshire and Neighbour CDOP: choose one of its authorities."
    ]


def test_the_death_cannot_come_after_the_notification(partnership):
    errors = _errors(
        lambda: make_death("CDOP-17-003", died=date(2017, 6, 2), notified=date(2017, 6, 1))
    )
    assert errors["date_of_death"] == [models.DEATH_AFTER_NOTIFICATION]


def test_future_dates_are_refused(partnership):
    errors = _errors(lambda: make_death("CDOP-99-001", died=date(2999, 1, 1)))
    assert errors["date_of_death"] == [models.IN_FUTURE]


def test_a_joint_agency_response_needs_its_reason_and_only_then(partnership):
    missing = _errors(lambda: make_death("CDOP-17-004", joint_agency_response=True))
    assert missing["response_reason"] == [models.REASON_NEEDED]
    stray = _errors(
        lambda: make_death("CDOP-17-005", response_reason=ChildDeath.ResponseReason.SUDDEN)
    )
    assert stray["response_reason"] == [models.REASON_WITHOUT_RESPONSE]


def test_information_due_date_is_worked_out_in_working_days(partnership):
    death = make_death("CDOP-17-006", died=date(2017, 12, 18))
    # Friday 22 December 2017 + 5 working days: 25 and 26 December are bank
    # holidays, 23-24 and 30-31 weekends, 1 January a bank holiday:
    # 27, 28, 29 December, 2, 3 January -> Wednesday 3 January 2018.
    information = make_information(death, requested=date(2017, 12, 22), days=5)
    assert information.due_on == date(2018, 1, 3)


def test_information_cannot_be_received_before_it_was_asked_for(partnership):
    death = make_death("CDOP-17-007")
    errors = _errors(
        lambda: make_information(death, requested=date(2017, 5, 12), received=date(2017, 5, 11))
    )
    assert errors["received_on"] == [models.RECEIVED_BEFORE_REQUESTED]


def test_a_yes_without_a_domain_is_refused(partnership):
    death = make_death("CDOP-17-009")
    review = CaseReview(
        death=death,
        meeting=make_panel_meeting(),
        category=CaseReview.Category.TRAUMA,
        modifiable=CaseReview.Modifiable.YES,
    )
    with pytest.raises(ValidationError) as refused:
        review.full_clean()
    assert refused.value.message_dict["factors_child"] == [models.DOMAIN_NEEDED]
    review.modifiable = CaseReview.Modifiable.NO
    review.factors_physical = True
    with pytest.raises(ValidationError) as stray:
        review.full_clean()
    assert stray.value.message_dict["factors_child"] == [models.DOMAIN_WITHOUT_FACTORS]


def test_a_review_needs_a_meeting_of_the_death_s_own_panel(partnership):
    death = make_death("CDOP-17-010")
    other = ChildDeathOverviewPanel.objects.create(name="Elsewhere CDOP")
    from safeboard.cdop.models import PanelMeeting

    elsewhere = PanelMeeting.objects.create(panel=other, held_on=date(2017, 9, 1))
    errors = _errors(lambda: make_review(death, elsewhere))
    assert errors["meeting"] == [
        "Choose a meeting of Testshire and Neighbour CDOP, the panel the death was notified to."
    ]


def test_a_death_is_reviewed_once(partnership):
    death = make_death("CDOP-17-011")
    make_review(death, make_panel_meeting(date(2017, 11, 15)))
    errors = _errors(lambda: make_review(death, make_panel_meeting(date(2017, 12, 15))))
    assert "death" in errors


def test_the_category_is_stored_as_its_code_with_the_scheme(partnership):
    review = make_review(make_death("CDOP-17-012"), make_panel_meeting())
    review.refresh_from_db()
    assert review.category == 8
    assert review.category_scheme == models.CATEGORY_SCHEME
    assert [c.value for c in CaseReview.Category] == list(range(1, 11))
