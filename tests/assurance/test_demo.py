"""The demo's audit programme and policies: what it holds, worked out by hand, built twice."""

from __future__ import annotations

from decimal import Decimal

from django.utils import timezone

from safeboard.access.roles import Role
from safeboard.accounts.models import User
from safeboard.actions.models import Action, ActionPlan
from safeboard.assurance import selectors, summaries
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    Policy,
    PolicyVersion,
    Section11Grade,
)
from safeboard.demo.assurance import demo_assurance
from safeboard.demo.build import demo_partnership, demo_users


def test_the_demo_holds_the_programme_and_policies_once(db):
    demo_partnership()
    demo_users()
    demo_assurance()
    demo_assurance()  # again: nothing added

    chair = User.objects.get(username="demo-chair")
    today = timezone.localdate()
    audits = list(selectors.audit_list(user=chair, year=2018))
    assert len(audits) == 5
    # Section 11, neglect and early help complete; the police audit in progress and the
    # health one planned, both past 31 March 2018: overdue.
    progress = summaries.programme_progress(audits, today=today)
    assert (progress.planned, progress.in_progress, progress.complete, progress.overdue) == (
        1,
        1,
        3,
        2,
    )

    # 13 agencies x 8 standards = 104 self-grades; 15 below met (SECTION_11_GAPS):
    # 3 not met (NPS 4, CRC 4, SDC 5) and 12 partially met; 89 met = 85.6%.
    overall = summaries.section11_overall(selectors.grade_list(user=chair, year=2018))
    assert (overall.graded, overall.met, overall.partially_met, overall.not_met) == (
        104,
        89,
        12,
        3,
    )
    assert overall.share_met == Decimal("85.6")
    assert Section11Grade.objects.count() == 104

    # Neglect: RI, good, RI, inadequate, good; early help: good, RI, RI.
    assert summaries.grade_distribution(AuditFinding.objects.all()) == [
        ("Outstanding", 0),
        ("Good", 3),
        ("Requires improvement", 4),
        ("Inadequate", 1),
        ("Not graded", 0),
    ]
    # Two audits raised actions: three and two, each into its own plan.
    assert ActionPlan.objects.filter(source_kind="audit").count() == 2
    assert Action.objects.filter(recommendation__plan__source_kind="audit").count() == 5
    assert (
        Action.objects.filter(
            recommendation__plan__source_kind="audit", status=Action.Status.COMPLETE
        ).count()
        == 2
    )

    assert Policy.objects.count() == 6
    assert PolicyVersion.objects.count() == 12
    assert PolicyVersion.objects.filter(status=PolicyVersion.Status.APPROVED).count() == 6
    policies = list(selectors.policy_list(user=chair))
    assert [r.policy.title for r in summaries.reviews_overdue(policies, today=today)] == [
        "Bruising in non-mobile babies protocol"
    ]
    assert [
        r.policy.title for r in summaries.reviews_due(policies, today=today, within_days=30)
    ] == ["Children missing from home and care protocol"]
    threshold = Policy.objects.get(title="Threshold document: levels of need")
    assert [v.status for v in threshold.versions.order_by("pk")] == [
        "superseded",
        "superseded",
        "approved",
    ]


def test_the_demo_agency_lead_sees_the_audits_the_police_takes_part_in(db):
    demo_partnership()
    demo_users()
    demo_assurance()
    lead = User.objects.get(username="demo-agency-lead")  # in the Police
    assert lead.groups.filter(name=Role.AGENCY_LEAD.value).exists()
    titles = sorted(a.title for a in selectors.audit_list(user=lead, year=2018))
    # The police takes part in section 11, both multi-agency audits and its own.
    assert titles == [
        "Early help thresholds: multi-agency audit of contacts",
        "Neglect: multi-agency case file audit",
        "Police: the voice of the child in domestic abuse cases",
        "Section 11 self-assessment 2017/18",
    ]
    assert selectors.grade_list(user=lead, year=2018).count() == 8
    assert Audit.objects.count() == 5
