"""The demo's action plan: the source report's four Ofsted recommendations, word for
word, with synthetic actions in every state, built once however often the demo runs."""

from __future__ import annotations

from django.utils import timezone

from safeboard.access.roles import Role
from safeboard.actions import selectors, summaries
from safeboard.actions.models import (
    Action,
    ActionEvidence,
    ActionPlan,
    ActionUpdate,
    Recommendation,
)
from safeboard.demo import actions as demo
from safeboard.demo.build import demo_partnership, demo_users
from safeboard.reminders.registry import sources


def test_the_demo_plan(db):
    demo_partnership()
    demo_users()
    plan = demo.demo_actions()
    assert demo.demo_actions() == plan  # a second run adds nothing
    assert ActionPlan.objects.count() == 1
    assert (Recommendation.objects.count(), Action.objects.count()) == (4, 9)
    updates = ActionUpdate.objects.count()
    demo.demo_actions()
    assert ActionUpdate.objects.count() == updates
    evidence = ActionEvidence.objects.get(file_name="threshold-workshops.csv")
    assert evidence.content_type == "text/csv; charset=utf-8"
    assert ActionEvidence.objects.count() == 2

    assert (plan.source_date.isoformat(), plan.source_outcome) == (
        "2017-07-14",
        "Requires improvement",
    )
    texts = [r.text for r in plan.recommendations.order_by("number")]
    assert texts[0].startswith("Complete a review of the effectiveness of the early help offer")
    assert texts[3] == (
        "Ensure that neglect screening and assessment tools are implemented and that a plan is "
        "in place to review their effectiveness."
    )

    from safeboard.accounts.models import User

    business_unit = User.objects.get(username="demo-business-unit")
    today = timezone.localdate()
    actions = list(selectors.action_list(user=business_unit))
    summary = summaries.summarise(actions, today)
    assert summary.by_status[Action.Status.COMPLETE] == 4
    assert summary.by_status[Action.Status.AT_RISK] == 1
    assert summary.overdue == 1
    assert summary.stalled == 1
    overdue = next(a for a in actions if summaries.is_overdue(a, today))
    stalled = next(a for a in actions if summaries.is_stalled(a, today))
    assert overdue != stalled
    assert overdue.owner_agency.short_name == "Police"  # the demo agency lead's own

    lead = User.objects.get(username="demo-agency-lead")
    assert Role.AGENCY_LEAD.value in lead.groups.values_list("name", flat=True)
    panel = selectors.actions_needing_attention(user=lead)
    assert [a.pk for a in panel["overdue"]] == [overdue.pk]

    source = next(s for s in sources() if s.name == "actions")
    items = list(source.function(today))
    stages = sorted(i.key.split(":")[2] for i in items)
    assert stages == ["due-soon", "overdue"]  # SWFT's evaluation, and the police's report
