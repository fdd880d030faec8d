"""Each summary against figures worked out by hand from the programme in conftest.py."""

from __future__ import annotations

from decimal import Decimal

import pytest

from safeboard.access.roles import Role
from safeboard.partnership.services import agency_create
from safeboard.training import summaries
from tests.training.conftest import YEAR

D = Decimal


def test_course_summary_counts_events_and_attended_delegates(programme, users):
    summary = summaries.course_summary(user=users[Role.BOARD_MEMBER], year=YEAR)
    # Alpha: events A1 and A2 (X is 2018/19); delegates b1, b2, b3, b5 at A1 and b7 at A2 = 5
    # (b4 did not attend, b6 cancelled, b8 still booked). Beta: B1 only (Y is 2016/17);
    # delegates b9, b10 = 2.
    assert [
        (r.course.title, r.course.length_hours, r.events, r.delegates) for r in summary.rows
    ] == [
        ("Alpha", D("3.5"), 2, 5),
        ("Beta", D("7.0"), 1, 2),
    ]
    assert (summary.courses, summary.events, summary.delegates) == (2, 3, 7)
    assert summary.rows[0].course.drivers == "Learning from a case review"


def test_course_summary_takes_the_year_from_1_april_to_31_march(programme, users):
    # 2018/19 (2019): only X (Alpha, 1 April 2018) with b13 attended.
    summary = summaries.course_summary(user=users[Role.BOARD_MEMBER], year=2019)
    assert [(r.course.title, r.events, r.delegates) for r in summary.rows] == [("Alpha", 1, 1)]
    # 2016/17 (2017): only Y (Beta, 31 March 2017) with b14 attended.
    summary = summaries.course_summary(user=users[Role.BOARD_MEMBER], year=2017)
    assert [(r.course.title, r.events, r.delegates) for r in summary.rows] == [("Beta", 1, 1)]


def test_attendance_by_agency_without_funding(programme, users):
    shares = summaries.attendance_by_agency(user=users[Role.AGENCY_LEAD], year=YEAR)
    # 7 attended: council b1 b2 b9 = 3 (3/7 = 42.86%), police b3 b7 = 2 (28.57%),
    # health b10 = 1 (14.29%), no agency b5 = 1 (14.29%). The agency lead sees every
    # agency's share: aggregates are for everyone.
    assert shares.total == 7
    assert not shares.funding_known
    assert [(r.label, r.attended, r.share, r.funding_share) for r in shares.rows] == [
        ("Testshire County Council", 3, D("42.9"), None),
        ("Testshire Police", 2, D("28.6"), None),
        (summaries.NO_AGENCY, 1, D("14.3"), None),
        ("Testshire Health", 1, D("14.3"), None),
    ]


@pytest.fixture
def contributions(programme, users, partnership):
    """Contributions agreed in the budget area for 2017/18: council £5,000, police £3,000,
    health £1,500, probation £500 (50%, 30%, 15% and 5% of £10,000)."""
    from safeboard.budget import services as budget

    bu = users[Role.BUSINESS_UNIT]
    probation = agency_create(
        partnership=partnership, name="Testshire Probation", agency_type="probation"
    )
    year = budget.year_create(user=bu, year=YEAR)
    for agency_, pounds in (
        (programme.council, 5000),
        (programme.police, 3000),
        (programme.health, 1500),
        (probation, 500),
    ):
        budget.contribution_set(user=bu, financial_year=year, agency=agency_, agreed=D(pounds))
    return probation


def test_attendance_by_agency_against_funding(contributions, users):
    shares = summaries.attendance_by_agency(user=users[Role.BOARD_MEMBER], year=YEAR)
    assert shares.funding_known
    # Attendance shares as above against 50%, 30%, 15%, 5%; the no-agency row funds nothing;
    # probation pays 5% and sent no one.
    assert [(r.label, r.attended, r.share, r.funding_share, r.difference) for r in shares.rows] == [
        ("Testshire County Council", 3, D("42.9"), D("50.0"), D("-7.1")),
        ("Testshire Police", 2, D("28.6"), D("30.0"), D("-1.4")),
        (summaries.NO_AGENCY, 1, D("14.3"), D("0.0"), D("14.3")),
        ("Testshire Health", 1, D("14.3"), D("15.0"), D("-0.7")),
        ("Testshire Probation", 0, D("0.0"), D("5.0"), D("-5.0")),
    ]


def test_funding_shares_are_percentages_of_the_agreed_contributions(contributions, programme):
    # The budget area gives fractions of 1 (0.5, 0.3, 0.15, 0.05): as percentages.
    assert summaries.funding_shares(YEAR) == {
        programme.council.pk: D(50),
        programme.police.pk: D(30),
        programme.health.pk: D(15),
        contributions.pk: D(5),
    }


def test_funding_shares_without_contributions_is_none(programme):
    # No contributions for the year in the budget area: nothing to compare with.
    assert summaries.funding_shares(YEAR) is None


def test_attendance_by_sector_against_funding(contributions, users):
    shares = summaries.attendance_by_sector(user=users[Role.INDEPENDENT_CHAIR], year=YEAR)
    # Attended by the sector each booking records: local authority b1 b2 b9 = 3 (42.9%),
    # police b3 b7 = 2 (28.6%), education b5 = 1 (14.3%), health b10 = 1 (14.3%).
    # Funding by agency type: council -> local authority 50%, police 30%, health 15%,
    # probation 5% (no delegates).
    assert [(r.label, r.attended, r.share, r.funding_share) for r in shares.rows] == [
        ("Local authority", 3, D("42.9"), D("50.0")),
        ("Police", 2, D("28.6"), D("30.0")),
        ("Education", 1, D("14.3"), D("0.0")),
        ("Health", 1, D("14.3"), D("15.0")),
        ("Probation", 0, D("0.0"), D("5.0")),
    ]


def test_booking_rates(programme, users):
    rows = summaries.booking_rates(user=users[Role.BOARD_MEMBER], year=YEAR)
    # Alpha: b1-b8 = 8 bookings; attended 5, did not attend 1 (b4), cancelled 1 (b6),
    #   booked 1 (b8). DNA 1/(5+1) = 16.67%; cancelled 1/8 = 12.5%.
    # Beta: b9-b12 = 4; attended 2, DNA 1 (b11), cancelled 1 (b12): DNA 1/3 = 33.33%, 1/4 = 25%.
    # All: 12; attended 7, DNA 2, cancelled 2, booked 1: DNA 2/9 = 22.22%, 2/12 = 16.67%.
    assert [
        (
            r.label,
            r.bookings,
            r.attended,
            r.did_not_attend,
            r.cancelled,
            r.booked,
            r.did_not_attend_rate,
            r.cancellation_rate,
        )
        for r in rows
    ] == [
        ("Alpha", 8, 5, 1, 1, 1, D("16.7"), D("12.5")),
        ("Beta", 4, 2, 1, 1, 0, D("33.3"), D("25.0")),
        (summaries.ALL_COURSES, 12, 7, 2, 2, 1, D("22.2"), D("16.7")),
    ]


def test_fill_rates(programme, users):
    rows = summaries.fill_rates(user=users[Role.BOARD_MEMBER], year=YEAR)
    # Alpha: A1 + A2 = 20 places, 5 attended: 25%. Beta: B1 5 places, 2 attended: 40%.
    # All: 25 places, 7 attended: 28%.
    assert [(r.label, r.events, r.places, r.attended, r.fill_rate) for r in rows] == [
        ("Alpha", 2, 20, 5, D("25.0")),
        ("Beta", 1, 5, 2, D("40.0")),
        (summaries.ALL_COURSES, 3, 25, 7, D("28.0")),
    ]


def test_confidence_change(programme, users):
    rows = summaries.confidence_change(user=users[Role.BOARD_MEMBER], year=YEAR)
    # Alpha (e1 4-7-6, e2 5-5-none, e3 3-8-8): before (4+5+3)/3 = 4.0, after (7+5+8)/3 = 6.67;
    #   rose just after e1, e3 = 2 of 3 (66.7%); follow-ups e1, e3: before (4+3)/2 = 3.5,
    #   follow-up (6+8)/2 = 7.0, both above before (100%).
    # Beta (e4 6-9-5): 6.0 -> 9.0, rose 1 of 1; follow-up 5.0 < 6, rose 0 of 1 (0%).
    # All four (e5 is 2018/19): before 18/4 = 4.5, after 29/4 = 7.25 -> 7.3 (half up),
    #   rose 3 of 4 (75%); follow-ups e1 e3 e4: before 13/3 = 4.33, follow-up 19/3 = 6.33,
    #   rose e1 e3 = 2 of 3 (66.7%).
    assert [
        (
            r.label,
            r.evaluations,
            r.mean_before,
            r.mean_after,
            r.share_rose_after,
            r.follow_ups,
            r.mean_before_followed_up,
            r.mean_follow_up,
            r.share_rose_follow_up,
        )
        for r in rows
    ] == [
        ("Alpha", 3, D("4.0"), D("6.7"), D("66.7"), 2, D("3.5"), D("7.0"), D("100.0")),
        ("Beta", 1, D("6.0"), D("9.0"), D("100.0"), 1, D("6.0"), D("5.0"), D("0.0")),
        (summaries.ALL_COURSES, 4, D("4.5"), D("7.3"), D("75.0"), 3, D("4.3"), D("6.3"), D("66.7")),
    ]


def test_training_income(programme, users):
    rows = summaries.training_income(user=users[Role.BOARD_MEMBER], year=YEAR)
    # Alpha charged places (attended or did not attend): b1 £20, b2 £20, b3 £0, b4 £20 (did
    # not attend, still charged), b5 £20, b7 £0 = 6 places, £80 = 8000p. b6 (cancelled) and
    # b8 (still booked) are not income. Beta: b9 b10 b11, free: 3 places, 0p.
    assert [(r.label, r.charged_places, r.income_pence) for r in rows] == [
        ("Alpha", 6, 8000),
        ("Beta", 3, 0),
        (summaries.ALL_COURSES, 9, 8000),
    ]


def test_empty_year_gives_empty_figures_not_errors(programme, users):
    user = users[Role.BOARD_MEMBER]
    assert summaries.course_summary(user=user, year=2010).rows == []
    rates = summaries.booking_rates(user=user, year=2010)
    assert [(r.bookings, r.did_not_attend_rate, r.cancellation_rate) for r in rates] == [
        (0, None, None)
    ]
    assert summaries.fill_rates(user=user, year=2010)[-1].fill_rate is None
    assert summaries.confidence_change(user=user, year=2010)[-1].mean_before is None
    assert summaries.attendance_by_sector(user=user, year=2010).rows == []


def test_summaries_are_empty_for_an_anonymous_visitor(programme):
    from django.contrib.auth.models import AnonymousUser

    assert summaries.course_summary(user=AnonymousUser(), year=YEAR).rows == []
    assert summaries.training_income(user=AnonymousUser(), year=YEAR)[-1].income_pence == 0


def test_percent_and_mean_round_half_up():
    assert summaries.percent(1, 8) == D("12.5")
    assert summaries.percent(1, 16) == D("6.3")  # 6.25 -> 6.3
    assert summaries.percent(3, 0) is None
    assert summaries.mean([7, 8]) == D("7.5")
    assert summaries.mean([1, 1, 2, 2]) == D("1.5")
    assert summaries.mean([]) is None
