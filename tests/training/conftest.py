"""A small training programme for 2017/18 (year 2018), built through the services.

Hand-countable on purpose; the figures the tests expect are worked from it:

Courses: Alpha (ALPHA, 3.5 h, £20 for a delegate from outside the partnership),
Beta (BETA, 7 h, free). A partner agency's place is free unless a fee is given:
b1, b2, b4, b6 and b8 are given £20; b5 (no agency) gets Alpha's £20 by default.
Events (capacity): A1 Alpha 10/05/2017 (10), A2 Alpha 31/03/2018 (10, the year's
last day), B1 Beta 01/04/2017 (5, its first day); outside the year: X Alpha
01/04/2018 (10), Y Beta 31/03/2017 (5).

Bookings (agency, status, fee):
  A1: b1 council attended £20, b2 council attended £20, b3 police attended £0,
      b4 police did not attend £20, b5 no agency (a nursery, education) attended £20,
      b6 health cancelled £20
  A2: b7 police attended £0, b8 council booked £20
  B1: b9 council attended, b10 health attended, b11 council did not attend,
      b12 police cancelled (all free)
  X:  b13 council attended;  Y: b14 police attended

Evaluations (before, after, follow-up): A1: e1 b1 (4, 7, 6), e2 b3 (5, 5, -),
e3 anonymous (3, 8, 8); B1: e4 b9 (6, 9, 5); X: e5 anonymous (1, 10, -).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace

import pytest

from safeboard.access.roles import Role
from safeboard.training import services
from tests.factories import agency

YEAR = 2018


@pytest.fixture
def programme(users):
    return build_programme(users)


def build_programme(users) -> SimpleNamespace:
    """The programme above, made by the business unit through the services."""
    bu = users[Role.BUSINESS_UNIT]
    council, police, health = (
        agency("Testshire County Council"),
        agency("Testshire Police"),
        agency("Testshire Health"),
    )
    alpha = services.course_create(
        user=bu,
        code="ALPHA",
        title="Alpha",
        length_hours=Decimal("3.5"),
        drivers="Learning from a case review",
        fee_pence=2000,
    )
    beta = services.course_create(user=bu, code="BETA", title="Beta", length_hours=Decimal("7"))

    def event(course, day, capacity):
        return services.event_create(
            user=bu, course=course, date=day, venue="Shire Hall", capacity=capacity
        )

    a1 = event(alpha, date(2017, 5, 10), 10)
    a2 = event(alpha, date(2018, 3, 31), 10)
    b1 = event(beta, date(2017, 4, 1), 5)
    x = event(alpha, date(2018, 4, 1), 10)
    y = event(beta, date(2017, 3, 31), 5)

    def book(event, name, agency_, status, **extra):
        return services.booking_create(
            user=bu, event=event, delegate_name=name, agency=agency_, status=status, **extra
        )

    b = {}
    b[1] = book(a1, "Ada One", council, "attended", fee_pence=2000)
    b[2] = book(a1, "Ben Two", council, "attended", fee_pence=2000)
    b[3] = book(a1, "Cy Three", police, "attended")
    b[4] = book(a1, "Di Four", police, "did-not-attend", fee_pence=2000)
    b[5] = book(
        a1, "Ed Five", None, "attended", organisation="Little Acorns Nursery", sector="education"
    )
    b[6] = book(a1, "Flo Six", health, "cancelled", fee_pence=2000)
    b[7] = book(a2, "Gus Seven", police, "attended")
    b[8] = book(a2, "Hal Eight", council, "booked", fee_pence=2000)
    b[9] = book(b1, "Ivy Nine", council, "attended")
    b[10] = book(b1, "Jo Ten", health, "attended")
    b[11] = book(b1, "Kit Eleven", council, "did-not-attend")
    b[12] = book(b1, "Lou Twelve", police, "cancelled")
    b[13] = book(x, "Max Thirteen", council, "attended")
    b[14] = book(y, "Ned Fourteen", police, "attended")

    def evaluate(event, before, after, follow_up=None, booking=None):
        return services.evaluation_create(
            user=bu,
            event=event,
            booking=booking,
            confidence_before=before,
            confidence_after=after,
            confidence_follow_up=follow_up,
            follow_up_on=date(2017, 7, 1) if follow_up is not None else None,
        )

    e = {
        1: evaluate(a1, 4, 7, 6, booking=b[1]),
        2: evaluate(a1, 5, 5, booking=b[3]),
        3: evaluate(a1, 3, 8, 8),
        4: evaluate(b1, 6, 9, 5, booking=b[9]),
        5: evaluate(x, 1, 10),
    }
    return SimpleNamespace(
        alpha=alpha,
        beta=beta,
        events={"A1": a1, "A2": a2, "B1": b1, "X": x, "Y": y},
        bookings=b,
        evaluations=e,
        council=council,
        police=police,
        health=health,
    )
