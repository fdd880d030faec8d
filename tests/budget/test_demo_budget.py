"""The demo's budget reproduces the source report's section 3, and warns for 2018/19."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.budget import summaries
from safeboard.budget.models import FinancialYear, PartnerContribution
from safeboard.demo.budget import demo_budget
from safeboard.demo.build import demo_partnership, demo_users
from safeboard.partnership.models import Agency

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_users()
    assert demo_budget() == [2018, 2019]


def test_2017_18_is_the_reports_budget(demo):
    # Section 3: 17,508 + 32,952 + 10,260 + 41,187 + 18,500 + 4,148 + 550.
    assert summaries.contributions_agreed(2018) == Decimal("125105")
    # 127,239 + 20,000 + 3,400 + 2,949 + 3,486.
    assert summaries.expenditure_total(2018) == Decimal("157074")
    assert summaries.balance_brought_forward(2018) == Decimal("47000")
    assert summaries.review_spending_total(2018) == Decimal("42580")
    assert summaries.review_staff_days(2018) == Decimal("26.5")
    # The revenue deficit: 125,105 - 157,074.
    assert summaries.revenue_position(2018) == Decimal("-31969")
    # Training 2,969 + review top-up 42,580.
    assert summaries.other_income_total(2018) == Decimal("45549")
    # 170,654 - 157,074 - 42,580.
    assert summaries.year_position(2018) == Decimal("-29000")
    # The report's carry forward to 2018/19: 47,000 - 29,000.
    assert summaries.balance_carried_forward(2018) == Decimal("18000")
    assert summaries.brought_forward_difference(2019) == 0


def test_the_five_districts_share_10260(demo):
    districts = PartnerContribution.objects.filter(
        financial_year__year=2018, agency__agency_type=Agency.Type.DISTRICT_COUNCIL
    )
    assert districts.count() == 5
    assert sum(c.agreed for c in districts) == Decimal("10260")


def test_police_share_of_contributions(demo):
    # 17,508 / 125,105 = 0.13994..., about 14%.
    share = summaries.contribution_shares(2018)[Agency.objects.get(short_name="Police").pk]
    assert round(share, 4) == Decimal("0.1399")


def test_2018_19_forecast_shows_the_deficit_coming(demo):
    forecast = summaries.forecast(2019)
    assert forecast.months_elapsed == 6
    # Staffing 6 x 10,700 + chair 2 x 5,000 + manual 2 x 850 + training 650 + 420
    # + office 6 x 290 = 78,710 to September; x 12 / 6 = 157,420.
    assert forecast.expenditure_to_date == Decimal("78710")
    assert forecast.projected_expenditure == Decimal("157420")
    # CCGs 16,476 + two districts 2 x 2,052 + CRC 4,148 still to pay.
    assert forecast.contributions_outstanding == Decimal("24728")
    # 125,105 agreed + 1,240 fees; reviews: the 25,000 budget (6,500 so far).
    assert forecast.projected_income == Decimal("126345")
    assert forecast.projected_review_spending == Decimal("25000")
    # 126,345 - 157,420 - 25,000; then 18,000 brought forward - 56,075.
    assert forecast.projected_position == Decimal("-56075")
    assert forecast.projected_carried_forward == Decimal("-38075")
    assert [w.code for w in forecast.warnings] == ["balance-below-zero"]


def test_running_the_demo_again_adds_nothing(demo):
    counts = (FinancialYear.objects.count(), PartnerContribution.objects.count())
    assert demo_budget() == []
    assert (FinancialYear.objects.count(), PartnerContribution.objects.count()) == counts
