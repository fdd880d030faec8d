"""The action plan pages for the roles that use them (the URL matrix covers who may
open each; these follow the journeys and check what each role sees)."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.actions import services
from safeboard.actions.models import Action, ActionEvidence, ActionPlan, Recommendation
from safeboard.audit.models import Event
from tests.factories import agency, sign_in

PDF = b"%PDF-1.4\n%%EOF\n"


def test_the_business_unit_builds_a_plan_through_the_pages(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    owner = users[Role.BUSINESS_UNIT].person
    response = client.post(
        reverse("actions:plan-create"),
        {
            "title": "Ofsted plan",
            "source_kind": "inspection",
            "source_title": "Ofsted inspection of the LSCB",
            "source_outcome": "Requires improvement",
            "source_date": "2017-07-14",
            "owner": owner.pk,
        },
    )
    plan = ActionPlan.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("actions:plan-detail", args=[plan.pk])
    page = client.get(reverse("actions:plan-detail", args=[plan.pk])).content.decode()
    assert "Add a recommendation" in page
    response = client.post(
        reverse("actions:recommendation-create"), {"plan": plan.pk, "text": "Review early help."}
    )
    recommendation = Recommendation.objects.get()
    assert recommendation.number == 1
    response = client.post(
        reverse("actions:action-create"),
        {
            "recommendation": recommendation.pk,
            "text": "Publish a threshold document.",
            "owner_agency": agency("Testshire County Council").pk,
            "due_date": "2018-03-31",
            "agreed_on": "2017-08-01",
        },
    )
    action = Action.objects.get()
    assert response["Location"] == reverse("actions:action-detail", args=[action.pk])
    page = client.get(reverse("actions:plan-detail", args=[plan.pk])).content.decode()
    assert "Review early help." in page
    assert "Publish a threshold document." in page
    assert "Overdue" in page  # due 31 March 2018, not complete


def test_a_lead_person_from_another_agency_is_refused_on_the_form(client, users, plans):
    sign_in(client, users[Role.BUSINESS_UNIT])
    action = plans.actions["a3"]  # the county council's
    police_person = users[Role.AGENCY_LEAD].person
    page = client.get(reverse("actions:action-edit", args=[action.pk])).content.decode()
    version = page.split('name="version" value="', 1)[1].split('"', 1)[0]
    response = client.post(
        reverse("actions:action-edit", args=[action.pk]),
        {
            "text": action.text,
            "owner_agency": action.owner_agency_id,
            "lead_person": police_person.pk,
            "due_date": "2018-06-30",
            "agreed_on": "2017-08-01",
            "version": version,
        },
    )
    assert response.status_code == 200
    assert "is not in Testshire County Council" in response.content.decode()
    action.refresh_from_db()
    assert action.lead_person is None


def test_the_agency_lead_updates_their_own_action(client, users, plans):
    lead = users[Role.AGENCY_LEAD]
    sign_in(client, lead)
    action = plans.actions["a2"]  # police, on track
    page = client.get(reverse("actions:action-detail", args=[action.pk])).content.decode()
    assert "Add an update" in page
    assert "Add evidence" in page
    assert "Change this action" not in page  # the business unit edits the action itself
    response = client.post(
        reverse("actions:update-add", args=[action.pk]),
        {"update_date": "2018-06-01", "text": "Training delayed.", "status": "at-risk"},
    )
    assert response.status_code == 302
    action.refresh_from_db()
    assert action.status == Action.Status.AT_RISK
    update = action.updates.get(text="Training delayed.")
    assert (update.written_by, update.status_from, update.status_to) == (
        lead,
        "on-track",
        "at-risk",
    )


def test_an_update_with_errors_says_what_to_do(client, users, plans):
    sign_in(client, users[Role.AGENCY_LEAD])
    action = plans.actions["a2"]
    response = client.post(
        reverse("actions:update-add", args=[action.pk]),
        {"update_date": "2018-06-01", "text": "", "status": "complete"},
    )
    assert response.status_code == 200
    assert "Enter what has happened" in response.content.decode()
    response = client.post(
        reverse("actions:update-add", args=[action.pk]),
        {
            "update_date": "2018-06-01",
            "text": "Done",
            "status": "complete",
            "completed_date": "2017-01-01",
        },
    )
    assert "cannot be before the action was agreed (1 August 2017)" in response.content.decode()
    action.refresh_from_db()
    assert action.status == Action.Status.ON_TRACK


def test_the_agency_lead_cannot_touch_another_agencys_action(client, users, plans):
    sign_in(client, users[Role.AGENCY_LEAD])
    other = plans.actions["a3"]  # the county council's
    for name in ("actions:action-detail", "actions:update-add", "actions:evidence-add"):
        assert client.get(reverse(name, args=[other.pk])).status_code == 404
    response = client.post(
        reverse("actions:update-add", args=[other.pk]),
        {"update_date": "2018-06-01", "text": "Not mine.", "status": "complete"},
    )
    assert response.status_code == 404
    assert not other.updates.filter(text="Not mine.").exists()


@pytest.mark.parametrize("role", [Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR])
def test_the_board_reads_but_does_not_update(client, users, plans, role):
    sign_in(client, users[role])
    action = plans.actions["a2"]
    page = client.get(reverse("actions:action-detail", args=[action.pk])).content.decode()
    assert "Going well." in page  # its updates
    assert "Add an update" not in page
    assert client.get(reverse("actions:update-add", args=[action.pk])).status_code == 403
    assert client.get(reverse("actions:evidence-add", args=[action.pk])).status_code == 403


def test_evidence_is_uploaded_and_downloaded_as_an_attachment(client, users, plans):
    sign_in(client, users[Role.AGENCY_LEAD])
    action = plans.actions["a2"]
    response = client.post(
        reverse("actions:evidence-add", args=[action.pk]),
        {"text": "The training register.", "upload": SimpleUploadedFile("register.pdf", PDF)},
    )
    assert response.status_code == 302
    item = ActionEvidence.objects.get()
    page = client.get(reverse("actions:action-detail", args=[action.pk])).content.decode()
    assert "register.pdf" in page
    sign_in(client, users[Role.BOARD_MEMBER])
    response = client.get(reverse("actions:evidence-download", args=[item.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="register.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    event = Event.objects.get(action=Event.Action.DOWNLOADED, area="actions")
    assert event.object_ref == str(item.pk)
    assert "register" not in str(event.detail)


def test_a_text_file_is_never_served_as_html(client, users, plans):
    sign_in(client, users[Role.BUSINESS_UNIT])
    item = services.evidence_add(
        user=users[Role.BUSINESS_UNIT],
        action=plans.actions["a3"],
        text="Notes.",
        upload=SimpleUploadedFile("notes.txt", b"Plain notes <b>bold</b>\n"),
    )
    response = client.get(reverse("actions:evidence-download", args=[item.pk]))
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")


def test_a_refused_file_is_explained_on_the_page(client, users, plans):
    sign_in(client, users[Role.AGENCY_LEAD])
    action = plans.actions["a2"]
    response = client.post(
        reverse("actions:evidence-add", args=[action.pk]),
        {
            "text": "A page.",
            "upload": SimpleUploadedFile("page.pdf", b"<html><script>x</script></html>"),
        },
    )
    assert response.status_code == 200
    assert "page.pdf does not contain what its name says (PDF)" in response.content.decode()
    assert not ActionEvidence.objects.exists()


def test_another_agencys_evidence_does_not_download(client, users, plans):
    item = services.evidence_add(
        user=None,
        action=plans.actions["b1"],  # health's
        text="Health's evidence.",
        upload=SimpleUploadedFile("health.pdf", PDF),
    )
    sign_in(client, users[Role.AGENCY_LEAD])
    assert client.get(reverse("actions:evidence-download", args=[item.pk])).status_code == 404
    assert not Event.objects.filter(action=Event.Action.DOWNLOADED).exists()


def test_evidence_without_a_file_has_no_download(client, users, plans):
    item = services.evidence_add(user=None, action=plans.actions["a2"], text="Seen at the board.")
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse("actions:evidence-download", args=[item.pk])).status_code == 404


def test_the_summary_page(client, users, plans):
    sign_in(client, users[Role.BOARD_MEMBER])
    page = client.get(reverse("actions:index")).content.decode()
    assert "Ofsted 2017 action plan" in page
    assert "Testshire Health" in page
    assert "Complete (%)" in page
    sign_in(client, users[Role.AGENCY_LEAD])
    page = client.get(reverse("actions:index")).content.decode()
    assert "your agency's actions only" in page
    assert "Testshire Health" not in page


def test_the_home_panel_shows_overdue_and_stalled_actions(client, users, plans):
    # b1 (due 31 May 2018, no update since 1 February 2018) is overdue and stalled today
    sign_in(client, users[Role.BUSINESS_UNIT])
    page = client.get(reverse("web:home")).content.decode()
    assert "Overdue and stalled actions" in page
    assert reverse("actions:action-detail", args=[plans.actions["b1"].pk]) in page
    sign_in(client, users[Role.AGENCY_LEAD])
    page = client.get(reverse("web:home")).content.decode()
    assert "Overdue and stalled actions" in page
    assert reverse("actions:action-detail", args=[plans.actions["a2"].pk]) in page
    assert reverse("actions:action-detail", args=[plans.actions["b1"].pk]) not in page
    sign_in(client, users[Role.BOARD_MEMBER])
    assert "Overdue and stalled actions" not in client.get(reverse("web:home")).content.decode()


def test_a_plan_from_another_app_shows_its_source(client, users, partnership):
    owner = users[Role.BUSINESS_UNIT].person
    plan = services.plan_create(
        user=None,
        title="CDOP plan",
        source_kind=ActionPlan.SourceKind.CDOP,
        source_title="Child death overview panel annual review",
        source_date=date(2018, 5, 1),
        owner=owner,
    )
    sign_in(client, users[Role.INDEPENDENT_CHAIR])
    page = client.get(reverse("actions:plan-detail", args=[plan.pk])).content.decode()
    assert "Child death overview panel annual review" in page
    assert "No recommendations yet." in page


def test_renumbering_onto_a_taken_number_is_refused_on_the_form(client, users, plans):
    sign_in(client, users[Role.BUSINESS_UNIT])
    second = plans.actions["a3"].recommendation  # recommendation 2 of plan A
    url = reverse("actions:recommendation-edit", args=[second.pk])
    page = client.get(url).content.decode()
    version = page.split('name="version" value="', 1)[1].split('"', 1)[0]
    response = client.post(url, {"number": "1", "text": second.text, "version": version})
    assert response.status_code == 200
    assert "The plan already has a recommendation 1" in response.content.decode()
    second.refresh_from_db()
    assert second.number == 2
    response = client.post(url, {"number": "3", "text": second.text, "version": version})
    assert response.status_code == 302
    second.refresh_from_db()
    assert second.number == 3
