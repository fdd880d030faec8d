"""Every list and dashboard page runs a bounded number of queries (issue 9).

A page that runs one query per row gets slower with every year a partnership
keeps. So each page named in PAGES is opened with N records of every kind and
again with 2N: the number of queries must not change (no query per row), and
must stay under the ceiling pinned for the page here.

Speed matters (this runs in every suite on SQLite and PostgreSQL): the records
are made once for the module inside one transaction that is rolled back at the
end, every page is measured in that one pass, and each test only reads the
measurement of its page. Each page is opened once before it is first
counted, so one-off loads (content types, cached figures) do not count.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.partnership.models import Partnership, Person
from safeboard.partnership.services import agency_create
from tests.factories import make_partnership, make_user, sign_in

# The marker makes pytest-django set up the test database; the records are the
# module fixture's own, rolled back at its end.
pytestmark = pytest.mark.django_db

N = 2  # batches of records at the first count; the second count has 2N
PDF = b"%PDF-1.4\n%%EOF\n"

# url name -> the most queries the page may run as the business unit (who sees
# every record), whatever the number of rows: the count measured on SQLite on
# 26 November 2026 + 2 (PostgreSQL passes the same ceilings), room for a new
# check on a page, not for a loop. A page that needs more should say why here.
PAGES: dict[str, int] = {
    "actions:action-list": 12,
    "actions:index": 12,
    "actions:plan-list": 12,
    "actions:recommendation-list": 12,
    "agency_reports:index": 25,
    "agency_reports:item-list": 14,
    "agency_reports:report-list": 12,
    "agency_reports:theme-list": 12,
    "agency_returns:figures": 19,
    "agency_returns:list": 15,
    "assurance:audit-list": 13,
    "assurance:finding-list": 12,
    "assurance:grade-list": 12,
    "assurance:index": 19,
    "assurance:policy-list": 13,
    "assurance:programme-list": 12,
    "assurance:standard-list": 12,
    "assurance:version-list": 12,
    "audit:changes": 104,  # a query per kind of record, and per change shown (at most 100)
    "audit:events": 13,
    "budget:actual-list": 12,
    "budget:contribution-list": 12,
    "budget:index": 19,
    "budget:line-list": 13,
    "budget:other-income-list": 12,
    "budget:review-spending-list": 12,
    "budget:year-list": 12,
    "cdop:death-list": 13,
    "cdop:index": 15,
    "cdop:information-list": 13,
    "cdop:panel-meeting-list": 14,
    "cdop:review-list": 13,
    "cdop:review-meeting-list": 14,
    "dashboards:index": 12,
    "data_quality:overview": 23,
    "governance:attendance-list": 12,
    "governance:group-list": 12,
    "governance:index": 20,
    "governance:meeting-list": 12,
    "governance:membership-list": 12,
    "governance:priority-list": 12,
    "partnership:agency-list": 12,
    "partnership:overview": 16,
    "partnership:person-list": 12,
    "records:hub": 11,
    "report:index": 12,
    "report:section-list": 12,
    "returns:snapshot-list": 13,
    "reviews:finding-list": 13,
    "reviews:index": 14,
    "reviews:notification-list": 13,
    "reviews:rapid-review-list": 13,
    "reviews:recommendation-list": 13,
    "reviews:review-list": 13,
    "training:booking-list": 13,
    "training:course-list": 13,
    "training:evaluation-list": 13,
    "training:event-list": 12,
    "training:index": 34,
    "web:home": 117,  # a panel per area, each with its own figures
}

# Pages whose content does not grow with these records (aggregates, fixed
# lists): counted, but not required to show more at 2N.
FIXED_CONTENT = {
    "agency_returns:figures",  # the figures' list, not the returns
    "audit:changes",  # the latest 100 changes
    "dashboards:index",  # the sections; years come from child-level returns
    "data_quality:overview",  # needs child-level returns to show findings
    "partnership:overview",  # counts of authorities and districts
    "records:hub",  # the board's areas
    "report:section-list",  # one report's sections
}


@dataclass
class Measure:
    queries: int
    size: int
    status: int
    sql: list[str]


def _batch(i: int, business_unit, folder: Path) -> None:
    """One more record of every kind the list pages show, each numbered ``i``."""
    from safeboard.actions import services as actions
    from safeboard.actions.models import ActionPlan
    from safeboard.agency_returns.models import AgencyReturn
    from safeboard.assurance import services as assurance
    from safeboard.assurance.models import Audit, AuditProgramme, Policy, PolicyVersion
    from safeboard.budget.models import (
        ExpenditureActual,
        ExpenditureLine,
        FinancialYear,
        OtherIncome,
        PartnerContribution,
        ReviewSpending,
    )
    from safeboard.cdop.models import CaseReview
    from safeboard.governance import services as governance
    from safeboard.governance.models import BoardGroup
    from safeboard.returns.pipeline import Status, return_import
    from safeboard.reviews import services as reviews
    from safeboard.reviews.models import PracticeReview, RapidReview
    from safeboard.training import services as training
    from tests.agency_reports.helpers import DID
    from tests.agency_reports.helpers import accepted as accepted_report
    from tests.agency_reports.helpers import lead as report_lead
    from tests.agency_returns.helpers import all_values, make_return
    from tests.cdop.helpers import (
        make_death,
        make_information,
        make_panel_meeting,
        make_review_meeting,
    )
    from tests.cdop.helpers import make_review as make_case_review
    from tests.reviews.conftest import make_incident, make_rapid_review, make_review

    partnership = Partnership.objects.get()
    day = date(2017, 5, 1) + timedelta(days=7 * i)

    # The partnership: an agency of its own per batch, with a person.
    agency = agency_create(
        partnership=partnership, name=f"Batch Council {i}", agency_type="local-authority"
    )
    person = Person.objects.create(agency=agency, full_name=f"Robin Batch{i}")

    # Governance.
    group = governance.group_create(
        partnership=partnership,
        name=f"Batch group {i}",
        kind=BoardGroup.Kind.SUB_GROUP,
        set_up_on=date(2016, 4, 1),
        quorum_members=1,
    )
    membership = governance.membership_create(
        group=group, person=person, started_on=date(2016, 4, 1)
    )
    meeting = governance.meeting_create(group=group, held_on=day)
    governance.attendance_record(meeting=meeting, membership=membership, status="present")
    governance.priority_create(
        partnership=partnership, number=10 + i, title=f"Priority {i}", first_year=2018
    )

    # Budget (2017/18, and a year of its own for the years list).
    year, _ = FinancialYear.objects.get_or_create(year=2018)
    FinancialYear.objects.create(year=2000 + i)
    PartnerContribution.objects.create(financial_year=year, agency=agency, agreed=Decimal("100"))
    line = ExpenditureLine.objects.create(
        financial_year=year, category="office", description=f"Printing {i}"
    )
    ExpenditureActual.objects.create(line=line, month=date(2017, 4, 1), amount=Decimal("5"))
    OtherIncome.objects.create(
        financial_year=year,
        category="training",
        description=f"Fees {i}",
        amount=Decimal("10"),
        received_on=day,
    )
    ReviewSpending.objects.create(
        financial_year=year, description=f"Reviewer {i}", amount=Decimal("50"), spent_on=day
    )

    # Training.
    course = training.course_create(
        user=business_unit, code=f"B{i}", title=f"Batch course {i}", length_hours=Decimal("3")
    )
    event = training.event_create(
        user=business_unit, course=course, date=day, venue="Hall", capacity=20
    )
    booking = training.booking_create(
        user=business_unit,
        event=event,
        delegate_name=f"Sam Delegate{i}",
        agency=agency,
        status="attended",
    )
    training.evaluation_create(
        user=business_unit, event=event, booking=booking, confidence_before=4, confidence_after=8
    )

    # Lead agency reports: a theme, and the batch agency's accepted report.
    from safeboard.agency_reports import services as agency_reports

    agency_reports.theme_create(
        user=business_unit, partnership=partnership, year=2018, title=f"Theme {i}"
    )
    accepted_report(
        report_lead(agency.name), business_unit, items=[(f"Theme {i}", DID, f"Did {i}.")]
    )

    # Agency returns: the batch council's accepted private fostering return.
    make_return(
        "private_fostering",
        agency.name,
        status=AgencyReturn.Status.ACCEPTED,
        values=all_values("private_fostering"),
    )

    # Action plans.
    plan = actions.plan_create(
        user=business_unit,
        title=f"Batch plan {i}",
        source_kind=ActionPlan.SourceKind.AUDIT,
        source_title=f"Audit {i}",
        source_date=day,
        owner=person,
    )
    recommendation = actions.recommendation_add(
        user=business_unit, plan=plan, text=f"Recommendation {i}."
    )
    action = actions.action_add(
        user=business_unit,
        recommendation=recommendation,
        text=f"Action {i}.",
        owner_agency=agency,
        lead_person=person,
        due_date=day + timedelta(days=90),
    )
    actions.update_add(user=business_unit, action=action, text=f"Started {i}.", status="on-track")

    # Audits and policies.
    programme = AuditProgramme.objects.filter(year=2018).first() or assurance.programme_create(
        partnership=partnership, year=2018
    )
    assurance.programme_create(partnership=partnership, year=2000 + i)
    audit = assurance.audit_create(
        programme=programme,
        title=f"Batch section 11 {i}",
        kind=Audit.Kind.SECTION_11,
        scope="The batch council.",
        planned_completion=date(2018, 3, 31),
        status=Audit.Status.IN_PROGRESS,
        agencies=[agency],
        lead=person,
    )
    standard = assurance.standard_add(audit=audit, title=f"Standard {i}")
    assurance.grade_record(user=business_unit, standard=standard, agency=agency, grade="met")
    assurance.finding_add(audit=audit, title=f"Finding {i}", grade="good")
    policy = assurance.policy_create(
        partnership=partnership,
        title=f"Batch policy {i}",
        kind=Policy.Kind.POLICY,
        owner_agency=agency,
        owner=person,
    )
    assurance.version_add(
        policy=policy,
        number="1.0",
        status=PolicyVersion.Status.APPROVED,
        approved_on=date(2017, 4, 1),
        approved_by="The board",
        next_review_on=date(2019, 4, 1),
        upload=SimpleUploadedFile("policy.pdf", PDF),
    )

    # Child death reviews.
    death = make_death(f"CDOP-B-{i:03d}", died=day)
    make_information(death, agency_name=agency.name, requested=day + timedelta(days=2))
    make_review_meeting(death, held_on=day + timedelta(days=60))
    make_case_review(
        death,
        make_panel_meeting(held_on=date(2017, 11, 1) + timedelta(days=i)),
        category=CaseReview.Category.PERINATAL,
    )

    # Serious incidents and practice reviews.
    # (Local practice reviews began on 29 June 2018: these are in 2018/19.)
    later = date(2018, 7, 2) + timedelta(days=7 * i)
    incident = make_incident(f"SIN 2018-{50 + i}", later, later + timedelta(days=3))
    rapid = make_rapid_review(
        incident, later + timedelta(days=14), RapidReview.Decision.LOCAL_REVIEW
    )
    review = make_review(
        f"LCSPR 2018-{50 + i}",
        PracticeReview.Kind.LCSPR,
        later + timedelta(days=30),
        rapid_review=rapid,
        plan_owner=person,
    )
    reviews.finding_add(user=business_unit, review=review, text=f"Finding {i}.")
    reviews.recommendation_add(user=business_unit, review=review, text=f"Recommend {i}.")

    # The event log and the annual report's list of years.
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.report.services import report_for_year

    event_record(user=business_unit, action=Event.Action.VIEWED, area="batch", object_ref=i)
    report_for_year(partnership=partnership, year=2000 + i)

    # A return imported as a user would (a population estimate of its own mid-year),
    # so the snapshot list has one more and its files pass the integrity check.
    population = folder / f"population-{i}.csv"
    population.write_text(
        "area_code,area_name,mid_year,population_0_17\n"
        f"E07000901,North Testshire,{2000 + i},{1000 + i}\n"
        f"E07000902,South Testshire,{2000 + i},{2000 + i}\n"
    )
    outcome = return_import(kind="population", paths=[population], collection_year=None)
    assert outcome.status is Status.IMPORTED, outcome


def _pages() -> list[str]:
    return sorted(PAGES)


# Year lists default to the current board year: the batches are in 2017/18, the
# practice reviews in 2018/19.
QUERY = {name: "?year=2019" for name in PAGES if name.startswith("reviews:")}


def _url(name: str) -> str:
    return reverse(name) + QUERY.get(name, "?year=2018")


def _count(client: Client, url: str) -> tuple[int, int, int, list[str]]:
    # A savepoint per page: a failing page must not break the transaction on
    # PostgreSQL for the pages after it.
    with transaction.atomic():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        transaction.set_rollback(True)
    return (
        len(queries),
        len(response.content),
        response.status_code,
        [q["sql"] for q in queries.captured_queries],
    )


def _measure(client: Client, *, warm: bool) -> dict[str, Measure]:
    measured = {}
    for name in _pages():
        url = _url(name)
        if warm:
            _count(client, url)  # one-off loads (content types, caches) are not the page's
        measured[name] = Measure(*_count(client, url))
    return measured


@pytest.fixture(scope="module")
def counts(django_db_setup, django_db_blocker, tmp_path_factory):
    """The pages measured as the business unit with N, then 2N, batches of records."""
    with django_db_blocker.unblock(), transaction.atomic():
        make_partnership()
        business_unit = make_user(Role.BUSINESS_UNIT)
        client = Client()
        sign_in(client, business_unit)
        folder = tmp_path_factory.mktemp("query-counts")
        for i in range(1, N + 1):
            _batch(i, business_unit, folder)
        first = _measure(client, warm=True)
        for i in range(N + 1, 2 * N + 1):
            _batch(i, business_unit, folder)
        second = _measure(client, warm=False)
        transaction.set_rollback(True)
    return first, second


def _shape(sql: str) -> str:
    """A query without its values, so the same query for another row looks the same."""
    return re.sub(r"'[^']*'|\b\d+\b", "?", sql)


def _diff(first: Measure, second: Measure) -> str:
    """The queries the larger page ran more often, to find the loop."""
    extra = Counter(map(_shape, second.sql)) - Counter(map(_shape, first.sql))
    return "\n".join(f"{times} x {sql[:300]}" for sql, times in extra.most_common(5))


@pytest.mark.parametrize("name", _pages())
def test_page_queries_do_not_grow_with_rows(counts, name):
    first, second = counts[0][name], counts[1][name]
    assert first.status == second.status == 200, (first.status, second.status)
    if name not in FIXED_CONTENT:
        # The records reach the page, or this test would prove nothing.
        assert second.size > first.size, "the page did not show the added records"
    assert second.queries == first.queries, (
        f"{name}: {first.queries} queries with {N} batches, {second.queries} with {2 * N}; "
        f"queries run per row:\n{_diff(first, second)}"
    )
    assert second.queries <= PAGES[name], f"{name}: {second.queries} > {PAGES[name]}"
