"""The report's pages and its life in the site: build, scrutiny, sign-off, publication,
distribution, each step refused to the wrong role or at the wrong time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.test import Client
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.report.models import AnnualReport, Recipient
from safeboard.report.services import report_for_year
from tests.factories import agency, make_user, sign_in

YEAR = 2018


@pytest.fixture
def report(partnership):
    report = report_for_year(partnership=partnership, year=YEAR)
    return report


def _client(user) -> Client:
    client = Client()
    sign_in(client, user)
    return client


def _post(client, name, *args, **data):
    return client.post(reverse(name, args=args), data)


def test_business_unit_starts_a_report_with_every_builtin_section(users, partnership):
    client = _client(users[Role.BUSINESS_UNIT])
    response = _post(client, "report:create", year=2019)
    assert response.status_code == 302
    report = AnnualReport.objects.get(year=2019)
    keys = list(report.sections.order_by("position").values_list("key", flat=True))
    assert keys[:3] == ["introduction", "statutory-basis", "budget"]
    assert keys[-1] == "appendix-d"
    assert len(keys) == 13
    assert _post(_client(users[Role.BOARD_MEMBER]), "report:create", year=2020).status_code == 403


def test_sections_move_and_an_own_section_is_added(users, report):
    client = _client(users[Role.BUSINESS_UNIT])
    budget = report.sections.get(key="budget")
    _post(client, "report:section-move", YEAR, budget.pk, "up")
    keys = list(report.sections.order_by("position").values_list("key", flat=True))
    assert keys[:3] == ["introduction", "budget", "statutory-basis"]
    _post(client, "report:section-add", YEAR, title="Voice of the child")
    assert report.sections.order_by("position").last().title == "Voice of the child"
    board = _client(users[Role.BOARD_MEMBER])
    assert _post(board, "report:section-move", YEAR, budget.pk, "down").status_code == 403


def test_build_view_and_download_are_logged_and_served_safely(users, report):
    client = _client(users[Role.BUSINESS_UNIT])
    report.sections.filter(key="introduction").update(narrative="Hello <script>alert(1)</script>")
    response = _post(client, "report:build", YEAR)
    assert response["Location"] == reverse("report:build-progress", args=[YEAR])
    status = client.get(reverse("report:build-status", args=[YEAR])).json()
    assert status["state"] == "done"
    assert "Writing the HTML" in status["steps"]

    reader = _client(users[Role.BOARD_MEMBER])
    page = reader.get(reverse("report:view", args=[YEAR, "draft"]))
    assert page.status_code == 200
    policy = page["Content-Security-Policy"]
    assert policy.startswith("default-src 'none'; style-src 'sha256-")
    assert "script-src" not in policy
    assert b"<script>alert(1)" not in page.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in page.content

    pdf = reader.get(reverse("report:download", args=[YEAR, "draft", "pdf"]))
    assert pdf["Content-Disposition"] == 'attachment; filename="annual-report-2017-18-draft.pdf"'
    assert b"".join(pdf.streaming_content)[:5] == b"%PDF-"
    logged = Event.objects.filter(action=Event.Action.DOWNLOADED, area="report")
    assert logged.count() == 2
    # Nothing published yet.
    assert reader.get(reverse("report:view", args=[YEAR, "published"])).status_code == 404
    assert reader.get(reverse("report:download", args=[YEAR, "draft", "exe"])).status_code == 404


def test_only_the_business_unit_builds(users, report):
    assert _post(_client(users[Role.INDEPENDENT_CHAIR]), "report:build", YEAR).status_code == 403


def test_from_draft_to_published_and_sent(users, report, partnership):
    bu = _client(users[Role.BUSINESS_UNIT])
    chair_user = users[Role.INDEPENDENT_CHAIR]
    chair = _client(chair_user)

    # The scrutineer cannot comment... yes they can, at any stage before publication.
    _post(bu, "report:step", YEAR, "send-for-scrutiny")
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.IN_SCRUTINY
    _post(chair, "report:scrutiny", YEAR, text="Say more about neglect.")
    comment = report.comments.get()
    assert comment.author == chair_user
    # An agency lead may not comment as the scrutineer.
    _post(_client(users[Role.AGENCY_LEAD]), "report:scrutiny", YEAR, text="Me too")
    assert report.comments.count() == 1

    # Not closed while a comment is open.
    _post(bu, "report:step", YEAR, "scrutiny-complete")
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.IN_SCRUTINY
    _post(
        bu, "report:comment-respond", YEAR, comment.pk, response="Added a paragraph.", resolved="on"
    )
    _post(chair, "report:step", YEAR, "scrutiny-complete")
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.SIGNING_OFF

    # Publishing waits for every statutory partner (council, police, health).
    _post(bu, "report:publish", YEAR)
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.SIGNING_OFF
    police_lead = users[Role.AGENCY_LEAD]  # a police agency lead
    _post(_client(police_lead), "report:sign-off", YEAR, comment="Agreed")
    council_member = make_user(
        Role.BOARD_MEMBER, username="council-member", agency_name="Testshire County Council"
    )
    _post(_client(council_member), "report:sign-off", YEAR)
    health = agency("Testshire Health")
    _post(bu, "report:sign-off", YEAR, agency=health.pk)  # recorded on its behalf
    assert sorted(report.sign_offs.values_list("agency__name", flat=True)) == [
        "Testshire County Council",
        "Testshire Health",
        "Testshire Police",
    ]

    _post(bu, "report:publish", YEAR)
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.PUBLISHED
    assert report.published_on == date.today()
    published = bu.get(reverse("report:view", args=[YEAR, "published"]))
    assert f"Published on {report.published_on:%-d %B %Y}".encode() in published.content

    panel = Recipient.objects.get(report=report, name="Child Safeguarding Practice Review Panel")
    assert panel.due_on() == report.published_on + timedelta(days=7)
    _post(
        bu, "report:distribution", YEAR, recipient=panel.pk, sent_on=report.published_on.isoformat()
    )
    panel.refresh_from_db()
    assert panel.sent_on == report.published_on
    page = bu.get(reverse("report:distribution", args=[YEAR])).content.decode()
    assert "Child Safeguarding Practice Review Panel" in page


def test_publishing_refuses_a_build_with_blockers_and_changes_nothing(users, report, partnership):
    bu_user = users[Role.BUSINESS_UNIT]
    report.status = AnnualReport.Status.SIGNING_OFF
    report.save()
    from safeboard.report.models import SignOff

    for partner in ("Testshire County Council", "Testshire Police", "Testshire Health"):
        SignOff.objects.create(
            report=report, agency=agency(partner), signed_by=bu_user, signed_on=date(2018, 6, 1)
        )
    report.sections.filter(key="introduction").update(narrative="[[fact:change.nothing]]")
    client = _client(bu_user)
    response = _post(client, "report:publish", YEAR)
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == AnnualReport.Status.SIGNING_OFF
    assert report.published_on is None
    assert not report.recipients.exists()
    assert not report.builds.exists()
    page = client.get(reverse("report:detail", args=[YEAR])).content.decode()
    assert "[[fact:change.nothing]], which does not exist" in page  # the refusal says why


def test_checklist_shows_missing_items_and_takes_a_pointer(users, report):
    bu = _client(users[Role.BUSINESS_UNIT])
    page = bu.get(reverse("report:checklist", args=[YEAR])).content.decode()
    assert "How the partners sought and used feedback from children and families" in page
    assert page.count("Missing") >= 1
    intro = report.sections.get(key="introduction")
    _post(
        bu,
        "report:checklist",
        YEAR,
        item="feedback",
        section=intro.pk,
        note="The young people's panel",
    )
    from safeboard.report.checklist import checklist

    answer = next(a for a in checklist(report) if a.item.key == "feedback")
    assert answer.met
    assert answer.section == intro
    assert answer.how == "The young people's panel"
    # A reader cannot point items.
    assert (
        _post(
            _client(users[Role.BOARD_MEMBER]),
            "report:checklist",
            YEAR,
            item="feedback",
            section=intro.pk,
        ).status_code
        == 403
    )
