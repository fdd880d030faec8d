"""A small set of action plans whose figures are worked out by hand in the tests.

Judged on TODAY = 30 June 2018, with stalled after N = 90 days:

| action | plan  | agency  | status      | due        | agreed     | last update | overdue | stalled (days) |
| a1     | A 1.1 | Police  | complete    | 31 Mar 18  | 1 Aug 17   | 20 Mar 18   | no      | no (complete)  |
| a2     | A 1.2 | Police  | on track    | 29 Jun 18  | 1 Aug 17   | 1 May 18    | yes     | no (60)        |
| a3     | A 2.1 | Council | at risk     | 30 Jun 18  | 1 Aug 17   | 1 Apr 18    | no (due today) | yes (90) |
| a4     | A 2.2 | Council | not started | 31 Dec 18  | 2 Apr 18   | none        | no      | no (89)        |
| b1     | B 1.1 | Health  | not started | 31 May 18  | 1 Feb 18   | none        | yes     | yes (149)      |
| b2     | B 1.2 | Police  | complete    | 30 Sep 18  | 1 Feb 18   | 1 Jun 18    | no      | no (complete)  |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from safeboard.access.roles import Role
from safeboard.actions import services
from safeboard.actions.models import Action, ActionPlan
from safeboard.partnership.models import Person
from tests.factories import agency

TODAY = date(2018, 6, 30)


@dataclass
class Plans:
    a: ActionPlan
    b: ActionPlan
    actions: dict[str, Action]


@pytest.fixture
def plans(users) -> Plans:
    bu = users[Role.BUSINESS_UNIT]
    police, council, health = (
        agency("Testshire Police"),
        agency("Testshire County Council"),
        agency("Testshire Health"),
    )
    owner = Person.objects.create(agency=council, full_name="Alex Owner", email="owner@example.org")
    lead = Person.objects.create(agency=police, full_name="Sam Lead", email="sam@example.org")
    a = services.plan_create(
        user=bu,
        title="Ofsted 2017 action plan",
        source_kind=ActionPlan.SourceKind.INSPECTION,
        source_title="Ofsted inspection of the LSCB",
        source_outcome="Requires improvement",
        source_date=date(2017, 7, 14),
        owner=owner,
    )
    b = services.plan_create(
        user=bu,
        title="Neglect audit action plan",
        source_kind=ActionPlan.SourceKind.AUDIT,
        source_title="Multi-agency neglect audit",
        source_date=date(2018, 2, 1),
        owner=owner,
    )
    a_r1 = services.recommendation_add(user=bu, plan=a, text="Review early help.")
    a_r2 = services.recommendation_add(user=bu, plan=a, text="Monitor audits.")
    b_r1 = services.recommendation_add(user=bu, plan=b, text="Use the neglect toolkit.")

    def add(recommendation, agency_, due, agreed, lead_person=None):
        return services.action_add(
            user=bu,
            recommendation=recommendation,
            text=f"Do the work, due {due}.",
            owner_agency=agency_,
            due_date=due,
            agreed_on=agreed,
            lead_person=lead_person,
        )

    aug = date(2017, 8, 1)
    actions = {
        "a1": add(a_r1, police, date(2018, 3, 31), aug, lead),
        "a2": add(a_r1, police, date(2018, 6, 29), aug),
        "a3": add(a_r2, council, date(2018, 6, 30), aug),
        "a4": add(a_r2, council, date(2018, 12, 31), date(2018, 4, 2)),
        "b1": add(b_r1, health, date(2018, 5, 31), date(2018, 2, 1)),
        "b2": add(b_r1, police, date(2018, 9, 30), date(2018, 2, 1)),
    }
    done, on_track, at_risk = (
        Action.Status.COMPLETE,
        Action.Status.ON_TRACK,
        Action.Status.AT_RISK,
    )
    services.update_add(
        user=bu, action=actions["a1"], text="Done.", update_date=date(2018, 3, 20), status=done
    )
    services.update_add(
        user=bu,
        action=actions["a2"],
        text="Started.",
        update_date=date(2018, 1, 10),
        status=on_track,
    )
    services.update_add(
        user=bu, action=actions["a2"], text="Going well.", update_date=date(2018, 5, 1)
    )
    services.update_add(
        user=bu,
        action=actions["a3"],
        text="Slipping.",
        update_date=date(2018, 4, 1),
        status=at_risk,
    )
    services.update_add(
        user=bu, action=actions["b2"], text="Done early.", update_date=date(2018, 6, 1), status=done
    )
    for action in actions.values():
        action.refresh_from_db()
    return Plans(a=a, b=b, actions=actions)
