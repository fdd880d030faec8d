"""URL matrix rows for the budget pages (tests/test_url_matrix.py), with the records they need.

Years, expenditure, other income and review spending are open to every
signed-in user; contributions are agency-scoped, so the detail URLs point at
the health commissioner's contribution, which own-agency roles (police) must
not see. The summary is for the roles that see every agency.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.budget.models import (
    ExpenditureActual,
    ExpenditureLine,
    FinancialYear,
    OtherIncome,
    PartnerContribution,
    ReviewSpending,
)
from tests.factories import agency
from tests.matrix_sets import ALL_AGENCIES, BUSINESS_UNIT, SIGNED_IN

EVERY_ROLE = frozenset(Role)  # contributions: agency-scoped, so a role is needed
YEAR = 2018

MATRIX: dict[str, object] = {
    "budget:index": SIGNED_IN,
    "budget:summary": ALL_AGENCIES,
    "budget:contribution-list": EVERY_ROLE,
    # Another agency's contribution: own-agency roles get 404.
    "budget:contribution-detail": ALL_AGENCIES,
    "budget:contribution-history": ALL_AGENCIES,
    "budget:contribution-create": BUSINESS_UNIT,
    "budget:contribution-edit": BUSINESS_UNIT,
}
for _slug in ("year", "line", "actual", "other-income", "review-spending"):
    MATRIX |= {
        f"budget:{_slug}-list": SIGNED_IN,
        f"budget:{_slug}-detail": SIGNED_IN,
        f"budget:{_slug}-history": SIGNED_IN,
        f"budget:{_slug}-create": BUSINESS_UNIT,
        f"budget:{_slug}-edit": BUSINESS_UNIT,
    }


def _records() -> dict[str, object]:
    """One of each budget record for 2017/18 (made once per test)."""
    year, made = FinancialYear.objects.get_or_create(year=YEAR)
    if made:
        PartnerContribution.objects.create(
            financial_year=year, agency=agency("Testshire Health"), agreed=Decimal("100")
        )
        line = ExpenditureLine.objects.create(
            financial_year=year, category="office", description="Printing"
        )
        ExpenditureActual.objects.create(line=line, month=date(2017, 4, 1), amount=Decimal("5"))
        OtherIncome.objects.create(
            financial_year=year,
            category="training",
            description="Fees",
            amount=Decimal("10"),
            received_on=date(2017, 6, 1),
        )
        ReviewSpending.objects.create(
            financial_year=year,
            description="Reviewer",
            amount=Decimal("50"),
            spent_on=date(2017, 7, 1),
        )
    return {
        "year": year,
        "contribution": PartnerContribution.objects.get(financial_year=year),
        "line": ExpenditureLine.objects.get(financial_year=year),
        "actual": ExpenditureActual.objects.get(line__financial_year=year),
        "other-income": OtherIncome.objects.get(financial_year=year),
        "review-spending": ReviewSpending.objects.get(financial_year=year),
    }


def url(name: str) -> str:
    page = name.removeprefix("budget:")
    if page == "summary":
        _records()
        return reverse(name, args=[YEAR])
    for slug, record in _records().items():
        if page in {f"{slug}-detail", f"{slug}-edit", f"{slug}-history"}:
            return reverse(name, args=[record.pk])
    return reverse(name)
