"""Writing audits: the programme, agencies taking part, section 11 grades and findings."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.assurance import services
from safeboard.assurance.models import (
    Audit,
    AuditAgency,
    AuditFinding,
    Section11Grade,
    Section11Standard,
)
from tests.assurance.conftest import COUNCIL, HEALTH, POLICE
from tests.factories import agency, make_user


def test_one_programme_per_year(programme, partnership):
    with pytest.raises(ValidationError):
        services.programme_create(partnership=partnership, year=2018)
    assert str(services.programme_create(partnership=partnership, year=2019)) == (
        "Audit programme 2018/19"
    )


def test_an_audit_keeps_its_agencies_as_records_with_history(case_audit):
    assert sorted(a.name for a in case_audit.agencies.all()) == [COUNCIL, HEALTH]

    services.audit_update(audit=case_audit, agencies=[agency(COUNCIL), agency(POLICE)])

    assert sorted(a.name for a in case_audit.agencies.all()) == [COUNCIL, POLICE]
    # Health's row was deleted and police's added: both are in the history.
    kinds = sorted(
        (h.history_type, h.agency.name) for h in AuditAgency.history.filter(audit_id=case_audit.pk)
    )
    assert kinds == [("+", COUNCIL), ("+", HEALTH), ("+", POLICE), ("-", HEALTH)]


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"status": Audit.Status.COMPLETE}, "completed_on", "Enter the date the audit"),
        (
            {"status": Audit.Status.PLANNED, "completed_on": date(2018, 1, 1)},
            "completed_on",
            "Leave the completion date blank",
        ),
        ({"planned_start": date(2018, 3, 1)}, "planned_completion", "on or after the planned"),
    ],
)
def test_audit_dates_must_agree_with_its_status(case_audit, fields, field, message):
    with pytest.raises(ValidationError) as raised:
        services.audit_update(audit=case_audit, **fields)
    assert message in raised.value.message_dict[field][0]
    case_audit.refresh_from_db()
    assert case_audit.status == Audit.Status.PLANNED


def test_an_audit_completes_with_its_date(case_audit):
    services.audit_update(
        audit=case_audit, status=Audit.Status.COMPLETE, completed_on=date(2018, 3, 2)
    )
    case_audit.refresh_from_db()
    assert (case_audit.status, case_audit.completed_on) == ("complete", date(2018, 3, 2))


def test_unknown_fields_are_refused(case_audit):
    with pytest.raises(ValidationError, match="'action_plan' cannot be changed here"):
        services.audit_update(audit=case_audit, action_plan=None)


def test_standards_only_in_a_section_11_audit(case_audit):
    with pytest.raises(ValidationError, match="this is a multi-agency audit"):
        services.standard_add(audit=case_audit, title="Training")
    assert not Section11Standard.objects.exists()


def test_the_usual_eight_standards_are_added_once(programme):
    audit = services.audit_create(
        programme=programme,
        title="Section 11",
        kind=Audit.Kind.SECTION_11,
        scope="All agencies.",
        planned_completion=date(2018, 3, 31),
    )
    services.standard_add(audit=audit, number=3, title="Our own third standard")

    added = services.standards_add_usual(audit=audit)
    again = services.standards_add_usual(audit=audit)

    assert [s.number for s in added] == [1, 2, 4, 5, 6, 7, 8]  # 3 was taken
    assert again == []
    assert audit.standards.get(number=3).title == "Our own third standard"
    assert audit.standards.count() == 8


def test_a_grade_is_recorded_once_and_changed_in_place(section_11, users):
    standard = section_11.standards.get(number=3)
    services.grade_record(
        user=users[Role.BUSINESS_UNIT],
        standard=standard,
        agency=agency(HEALTH),
        grade=Section11Grade.Grade.NOT_MET,
    )
    row = services.grade_record(
        user=users[Role.BUSINESS_UNIT],
        standard=standard,
        agency=agency(HEALTH),
        grade=Section11Grade.Grade.PARTIALLY_MET,
        evidence="Training plan agreed in March.",
    )

    assert Section11Grade.objects.filter(standard=standard, agency=agency(HEALTH)).count() == 1
    assert row.history.count() == 2
    assert [h.grade for h in row.history.order_by("history_date")] == ["not-met", "partially-met"]


def test_only_agencies_taking_part_are_graded(section_11, users, partnership):
    from safeboard.partnership.services import agency_create

    fire = agency_create(partnership=partnership, name="Testshire Fire", agency_type="fire")
    with pytest.raises(ValidationError) as raised:
        services.grade_record(
            user=users[Role.BUSINESS_UNIT],
            standard=section_11.standards.first(),
            agency=fire,
            grade=Section11Grade.Grade.MET,
        )
    assert "Testshire Fire is not taking part" in raised.value.message_dict["agency"][0]


def test_an_agency_lead_grades_only_their_own_agency_while_the_audit_runs(section_11, users):
    lead = users[Role.AGENCY_LEAD]  # in the police
    standard = section_11.standards.get(number=2)

    services.grade_record(
        user=lead, standard=standard, agency=agency(POLICE), grade=Section11Grade.Grade.MET
    )
    with pytest.raises(PermissionDenied):
        services.grade_record(
            user=lead, standard=standard, agency=agency(HEALTH), grade=Section11Grade.Grade.MET
        )
    with pytest.raises(PermissionDenied):
        services.grade_record(
            user=users[Role.BOARD_MEMBER],
            standard=standard,
            agency=agency(POLICE),
            grade=Section11Grade.Grade.MET,
        )

    services.audit_update(
        audit=section_11, status=Audit.Status.COMPLETE, completed_on=date(2018, 1, 5)
    )
    standard.refresh_from_db()
    with pytest.raises(PermissionDenied):
        services.grade_record(
            user=lead, standard=standard, agency=agency(POLICE), grade=Section11Grade.Grade.NOT_MET
        )
    # The business unit can still correct a grade after the round closes.
    services.grade_record(
        user=users[Role.BUSINESS_UNIT],
        standard=standard,
        agency=agency(POLICE),
        grade=Section11Grade.Grade.PARTIALLY_MET,
    )
    assert Section11Grade.objects.get(standard=standard, agency=agency(POLICE)).grade == (
        "partially-met"
    )


def test_an_agency_with_grades_stays_on_the_audit(section_11):
    with pytest.raises(ValidationError) as raised:
        services.audit_update(audit=section_11, agencies=[agency(COUNCIL), agency(HEALTH)])
    assert "Testshire Police has section 11 grades" in raised.value.message_dict["agencies"][0]
    assert section_11.agencies.count() == 3


def test_a_section_11_audit_with_standards_stays_one(section_11):
    with pytest.raises(ValidationError):
        services.audit_update(audit=section_11, kind=Audit.Kind.MULTI_AGENCY)


def test_findings_are_numbered_and_name_only_agencies_taking_part(case_audit):
    first = services.finding_add(audit=case_audit, title="Chronologies", grade="good")
    second = services.finding_add(
        audit=case_audit, title="Health visiting", agency=agency(HEALTH), grade="inadequate"
    )
    assert (first.number, second.number) == (1, 2)

    with pytest.raises(ValidationError) as raised:
        services.finding_add(audit=case_audit, title="Police checks", agency=agency(POLICE))
    assert "Testshire Police is not taking part" in raised.value.message_dict["agency"][0]
    with pytest.raises(ValidationError):
        services.finding_add(audit=case_audit, title="Odd grade", grade="excellent")
    assert AuditFinding.objects.count() == 2


def test_a_lead_of_another_agency_cannot_grade_even_when_named_lead(section_11, partnership):
    # An agency lead in the council, not the police.
    council_lead = make_user(Role.AGENCY_LEAD, username="council-lead", agency_name=COUNCIL)
    standard = section_11.standards.get(number=1)
    services.grade_record(
        user=council_lead,
        standard=standard,
        agency=agency(COUNCIL),
        grade=Section11Grade.Grade.NOT_MET,
    )
    with pytest.raises(PermissionDenied):
        services.grade_record(
            user=council_lead,
            standard=standard,
            agency=agency(POLICE),
            grade=Section11Grade.Grade.NOT_MET,
        )
