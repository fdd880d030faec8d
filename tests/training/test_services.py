"""Writing training records: the business unit only, every value checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from safeboard.access.roles import Role
from safeboard.partnership.models import Agency, StrategicPriority
from safeboard.partnership.services import agency_create
from safeboard.training import services
from safeboard.training.models import Booking, Sector, sector_for_agency


@pytest.mark.parametrize("role", [r for r in Role if r is not Role.BUSINESS_UNIT] + [None])
def test_only_the_business_unit_writes(programme, users, role):
    user = users[role]
    with pytest.raises(PermissionDenied):
        services.course_create(user=user, code="G", title="Gamma", length_hours=Decimal(2))
    with pytest.raises(PermissionDenied):
        services.booking_create(
            user=user, event=programme.events["A1"], delegate_name="Zed", agency=None
        )
    with pytest.raises(PermissionDenied):
        services.booking_update(user=user, booking=programme.bookings[1], status="cancelled")
    assert Booking.objects.count() == 14


def test_course_links_to_strategic_priorities(partnership, users):
    priority = StrategicPriority.objects.create(
        partnership=partnership, number=3, title="Child sexual exploitation", first_year=2018
    )
    course = services.course_create(
        user=users[Role.BUSINESS_UNIT],
        code="CSE",
        title="CSE awareness",
        length_hours=Decimal("3.5"),
        priorities=[priority],
    )
    assert list(priority.courses.all()) == [course]
    services.course_update(user=users[Role.BUSINESS_UNIT], course=course, priorities=[])
    assert not course.priorities.exists()


def test_course_length_must_be_positive(users):
    with pytest.raises(ValidationError) as refused:
        services.course_create(
            user=users[Role.BUSINESS_UNIT], code="Z", title="Zero", length_hours=Decimal(0)
        )
    assert "length_hours" in refused.value.message_dict


def test_event_reference_from_course_code_and_date(programme, users):
    bu = users[Role.BUSINESS_UNIT]
    assert programme.events["A1"].reference == "ALPHA-20170510"
    second = services.event_create(
        user=bu, course=programme.alpha, date=date(2017, 5, 10), venue="Elsewhere", capacity=4
    )
    assert second.reference == "ALPHA-20170510-2"


def test_booking_defaults_sector_fee_and_organisation_from_agency_and_course(programme, users):
    booking = services.booking_create(
        user=users[Role.BUSINESS_UNIT],
        event=programme.events["A2"],
        delegate_name="  Quinn   Example ",
        agency=programme.health,
    )
    assert booking.sector == Sector.HEALTH
    assert booking.fee_pence == 0  # a partner agency's place is free
    assert booking.organisation == "Testshire Health"
    assert booking.delegate_name == "Quinn Example"
    assert booking.status == Booking.Status.BOOKED
    outside = services.booking_create(
        user=users[Role.BUSINESS_UNIT],
        event=programme.events["A2"],
        delegate_name="Vic Example",
        organisation="Little Acorns Nursery",
    )
    assert (outside.fee_pence, outside.sector, outside.agency) == (2000, Sector.OTHER, None)


def test_the_same_delegate_cannot_be_booked_twice_on_one_event(programme, users):
    with pytest.raises(ValidationError) as refused:
        services.booking_create(
            user=users[Role.BUSINESS_UNIT],
            event=programme.events["A1"],
            delegate_name="ada  ONE",  # b1, in another case and spacing
            agency=programme.council,
        )
    assert refused.value.message_dict["delegate_name"] == [services.BOOKED_TWICE]
    # The same name with an e-mail is another delegate.
    services.booking_create(
        user=users[Role.BUSINESS_UNIT],
        event=programme.events["A1"],
        delegate_name="Ada One",
        delegate_email="ada.one@example.org",
        agency=programme.council,
    )


def test_booking_status_must_be_one_of_the_four(programme, users):
    with pytest.raises(ValidationError):
        services.booking_update(
            user=users[Role.BUSINESS_UNIT], booking=programme.bookings[8], status="maybe"
        )


@pytest.mark.parametrize("field", ["confidence_before", "confidence_after"])
@pytest.mark.parametrize("value", [0, 11])
def test_confidence_is_from_1_to_10(programme, users, field, value):
    scores = {"confidence_before": 5, "confidence_after": 5, field: value}
    with pytest.raises(ValidationError) as refused:
        services.evaluation_create(
            user=users[Role.BUSINESS_UNIT], event=programme.events["A1"], **scores
        )
    assert field in refused.value.message_dict


def test_evaluation_booking_must_be_for_the_event_and_evaluated_once(programme, users):
    bu = users[Role.BUSINESS_UNIT]
    with pytest.raises(ValidationError) as refused:
        services.evaluation_create(
            user=bu,
            event=programme.events["A1"],
            booking=programme.bookings[9],  # a B1 booking
            confidence_before=3,
            confidence_after=4,
        )
    assert "booking" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        services.evaluation_create(
            user=bu,
            event=programme.events["A1"],
            booking=programme.bookings[1],  # e1 already
            confidence_before=3,
            confidence_after=4,
        )
    assert refused.value.message_dict["booking"] == [services.EVALUATION_TWICE]


def test_default_sector_by_agency_type(partnership):
    expected = {
        "local-authority": "local-authority",
        "district-council": "local-authority",
        "youth-justice": "local-authority",
        "police": "police",
        "health-commissioner": "health",
        "health-provider": "health",
        "education": "education",
        "probation": "probation",
        "community-rehabilitation": "probation",
        "voluntary": "voluntary",
        "cafcass": "other",
        "fire": "other",
        "housing": "other",
        "other": "other",
    }
    assert set(expected) == set(Agency.Type.values)  # a new agency type needs a sector
    for agency_type, sector in expected.items():
        made = agency_create(
            partnership=partnership, name=f"A {agency_type}", agency_type=agency_type
        )
        assert sector_for_agency(made) == sector
    assert sector_for_agency(None) == "other"
