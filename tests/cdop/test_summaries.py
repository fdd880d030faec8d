"""The panel's year from a small hand-made panel, every number worked out by hand.

Panel meetings: M1 1 June 2017 and M2 1 February 2018 (2017/18), M3 1 May 2018 (2018/19).

| case | authority    | died        | notified    | reviewed | category | modifiable |
| A    | Testshire    | 10 Jan 2017 | 11 Jan 2017 | M1       | 8        | no         |
| B    | Testshire    | 20 Apr 2017 | 21 Apr 2017 | M2       | 8        | yes: social|
| C    | Testshire    | 1 Dec 2016  | 2 Dec 2016  | M2       | 3        | yes: physical (unexpected, JAR) |
| D    | Neighbourton | 1 May 2017  | 3 May 2017  | M2       | 7        | not enough information |
| E    | Neighbourton | 1 Sep 2017  | 1 Sep 2017  | awaiting |          | (unexpected, JAR) |
| F    | Testshire    | 1 Dec 2017  | 2 Dec 2017  | M3       | 9        | no         |

Days from death to review: A 142 (21 + 28 + 31 + 30 + 31 + 1), B 287, C 427
(365 + 62), D 276. B has two actions raised, one complete on 1 March 2018,
one on 10 April 2018; F has one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safeboard.actions import services as action_services
from safeboard.actions.models import Action
from safeboard.cdop import services, summaries
from safeboard.cdop.models import CaseReview, ChildDeath
from tests.cdop.helpers import make_death, make_information, make_panel_meeting, make_review, panel
from tests.factories import agency

pytestmark = pytest.mark.django_db

C = CaseReview.Category
M = CaseReview.Modifiable


@pytest.fixture
def year(partnership, users):
    m1, m2, m3 = (
        make_panel_meeting(date(2017, 6, 1)),
        make_panel_meeting(date(2018, 2, 1)),
        make_panel_meeting(date(2018, 5, 1)),
    )
    a = make_death("A-1", died=date(2017, 1, 10), notified=date(2017, 1, 11))
    b = make_death("B-2", died=date(2017, 4, 20), notified=date(2017, 4, 21))
    c = make_death(
        "C-3",
        died=date(2016, 12, 1),
        notified=date(2016, 12, 2),
        expectation=ChildDeath.Expectation.UNEXPECTED,
        joint_agency_response=True,
        response_reason=ChildDeath.ResponseReason.EXTERNAL,
    )
    d = make_death(
        "D-4", authority="Neighbourton", died=date(2017, 5, 1), notified=date(2017, 5, 3)
    )
    e = make_death(
        "E-5",
        authority="Neighbourton",
        died=date(2017, 9, 1),
        expectation=ChildDeath.Expectation.UNEXPECTED,
        joint_agency_response=True,
        response_reason=ChildDeath.ResponseReason.SUDDEN,
    )
    f = make_death("F-6", died=date(2017, 12, 1), notified=date(2017, 12, 2))
    make_review(a, m1, category=C.PERINATAL, modifiable=M.NO)
    review_b = make_review(b, m2, category=C.PERINATAL, modifiable=M.YES, factors_social=True)
    make_review(c, m2, category=C.TRAUMA, modifiable=M.YES, factors_physical=True)
    make_review(d, m2, category=C.CONGENITAL, modifiable=M.INSUFFICIENT)
    review_f = make_review(f, m3, category=C.INFECTION, modifiable=M.NO)
    owner = users[None].person
    for done in (date(2018, 3, 1), date(2018, 4, 10)):
        raised = services.action_raise(
            user=None,
            review=review_b,
            learning="Safer sleeping advice was not repeated.",
            text="Repeat the advice at every visit.",
            owner_agency=agency("Testshire Health"),
            due_date=date(2018, 6, 1),
            plan_owner=owner,
        )
        action_services.update_add(
            user=None,
            action=raised.action,
            text="Done.",
            update_date=done,
            status=Action.Status.COMPLETE,
        )
    services.action_raise(
        user=None,
        review=review_f,
        learning="Infection signs were missed.",
        text="Feed back to the ward.",
        owner_agency=agency("Testshire Health"),
        due_date=date(2018, 8, 1),
        plan_owner=owner,
    )
    # Information: B on time (due 9 May 2017: 1 May was a bank holiday), D late
    # (due 11 May, came 15 May), E never came (due 11 September), F on time.
    make_information(b, requested=date(2017, 4, 24), days=10, received=date(2017, 5, 9))
    make_information(d, requested=date(2017, 5, 4), days=5, received=date(2017, 5, 15))
    make_information(e, requested=date(2017, 9, 4), days=5)
    make_information(f, requested=date(2017, 12, 4), days=10, received=date(2017, 12, 15))
    return panel()


def test_panels_held(year):
    assert summaries.panels_held(panel=year, year=2018) == 2  # M1, M2
    assert summaries.panels_held(panel=year, year=2019) == 1  # M3


def test_deaths_notified_by_authority(year):
    # Notified in 2017/18: B and F (Testshire), D and E (Neighbourton); A and C in 2016/17.
    assert summaries.deaths_notified(panel=year, year=2018) == {"Testshire": 2, "Neighbourton": 2}
    assert summaries.deaths_notified(panel=year, year=2017) == {"Testshire": 2, "Neighbourton": 0}


def test_notified_kinds(year):
    # Of B, D, E, F: only E unexpected, with a joint agency response (C's was in 2016/17).
    kinds = summaries.notified_kinds(panel=year, year=2018)
    assert (kinds.notified, kinds.unexpected, kinds.joint_agency_response) == (4, 1, 1)


def test_deaths_reviewed_by_authority_partnership_first(year):
    # A, B, C (Testshire) and D (Neighbourton) at M1 and M2; F's M3 is in 2018/19.
    assert list(summaries.deaths_reviewed(panel=year, year=2018).items()) == [
        ("Testshire", 3),
        ("Neighbourton", 1),
    ]
    assert summaries.deaths_reviewed(panel=year, year=2019) == {"Testshire": 1, "Neighbourton": 0}


def test_reviewed_by_category_for_each_authority(year):
    by_category = summaries.reviewed_by_category(panel=year, year=2018)
    testshire = {code: 0 for code in range(1, 11)} | {8: 2, 3: 1}  # A, B perinatal; C trauma
    neighbourton = {code: 0 for code in range(1, 11)} | {7: 1}  # D congenital
    assert by_category == {"Testshire": testshire, "Neighbourton": neighbourton}


def test_modifiable_factors_and_their_share(year):
    found = summaries.modifiable_factors(panel=year, year=2018)
    assert found == {
        "Testshire": {"yes": 2, "no": 1, "insufficient": 0},  # B, C yes; A no
        "Neighbourton": {"yes": 0, "no": 0, "insufficient": 1},  # D
    }
    # 2 of 4 reviewed: 50.0%; Testshire 2 of 3 = 66.666...% -> 66.7.
    assert summaries.percent(2, 4) == Decimal("50.0")
    assert summaries.percent(2, 3) == Decimal("66.7")
    assert summaries.percent(0, 0) is None


def test_modifiable_domains(year):
    assert summaries.modifiable_domains(panel=year, year=2018) == {
        "The child": 0,
        "Social environment, including family and parenting": 1,  # B
        "Physical environment": 1,  # C
        "Service delivery": 0,
    }


def test_actions_raised_and_completed(year):
    assert summaries.actions_raised(panel=year, year=2018) == 2  # both from B
    # One complete on 1 March 2018, the other on 10 April 2018, after the year.
    assert summaries.actions_completed(panel=year, year=2018) == 1
    assert summaries.actions_completed(panel=year, year=2018, as_at=date(2018, 4, 30)) == 2
    assert summaries.actions_raised(panel=year, year=2019) == 1  # F's
    assert summaries.actions_completed(panel=year, year=2019) == 0


def test_time_from_death_to_review(year):
    timing = summaries.death_to_review(panel=year, year=2018)
    # Sorted days 142, 276, 287, 427: the median is (276 + 287) / 2 = 281.5.
    assert timing.reviewed == 4
    assert timing.median_days == Decimal("281.5")
    # A under 6 months (10 July 2017 is after 1 June); B and D 6 to 12; C over 12.
    assert timing.bands == {
        "Under 6 months": 1,
        "6 months to under 12 months": 2,
        "12 months or more": 1,
    }


def test_an_odd_count_takes_the_middle_day(year):
    timing = summaries.death_to_review(panel=year, year=2019)
    # F alone: 1 December 2017 to 1 May 2018 = 31 + 31 + 28 + 31 + 30 = 151 days.
    assert (timing.reviewed, timing.median_days) == (1, Decimal(151))


def test_agency_information_on_time(year):
    # Due in 2017/18: B (met), D (late), E (not come, overdue by June 2018), F (met).
    on_time = summaries.information_on_time(panel=year, year=2018, today=date(2018, 6, 1))
    assert (on_time.on_time, on_time.due) == (2, 4)
    # On 11 September 2017 E is due that day, not yet late: not counted.
    on_the_day = summaries.information_on_time(panel=year, year=2018, today=date(2017, 9, 11))
    assert (on_the_day.on_time, on_the_day.due) == (2, 3)


def test_national_notifications_only_count_from_april_2019(partnership):
    # Before 1 April 2019 nothing was due; from then, 48 hours.
    make_death("G-7", died=date(2019, 3, 30), notified=date(2019, 3, 31))
    make_death(
        "H-8",
        died=date(2019, 4, 17),
        notified=date(2019, 4, 18),
        national_notified_on=date(2019, 4, 20),  # within 48 hours
    )
    make_death(
        "I-9",
        died=date(2019, 4, 17),
        notified=date(2019, 4, 18),
        national_notified_on=date(2019, 4, 23),  # late
    )
    make_death("J-10", died=date(2019, 6, 1), notified=date(2019, 6, 3))  # not yet sent
    on_time = summaries.national_notifications_on_time(
        panel=panel(), year=2020, today=date(2019, 6, 4)
    )
    # J's 48 hours run until 5 June: not counted on the 4th.
    assert (on_time.on_time, on_time.due) == (1, 2)
    later = summaries.national_notifications_on_time(
        panel=panel(), year=2020, today=date(2019, 6, 6)
    )
    assert (later.on_time, later.due) == (1, 3)
    assert summaries.national_notifications_on_time(panel=panel(), year=2019).due == 0


def test_an_empty_year_gives_zeros(partnership):
    assert summaries.panels_held(panel=panel(), year=2018) == 0
    assert summaries.deaths_reviewed(panel=panel(), year=2018) == {
        "Testshire": 0,
        "Neighbourton": 0,
    }
    timing = summaries.death_to_review(panel=panel(), year=2018)
    assert (timing.reviewed, timing.median_days) == (0, None)
