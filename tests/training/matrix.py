"""URL matrix rows for the training pages (tests/test_url_matrix.py), with the records they need.

Courses, events and the year's figures are open to every signed-in user.
Bookings and evaluations name delegates: their lists are for the business
unit and agency leads (who see their own agency's); the detail URLs point at
a county council delegate's booking and evaluation, which the police's lead
must not see (404); everyone else is refused (403).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.training.models import Booking, Course, Evaluation, Event
from tests.factories import agency
from tests.matrix_sets import BUSINESS_UNIT, SIGNED_IN

DELEGATE_LISTS = frozenset({Role.BUSINESS_UNIT, Role.AGENCY_LEAD})

MATRIX: dict[str, object] = {
    "training:index": SIGNED_IN,
    "training:import": BUSINESS_UNIT,
}
for _slug in ("course", "event"):
    MATRIX |= {
        f"training:{_slug}-list": SIGNED_IN,
        f"training:{_slug}-detail": SIGNED_IN,
        f"training:{_slug}-history": SIGNED_IN,
        f"training:{_slug}-create": BUSINESS_UNIT,
        f"training:{_slug}-edit": BUSINESS_UNIT,
    }
for _slug in ("booking", "evaluation"):
    MATRIX |= {
        f"training:{_slug}-list": DELEGATE_LISTS,
        # Another agency's delegate: the police lead gets 404, aggregate-only roles 403.
        f"training:{_slug}-detail": BUSINESS_UNIT,
        f"training:{_slug}-history": BUSINESS_UNIT,
        f"training:{_slug}-create": BUSINESS_UNIT,
        f"training:{_slug}-edit": BUSINESS_UNIT,
    }
# POST only: tested in tests/training/test_pages.py.
SPECIAL = {"training:import-confirm"}


def _records() -> dict[str, object]:
    """A course, an event, a council delegate's booking and evaluation (once per test)."""
    course, _ = Course.objects.get_or_create(
        code="MATRIX", defaults={"title": "Matrix course", "length_hours": Decimal("3.5")}
    )
    event, _ = Event.objects.get_or_create(
        reference="MATRIX-20170510",
        defaults={"course": course, "date": date(2017, 5, 10), "venue": "Hall", "capacity": 10},
    )
    booking = Booking.objects.filter(event=event).first() or Booking.objects.create(
        event=event,
        delegate_name="Pat Other",
        agency=agency("Testshire County Council"),
        sector="local-authority",
        status="attended",
    )
    evaluation = Evaluation.objects.filter(booking=booking).first() or Evaluation.objects.create(
        event=event, booking=booking, confidence_before=4, confidence_after=7
    )
    return {"course": course, "event": event, "booking": booking, "evaluation": evaluation}


def url(name: str) -> str:
    page = name.removeprefix("training:")
    slug, _, kind = page.rpartition("-")
    if kind in {"detail", "edit", "history"}:
        return reverse(name, args=[_records()[slug].pk])
    _records()
    return reverse(name)
