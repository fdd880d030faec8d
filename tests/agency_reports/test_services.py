"""The workflow: open, write, submit, accept or return with comments kept; own agency only."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied

from safeboard.access.roles import Role
from safeboard.agency_reports import services
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.agency_reports.services import AgencyReportError
from safeboard.agency_reports.text import TEXT_HAS_HTML
from safeboard.partnership.models import Partnership
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    IN_YEAR,
    PLAN,
    POLICE,
    YEAR,
    lead,
    make_themes,
    submitted,
    theme,
    write_report,
)
from tests.factories import agency


@pytest.fixture
def business_unit(users):
    return users[Role.BUSINESS_UNIT]


@pytest.fixture
def police_lead(users):
    return users[Role.AGENCY_LEAD]  # tests.factories puts every fixture user in the Police


@pytest.fixture
def council_lead(partnership):
    return lead(COUNCIL)


@pytest.fixture
def themes(business_unit):
    return make_themes(business_unit)


def _open(user, agency_name=POLICE, year=YEAR, today=IN_YEAR):
    return services.report_open(user=user, agency=agency(agency_name), year=year, today=today)


def test_draft_submit_accept(themes, police_lead, business_unit):
    report = _open(police_lead)
    assert report.status == AgencyReport.Status.DRAFT
    assert report.opened_by == police_lead
    assert _open(police_lead) == report  # opening again finds the same report
    services.item_add(
        user=police_lead, report=report, theme=theme("Neglect"), kind=DID, text="Missing panel."
    )
    services.report_submit(user=police_lead, report=report)
    assert report.status == AgencyReport.Status.SUBMITTED
    assert report.submitted_by == police_lead
    assert report.submitted_at is not None

    services.report_accept(user=business_unit, report=report)
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.ACCEPTED
    [review] = ReportReview.objects.filter(report=report)
    assert (review.decision, review.reviewed_by) == ("accepted", business_unit)
    statuses = [h.status for h in report.history.order_by("history_date")]
    assert statuses == ["draft", "submitted", "accepted"]


def test_return_edit_resubmit_keeps_every_comment_with_who_and_when(
    themes, police_lead, business_unit
):
    report = submitted(police_lead)
    services.report_return(user=business_unit, report=report, comment="  Add your plans.  ")
    assert report.status == AgencyReport.Status.RETURNED
    # Returned: the lead edits again.
    services.item_add(
        user=police_lead, report=report, theme=theme("Neglect"), kind=PLAN, text="More training."
    )
    services.report_submit(user=police_lead, report=report)
    services.report_return(user=business_unit, report=report, comment="And early help.")
    services.item_add(
        user=police_lead, report=report, theme=theme("Early help"), kind=DID, text="A strategy."
    )
    services.report_submit(user=police_lead, report=report)
    services.report_accept(user=business_unit, report=report)

    reviews = list(ReportReview.objects.filter(report=report).order_by("reviewed_at", "pk"))
    assert [(r.decision, r.comment, r.reviewed_by) for r in reviews] == [
        ("returned", "Add your plans.", business_unit),
        ("returned", "And early help.", business_unit),
        ("accepted", "", business_unit),
    ]
    assert reviews[0].reviewed_at <= reviews[1].reviewed_at <= reviews[2].reviewed_at
    assert ReportItem.objects.filter(report=report).count() == 3


def test_returning_needs_a_comment(themes, police_lead, business_unit):
    report = submitted(police_lead)
    with pytest.raises(AgencyReportError) as refused:
        services.report_return(user=business_unit, report=report, comment="   ")
    assert refused.value.messages == [services.COMMENT_REQUIRED]
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.SUBMITTED
    assert not ReportReview.objects.exists()


def test_only_the_agencys_own_lead_writes_its_report(themes, police_lead, council_lead, users):
    with pytest.raises(PermissionDenied):
        _open(council_lead, POLICE)
    for role in (Role.BUSINESS_UNIT, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.CDOP_MEMBER):
        with pytest.raises(PermissionDenied):
            _open(users[role], POLICE)  # each of them is in the Police, but is not its lead
    report = _open(police_lead)
    neglect = theme("Neglect")
    with pytest.raises(PermissionDenied):
        services.item_add(user=council_lead, report=report, theme=neglect, kind=DID, text="x")
    item = services.item_add(user=police_lead, report=report, theme=neglect, kind=DID, text="x")
    with pytest.raises(PermissionDenied):
        services.item_update(user=council_lead, item=item, theme=neglect, kind=DID, text="y")
    with pytest.raises(PermissionDenied):
        services.item_delete(user=council_lead, item=item)
    with pytest.raises(PermissionDenied):
        services.report_submit(user=council_lead, report=report)
    item.refresh_from_db()
    assert item.text == "x"


def test_only_the_business_unit_reviews(themes, police_lead, users):
    report = submitted(police_lead)
    for role in (Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.report_accept(user=users[role], report=report)
        with pytest.raises(PermissionDenied):
            services.report_return(user=users[role], report=report, comment="No.")
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.SUBMITTED


def test_submitted_and_accepted_reports_cannot_be_edited(themes, police_lead, business_unit):
    report = submitted(police_lead)
    item = ReportItem.objects.get(report=report)
    neglect = theme("Neglect")
    with pytest.raises(AgencyReportError) as refused:
        services.item_add(user=police_lead, report=report, theme=neglect, kind=DID, text="more")
    assert refused.value.messages == [services.ALREADY_SUBMITTED]
    with pytest.raises(AgencyReportError):
        services.report_submit(user=police_lead, report=report)
    services.report_accept(user=business_unit, report=report)
    for change in (
        lambda: services.item_update(
            user=police_lead, item=item, theme=neglect, kind=DID, text="y"
        ),
        lambda: services.item_delete(user=police_lead, item=item),
        lambda: services.item_move(user=police_lead, item=item, up=True),
        lambda: services.report_submit(user=police_lead, report=report),
    ):
        with pytest.raises(AgencyReportError) as refused:
            change()
        assert refused.value.messages == [services.REPORT_LOCKED]
    with pytest.raises(AgencyReportError) as refused:
        services.report_return(user=business_unit, report=report, comment="Too late")
    assert refused.value.messages == [services.REPORT_LOCKED]
    item.refresh_from_db()
    assert item.text == "Ran neglect training."


def test_a_draft_cannot_be_accepted_or_returned(themes, police_lead, business_unit):
    report = _open(police_lead)
    with pytest.raises(AgencyReportError) as refused:
        services.report_accept(user=business_unit, report=report)
    assert refused.value.messages == [services.NOT_SUBMITTED.format(status="draft")]


def test_an_empty_report_cannot_be_submitted(themes, police_lead):
    report = _open(police_lead)
    with pytest.raises(AgencyReportError) as refused:
        services.report_submit(user=police_lead, report=report)
    assert refused.value.messages == [services.NO_ITEMS]
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.DRAFT


def test_a_report_needs_the_years_themes_and_a_started_year(business_unit, police_lead):
    with pytest.raises(AgencyReportError) as refused:
        _open(police_lead)
    assert refused.value.messages == [services.NO_THEMES.format(year="2017/18")]
    make_themes(business_unit, year=2019)
    with pytest.raises(AgencyReportError) as refused:
        _open(police_lead, year=2019, today=date(2018, 3, 31))  # 2018/19 starts on 1 April 2018
    assert refused.value.messages == [services.YEAR_NOT_STARTED.format(year="2018/19", start=2018)]
    assert _open(police_lead, year=2019, today=date(2018, 4, 1)).year == 2019
    assert not AgencyReport.objects.filter(year=2018).exists()


def test_an_item_is_checked_theme_year_kind_and_text(themes, police_lead, business_unit):
    report = _open(police_lead)
    [next_year] = make_themes(business_unit, year=2019, titles=["Neglect"])
    with pytest.raises(AgencyReportError) as refused:
        services.item_add(
            user=police_lead, report=report, theme=next_year, kind="maybe", text="<b>Hi</b>"
        )
    assert refused.value.messages == [
        services.THEME_WRONG_YEAR.format(theme="Neglect", theme_year="2018/19", year="2017/18"),
        services.UNKNOWN_KIND,
        TEXT_HAS_HTML.format(tag="<b>"),
    ]
    assert not ReportItem.objects.exists()


def test_items_keep_their_order_and_move_within_their_list(themes, police_lead):
    report = write_report(
        police_lead,
        [
            ("Neglect", DID, "first"),
            ("Neglect", DID, "second"),
            ("Neglect", PLAN, "a plan"),
            ("Neglect", DID, "third"),
        ],
    )

    def did(title="Neglect"):
        return list(
            ReportItem.objects.filter(report=report, kind=DID, theme__title=title)
            .order_by("position")
            .values_list("text", flat=True)
        )

    assert did() == ["first", "second", "third"]
    third = ReportItem.objects.get(text="third")
    services.item_move(user=police_lead, item=third, up=True)
    assert did() == ["first", "third", "second"]
    first = ReportItem.objects.get(text="first")
    services.item_move(user=police_lead, item=first, up=True)  # already first: stays
    assert did() == ["first", "third", "second"]
    assert ReportItem.objects.get(text="a plan").position == 1  # the plan list is its own
    # Moved to another theme, an item goes to the end of that list.
    early_help = theme("Early help")
    services.item_add(user=police_lead, report=report, theme=early_help, kind=DID, text="help")
    services.item_update(
        user=police_lead, item=first, theme=early_help, kind=DID, text="first, moved"
    )
    assert did() == ["third", "second"]
    assert did("Early help") == ["help", "first, moved"]
    services.item_delete(user=police_lead, item=ReportItem.objects.get(text="second"))
    assert did() == ["third"]


def test_themes_set_by_the_business_unit_only(business_unit, users):
    partnership = Partnership.objects.get()
    first = services.theme_create(
        user=business_unit, partnership=partnership, year=YEAR, title="Neglect"
    )
    second = services.theme_create(
        user=business_unit, partnership=partnership, year=YEAR, title="Early help"
    )
    assert (first.order, second.order) == (1, 2)  # without an order, a theme goes last
    with pytest.raises(AgencyReportError):  # the same title, whatever its case
        services.theme_create(
            user=business_unit, partnership=partnership, year=YEAR, title="neglect"
        )
    for role in (Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.theme_create(user=users[role], partnership=partnership, year=YEAR, title="X")
        with pytest.raises(PermissionDenied):
            services.theme_delete(user=users[role], theme=first)
    services.theme_update(
        user=business_unit, theme=second, title="Early help offer", order=0, description="Why."
    )
    assert list(Theme.objects.filter(year=YEAR).values_list("title", flat=True)) == [
        "Early help offer",
        "Neglect",
    ]


def test_a_theme_in_use_cannot_be_deleted_and_a_year_can_start_from_last_years(
    themes, police_lead, business_unit
):
    write_report(police_lead, [("Neglect", DID, "x")])
    with pytest.raises(AgencyReportError) as refused:
        services.theme_delete(user=business_unit, theme=theme("Neglect"))
    assert refused.value.messages == [services.THEME_IN_USE.format(theme="Neglect", count=1)]
    services.theme_delete(user=business_unit, theme=theme("Early help"))
    partnership = Partnership.objects.get()
    copies = services.themes_copy(
        user=business_unit, partnership=partnership, from_year=YEAR, to_year=YEAR + 1
    )
    assert [(t.title, t.order, t.year) for t in copies] == [
        ("Diversity and equality", 1, 2019),
        ("Neglect", 2, 2019),
        ("Child sexual exploitation", 3, 2019),
    ]
    with pytest.raises(AgencyReportError) as refused:
        services.themes_copy(
            user=business_unit, partnership=partnership, from_year=YEAR, to_year=YEAR + 1
        )
    assert refused.value.messages == [services.THEMES_ALREADY_SET.format(year="2018/19")]
    with pytest.raises(AgencyReportError) as refused:
        services.themes_copy(
            user=business_unit, partnership=partnership, from_year=2010, to_year=2011
        )
    assert refused.value.messages == [services.NO_THEMES_TO_COPY.format(year="2009/10")]


def test_a_theme_year_must_be_sensible(business_unit):
    partnership = Partnership.objects.get()
    with pytest.raises(AgencyReportError):
        services.theme_create(user=business_unit, partnership=partnership, year=1999, title="X")
    with pytest.raises(AgencyReportError):
        services.theme_create(user=business_unit, partnership=partnership, year=3000, title="X")
    assert not Theme.objects.exists()
