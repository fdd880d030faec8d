"""Who sees which training records: delegates by name only for the business unit and
their own agency's lead; courses and events for everyone signed in; facts without names."""

from __future__ import annotations

import dataclasses

import pytest
from django.contrib.auth.models import AnonymousUser

from safeboard.access.roles import Role
from safeboard.training import selectors
from tests.training.conftest import YEAR

# Police bookings in the programme: b3, b4, b7, b12 (2017/18) and b14 (2016/17).
POLICE_BOOKINGS = {3, 4, 7, 12, 14}


def _numbers(programme, bookings) -> set[int]:
    by_pk = {booking.pk: n for n, booking in programme.bookings.items()}
    return {by_pk[booking.pk] for booking in bookings}


def test_business_unit_sees_every_booking(programme, users):
    bookings = selectors.booking_list(user=users[Role.BUSINESS_UNIT])
    assert _numbers(programme, bookings) == set(range(1, 15))


def test_agency_lead_sees_only_own_agency_bookings(programme, users):
    lead = users[Role.AGENCY_LEAD]  # a Testshire Police lead
    assert _numbers(programme, selectors.booking_list(user=lead)) == POLICE_BOOKINGS
    assert _numbers(programme, selectors.booking_list(user=lead, year=YEAR)) == {3, 4, 7, 12}
    with pytest.raises(programme.bookings[1].DoesNotExist):
        selectors.booking_get(user=lead, pk=programme.bookings[1].pk)  # a council booking


@pytest.mark.parametrize(
    "role",
    [
        Role.BOARD_MEMBER,
        Role.INDEPENDENT_CHAIR,
        Role.PERFORMANCE_ANALYST,
        Role.CDOP_MEMBER,  # own agency (police) but not its lead
        Role.CASE_REVIEW_MEMBER,
        None,
    ],
)
def test_everyone_else_sees_no_booking_or_evaluation_by_name(programme, users, role):
    assert not selectors.booking_list(user=users[role]).exists()
    assert not selectors.evaluation_list(user=users[role]).exists()


def test_evaluations_follow_the_booking_rule(programme, users):
    every = selectors.evaluation_list(user=users[Role.BUSINESS_UNIT])
    assert every.count() == 5  # anonymous ones included
    # The police lead: only e2 (b3's, a police delegate); anonymous ones have no agency.
    own = selectors.evaluation_list(user=users[Role.AGENCY_LEAD])
    assert list(own) == [programme.evaluations[2]]


def test_courses_and_events_are_open_to_every_signed_in_user(programme, users):
    for role in [*Role, None]:
        assert selectors.course_list(user=users[role]).count() == 2
        assert selectors.event_list(user=users[role], year=YEAR).count() == 3
    assert not selectors.course_list(user=AnonymousUser()).exists()


def test_booking_facts_count_everything_for_everyone_and_name_no_one(programme, users):
    for role in [*Role, None]:
        facts = selectors.booking_facts(user=users[role], year=YEAR)
        assert len(facts) == 12  # b1-b12
    fields = {f.name for f in dataclasses.fields(selectors.BookingFact)}
    assert not fields & {"delegate_name", "delegate_email", "organisation", "delegate_key"}
    assert selectors.booking_facts(user=AnonymousUser(), year=YEAR) == []


def test_evaluation_facts_carry_scores_only(programme, users):
    facts = selectors.evaluation_facts(user=users[Role.BOARD_MEMBER], year=YEAR)
    assert sorted((f.before, f.after, f.follow_up) for f in facts) == [
        (3, 8, 8),
        (4, 7, 6),
        (5, 5, None),
        (6, 9, 5),
    ]
    fields = {f.name for f in dataclasses.fields(selectors.EvaluationFact)}
    assert fields == {"course_id", "before", "after", "follow_up"}
