"""The budget pages: the summary in the report's shape, the record forms, the home panel."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.budget.forms import MONEY_INVALID
from safeboard.budget.models import ExpenditureActual, PartnerContribution
from tests.budget.helpers import HEALTH, POLICE, budget_2018, budget_2019
from tests.factories import agency, sign_in

pytestmark = pytest.mark.django_db


def _page(client, user, url) -> str:
    sign_in(client, user)
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_summary_of_a_finished_year_has_the_reports_shape(client, users, bu):
    budget_2018(bu)
    page = _page(client, users[Role.INDEPENDENT_CHAIR], reverse("budget:summary", args=[2018]))
    # Income by partner, the total, expenditure, reviews apart, balances.
    assert "Testshire County Council" in page
    assert "Income: partner contributions" in page
    assert "£100,000" in page
    assert "£109,700" in page  # expenditure
    assert "£5,000" in page  # review spending
    assert "5.5" in page  # staff days
    assert "Balance carried forward to 2018/19" in page
    assert "−£2,449.50" in page
    assert "a revenue deficit of £9,700" in page
    assert "Forecast to" not in page  # a finished year has an outturn
    assert "60.0%" in page  # the council's share


def test_summary_of_a_year_in_progress_warns(client, users, bu):
    budget_2019(bu)
    page = _page(client, bu, reverse("budget:summary", args=[2019]))
    assert "govuk-warning-text" in page
    assert "the balance would be −£5,400 at 31 March 2019" in page
    assert "Forecast to 31 March 2019" in page
    # The warning once, above the story, not again at its end.
    assert page.count("the balance would be −£5,400") == 1
    # Mid-year sums are the position so far, not a carry forward.
    assert "Balance to date" in page
    assert "Balance carried forward to 2019/20" not in page
    assert "£120,000" in page  # projected expenditure


@pytest.mark.parametrize("role", [Role.AGENCY_LEAD, Role.CDOP_MEMBER, None])
def test_the_summary_is_for_roles_that_see_every_agency(client, users, bu, role):
    budget_2018(bu)
    sign_in(client, users[role])
    assert client.get(reverse("budget:summary", args=[2018])).status_code == 403


def test_a_year_not_recorded_is_not_found(client, bu):
    sign_in(client, bu)
    assert client.get(reverse("budget:summary", args=[2030])).status_code == 404


def test_index_figures_only_for_summary_readers(client, users, bu):
    budget_2018(bu)
    page = _page(client, users[Role.BOARD_MEMBER], reverse("budget:index"))
    assert "£109,700" in page
    assert reverse("budget:summary", args=[2018]) in page
    page = _page(client, users[Role.AGENCY_LEAD], reverse("budget:index"))
    assert "£109,700" not in page
    assert reverse("budget:summary", args=[2018]) not in page


def test_an_agency_lead_lists_only_their_own_contribution(client, users, bu):
    budget_2018(bu)
    url = reverse("budget:contribution-list") + "?year=2018"
    page = _page(client, users[Role.AGENCY_LEAD], url)
    assert POLICE in page
    assert HEALTH not in page


def test_business_unit_adds_a_contribution_with_pounds_as_typed(client, bu):
    year = budget_2018(bu)
    PartnerContribution.objects.filter(agency=agency(POLICE)).delete()
    sign_in(client, bu)
    response = client.post(
        reverse("budget:contribution-create"),
        {
            "financial_year": year.pk,
            "agency": agency(POLICE).pk,
            "agreed": "£17,508",
            "received": "2,052.50",
            "received_on": "2017-06-01",
            "note": "",
        },
    )
    assert response.status_code == 302
    contribution = PartnerContribution.objects.get(agency=agency(POLICE))
    assert (contribution.agreed, contribution.received) == (Decimal("17508"), Decimal("2052.50"))


def test_contribution_form_errors_say_what_to_do(client, bu):
    year = budget_2018(bu)
    sign_in(client, bu)
    page = client.post(
        reverse("budget:contribution-create"),
        {
            "financial_year": year.pk,
            "agency": agency(HEALTH).pk,  # already has one for the year
            "agreed": "lots",
            "received": "0",
        },
    ).content.decode()
    assert "There is a problem" in page
    assert MONEY_INVALID in page
    page = client.post(
        reverse("budget:contribution-create"),
        {"financial_year": year.pk, "agency": agency(HEALTH).pk, "agreed": "1", "received": "0"},
    ).content.decode()
    assert "This agency already has a contribution for the year" in page
    assert PartnerContribution.objects.count() == 3


def test_an_actual_outside_the_year_is_refused_on_the_form(client, bu):
    year = budget_2018(bu)
    line = year.expenditure_lines.get(description="Printing")
    sign_in(client, bu)
    before = ExpenditureActual.objects.count()
    page = client.post(
        reverse("budget:actual-create"),
        {"line": line.pk, "month": "2018-04-10", "amount": "5"},
    ).content.decode()
    assert "April 2018 is not in 2017/18" in page
    assert ExpenditureActual.objects.count() == before
    response = client.post(
        reverse("budget:actual-create"),
        {"line": line.pk, "month": "2017-11-20", "amount": "5"},
    )
    assert response.status_code == 302
    assert ExpenditureActual.objects.filter(line=line, month=date(2017, 11, 1)).exists()


def test_a_reader_cannot_add(client, users, bu):
    year = budget_2018(bu)
    sign_in(client, users[Role.INDEPENDENT_CHAIR])
    response = client.post(
        reverse("budget:other-income-create"),
        {
            "financial_year": year.pk,
            "category": "training",
            "description": "x",
            "amount": "1",
            "received_on": "2017-05-01",
        },
    )
    assert response.status_code == 403


def test_year_detail_lists_its_records_with_add_links(client, bu):
    year = budget_2018(bu)
    page = _page(client, bu, reverse("budget:year-detail", args=[year.pk]))
    assert "Independent chair" in page
    assert f"{reverse('budget:line-create')}?financial_year={year.pk}" in page
    assert reverse("budget:summary", args=[2018]) in page


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        (Role.BUSINESS_UNIT, True),
        (Role.INDEPENDENT_CHAIR, True),
        (Role.BOARD_MEMBER, False),
        (Role.AGENCY_LEAD, False),
        (Role.PERFORMANCE_ANALYST, False),
    ],
)
def test_home_panel_warns_the_business_unit_and_the_chair(client, users, bu, role, shown):
    budget_2018(bu)
    budget_2019(bu)
    page = _page(client, users[role], reverse("web:home"))
    assert ("the balance would be −£5,400 at 31 March 2019" in page) is shown
    assert (reverse("budget:summary", args=[2019]) in page) is shown


def test_home_panel_without_a_year_in_progress(client, bu):
    budget_2018(bu)  # finished: nothing to forecast
    page = _page(client, bu, reverse("web:home"))
    assert "No financial year is in progress." in page
