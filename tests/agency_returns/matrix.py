"""URLs of the agency returns pages for tests/test_url_matrix.py, with the records they need.

- fill and upload: the police's own return (the matrix's agency lead is police);
- detail: an accepted return of another agency (the county council), which
  every all-agencies role reads and no own-agency role may see;
- review: a submitted return of the county council, for the business unit.
"""

from __future__ import annotations

from django.urls import reverse

from safeboard.agency_returns.models import AgencyReturn
from tests.agency_returns.helpers import COUNCIL, all_values, make_return

POLICE_TEMPLATE = "police_cse"
YEAR, QUARTER = 2018, 1


def agency_return_url(name: str) -> str:
    if name in {"agency_returns:fill", "agency_returns:upload"}:
        return reverse(name, args=[POLICE_TEMPLATE, YEAR, QUARTER])
    if name == "agency_returns:figure-detail":
        return reverse(name, args=["pf_notifications"])
    if name == "agency_returns:template-detail":
        return reverse(name, args=[POLICE_TEMPLATE])
    if name == "agency_returns:template-download":
        return reverse(name, args=[POLICE_TEMPLATE, "xlsx"])
    if name == "agency_returns:detail":
        accepted = make_return(
            "private_fostering",
            COUNCIL,
            quarter=1,
            status=AgencyReturn.Status.ACCEPTED,
            values=all_values("private_fostering"),
        )
        return reverse(name, args=[accepted.pk])
    if name == "agency_returns:review":
        submitted = make_return(
            "private_fostering",
            COUNCIL,
            quarter=2,
            status=AgencyReturn.Status.SUBMITTED,
            values=all_values("private_fostering"),
        )
        return reverse(name, args=[submitted.pk])
    return reverse(name)
