"""Reminder source: agency returns coming due and overdue.

For each active agency and each return template of its type, for every
quarter that has ended in the latest collection year and the one before
(``agency_returns.schedule``), a return that is not yet submitted or accepted
(not opened, a draft, or sent back) raises:

- a "due soon" reminder once its due date is ``due_soon_days()`` days away or
  nearer (and not passed);
- an "overdue" reminder from the day after its due date.

They go to the agency's leads (``recipients.agency_lead_addresses``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

from safeboard.agency_returns import schedule
from safeboard.agency_returns.definitions import TEMPLATES
from safeboard.agency_returns.models import AgencyReturn
from safeboard.dataset.periods import year_label
from safeboard.partnership.models import Agency
from safeboard.reminders.recipients import agency_lead_addresses
from safeboard.reminders.registry import DueItem, due_soon_days, long_date

SOURCE = "agency-returns"
LABEL = "Agency returns due"
OUTSTANDING = (AgencyReturn.Status.DRAFT, AgencyReturn.Status.RETURNED)


def returns_due(today: date) -> Iterator[DueItem]:
    horizon = today + timedelta(days=due_soon_days())
    latest = schedule.latest_collection_year(today)
    years = (latest - 1, latest)
    statuses = {
        (r.template_id, r.agency_id, r.collection_year, r.quarter): r.status
        for r in AgencyReturn.objects.filter(collection_year__in=years)
    }
    agencies = list(Agency.objects.filter(active=True).order_by("name"))
    for year in years:
        for quarter in schedule.ended_quarters(collection_year=year, today=today):
            due = schedule.return_due_date(collection_year=year, quarter=quarter)
            if due > horizon:
                continue
            stage = "overdue" if today > due else "due-soon"
            for template in TEMPLATES:
                for agency in agencies:
                    if agency.agency_type != template.agency_type:
                        continue
                    status = statuses.get((template.id, agency.pk, year, quarter))
                    if status is not None and status not in OUTSTANDING:
                        continue
                    yield _item(template, agency, year, quarter, due, stage)


def _item(template, agency: Agency, year: int, quarter: int, due: date, stage: str) -> DueItem:
    period = f"Q{quarter} {year_label(year)}"
    if stage == "overdue":
        subject = f"Overdue: {template.title} return for {period}"
        first = f"{agency.name}'s {template.title} return for {period} was due by {long_date(due)}."
    else:
        subject = f"Due by {long_date(due)}: {template.title} return for {period}"
        first = f"{agency.name}'s {template.title} return for {period} is due by {long_date(due)}."
    return DueItem(
        key=f"return:{template.id}:{agency.pk}:{year}-Q{quarter}:{stage}:{due.isoformat()}",
        due_date=due,
        recipients=agency_lead_addresses(agency.pk),
        subject=subject,
        body_lines=(
            first,
            "Fill it in and submit it in Safeboard, under Agency returns.",
        ),
    )
