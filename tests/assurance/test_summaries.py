"""Each assurance figure against a small fixture, the expected numbers worked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from safeboard.access.roles import Role
from safeboard.assurance import selectors, services, summaries
from safeboard.assurance.models import Audit, AuditFinding, Policy, PolicyVersion
from tests.assurance.conftest import COUNCIL, HEALTH, POLICE
from tests.factories import agency


def _audit(programme, title, status, due, completed=None):
    return services.audit_create(
        programme=programme,
        title=title,
        kind=Audit.Kind.SINGLE_AGENCY,
        scope="Case files.",
        planned_completion=due,
        status=status,
        completed_on=completed,
        agencies=[agency(COUNCIL)],
    )


def test_programme_progress(programme, users):
    planned, in_progress, complete = (
        Audit.Status.PLANNED,
        Audit.Status.IN_PROGRESS,
        Audit.Status.COMPLETE,
    )
    _audit(programme, "A", planned, date(2017, 12, 31))  # not complete, due before today: overdue
    _audit(programme, "B", planned, date(2018, 3, 31))  # due later: not overdue
    _audit(programme, "C", in_progress, date(2018, 1, 14))  # due the day before: overdue
    _audit(programme, "D", in_progress, date(2018, 1, 15))  # due today: not overdue yet
    _audit(programme, "E", complete, date(2017, 9, 30), date(2017, 10, 10))  # late, but complete
    audits = selectors.audit_list(user=users[Role.BOARD_MEMBER], year=2018)

    progress = summaries.programme_progress(audits, today=date(2018, 1, 15))

    # By status: A, B planned; C, D in progress; E complete. Overdue: A and C.
    assert (progress.total, progress.planned, progress.in_progress, progress.complete) == (
        5,
        2,
        2,
        1,
    )
    assert progress.overdue == 2
    assert progress.complete_share == Decimal("20.0")  # 1 of 5


def test_programme_progress_of_nothing():
    progress = summaries.programme_progress([], today=date(2018, 1, 15))
    assert (progress.total, progress.overdue, progress.complete_share) == (0, 0, None)


def test_section_11_by_standard(section_11, users):
    grades = selectors.grade_list(user=users[Role.BUSINESS_UNIT], audit=section_11)

    rows = summaries.section11_by_standard(grades)

    # Standard 1: met, met, partially met -> 2 of 3 met = 66.7%.
    # Standard 2: partially met, not met, met -> 1 of 3 = 33.3%.
    # Standard 3: met, met (health did not grade) -> 2 of 2 = 100.0%.
    assert [(r.label, r.met, r.partially_met, r.not_met, r.graded, r.share_met) for r in rows] == [
        ("1. Senior management commitment", 2, 1, 0, 3, Decimal("66.7")),
        ("2. Training", 1, 1, 1, 3, Decimal("33.3")),
        ("3. Information sharing", 2, 0, 0, 2, Decimal("100.0")),
    ]


def test_section_11_by_agency_and_overall(section_11, users):
    grades = list(selectors.grade_list(user=users[Role.INDEPENDENT_CHAIR], year=2018))

    rows = summaries.section11_by_agency(grades)
    overall = summaries.section11_overall(grades)

    # Council: met, partially met, met -> 2 of 3 = 66.7%.
    # Health: partially met, met -> 1 of 2 = 50.0%.
    # Police: met, not met, met -> 2 of 3 = 66.7%.
    assert [(r.label, r.met, r.partially_met, r.not_met, r.share_met) for r in rows] == [
        (COUNCIL, 2, 1, 0, Decimal("66.7")),
        (HEALTH, 1, 1, 0, Decimal("50.0")),
        (POLICE, 2, 0, 1, Decimal("66.7")),
    ]
    # All eight grades: 5 met, 2 partially met, 1 not met -> 5 of 8 = 62.5%.
    assert (overall.met, overall.partially_met, overall.not_met, overall.graded) == (5, 2, 1, 8)
    assert overall.share_met == Decimal("62.5")


def test_an_agency_lead_counts_only_their_own_agencys_grades(section_11, users):
    # The lead is in the police: standard 1 met, 2 not met, 3 met.
    grades = selectors.grade_list(user=users[Role.AGENCY_LEAD], audit=section_11)

    rows = summaries.section11_by_standard(grades)

    assert [(r.met, r.not_met, r.share_met) for r in rows] == [
        (1, 0, Decimal("100.0")),
        (0, 1, Decimal("0.0")),
        (1, 0, Decimal("100.0")),
    ]
    assert [r.label for r in summaries.section11_by_agency(grades)] == [POLICE]


def test_grade_distribution(case_audit, users):
    good, ri, inadequate = (
        AuditFinding.Grade.GOOD,
        AuditFinding.Grade.REQUIRES_IMPROVEMENT,
        AuditFinding.Grade.INADEQUATE,
    )
    for title, grade in [
        ("Chronologies used", good),
        ("Voice of the child recorded", good),
        ("Neglect toolkit used", ri),
        ("Drift in child in need plans", inadequate),
        ("A learning point", ""),
    ]:
        services.finding_add(audit=case_audit, title=title, grade=grade)

    distribution = summaries.grade_distribution(
        selectors.finding_list(user=users[Role.BOARD_MEMBER], year=2018)
    )

    # Two good, one requires improvement, one inadequate, one not graded; none outstanding.
    assert distribution == [
        ("Outstanding", 0),
        ("Good", 2),
        ("Requires improvement", 1),
        ("Inadequate", 1),
        ("Not graded", 1),
    ]


def _policy(partnership, title, *versions):
    policy = services.policy_create(
        partnership=partnership,
        title=title,
        kind=Policy.Kind.POLICY,
        owner_agency=agency(COUNCIL),
    )
    for number, (status, review) in enumerate(versions, start=1):
        approved = status in PolicyVersion.APPROVED_STATUSES
        services.version_add(
            policy=policy,
            number=f"{number}.0",
            status=status,
            approved_on=date(2016, 1, number) if approved else None,
            approved_by="The board" if approved else "",
            next_review_on=review,
        )
    return policy


def test_policy_reviews_due_and_overdue(partnership, users):
    approved, draft = PolicyVersion.Status.APPROVED, PolicyVersion.Status.DRAFT
    _policy(partnership, "P1", (approved, date(2018, 2, 28)))  # the day before today: overdue
    _policy(partnership, "P2", (approved, date(2018, 3, 1)))  # today: due, 0 days
    _policy(partnership, "P3", (approved, date(2018, 3, 31)))  # today + 30: due, 30 days
    _policy(partnership, "P4", (approved, date(2018, 4, 1)))  # today + 31: neither
    _policy(partnership, "P5", (draft, date(2017, 1, 1)))  # never approved: no review date
    # v1 approved then superseded when v2 was approved: only v2's date counts.
    _policy(
        partnership,
        "P6",
        (approved, date(2017, 6, 1)),
        (approved, date(2019, 1, 1)),
    )
    policies = selectors.policy_list(user=users[Role.AGENCY_LEAD])
    today = date(2018, 3, 1)

    overdue = summaries.reviews_overdue(policies, today=today)
    due = summaries.reviews_due(policies, today=today, within_days=30)

    assert [(r.policy.title, r.days, r.overdue) for r in overdue] == [("P1", -1, True)]
    assert [(r.policy.title, r.days) for r in due] == [("P2", 0), ("P3", 30)]
    assert [r.version.number for r in due] == ["1.0", "1.0"]


def test_share_rounds_half_up():
    assert summaries.share(1, 8) == Decimal("12.5")
    assert summaries.share(1, 16) == Decimal("6.3")  # 6.25 -> 6.3, half up
    assert summaries.share(0, 0) is None


def test_the_version_in_force_on_a_day(partnership):
    approved = PolicyVersion.Status.APPROVED
    policy = services.policy_create(
        partnership=partnership,
        title="Manual",
        kind=Policy.Kind.POLICY,
        owner_agency=agency(COUNCIL),
    )
    for number, on in [("1.0", date(2016, 5, 1)), ("2.0", date(2017, 10, 1))]:
        services.version_add(
            policy=policy,
            number=number,
            status=approved,
            approved_on=on,
            approved_by="Board",
            next_review_on=on.replace(year=on.year + 2),
        )
    services.version_add(policy=policy, number="3.0")  # a draft is never in force

    def number_on(day):
        version = summaries.version_in_force_on(policy, day)
        return version.number if version else None

    # Before 1 May 2016 none; from then 1.0 (superseded now, but in force then); from
    # 1 October 2017 2.0, the draft 3.0 never.
    assert number_on(date(2016, 4, 30)) is None
    assert number_on(date(2016, 5, 1)) == "1.0"
    assert number_on(date(2017, 9, 30)) == "1.0"
    assert number_on(date(2017, 10, 1)) == "2.0"
    assert number_on(date(2030, 1, 1)) == "2.0"
