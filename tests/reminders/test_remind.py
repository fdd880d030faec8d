"""The daily reminders: what is due, who gets it, each stage sent once only.

Judged on TODAY = 20 July 2018 with reminders 14 days ahead (to 3 August 2018).

Actions (one plan, one recommendation):

| action | agency  | status      | due         | reminder                     | recipients               |
| x1     | Police  | on track    | 25 Jul 2018 | due soon                     | lead person + police lead |
| x2     | Police  | not started | 19 Jul 2018 | overdue                      | police lead               |
| x3     | Council | not started | 3 Aug 2018  | due soon (the last day ahead) | none: no council lead    |
| x4     | Police  | not started | 4 Aug 2018  | none yet (15 days ahead)     |                          |
| x5     | Police  | complete    | 1 Jun 2018  | none (complete)              |                          |

Agency returns: on 20 July 2018 the latest quarter ended is Q1 2018/19 (30 June),
so 2017/18 and 2018/19 are looked at. Q1 2018/19 is due by 31 July 2018 (due
soon); 2017/18's Q1 to Q4 were due by 31 July 2017, 31 October 2017, 31 January
2018 and 30 April 2018 (overdue). The county council owes two templates
(private fostering, CSE team): 2 x 5 = 10 reminders, with no recipient (no
council lead). The police owe one (police CSE); Q1 to Q3 2017/18 were accepted
and Q4 sent back, so 2 reminders: Q4 2017/18 overdue and Q1 2018/19 due soon.
The health commissioner owes none (no template for its type).
"""

from __future__ import annotations

from datetime import date

import pytest
from click.testing import CliRunner
from django.core import mail
from django.test import override_settings

from safeboard.access.roles import Role
from safeboard.actions import services
from safeboard.actions.models import Action, ActionPlan
from safeboard.agency_returns.models import AgencyReturn
from safeboard.audit.models import Event
from safeboard.cli import main
from safeboard.partnership.models import Person
from safeboard.reminders import registry
from safeboard.reminders.models import SentReminder
from safeboard.reminders.services import reminders_send
from tests.factories import agency

TODAY = date(2018, 7, 20)
LEAD = "agency-lead@example.org"  # the police agency lead of the users fixture
SAM = "sam@example.org"


@pytest.fixture
def due(users):
    bu = users[Role.BUSINESS_UNIT]
    police, council = agency("Testshire Police"), agency("Testshire County Council")
    sam = Person.objects.create(agency=police, full_name="Sam Lead", email=SAM)
    plan = services.plan_create(
        user=bu,
        title="Ofsted plan",
        source_kind=ActionPlan.SourceKind.INSPECTION,
        source_title="Ofsted",
        source_date=date(2017, 7, 14),
        owner=sam,
    )
    rec = services.recommendation_add(user=bu, plan=plan, text="Improve.")
    agreed = date(2017, 8, 1)

    def add(agency_, due_date, lead=None):
        return services.action_add(
            user=bu,
            recommendation=rec,
            text="Act.",
            owner_agency=agency_,
            due_date=due_date,
            agreed_on=agreed,
            lead_person=lead,
        )

    actions = {
        "x1": add(police, date(2018, 7, 25), sam),
        "x2": add(police, date(2018, 7, 19)),
        "x3": add(council, date(2018, 8, 3)),
        "x4": add(police, date(2018, 8, 4)),
        "x5": add(police, date(2018, 6, 1)),
    }
    services.update_add(
        user=bu, action=actions["x1"], text="Going.", update_date=agreed, status="on-track"
    )
    services.update_add(
        user=bu,
        action=actions["x5"],
        text="Done.",
        update_date=date(2018, 5, 1),
        status=Action.Status.COMPLETE,
    )
    for quarter, status in ((1, "accepted"), (2, "accepted"), (3, "accepted"), (4, "returned")):
        AgencyReturn.objects.create(
            template_id="police_cse",
            agency=police,
            collection_year=2018,
            quarter=quarter,
            status=status,
        )
    return actions


def _items(name):
    source = next(s for s in registry.sources() if s.name == name)
    return list(source.function(TODAY))


def test_both_sources_are_registered():
    assert {"actions", "agency-returns"} <= {s.name for s in registry.sources()}


def test_actions_due_soon_and_overdue(due):
    items = {i.key: i for i in _items("actions")}
    x1, x2, x3 = due["x1"], due["x2"], due["x3"]
    assert set(items) == {
        f"action:{x1.pk}:due-soon:2018-07-25",
        f"action:{x2.pk}:overdue:2018-07-19",
        f"action:{x3.pk}:due-soon:2018-08-03",
    }
    soon = items[f"action:{x1.pk}:due-soon:2018-07-25"]
    assert soon.recipients == (LEAD, SAM)
    assert soon.subject == "Due by 25 July 2018: action 1.1 of Ofsted plan"
    assert "Its status is on track." in soon.body_lines
    overdue = items[f"action:{x2.pk}:overdue:2018-07-19"]
    assert overdue.recipients == (LEAD,)
    assert overdue.subject == "Overdue: action 1.2 of Ofsted plan"
    assert "It was due by 19 July 2018 and is not complete." in overdue.body_lines
    assert items[f"action:{x3.pk}:due-soon:2018-08-03"].recipients == ()


def test_returns_due_soon_and_overdue(due):
    items = _items("agency-returns")
    assert len(items) == 12  # council 2 templates x 5 quarters + police 2
    police = {i.key.split(":", 2)[2]: i for i in items if i.key.startswith("return:police_cse:")}
    assert sorted(police) == [
        f"{agency('Testshire Police').pk}:2018-Q4:overdue:2018-04-30",
        f"{agency('Testshire Police').pk}:2019-Q1:due-soon:2018-07-31",
    ]
    for item in police.values():
        assert item.recipients == (LEAD,)
    overdue = police[f"{agency('Testshire Police').pk}:2018-Q4:overdue:2018-04-30"]
    assert overdue.subject.startswith("Overdue: ")
    assert "was due by 30 April 2018." in overdue.body_lines[0]
    council = [i for i in items if not i.key.startswith("return:police_cse:")]
    assert len(council) == 10
    assert all(i.recipients == () for i in council)


def test_sends_each_stage_once_and_logs_counts_only(due):
    result = reminders_send(today=TODAY)
    # actions: x1 to 2 people, x2 to 1; returns: 2 police reminders to 1 each
    assert (result.total("sent"), result.total("emails"), result.total("no_recipients")) == (
        4,
        5,
        11,  # x3 and the 10 council returns
    )
    assert len(mail.outbox) == 5
    assert all(len(m.to) == 1 for m in mail.outbox)  # no one sees another's address
    assert sorted(m.to[0] for m in mail.outbox) == [LEAD, LEAD, LEAD, LEAD, SAM]
    assert {m.subject for m in mail.outbox if m.to == [SAM]} == {
        "[Safeboard] Due by 25 July 2018: action 1.1 of Ofsted plan"
    }
    assert SentReminder.objects.count() == 4
    event = Event.objects.get(area="reminders")
    assert event.action == Event.Action.SENT
    assert event.detail["actions"] == {
        "due": 3,
        "sent": 2,
        "already_sent": 0,
        "no_recipients": 1,
        "emails": 3,
    }
    assert "@" not in str(event.detail)
    assert "action:" not in str(event.detail)

    mail.outbox.clear()
    again = reminders_send(today=TODAY)
    assert (again.total("sent"), again.total("already_sent"), len(mail.outbox)) == (0, 4, 0)

    # the next day x1 is still due soon and x2 still overdue: nothing new for them,
    # but x4 (due 4 August) is now 14 days ahead
    next_day = reminders_send(today=date(2018, 7, 21))
    assert [i.key for _, i in next_day.sent] == [f"action:{due['x4'].pk}:due-soon:2018-08-04"]
    # on 26 July x1 is overdue: a new stage, sent once
    later = reminders_send(today=date(2018, 7, 26))
    assert [(s, i.key) for s, i in later.sent] == [
        ("actions", f"action:{due['x1'].pk}:overdue:2018-07-25")
    ]


def test_a_new_due_date_is_a_new_reminder(due, users):
    reminders_send(today=TODAY)
    services.action_update(
        user=users[Role.BUSINESS_UNIT], action=due["x2"], due_date=date(2018, 7, 30)
    )
    result = reminders_send(today=TODAY)
    assert [i.key for _, i in result.sent] == [f"action:{due['x2'].pk}:due-soon:2018-07-30"]


def test_dry_run_sends_and_records_nothing(due):
    result = reminders_send(today=TODAY, dry_run=True)
    assert result.total("sent") == 4
    assert mail.outbox == []
    assert not SentReminder.objects.exists()
    event = Event.objects.get(area="reminders")
    assert (event.object_type, event.action) == ("reminders dry run", Event.Action.VALIDATED)


def test_a_failed_send_is_not_recorded_and_goes_next_time(due, settings):
    settings.EMAIL_BACKEND = "tests.reminders.failing_backend.FailingBackend"
    with pytest.raises(ConnectionError):
        reminders_send(today=TODAY)
    assert not SentReminder.objects.exists()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert reminders_send(today=TODAY).total("sent") == 4


@override_settings(SAFEBOARD_REMINDER_DUE_SOON_DAYS=15)
def test_days_ahead_come_from_the_setting(due):
    keys = {i.key for i in _items("actions")}
    assert f"action:{due['x4'].pk}:due-soon:2018-08-04" in keys


def test_a_registered_source_is_asked(due):
    def policy_reviews(today):
        yield registry.DueItem(
            key="policy:1:due-soon:2018-07-31",
            due_date=date(2018, 7, 31),
            recipients=("owner@example.org",),
            subject="Policy review due: Thresholds",
            body_lines=("The threshold document is due for review.",),
        )

    registry.register("test-extra", policy_reviews, "A test source")
    try:
        with pytest.raises(ValueError, match="already registered"):
            registry.register("test-extra", lambda today: [])
        result = reminders_send(today=TODAY)
        assert ("test-extra", "policy:1:due-soon:2018-07-31") in [
            (s, i.key) for s, i in result.sent
        ]
    finally:
        registry.unregister("test-extra")


def test_the_command_prints_a_summary(due):
    runner = CliRunner()
    dry = runner.invoke(main, ["remind", "--dry-run", "--today", "2018-07-20"])
    assert dry.exit_code == 0, dry.output
    assert "Would send (actions, 2 recipient(s)): Due by 25 July 2018" in dry.output
    assert "(dry run: nothing sent)" in dry.output
    assert "@" not in dry.output
    assert mail.outbox == []
    real = runner.invoke(main, ["remind", "--today", "2018-07-20"])
    assert real.exit_code == 0, real.output
    assert "Reminders for 20 July 2018:" in real.output
    assert (
        "  Actions coming due and overdue: 3 due, 2 sent (3 e-mails), 0 sent before, "
        "1 with no recipient"
    ) in real.output
    assert len(mail.outbox) == 5
    bad = runner.invoke(main, ["remind", "--today", "20/07/2018"])
    assert bad.exit_code == 2
