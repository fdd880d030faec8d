"""The demo's training programme reproduces the source report's Appendix C and section 8."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from safeboard.accounts.models import User
from safeboard.budget.summaries import other_income_by_category
from safeboard.cli.main import main
from safeboard.demo.budget import demo_budget
from safeboard.demo.build import demo_partnership, demo_users
from safeboard.demo.training import COURSES, demo_training
from safeboard.records.areas import board_area
from safeboard.training import summaries
from safeboard.training.models import Booking, Course, Evaluation, Event

YEAR = 2018
# Appendix C: (course, events, delegates)
APPENDIX_C = {
    "Learning from Serious Case Review workshop": (3, 10, 150),
    "Working together to achieve effective referrals": (3.5, 5, 81),
    "Child Sexual Exploitation: Responsibilities, Reporting and Responding to CSE": (7, 17, 331),
    "Raising Awareness of Child Sexual Exploitation": (3.5, 6, 95),
    "Effective Child Protection Planning and Core Group": (13, 2, 30),
    "Emotional Abuse": (6.5, 1, 13),
    "Protective Behaviours": (12, 3, 56),
    "Child Protection Awareness": (3.5, 2, 27),
}


@pytest.fixture
def demo(db):
    demo_partnership()
    demo_users()
    demo_budget()
    assert demo_training() == [c.code for c in COURSES]
    return {role: User.objects.get(username=name) for name, role, *_ in _demo_users()}


def _demo_users():
    from safeboard.demo import area

    return area.DEMO_USERS


def test_the_demo_reproduces_the_reports_training_figures(demo):
    """One build, every figure (the demo takes a while to build)."""
    _export_gives_8_courses_46_events_783_delegates(demo)
    _police_17_and_health_3_percent_against_their_funding(demo)
    _police_attendance_is_almost_all_one_course()
    _training_fees_match_the_budgets_training_income(demo)
    _the_demo_has_rates_and_evaluations_to_show(demo)
    _the_police_lead_sees_only_police_delegates(demo)
    _the_demo_runs_twice_without_duplicating()


def _export_gives_8_courses_46_events_783_delegates(demo):
    # As the command line gives it: safeboard export training --year 2018 --as a board member.
    result = CliRunner().invoke(
        main,
        ["export", "training", "--year", "2018", "--format", "json", "--as", "demo-board-member"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    content = result.stdout
    courses = json.loads(content)["tables"]["courses"]
    assert len(courses) == 8
    assert sum(row["Events"] for row in courses) == 46
    assert sum(row["Delegates"] for row in courses) == 783
    assert {
        row["Course"]: (float(row["Length (hours)"]), row["Events"], row["Delegates"])
        for row in courses
    } == APPENDIX_C
    events = json.loads(content)["tables"]["events"]
    assert len(events) == 46
    assert sum(row["Attended"] for row in events) == 783


def _police_17_and_health_3_percent_against_their_funding(demo):
    shares = summaries.attendance_by_sector(user=demo["independent-chair"], year=YEAR)
    rows = {row.label: row for row in shares.rows}
    # 133 of 783 police (16.99%), 24 health (3.07%); the budget's contributions: police
    # £17,508 and the CCGs £32,952 of £125,105 (14.0% and 26.3%).
    assert (rows["Police"].attended, rows["Police"].share) == (133, Decimal("17.0"))
    assert (rows["Health"].attended, rows["Health"].share) == (24, Decimal("3.1"))
    assert rows["Police"].funding_share == Decimal("14.0")
    assert rows["Health"].funding_share == Decimal("26.3")
    assert shares.rows[0].label == "Local authority"  # the largest take-up


def _police_attendance_is_almost_all_one_course():
    police = Booking.objects.filter(sector="police", status="attended")
    on_cse = police.filter(event__course__code="CSE-RRR").count()
    assert (on_cse, police.count()) == (125, 133)


def _training_fees_match_the_budgets_training_income(demo):
    [total] = summaries.training_income(user=demo["board-member"], year=YEAR)[-1:]
    assert total.income_pence == 296_900
    assert other_income_by_category(YEAR)["training"] == Decimal("2969")


def _the_demo_has_rates_and_evaluations_to_show(demo):
    rates = summaries.booking_rates(user=demo["board-member"], year=YEAR)[-1]
    assert rates.did_not_attend > 0
    assert rates.cancelled > 0
    assert rates.booked == 0  # a past year: every place is resolved
    fill = summaries.fill_rates(user=demo["board-member"], year=YEAR)[-1]
    assert fill.events == 46
    assert Decimal(50) < fill.fill_rate < Decimal(100)
    confidence = summaries.confidence_change(user=demo["board-member"], year=YEAR)
    assert "Protective Behaviours" not in {row.label for row in confidence}
    overall = confidence[-1]
    assert overall.mean_after > overall.mean_before
    assert overall.follow_ups > 0
    # No event holds more delegates than it has places.
    for event in Event.objects.all():
        held = event.bookings.filter(status__in=["attended", "did-not-attend"]).count()
        assert held <= event.capacity


def _the_demo_runs_twice_without_duplicating():
    counts = (
        Course.objects.count(),
        Event.objects.count(),
        Booking.objects.count(),
        Evaluation.objects.count(),
    )
    assert demo_training() == []
    assert (
        Course.objects.count(),
        Event.objects.count(),
        Booking.objects.count(),
        Evaluation.objects.count(),
    ) == counts


def _the_police_lead_sees_only_police_delegates(demo):
    tables = {t.name: t for t in board_area("training").tables(demo["agency-lead"], YEAR)}
    agencies = {row[6] for row in tables["bookings"].rows}
    assert agencies == {"Warwickshire Police"}
