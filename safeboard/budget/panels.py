"""The home page's budget panel: the forecast's warning, for the business unit and the chair."""

from __future__ import annotations

from safeboard.access.roles import Role, user_roles
from safeboard.budget import summaries
from safeboard.budget.models import FinancialYear
from safeboard.budget.money import pounds

PANEL_ROLES = frozenset({Role.BUSINESS_UNIT, Role.INDEPENDENT_CHAIR})


def shown(user) -> bool:
    """The business unit's and the independent chair's home pages carry the panel."""
    return bool(PANEL_ROLES & set(user_roles(user)))


def forecast_context(user) -> dict:
    """The latest year still running, its forecast and any warning; the latest year if none is."""
    if not shown(user):
        return {"forecast": None}
    for year in FinancialYear.objects.order_by("-year").values_list("year", flat=True)[:3]:
        forecast = summaries.forecast(year)
        if not forecast.is_outturn:
            return {"forecast": forecast, "balance": pounds(forecast.projected_carried_forward)}
    return {"forecast": None}
