"""The year's figures, worked out by hand from the cases in conftest.py.

2018/19 (year 2019):
- notified in the year: SIN 2018-01 (6 Jul), SIN 2018-02 (2 Jan), SIN 2019-01 (12 Feb) = 3;
  SIN 2019-02 was notified on 1 Apr 2019, in 2019/20. On time: only SIN 2018-01
  (2018-02 due 31 Dec, 2019-01 due 11 Feb) = 1, so 1/3 = 33.3%.
- rapid reviews completed: SIN 2018-01 (20 Jul), SIN 2018-02 (14 Jan) = 2, both by
  their due days (23 Jul, 15 Jan) = 100.0%; decisions: local 1, no review 1, national 0.
- reviews commissioned: LCSPR 2018-01 = 1 (SCR 0); published: LCSPR 2018-01 = 1;
  final reports received: SCR 2017-02 (9 May 18, due 20 May) and LCSPR 2018-01 (31 Jan 19,
  due 1 Feb) = 2, both on time = 100.0%; cost £8,000, 3.5 days.

2017/18 (year 2018): commissioned SCR 2017-01 and SCR 2017-02 = 2; final report received:
SCR 2017-01 (15 Mar 18, due 12 Dec 17) = 1, on time 0 = 0.0%; cost £23,460 + £19,120 =
£42,580 and 14.5 + 12.0 = 26.5 days (the source report's figures); nothing notified, so
the share on time is z (no denominator).

2019/20 (year 2020): notified SIN 2019-02 = 1, on time (due 4 Apr) = 100.0%; its rapid
review completed 23 Apr, after 18 Apr: 0/1 = 0.0%, decision national.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.reviews import selectors, summaries
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident
from tests.reviews.conftest import make_incident, make_rapid_review


@pytest.fixture
def rows(cases):
    return (
        list(SeriousIncident.objects.all()),
        list(RapidReview.objects.select_related("incident")),
        list(PracticeReview.objects.all()),
    )


def test_notifications(rows):
    incidents = rows[0]
    assert sorted(i.reference for i in summaries.notifications_made(incidents, 2019)) == [
        "SIN 2018-01",
        "SIN 2018-02",
        "SIN 2019-01",
    ]
    assert summaries.notifications_on_time(incidents, 2019) == 1
    assert len(summaries.notifications_made(incidents, 2020)) == 1
    assert summaries.notifications_on_time(incidents, 2020) == 1


def test_rapid_reviews(rows):
    rapid = rows[1]
    assert len(summaries.rapid_reviews_completed(rapid, 2019)) == 2
    assert summaries.rapid_reviews_on_time(rapid, 2019) == 2
    assert summaries.rapid_review_decisions(rapid, 2019) == {
        "local-review": 1,
        "no-review": 1,
        "referred-nationally": 0,
    }
    assert summaries.rapid_reviews_on_time(rapid, 2020) == 0
    assert summaries.rapid_review_decisions(rapid, 2020)["referred-nationally"] == 1


def test_reviews_and_their_cost(rows):
    reviews = rows[2]
    assert summaries.reviews_commissioned(reviews, 2018) == {"scr": 2, "lcspr": 0}
    assert summaries.reviews_commissioned(reviews, 2019) == {"scr": 0, "lcspr": 1}
    assert summaries.reviews_published(reviews, 2018) == 0
    assert summaries.reviews_published(reviews, 2019) == 1
    assert [r.reference for r in summaries.final_reports_received(reviews, 2018)] == ["SCR 2017-01"]
    assert summaries.final_reports_on_time(reviews, 2018) == 0
    assert summaries.final_reports_on_time(reviews, 2019) == 2
    assert summaries.review_spending(reviews, 2018) == (Decimal("42580.00"), Decimal("26.5"))
    assert summaries.review_spending(reviews, 2019) == (Decimal("8000.00"), Decimal("3.5"))


def _shown(result) -> dict[str, str]:
    return {label: value for label, value, _ in result.rows}


def test_the_case_review_group_reads_the_figures_unsuppressed(rows, users):
    result = selectors.year_figures(user=users[Role.CASE_REVIEW_MEMBER], year=2019)
    assert not result.suppressed
    assert _shown(result) == {
        "Serious incidents notified": "3",
        "Notified within 5 working days (%)": "33.3",
        "Rapid reviews completed": "2",
        "Rapid reviews completed: commission a local child safeguarding practice review": "1",
        "Rapid reviews completed: no review": "1",
        "Rapid reviews completed: referred to the national panel for a national review": "0",
        "Rapid reviews completed within 15 working days (%)": "100.0",
        "Reviews commissioned": "1",
        "Reviews commissioned: serious case review": "0",
        "Reviews commissioned: local child safeguarding practice review": "1",
        "Reviews published": "1",
        "Final reports received": "2",
        "Final reports received within 6 months (%)": "100.0",
    }
    assert (result.cost, result.staff_days) == (Decimal("8000.00"), Decimal("3.5"))
    year_2018 = _shown(selectors.year_figures(user=users[Role.BUSINESS_UNIT], year=2018))
    assert year_2018["Notified within 5 working days (%)"] == "z"
    assert year_2018["Final reports received within 6 months (%)"] == "0.0"


@pytest.mark.parametrize("role", [Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.AGENCY_LEAD])
def test_everyone_else_reads_small_numbers_as_c(rows, users, role):
    """Every count in 2018/19 is from 1 to 5, so each is c; zeros stay; shares on a
    suppressed numerator are c."""
    result = selectors.year_figures(user=users[role], year=2019)
    assert result.suppressed
    shown = _shown(result)
    assert set(shown.values()) == {"c", "0"}
    assert shown["Reviews commissioned: serious case review"] == "0"
    assert shown["Notified within 5 working days (%)"] == "c"
    # Money is the board's published spending: never suppressed.
    assert (result.cost, result.staff_days) == (Decimal("8000.00"), Decimal("3.5"))


def test_a_single_small_decision_is_protected_by_secondary_suppression(partnership, users):
    """Seven rapid reviews completed in 2018/19: six decided on a local review, one on no
    review. 1 is suppressed (primary); with the total 7 shown it could be worked out as
    7 - 6, so the smallest other non-zero cell, 6, is hidden too (secondary). The
    national cell is a true 0 and stays."""
    for n in range(1, 8):
        incident = make_incident(f"SIN 2018-{n:02d}", date(2018, 7, 2), date(2018, 7, 6))
        decision = RapidReview.Decision.NO_REVIEW if n == 7 else RapidReview.Decision.LOCAL_REVIEW
        make_rapid_review(incident, date(2018, 7, 20), decision)
    shown = _shown(selectors.year_figures(user=users[Role.BOARD_MEMBER], year=2019))
    assert shown["Rapid reviews completed"] == "7"
    assert shown["Rapid reviews completed: no review"] == "c"
    assert (
        shown["Rapid reviews completed: commission a local child safeguarding practice review"]
        == "c"
    )
    assert (
        shown["Rapid reviews completed: referred to the national panel for a national review"]
        == "0"
    )
    # 7 notified, all on time (due 9 Jul): 100.0%, numerator 7 over the threshold.
    assert shown["Serious incidents notified"] == "7"
    assert shown["Notified within 5 working days (%)"] == "100.0"


def test_every_figure_has_its_definition(rows, users):
    result = selectors.year_figures(user=users[Role.BOARD_MEMBER], year=2019)
    definitions = {label: definition for label, _, definition in result.rows}
    assert definitions["Notified within 5 working days (%)"].startswith(
        "Notifications made in the year within 5 working days"
    )
    assert all(definitions.values())
