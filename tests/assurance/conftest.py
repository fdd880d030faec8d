"""Fixtures for audits and policies, written through the real services."""

from __future__ import annotations

from datetime import date

import pytest

from safeboard.assurance import services
from safeboard.assurance.models import Audit, Section11Grade
from tests.factories import agency

COUNCIL = "Testshire County Council"
POLICE = "Testshire Police"
HEALTH = "Testshire Health"


@pytest.fixture
def programme(partnership):
    return services.programme_create(partnership=partnership, year=2018)


@pytest.fixture
def section_11(programme, users):
    """A section 11 round: three agencies, three standards, eight self-grades.

    Standard 1: council met, police met, health partially met.
    Standard 2: council partially met, police not met, health met.
    Standard 3: council met, police met; health has not graded it.
    """
    from safeboard.access.roles import Role

    audit = services.audit_create(
        programme=programme,
        title="Section 11 round 2017/18",
        kind=Audit.Kind.SECTION_11,
        scope="Each agency's safeguarding arrangements against the eight standards.",
        planned_start=date(2017, 6, 1),
        planned_completion=date(2017, 12, 31),
        status=Audit.Status.IN_PROGRESS,
        agencies=[agency(COUNCIL), agency(POLICE), agency(HEALTH)],
    )
    standards = [
        services.standard_add(audit=audit, title=title)
        for title in ("Senior management commitment", "Training", "Information sharing")
    ]
    met, partly, not_met = (
        Section11Grade.Grade.MET,
        Section11Grade.Grade.PARTIALLY_MET,
        Section11Grade.Grade.NOT_MET,
    )
    grid = {
        0: {COUNCIL: met, POLICE: met, HEALTH: partly},
        1: {COUNCIL: partly, POLICE: not_met, HEALTH: met},
        2: {COUNCIL: met, POLICE: met},
    }
    for index, grades in grid.items():
        for name, grade in grades.items():
            services.grade_record(
                user=users[Role.BUSINESS_UNIT],
                standard=standards[index],
                agency=agency(name),
                grade=grade,
            )
    return audit


@pytest.fixture
def case_audit(programme):
    """A multi-agency case audit of the council and health (not the police)."""
    return services.audit_create(
        programme=programme,
        title="Neglect: multi-agency case audit",
        kind=Audit.Kind.MULTI_AGENCY,
        scope="Twelve cases open to children's social care with neglect as the main concern.",
        planned_completion=date(2018, 2, 28),
        agencies=[agency(COUNCIL), agency(HEALTH)],
    )
