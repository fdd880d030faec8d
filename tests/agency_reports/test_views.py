"""The pages: the year's progress, the workflow through the site, the shared record pages
(items with conflict detection, themes), moves, deletes, the export and the home panel."""

from __future__ import annotations

import html
import json

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.agency_reports import services
from safeboard.agency_reports.forms import OPEN_REPORT_FIRST, THEME_TITLE_TAKEN
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.audit.models import Event
from tests.agency_reports.helpers import (
    COUNCIL,
    DID,
    HEALTH,
    PLAN,
    YEAR,
    accepted,
    lead,
    make_themes,
    submitted,
    theme,
    write_report,
)
from tests.factories import sign_in


@pytest.fixture
def business_unit(users):
    return users[Role.BUSINESS_UNIT]


@pytest.fixture
def police_lead(users):
    return users[Role.AGENCY_LEAD]


@pytest.fixture
def themes(business_unit):
    return make_themes(business_unit)


def _as(client, user):
    client.logout()
    sign_in(client, user)
    return client


def _text(response) -> str:
    return html.unescape(response.content.decode())


def test_the_whole_workflow_through_the_pages(client, themes, police_lead, business_unit):
    _as(client, police_lead)
    index = client.get(reverse("agency_reports:index") + f"?year={YEAR}")
    assert "Start your report" in _text(index)
    response = client.post(reverse("agency_reports:report-start", args=[YEAR]))
    report = AgencyReport.objects.get()
    assert response["Location"] == reverse("agency_reports:report-detail", args=[report.pk])
    detail = client.get(response["Location"])
    assert "What we did in 2017-18" in _text(detail)
    assert "What we plan to do in 2018-19" in _text(detail)

    create = reverse("agency_reports:item-create")
    form = client.get(create + f"?report={report.pk}&theme={theme('Neglect').pk}&kind=did")
    assert "What we plan to do in 2018-19" in _text(form)  # the kind's choices name the years
    response = client.post(
        create,
        {
            "report": report.pk,
            "theme": theme("Neglect").pk,
            "kind": DID,
            "text": "Introduced a Missing Children Panel.\n- reviews after 3 months",
        },
    )
    item = ReportItem.objects.get()
    assert response.status_code == 302
    assert (item.report, item.theme.title, item.position) == (report, "Neglect", 1)

    response = client.post(reverse("agency_reports:report-submit", args=[report.pk]))
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.SUBMITTED

    _as(client, business_unit)
    review = reverse("agency_reports:report-review", args=[report.pk])
    refused = client.post(review, {"decision": "return", "comment": ""})
    assert "Say what needs to change when you return a report" in _text(refused)
    client.post(review, {"decision": "return", "comment": "Add your plans for 2018-19."})
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.RETURNED

    _as(client, police_lead)
    detail = _text(client.get(reverse("agency_reports:report-detail", args=[report.pk])))
    assert "Add your plans for 2018-19." in detail
    assert "Returned by business-unit on" in detail
    client.post(
        create,
        {"report": report.pk, "theme": theme("Neglect").pk, "kind": PLAN, "text": "More."},
    )
    client.post(reverse("agency_reports:report-submit", args=[report.pk]))

    _as(client, business_unit)
    client.post(review, {"decision": "accept", "comment": ""})
    report.refresh_from_db()
    assert report.status == AgencyReport.Status.ACCEPTED
    assert list(ReportReview.objects.values_list("decision", flat=True)) == [
        "returned",
        "accepted",
    ]
    # The business unit's view keeps every decision, with its comment.
    detail = _text(client.get(reverse("agency_reports:report-detail", args=[report.pk])))
    assert "Add your plans for 2018-19." in detail

    _as(client, police_lead)  # accepted: locked, so no controls and no edit page
    detail = _text(client.get(reverse("agency_reports:report-detail", args=[report.pk])))
    assert "Submit to the business unit" not in detail
    assert client.get(reverse("agency_reports:item-edit", args=[item.pk])).status_code == 403


def test_items_cannot_be_added_to_another_agencys_or_a_submitted_report(
    client, themes, police_lead
):
    council = write_report(lead(COUNCIL), [])
    _as(client, police_lead)
    response = client.post(
        reverse("agency_reports:item-create"),
        {"report": council.pk, "theme": theme("Neglect").pk, "kind": DID, "text": "Sneaky."},
    )
    assert response.status_code == 200
    assert OPEN_REPORT_FIRST in _text(response)
    mine = submitted(police_lead)
    response = client.post(
        reverse("agency_reports:item-create"),
        {"report": mine.pk, "theme": theme("Neglect").pk, "kind": DID, "text": "Late."},
    )
    assert services.ALREADY_SUBMITTED in _text(response)
    assert ReportItem.objects.count() == 1  # only the submitted report's own item


def test_html_in_an_item_is_refused_on_the_page(client, themes, police_lead):
    report = write_report(police_lead, [])
    _as(client, police_lead)
    response = client.post(
        reverse("agency_reports:item-create"),
        {"report": report.pk, "theme": theme("Neglect").pk, "kind": DID, "text": "<b>Hi</b>"},
    )
    assert response.status_code == 200
    assert "HTML is not allowed" in _text(response)
    assert not ReportItem.objects.exists()


def test_two_people_editing_an_item_the_second_is_stopped(client, themes, police_lead):
    report = write_report(police_lead, [("Neglect", DID, "First words.")])
    item = ReportItem.objects.get()
    _as(client, police_lead)
    edit = reverse("agency_reports:item-edit", args=[item.pk])
    page = _text(client.get(edit))
    version = page.split('name="version" value="')[1].split('"')[0]
    services.item_update(
        user=police_lead, item=item, theme=theme("Neglect"), kind=DID, text="Someone else's."
    )
    response = client.post(
        edit,
        {
            "version": version,
            "theme": theme("Neglect").pk,
            "kind": DID,
            "text": "My words.",
            "report": report.pk,
        },
    )
    assert response.status_code == 200
    assert "after you opened it" in _text(response)
    item.refresh_from_db()
    assert item.text == "Someone else's."


def test_move_and_delete_items(client, themes, police_lead, business_unit):
    report = write_report(police_lead, [("Neglect", DID, "one"), ("Neglect", DID, "two")])
    two = ReportItem.objects.get(text="two")
    _as(client, business_unit)  # not the agency's lead: refused
    assert (
        client.post(
            reverse("agency_reports:item-move", args=[two.pk]), {"direction": "up"}
        ).status_code
        == 403
    )
    _as(client, police_lead)
    response = client.post(reverse("agency_reports:item-move", args=[two.pk]), {"direction": "up"})
    assert response.status_code == 302
    assert list(ReportItem.objects.order_by("position").values_list("text", flat=True)) == [
        "two",
        "one",
    ]
    assert client.get(reverse("agency_reports:item-move", args=[two.pk])).status_code == 405
    delete = reverse("agency_reports:item-delete", args=[two.pk])
    assert "Delete this item?" in _text(client.get(delete))
    client.post(delete)
    assert list(ReportItem.objects.values_list("text", flat=True)) == ["one"]
    assert AgencyReport.objects.get() == report


def test_readers_see_accepted_reports_only(client, themes, police_lead, business_unit, users):
    accepted(police_lead, business_unit)
    health = write_report(lead(HEALTH), [("Neglect", DID, "A health draft.")])
    _as(client, users[Role.BOARD_MEMBER])
    index = _text(client.get(reverse("agency_reports:index") + f"?year={YEAR}"))
    assert "Testshire Police" in index
    assert "Testshire Health" not in index
    assert client.get(reverse("agency_reports:report-detail", args=[health.pk])).status_code == 404
    appendix = _text(client.get(reverse("agency_reports:appendix", args=[YEAR])))
    assert "Ran neglect training." in appendix
    assert "A health draft." not in appendix


def test_the_business_unit_sees_every_agencys_state(client, themes, police_lead, business_unit):
    submitted(police_lead)
    _as(client, business_unit)
    index = _text(client.get(reverse("agency_reports:index") + f"?year={YEAR}"))
    # Three statutory partners: the Police submitted, the other two not started.
    assert (
        "Of 3 agencies: 0 accepted, 1 waiting for review, 0 returned, 0 in draft and 2 not started."
        in index
    )
    assert "Review" in index


def test_themes_through_the_shared_pages(client, themes, business_unit, police_lead):
    _as(client, business_unit)
    create = reverse("agency_reports:theme-create")
    response = client.post(create, {"year": YEAR, "order": "", "title": "neglect"})
    assert THEME_TITLE_TAKEN.format(year="2017/18", title="neglect") in _text(response)
    response = client.post(create, {"year": YEAR, "order": "", "title": "Missing children"})
    assert response.status_code == 302
    added = Theme.objects.get(title="Missing children")
    assert added.order == 5  # last, after the four

    write_report(police_lead, [("Neglect", DID, "x")])
    used = theme("Neglect")
    response = client.post(reverse("agency_reports:theme-delete", args=[used.pk]))
    assert services.THEME_IN_USE.format(theme="Neglect", count=1) in _text(response)
    client.post(reverse("agency_reports:theme-delete", args=[added.pk]))
    assert not Theme.objects.filter(title="Missing children").exists()

    response = client.post(reverse("agency_reports:themes-copy", args=[YEAR]))
    assert response.status_code == 302
    assert Theme.objects.filter(year=YEAR + 1).count() == 4
    _as(client, police_lead)
    assert client.post(reverse("agency_reports:themes-copy", args=[YEAR + 1])).status_code == 403


def test_the_export_honours_roles_and_is_logged(client, themes, police_lead, business_unit, users):
    accepted(police_lead, business_unit, items=[("Neglect", DID, "=HYPERLINK(1)")])
    write_report(lead(HEALTH), [("Early help", PLAN, "A draft plan.")])
    url = reverse("records:export", args=["agency-reports", "json"]) + f"?year={YEAR}"

    _as(client, users[Role.BOARD_MEMBER])
    tables = json.loads(client.get(url).content)["tables"]
    assert [r["Agency"] for r in tables["reports"]] == ["Testshire Police"]
    assert [r["Text"] for r in tables["items"]] == ["=HYPERLINK(1)"]
    assert len(tables["themes"]) == 4

    _as(client, business_unit)
    tables = json.loads(client.get(url).content)["tables"]
    assert [(r["Agency"], r["Status"], r["Items"]) for r in tables["reports"]] == [
        ("Testshire Health", "Draft", 1),
        ("Testshire Police", "Accepted", 1),
    ]
    assert tables["reports"][1]["Last decision"] == "Accepted"
    events = Event.objects.filter(action=Event.Action.EXPORTED, area="agency-reports")
    assert [e.username for e in events.order_by("at")] == ["board-member", "business-unit"]

    csv_url = reverse("records:export", args=["agency-reports", "csv"])
    content = client.get(csv_url + f"?year={YEAR}&table=items").content.decode()
    assert "'=HYPERLINK(1)" in content  # neutralised for spreadsheets

    _as(client, users[None])
    assert client.get(url).status_code == 403


def test_the_home_panel_by_role(client, themes, police_lead, business_unit, users):
    submitted(lead(COUNCIL))
    _as(client, business_unit)
    home = _text(client.get(reverse("web:home")))
    assert "Lead agency reports" in home
    assert "1 waiting for review" in home
    _as(client, police_lead)
    home = _text(client.get(reverse("web:home")))
    assert "Your report for 2017/18" in home
    _as(client, users[Role.BOARD_MEMBER])
    assert "0 reports accepted for 2017/18" in _text(client.get(reverse("web:home")))
