"""The demo's budget: the source report's own 2017/18 lines, and 2018/19 under way.

2017/18 is the source report's section 3, line for line: the partners'
contributions (£125,105), the expenditure lines (£157,074), the £47,000
non-recurrent balance brought forward, £42,580 on serious case reviews and
the Development Manager's 26.5 days given to them. The report gives only
totals, so each line's actual is entered once, in March 2018, and no budgets.

Two figures the report does not give are chosen so its arithmetic closes
(summaries: carried forward = brought forward + contributions + other income
- expenditure - review spending):

- training income £2,969: the report's "with the non-recurrent balance
  applied and some income from Training, the carry forward to 2018/19 of
  balances was £18,000" closes exactly with it:
  £47,000 - (£157,074 - £125,105) + £2,969 = £18,000;
- partners' top-up for the reviews £42,580: the report says the review
  budget "was topped up by partner contributions in year"; it gives no
  split between the top-up and earlier underspends, and the £18,000 above
  closes without the reviews, so the top-up is taken to cover them in full.

So the year's position is £170,654 - £157,074 - £42,580 = -£29,000, met
from the £47,000, leaving £18,000. The "Districts and Boroughs x5 £10,260"
is shared equally, £2,052 each. Payment dates are invented.

2018/19 is synthetic: contributions held at 2017/18's, some still unpaid,
and six months of actuals to September 2018 running at the same rate, so the
forecast shows the deficit the report said was coming ("an unbalanced budget
in 2018/19 unless decisions are agreed to increase income or reduce
expenditure").

Running it again changes nothing: a year already recorded is left alone.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.db import transaction

from safeboard.accounts.models import User
from safeboard.budget import services
from safeboard.budget.models import FinancialYear
from safeboard.demo import area
from safeboard.partnership.models import Agency

REPORT_YEAR = 2018
DISTRICTS = ["NWBC", "NBBC", "RBC", "SDC", "WDC"]

# (agency short name, agreed, received on, note): the report's income lines.
CONTRIBUTIONS_2018 = [
    ("Police", "17508", date(2017, 5, 12), ""),
    ("CCGs", "32952", date(2017, 6, 2), "Health CCGs"),
    *[
        (short, "2052", date(2017, 7, 3), "Districts and boroughs x5: £10,260, shared equally")
        for short in DISTRICTS
    ],
    ("WCC", "41187", date(2017, 4, 28), "Warwickshire County Council"),
    ("Schools", "18500", date(2017, 5, 31), "Direct Schools Grant"),
    ("CRC", "4148", date(2017, 9, 15), ""),
    ("CAFCASS", "550", date(2017, 8, 1), ""),
]

# (category, description, actual): the report's expenditure lines.
EXPENDITURE_2018 = [
    (
        "staffing",
        "Development manager, business support officer and learning and improvement officer",
        "127239",
    ),
    ("independent-chair", "Independent chair", "20000"),
    ("procedures-manual", "Procedures manual", "3400"),
    ("training", "Training expenses and conference", "2949"),
    ("office", "Office costs and printing", "3486"),
]

# 2018/19, synthetic: (agency short name, received, received on); agreed as in 2017/18.
RECEIVED_2019 = {
    "WCC": ("41187", date(2018, 4, 30)),
    "Police": ("17508", date(2018, 6, 15)),
    "CCGs": ("16476", date(2018, 7, 31)),  # half so far
    "Schools": ("18500", date(2018, 5, 31)),
    "NWBC": ("2052", date(2018, 7, 2)),
    "NBBC": ("2052", date(2018, 7, 9)),
    "RBC": ("2052", date(2018, 8, 6)),
    "CAFCASS": ("550", date(2018, 9, 3)),
}

# (category, description, budgeted, {month: actual}) for April to September 2018.
MONTHS_2019 = [date(2018, month, 1) for month in range(4, 10)]
EXPENDITURE_2019 = [
    (
        "staffing",
        "Development manager, business support officer and learning and improvement officer",
        "128500",
        {month: "10700" for month in MONTHS_2019},
    ),
    (
        "independent-chair",
        "Independent chair",
        "20000",
        {date(2018, 6, 1): "5000", date(2018, 9, 1): "5000"},  # quarterly
    ),
    (
        "procedures-manual",
        "Procedures manual",
        "3400",
        {date(2018, 6, 1): "850", date(2018, 9, 1): "850"},
    ),
    (
        "training",
        "Training expenses and conference",
        "3000",
        {date(2018, 5, 1): "650", date(2018, 9, 1): "420"},
    ),
    ("office", "Office costs and printing", "3500", {month: "290" for month in MONTHS_2019}),
]


def _business_unit() -> User:
    username = next(name for name, role, *_ in area.DEMO_USERS if role == "business-unit")
    return User.objects.get(username=username)


def _agency(short_name: str) -> Agency:
    return Agency.objects.get(short_name=short_name)


def _year_2018(user) -> None:
    year = services.year_create(
        user=user,
        year=REPORT_YEAR,
        balance_brought_forward=Decimal("47000"),
        notes="The source report's section 3. Budgets per line were not published.",
    )
    for short, agreed, received_on, note in CONTRIBUTIONS_2018:
        services.contribution_set(
            user=user,
            financial_year=year,
            agency=_agency(short),
            agreed=Decimal(agreed),
            received=Decimal(agreed),
            received_on=received_on,
            note=note,
        )
    for category, description, actual in EXPENDITURE_2018:
        line = services.line_create(
            user=user, financial_year=year, category=category, description=description
        )
        services.actual_set(user=user, line=line, month=date(2018, 3, 1), amount=Decimal(actual))
    services.other_income_add(
        user=user,
        financial_year=year,
        category="training",
        description="Training income (the sum that closes the report's £18,000 carry forward)",
        amount=Decimal("2969"),
        received_on=date(2018, 3, 29),
    )
    services.other_income_add(
        user=user,
        financial_year=year,
        category="review-top-up",
        description="Partners' in-year top-up for serious case reviews",
        amount=Decimal("42580"),
        received_on=date(2018, 3, 29),
    )
    services.review_spending_add(
        user=user,
        financial_year=year,
        description="Serious case reviews in 2017/18 (the report's total)",
        amount=Decimal("42580"),
        staff_days=Decimal("26.5"),
        staff_role="Development manager",
        spent_on=date(2018, 3, 31),
    )


def _year_2019(user) -> None:
    year = services.year_create(
        user=user,
        year=REPORT_YEAR + 1,
        balance_brought_forward=Decimal("18000"),
        review_budget=Decimal("25000"),
        notes="Synthetic: six months of actuals, to September 2018.",
    )
    for short, agreed, _, note in CONTRIBUTIONS_2018:
        received, received_on = RECEIVED_2019.get(short, ("0", None))
        services.contribution_set(
            user=user,
            financial_year=year,
            agency=_agency(short),
            agreed=Decimal(agreed),
            received=Decimal(received),
            received_on=received_on,
            note=note,
        )
    for category, description, budgeted, actuals in EXPENDITURE_2019:
        line = services.line_create(
            user=user,
            financial_year=year,
            category=category,
            description=description,
            budgeted=Decimal(budgeted),
        )
        for month, amount in actuals.items():
            services.actual_set(user=user, line=line, month=month, amount=Decimal(amount))
    services.other_income_add(
        user=user,
        financial_year=year,
        category="training",
        description="Course fees, summer programme",
        amount=Decimal("1240"),
        received_on=date(2018, 7, 20),
    )
    services.review_spending_add(
        user=user,
        financial_year=year,
        review_reference="SIN 2018-01",
        description="Rapid review: business unit time",
        staff_days=Decimal("2.5"),
        staff_role="Development manager",
        spent_on=date(2018, 6, 14),
    )
    services.review_spending_add(
        user=user,
        financial_year=year,
        review_reference="LCSPR 2018-01",
        description="Independent lead reviewer",
        amount=Decimal("6500"),
        staff_days=Decimal("4"),
        staff_role="Development manager",
        spent_on=date(2018, 8, 21),
    )


@transaction.atomic
def demo_budget() -> list[int]:
    """Record the demo's budget years not yet recorded; the years added."""
    user = _business_unit()
    added = []
    for year, build in ((REPORT_YEAR, _year_2018), (REPORT_YEAR + 1, _year_2019)):
        if not FinancialYear.objects.filter(year=year).exists():
            build(user)
            added.append(year)
    return added
