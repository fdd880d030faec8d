"""Case records for the reviews tests, written through the real services.

The dates are chosen so every figure in the tests can be worked out by hand
(the working days are counted out in test_timescales.py):

| incident | aware       | notified    | notify due  | rapid review done | RR due      | decision   |
| SIN 2018-01 | 2 Jul 18 | 6 Jul 18    | 9 Jul 18    | 20 Jul 18         | 23 Jul 18   | local      |
| SIN 2018-02 | 20 Dec 18| 2 Jan 19    | 31 Dec 18   | 14 Jan 19         | 15 Jan 19   | no review  |
| SIN 2019-01 | 4 Feb 19 | 12 Feb 19   | 11 Feb 19   | (none)            | 25 Feb 19   |            |
| SIN 2019-02 | 28 Mar 19| 1 Apr 19    | 4 Apr 19    | 23 Apr 19         | 18 Apr 19   | national   |

| review   | kind  | commissioned | final due   | final received | published  | cost (£) | days |
| SCR 2017-01 | SCR | 12 Jun 17   | 12 Dec 17   | 15 Mar 18      |            | 23,460   | 14.5 |
| SCR 2017-02 | SCR | 20 Nov 17   | 20 May 18   | 9 May 18       |            | 19,120   | 12.0 |
| LCSPR 2018-01 | LCSPR (from SIN 2018-01) | 1 Aug 18 | 1 Feb 19 | 31 Jan 19 | 15 Mar 19 | 8,000 | 3.5 |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from safeboard.partnership.models import LocalAuthority, Person
from safeboard.reviews import services
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident
from tests.factories import agency


def make_incident(reference: str, aware: date, notified: date | None = None, **fields):
    return services.incident_create(
        user=None,
        reference=reference,
        local_authority=LocalAuthority.objects.get(name="Testshire"),
        harm=fields.pop("harm", SeriousIncident.Harm.SERIOUSLY_HARMED),
        aware_date=aware,
        notified_date=notified,
        **fields,
    )


def make_rapid_review(incident, completed: date | None = None, decision: str = "", **fields):
    return services.rapid_review_create(
        user=None, incident=incident, completed_date=completed, decision=decision, **fields
    )


def make_review(reference: str, kind: str, commissioned: date, **fields):
    defaults = {
        "lead_reviewers": "Morgan Garrow and Dee Hale",
        "terms_of_reference": "How agencies worked together.",
        "scope": "The two years before the incident; every agency involved.",
    }
    return services.review_create(
        user=None,
        reference=reference,
        kind=kind,
        commissioned_date=commissioned,
        **{**defaults, **fields},
    )


@dataclass
class Cases:
    incidents: dict[str, SeriousIncident]
    rapid_reviews: dict[str, RapidReview]
    reviews: dict[str, PracticeReview]
    owner: Person


@pytest.fixture
def cases(partnership) -> Cases:
    a = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
    b = make_incident("SIN 2018-02", date(2018, 12, 20), date(2019, 1, 2), harm="died")
    c = make_incident("SIN 2019-01", date(2019, 2, 4), date(2019, 2, 12))
    d = make_incident("SIN 2019-02", date(2019, 3, 28), date(2019, 4, 1))
    rr_a = make_rapid_review(a, date(2018, 7, 20), RapidReview.Decision.LOCAL_REVIEW)
    rr_b = make_rapid_review(b, date(2019, 1, 14), RapidReview.Decision.NO_REVIEW)
    rr_d = make_rapid_review(d, date(2019, 4, 23), RapidReview.Decision.NATIONAL)
    owner = Person.objects.create(
        agency=agency("Testshire County Council"), full_name="Alex Owner", email="ao@example.org"
    )
    scr1 = make_review(
        "SCR 2017-01",
        PracticeReview.Kind.SCR,
        date(2017, 6, 12),
        status=PracticeReview.Status.AWAITING,
        final_report_date=date(2018, 3, 15),
        cost=Decimal("23460"),
        staff_days=Decimal("14.5"),
        plan_owner=owner,
    )
    scr2 = make_review(
        "SCR 2017-02",
        PracticeReview.Kind.SCR,
        date(2017, 11, 20),
        status=PracticeReview.Status.AWAITING,
        final_report_date=date(2018, 5, 9),
        cost=Decimal("19120"),
        staff_days=Decimal("12.0"),
    )
    lcspr = make_review(
        "LCSPR 2018-01",
        PracticeReview.Kind.LCSPR,
        date(2018, 8, 1),
        rapid_review=rr_a,
        status=PracticeReview.Status.PUBLISHED,
        final_report_date=date(2019, 1, 31),
        published_date=date(2019, 3, 15),
        cost=Decimal("8000"),
        staff_days=Decimal("3.5"),
    )
    return Cases(
        incidents={i.reference: i for i in (a, b, c, d)},
        rapid_reviews={"SIN 2018-01": rr_a, "SIN 2018-02": rr_b, "SIN 2019-02": rr_d},
        reviews={r.reference: r for r in (scr1, scr2, lcspr)},
        owner=owner,
    )
