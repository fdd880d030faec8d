"""The audit and policy pages through the test client, as the roles that use them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from safeboard.access.roles import Role
from safeboard.actions.models import ActionPlan
from safeboard.assurance import services
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    Policy,
    PolicyVersion,
    Section11Grade,
    Section11Standard,
)
from safeboard.audit.models import Event
from safeboard.partnership.models import Person
from tests.assurance.conftest import COUNCIL, HEALTH, POLICE
from tests.factories import agency, make_user, sign_in

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"


def _client(client, users, role):
    sign_in(client, users[role])
    return client


def test_the_business_unit_adds_an_audit_with_its_agencies(client, users, programme):
    _client(client, users, Role.BUSINESS_UNIT)
    response = client.post(
        reverse("assurance:audit-create"),
        {
            "programme": programme.pk,
            "title": "Early help thresholds",
            "kind": "multi-agency",
            "scope": "Twenty contacts that did not meet the threshold for social care.",
            "agencies": [agency(COUNCIL).pk, agency(POLICE).pk],
            "planned_completion": "2018-01-31",
            "status": "planned",
        },
    )
    audit = Audit.objects.get(title="Early help thresholds")
    assert response.status_code == 302
    assert response["Location"] == reverse("assurance:audit-detail", args=[audit.pk])
    assert sorted(a.name for a in audit.agencies.all()) == [COUNCIL, POLICE]

    page = client.get(response["Location"]).content.decode()
    assert "Testshire County Council" in page or "Testshire Police" in page
    assert "Raise an action" in page
    assert "Add a finding" in page


def test_an_audit_form_shows_the_services_refusals_on_the_page(client, users, section_11):
    _client(client, users, Role.BUSINESS_UNIT)
    edit = reverse("assurance:audit-edit", args=[section_11.pk])
    form = client.get(edit).context["form"]
    data = {
        **{k: v for k, v in form.initial.items() if v is not None},
        "kind": "multi-agency",  # it has standards: it stays a section 11 audit
        "agencies": [agency(COUNCIL).pk, agency(HEALTH).pk],  # the police has grades
        "planned_start": "2017-06-01",
        "planned_completion": "2017-12-31",
        "programme": section_11.programme_id,
    }
    data.pop("lead", None)
    data.pop("priority", None)
    data.pop("completed_on", None)

    response = client.post(edit, data)

    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "stays a section 11 audit" in errors["kind"][0]
    assert "Testshire Police has section 11 grades" in errors["agencies"][0]
    section_11.refresh_from_db()
    assert section_11.kind == "section-11"


def test_the_usual_standards_take_a_post_from_the_business_unit(client, users, programme):
    audit = services.audit_create(
        programme=programme,
        title="Section 11 2018",
        kind=Audit.Kind.SECTION_11,
        scope="All agencies.",
        planned_completion=date(2018, 3, 31),
    )
    address = reverse("assurance:audit-usual-standards", args=[audit.pk])

    _client(client, users, Role.BOARD_MEMBER)
    assert client.post(address).status_code == 403
    _client(client, users, Role.BUSINESS_UNIT)
    assert client.get(address).status_code == 405
    response = client.post(address)

    assert response.status_code == 302
    assert Section11Standard.objects.filter(audit=audit).count() == 8


def test_an_agency_lead_records_only_their_own_agencys_grade(client, users, section_11):
    standard = section_11.standards.get(number=3)
    Section11Grade.objects.filter(standard=standard, agency=agency(POLICE)).delete()
    _client(client, users, Role.AGENCY_LEAD)
    create = reverse("assurance:grade-create")

    refused = client.post(
        create, {"standard": standard.pk, "agency": agency(HEALTH).pk, "grade": "met"}
    )
    assert refused.status_code == 200
    assert "agency" in refused.context["form"].errors

    response = client.post(
        create,
        {"standard": standard.pk, "agency": agency(POLICE).pk, "grade": "partially-met"},
    )
    assert response.status_code == 302
    grade = Section11Grade.objects.get(standard=standard, agency=agency(POLICE))
    assert grade.grade == "partially-met"

    # The lead's audit page shows the police's grades only, none of health's.
    page = client.get(reverse("assurance:audit-detail", args=[section_11.pk])).content.decode()
    assert reverse("assurance:grade-detail", args=[grade.pk]) in page
    for other in Section11Grade.objects.exclude(agency=agency(POLICE)):
        assert reverse("assurance:grade-detail", args=[other.pk]) not in page


def test_a_grade_already_recorded_is_changed_not_added_twice(client, users, section_11):
    _client(client, users, Role.BUSINESS_UNIT)
    standard = section_11.standards.get(number=1)
    response = client.post(
        reverse("assurance:grade-create"),
        {"standard": standard.pk, "agency": agency(POLICE).pk, "grade": "not-met"},
    )
    assert response.status_code == 200
    assert "has already graded itself" in response.context["form"].errors["agency"][0]


def test_raising_an_action_from_a_finding(client, users, case_audit):
    lead = Person.objects.create(agency=agency(COUNCIL), full_name="Alex Auditor")
    finding = services.finding_add(audit=case_audit, title="Toolkit not used", grade="inadequate")
    _client(client, users, Role.BUSINESS_UNIT)
    address = reverse("assurance:audit-raise-action", args=[case_audit.pk])

    page = client.get(f"{address}?finding={finding.pk}")
    assert page.context["form"].initial["finding"] == finding.pk
    # No lead and no plan yet: the form asks who owns the plan.
    missing = client.post(
        address, {"finding": finding.pk, "text": "Train the teams.", "due_date": "2018-09-30"}
    )
    assert set(missing.context["form"].errors) == {"owner_agency", "plan_owner"}
    assert not ActionPlan.objects.exists()

    response = client.post(
        address,
        {
            "finding": finding.pk,
            "recommendation_text": "Embed the neglect toolkit.",
            "text": "Train the teams.",
            "owner_agency": agency(COUNCIL).pk,
            "lead_person": lead.pk,
            "due_date": "2018-09-30",
            "plan_owner": lead.pk,
        },
    )
    assert response.status_code == 302
    case_audit.refresh_from_db()
    assert case_audit.action_plan.owner == lead
    finding.refresh_from_db()
    assert finding.recommendation.text == "Embed the neglect toolkit."
    detail = client.get(reverse("assurance:audit-detail", args=[case_audit.pk])).content.decode()
    assert "Train the teams." in detail


def test_a_lead_person_outside_the_owner_agency_is_refused(client, users, case_audit):
    finding = services.finding_add(audit=case_audit, title="Drift")
    police_officer = Person.objects.create(agency=agency(POLICE), full_name="Pat Officer")
    _client(client, users, Role.BUSINESS_UNIT)
    response = client.post(
        reverse("assurance:audit-raise-action", args=[case_audit.pk]),
        {
            "finding": finding.pk,
            "text": "x",
            "owner_agency": agency(COUNCIL).pk,
            "lead_person": police_officer.pk,
            "due_date": "2018-09-30",
            "plan_owner": police_officer.pk,
        },
    )
    assert (
        "Pat Officer is not in Testshire County Council"
        in (response.context["form"].errors["lead_person"][0])
    )


@pytest.fixture
def policy(partnership):
    return services.policy_create(
        partnership=partnership,
        title="Threshold document",
        kind=Policy.Kind.THRESHOLD_DOCUMENT,
        owner_agency=agency(COUNCIL),
    )


def test_a_version_with_a_document_is_downloaded_as_an_attachment(client, users, policy):
    _client(client, users, Role.BUSINESS_UNIT)
    response = client.post(
        reverse("assurance:version-create"),
        {
            "policy": policy.pk,
            "number": "1.0",
            "status": "approved",
            "approved_on": "2017-09-12",
            "approved_by": "The board",
            "next_review_on": "2019-09-12",
            "upload": SimpleUploadedFile("Threshold document.pdf", PDF),
        },
    )
    assert response.status_code == 302
    version = PolicyVersion.objects.get(policy=policy)

    _client(client, users, None)  # any signed-in user reads the policies
    download = client.get(reverse("assurance:version-download", args=[version.pk]))

    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment;")
    assert 'filename="Threshold document.pdf"' in download["Content-Disposition"]
    assert download["Content-Type"] == "application/pdf"
    assert download["X-Content-Type-Options"] == "nosniff"
    assert b"".join(download.streaming_content) == PDF
    event = Event.objects.filter(action=Event.Action.DOWNLOADED, area="assurance").get()
    assert (event.object_type, event.object_ref) == ("policyversion", str(version.pk))


def test_a_version_without_a_document_has_no_download(client, users, policy):
    version = services.version_add(policy=policy, number="1.0")
    _client(client, users, Role.BOARD_MEMBER)
    assert client.get(reverse("assurance:version-download", args=[version.pk])).status_code == 404


def test_a_refused_document_shows_beside_the_field(client, users, policy):
    _client(client, users, Role.BUSINESS_UNIT)
    response = client.post(
        reverse("assurance:version-create"),
        {
            "policy": policy.pk,
            "number": "1.0",
            "status": "draft",
            "upload": SimpleUploadedFile("threshold.pdf", b"<html><script></script></html>"),
        },
    )
    assert response.status_code == 200
    assert "does not contain what its name says" in response.context["form"].errors["upload"][0]
    assert not PolicyVersion.objects.exists()


def test_approving_a_draft_through_its_page_supersedes_the_version_in_force(client, users, policy):
    first = services.version_add(
        policy=policy,
        number="1.0",
        status="approved",
        approved_on=date(2016, 4, 1),
        approved_by="The board",
        next_review_on=date(2017, 4, 1),
    )
    draft = services.version_add(policy=policy, number="2.0")
    _client(client, users, Role.BUSINESS_UNIT)
    edit = reverse("assurance:version-edit", args=[draft.pk])
    version_token = client.get(edit).context["form"].initial["version"]

    response = client.post(
        edit,
        {
            "version": version_token,
            "number": "2.0",
            "status": "approved",
            "approved_on": "2017-09-12",
            "approved_by": "Board meeting of 12 September 2017",
            "next_review_on": "2019-09-12",
        },
    )

    assert response.status_code == 302, response.context["form"].errors
    first.refresh_from_db()
    draft.refresh_from_db()
    assert (first.status, draft.status) == ("superseded", "approved")
    # A superseded version has no edit page.
    assert client.get(reverse("assurance:version-edit", args=[first.pk])).status_code == 403


def test_an_approved_version_moves_only_its_review_date(client, users, policy):
    version = services.version_add(
        policy=policy,
        number="1.0",
        status="approved",
        approved_on=date(2016, 4, 1),
        approved_by="The board",
        next_review_on=date(2017, 4, 1),
        changes="First version.\nWith two lines.",
    )
    _client(client, users, Role.BUSINESS_UNIT)
    edit = reverse("assurance:version-edit", args=[version.pk])
    form = client.get(edit).context["form"]
    assert form.fields["number"].disabled
    assert "upload" not in form.fields

    response = client.post(
        edit,
        {
            "version": form.initial["version"],
            "number": "9.9",  # disabled: ignored
            "status": "approved",
            "next_review_on": "2018-10-01",
            "changes": "Tampered",  # disabled: ignored
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    version.refresh_from_db()
    assert (version.number, version.next_review_on, version.changes) == (
        "1.0",
        date(2018, 10, 1),
        "First version.\nWith two lines.",
    )


def test_the_year_at_a_glance(client, users, section_11, case_audit):
    services.finding_add(audit=case_audit, title="Chronologies", grade="good")
    _client(client, users, Role.INDEPENDENT_CHAIR)
    page = client.get(reverse("assurance:index") + "?year=2018").content.decode()
    # Section 11: 5 of 8 self-grades met (see test_summaries).
    assert "5 of 8 self-grades (62.5%)" in page
    assert "Neglect: multi-agency case audit" in page

    section = client.get(reverse("assurance:section-11") + "?year=2018").content.decode()
    assert "results by agency" in section
    assert "66.7%" in section


def test_a_user_with_no_role_sees_the_policies_but_not_the_audits(client, users, section_11):
    _client(client, users, None)
    page = client.get(reverse("assurance:index") + "?year=2018")
    assert page.status_code == 200
    assert "Section 11 round" not in page.content.decode()
    assert "Policies and procedures" in page.content.decode()
    assert client.get(reverse("assurance:section-11")).status_code == 403


def test_overdue_reviews_show_on_the_home_page_of_the_business_unit_and_the_owner(
    client, users, policy
):
    today = timezone.localdate()
    services.version_add(
        policy=policy,
        number="1.0",
        status="approved",
        approved_on=today - timedelta(days=800),
        approved_by="The board",
        next_review_on=today - timedelta(days=3),
    )
    council_lead = make_user(Role.AGENCY_LEAD, username="council-lead", agency_name=COUNCIL)
    for user, shown in [
        (users[Role.BUSINESS_UNIT], True),
        (council_lead, True),
        (users[Role.AGENCY_LEAD], False),  # the police owns no policy: nothing overdue
        (users[Role.BOARD_MEMBER], None),  # no panel at all
    ]:
        sign_in(client, user)
        page = client.get(reverse("web:home")).content.decode()
        if shown is None:
            assert "Policy reviews and audits" not in page
            continue
        assert "Policy reviews and audits" in page
        assert ("Threshold document" in page) is shown


def test_finding_pages_offer_raising_an_action_to_the_business_unit(client, users, case_audit):
    finding = services.finding_add(audit=case_audit, title="Drift", grade="requires-improvement")
    _client(client, users, Role.BUSINESS_UNIT)
    page = client.get(reverse("assurance:finding-detail", args=[finding.pk])).content.decode()
    assert f"raise-action/?finding={finding.pk}" in page
    _client(client, users, Role.BOARD_MEMBER)
    page = client.get(reverse("assurance:finding-detail", args=[finding.pk])).content.decode()
    assert "Raise an action" not in page
    assert AuditFinding.objects.count() == 1
