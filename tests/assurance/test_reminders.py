"""Policy reviews coming due and overdue, as reminders the daily command sends once."""

from __future__ import annotations

from datetime import date

import pytest
from django.core import mail

from safeboard.access.roles import Role
from safeboard.assurance import reminders, services
from safeboard.assurance.models import Policy, PolicyVersion
from safeboard.partnership.models import Person
from safeboard.reminders.registry import sources
from safeboard.reminders.services import reminders_send
from tests.assurance.conftest import COUNCIL, POLICE
from tests.factories import agency, make_user

TODAY = date(2018, 3, 1)


def _policy(partnership, title, review, *, owner_agency=COUNCIL, owner=None, status="approved"):
    policy = services.policy_create(
        partnership=partnership,
        title=title,
        kind=Policy.Kind.PROCEDURE,
        owner_agency=agency(owner_agency),
        owner=owner,
    )
    approved = status == PolicyVersion.Status.APPROVED
    services.version_add(
        policy=policy,
        number="1.0",
        status=status,
        approved_on=date(2016, 3, 1) if approved else None,
        approved_by="The board" if approved else "",
        next_review_on=review,
    )
    return policy


@pytest.fixture
def policies(partnership, users, settings):
    settings.SAFEBOARD_REMINDER_DUE_SOON_DAYS = 14
    make_user(Role.AGENCY_LEAD, username="council-lead", agency_name=COUNCIL)
    owner = Person.objects.create(
        agency=agency(COUNCIL), full_name="Robin Owner", email="robin@example.org"
    )
    return {
        # The day before TODAY: overdue, to the owner and the council's lead.
        "overdue": _policy(partnership, "Missing children", date(2018, 2, 28), owner=owner),
        # TODAY + 14: due soon (the last day of the window).
        "soon": _policy(partnership, "Bruising in babies", date(2018, 3, 15), owner_agency=POLICE),
        # TODAY + 15: not yet.
        "later": _policy(partnership, "Private fostering", date(2018, 3, 16)),
        # A draft's review date is not a review of the version in force.
        "draft": _policy(partnership, "Draft protocol", date(2018, 1, 1), status="draft"),
    }


def test_the_source_is_registered():
    assert reminders.SOURCE in [source.name for source in sources()]


def test_reviews_due_and_overdue(policies):
    items = list(reminders.policy_reviews_due(TODAY))

    assert [(item.key, item.recipients) for item in items] == [
        (
            f"policy:{policies['overdue'].pk}:overdue:2018-02-28",
            ("council-lead@example.org", "robin@example.org"),
        ),
        (f"policy:{policies['soon'].pk}:due-soon:2018-03-15", ("agency-lead@example.org",)),
    ]
    assert items[0].subject == "Review overdue: Missing children"
    assert items[0].body_lines[0] == (
        "The review of Missing children (version 1.0) was due by 28 February 2018."
    )
    assert items[1].subject == "Review due by 15 March 2018: Bruising in babies"


def test_each_reminder_is_sent_once(policies):
    first = reminders_send(today=TODAY)
    again = reminders_send(today=TODAY)

    mine = [m for m in mail.outbox if "Missing children" in m.subject or "Bruising" in m.subject]
    assert len(mine) == 3  # two addresses for the overdue review, one for the due one
    assert next(c for c in first.counts if c.name == reminders.SOURCE).sent == 2
    assert next(c for c in again.counts if c.name == reminders.SOURCE).sent == 0


def test_a_new_review_date_is_a_new_reminder(policies):
    reminders_send(today=TODAY)
    version = policies["overdue"].versions.get()
    services.version_update(version=version, next_review_on=date(2018, 3, 10))

    items = list(reminders.policy_reviews_due(TODAY))

    assert f"policy:{policies['overdue'].pk}:due-soon:2018-03-10" in [i.key for i in items]
