"""The business unit records a death, the panel's review and an action through the pages;
the home page shows the panel's overdue deadlines to those who read the cases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from safeboard.access.roles import Role
from safeboard.cdop.models import CaseReview, ChildDeath, RaisedAction
from safeboard.partnership.models import LocalAuthority
from tests.cdop.helpers import make_death, make_information, make_panel_meeting, make_review, panel
from tests.factories import agency, sign_in

pytestmark = pytest.mark.django_db


def _death_form(**changes) -> dict:
    data = {
        "panel": panel().pk,
        "case_reference": "CDOP-17-101",
        "local_authority": LocalAuthority.objects.get(name="Neighbourton").pk,
        "date_of_death": "2017-06-01",
        "notified_on": "2017-06-02",
        "age_group": ChildDeath.AgeGroup.AGED_5_9,
        "sex": "",
        "place_of_death": ChildDeath.Place.HOSPITAL,
        "expectation": ChildDeath.Expectation.UNEXPECTED,
        "joint_agency_response": "on",
        "response_reason": ChildDeath.ResponseReason.EXTERNAL,
        "national_notified_on": "",
    }
    data.update(changes)
    return data


def test_the_business_unit_records_a_death(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(reverse("cdop:death-create"), _death_form())
    death = ChildDeath.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("cdop:death-detail", args=[death.pk])
    assert death.local_authority.name == "Neighbourton"
    assert death.joint_agency_response


def test_an_nhs_number_is_refused_and_the_form_says_what_to_do(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(reverse("cdop:death-create"), _death_form(case_reference="4010232137"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "That looks like an NHS number" in page
    assert not ChildDeath.objects.exists()


def test_a_panel_member_cannot_add_or_change(client, users, partnership):
    sign_in(client, users[Role.CDOP_MEMBER])
    assert client.get(reverse("cdop:death-create")).status_code == 403
    assert client.post(reverse("cdop:death-create"), _death_form()).status_code == 403
    assert not ChildDeath.objects.exists()


def test_the_review_form_asks_for_the_domain(client, users, partnership):
    death = make_death("CDOP-17-102")
    meeting = make_panel_meeting()
    sign_in(client, users[Role.BUSINESS_UNIT])
    data = {
        "death": death.pk,
        "meeting": meeting.pk,
        "category": CaseReview.Category.SUDDEN,
        "modifiable": CaseReview.Modifiable.YES,
        "learning": "",
        "national_submitted_on": "",
    }
    response = client.post(reverse("cdop:review-create"), data)
    assert "tick the domain or domains" in response.content.decode()
    assert not CaseReview.objects.exists()
    response = client.post(reverse("cdop:review-create"), {**data, "factors_social": "on"})
    review = CaseReview.objects.get()
    assert response["Location"] == reverse("cdop:review-detail", args=[review.pk])
    assert review.domains() == ["Social environment, including family and parenting"]


def test_the_review_form_offers_only_deaths_not_yet_reviewed(client, users, partnership):
    reviewed = make_death("CDOP-17-103")
    make_review(reviewed, make_panel_meeting())
    make_death("CDOP-17-104")
    sign_in(client, users[Role.BUSINESS_UNIT])
    page = client.get(reverse("cdop:review-create")).content.decode()
    assert ">Case CDOP-17-104<" in page
    assert ">Case CDOP-17-103<" not in page


def test_the_business_unit_raises_an_action(client, users, partnership):
    review = make_review(make_death("CDOP-17-105"), make_panel_meeting())
    sign_in(client, users[Role.BUSINESS_UNIT])
    url = reverse("cdop:action-raise", args=[review.pk])
    refused = client.post(url, {"learning": "x", "text": "Look again at CDOP-17-105"})
    assert refused.status_code == 200
    assert "Select agency that owns the action" in refused.content.decode()
    response = client.post(
        url,
        {
            "learning": "Water safety messages reached few parents.",
            "text": "Share water safety messages with schools before the summer.",
            "owner_agency": agency("Testshire County Council").pk,
            "due_date": "2018-06-30",
        },
    )
    assert response.status_code == 302
    raised = RaisedAction.objects.get()
    assert raised.action.owner_agency.name == "Testshire County Council"
    detail = client.get(reverse("cdop:review-detail", args=[review.pk])).content.decode()
    assert "Share water safety messages" in detail


def test_the_case_page_shows_its_deadlines(client, users, partnership):
    death = make_death("CDOP-19-106", died=date(2019, 4, 17), notified=date(2019, 4, 18))
    make_information(death, requested=date(2019, 4, 18), days=5)
    sign_in(client, users[Role.CDOP_MEMBER])
    page = client.get(reverse("cdop:death-detail", args=[death.pk])).content.decode()
    assert "Notify the National Child Mortality Database (48 hours)" in page
    assert "20 April 2019" in page  # 48 hours, weekend or not
    assert "29 April 2019" in page  # 5 working days past Easter


def test_the_home_page_shows_the_panel_s_overdue_deadlines(client, users, partnership):
    today = timezone.localdate()
    death = make_death(
        "CDOP-LIVE-1", died=today - timedelta(days=10), notified=today - timedelta(days=9)
    )
    sign_in(client, users[Role.CDOP_MEMBER])
    home = client.get(reverse("web:home")).content.decode()
    assert "Child death reviews: overdue" in home
    assert "Case CDOP-LIVE-1" in home
    assert "7 days overdue" in home  # 48 hours ended 7 days ago
    assert reverse("cdop:death-detail", args=[death.pk]) in home
    client.logout()
    sign_in(client, users[Role.BOARD_MEMBER])
    other = client.get(reverse("web:home")).content.decode()
    assert "Child death reviews: overdue" not in other
    assert "CDOP-LIVE-1" not in other
