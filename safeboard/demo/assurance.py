"""The demo's assurance work: the 2017/18 audit programme and the board's policies.

From the source report: the board's first statutory function is "producing
local inter-agency safeguarding policies and procedures"; its budget paid
£3,400 for the procedures manual; section 7 says "a new Threshold document
has been promoted through inter-agency training and workshops" (the
inspection's first recommendation) and that a neglect toolkit "has been
published and implemented with an evaluation programme" (its fourth). The
inspection's second recommendation asked for "effective monitoring and
evaluation of multi-agency and single-agency auditing", which the audit
programme answers.

Everything else is synthetic: the section 11 round across the demo's
agencies and their self-grades, the multi-agency audits of neglect and of
early help thresholds with their findings and the actions they raised, two
single-agency audits, and the policies beside the threshold document and
the procedures manual. The policies' current versions are dated from the day
the demo is built, so exactly one review is overdue (the bruising protocol)
and one comes due within a month (the Police's missing children protocol,
for ``safeboard remind`` and the demo agency lead's home page).

Running it again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from safeboard.accounts.models import User
from safeboard.actions import services as actions
from safeboard.actions.models import Action
from safeboard.assurance import services
from safeboard.assurance.models import (
    Audit,
    AuditFinding,
    AuditProgramme,
    Policy,
    PolicyVersion,
    Section11Grade,
)
from safeboard.partnership.models import Agency, Partnership, Person, StrategicPriority

YEAR = 2018  # 2017/18
BOARD = "WSCB board meeting"
MET, PARTLY, NOT_MET = (
    Section11Grade.Grade.MET,
    Section11Grade.Grade.PARTIALLY_MET,
    Section11Grade.Grade.NOT_MET,
)
GOOD, RI, INADEQUATE = (
    AuditFinding.Grade.GOOD,
    AuditFinding.Grade.REQUIRES_IMPROVEMENT,
    AuditFinding.Grade.INADEQUATE,
)

# Synthetic people: (agency short name, name, job title).
PEOPLE = {
    "quality": ("WCC", "Tom Garrow", "Quality assurance manager, safeguarding board"),
    "early-help": ("WCC", "Morgan Hale", "Head of early help"),
    "designated-nurse": ("CCGs", "Dee Archer", "Designated nurse for safeguarding"),
    "police": ("Police", "Li Bellamy", "Detective chief inspector, public protection"),
    "named-nurse": ("SWFT", "Sam Dunmore", "Named nurse for safeguarding children"),
}

# The agencies the section 11 round covers: those section 11 of the Children Act
# 2004 names (schools answer to section 175 and CAFCASS to its own duty).
SECTION_11_AGENCIES = (
    "WCC",
    "Police",
    "CCGs",
    "SWFT",
    "CWPT",
    "NPS",
    "CRC",
    "YJS",
    "NWBC",
    "NBBC",
    "RBC",
    "SDC",
    "WDC",
)
# Which standards (1 to 8) each agency graded below met; the rest are met.
SECTION_11_GAPS = {
    "WCC": {4: PARTLY},
    "Police": {4: PARTLY, 5: PARTLY},
    "CCGs": {},
    "SWFT": {5: PARTLY},
    "CWPT": {4: PARTLY, 8: PARTLY},
    "NPS": {4: NOT_MET},
    "CRC": {4: NOT_MET, 5: PARTLY, 6: PARTLY},
    "YJS": {},
    "NWBC": {5: PARTLY},
    "NBBC": {5: PARTLY, 8: PARTLY},
    "RBC": {},
    "SDC": {5: NOT_MET},
    "WDC": {6: PARTLY},
}


def _day(n: int) -> date:
    return timezone.localdate() + timedelta(days=n)


def _agency(short: str) -> Agency:
    return Agency.objects.get(short_name=short)


def _person(key: str) -> Person:
    short, name, job_title = PEOPLE[key]
    person, _ = Person.objects.get_or_create(
        agency=_agency(short), full_name=name, defaults={"job_title": job_title}
    )
    return person


def _priority(number: int) -> StrategicPriority | None:
    return StrategicPriority.objects.filter(number=number).first()


# --- Policies -----------------------------------------------------------------------------


def _policies() -> list[dict]:
    """Each policy, its owner and its versions: (number, status, approved on, next review,
    what changed), oldest first."""
    approved, superseded, consultation = (
        PolicyVersion.Status.APPROVED,
        PolicyVersion.Status.SUPERSEDED,
        PolicyVersion.Status.IN_CONSULTATION,
    )
    return [
        {
            "title": "Threshold document: levels of need",
            "kind": Policy.Kind.THRESHOLD_DOCUMENT,
            "owner": "early-help",
            "priority": 1,
            "summary": (
                "Helps partners understand and apply thresholds when deciding their role in "
                "supporting a family or referring to children's social care."
            ),
            "versions": [
                ("1.0", superseded, date(2015, 1, 20), date(2017, 1, 20), "First version."),
                (
                    "2.0",
                    superseded,
                    date(2017, 9, 12),
                    date(2019, 9, 12),
                    (
                        "Rewritten after the 2017 inspection's first recommendation, and "
                        "promoted through inter-agency training and workshops."
                    ),
                ),
                ("3.0", approved, _day(-180), _day(550), "Revised for the new arrangements."),
            ],
        },
        {
            "title": "Safeguarding children procedures manual",
            "kind": Policy.Kind.PROCEDURES_MANUAL,
            "owner": "quality",
            "priority": None,
            "summary": (
                "The inter-agency child protection procedures, kept online and updated twice a "
                "year by the board's procedures provider (£3,400 in 2017/18)."
            ),
            "link": "https://procedures.example.org/manual/",
            "versions": [
                ("2017.1", superseded, date(2017, 6, 5), date(2017, 12, 5), "June 2017 update."),
                (
                    "2017.2",
                    superseded,
                    date(2017, 12, 4),
                    date(2018, 6, 4),
                    "December 2017 update: the neglect toolkit and the threshold document.",
                ),
                ("2025.2", approved, _day(-90), _day(275), "The latest six-monthly update."),
            ],
        },
        {
            "title": "Neglect screening and assessment toolkit guidance",
            "kind": Policy.Kind.GUIDANCE,
            "owner": "named-nurse",
            "priority": 2,
            "summary": "How every agency uses the neglect screening tool and the toolkit.",
            "versions": [
                (
                    "1.0",
                    superseded,
                    date(2018, 2, 6),
                    date(2019, 2, 6),
                    "Published and implemented with an evaluation programme.",
                ),
                ("1.1", approved, _day(-240), _day(490), "After the evaluation."),
            ],
        },
        {
            "title": "Bruising in non-mobile babies protocol",
            "kind": Policy.Kind.PROTOCOL,
            "owner": "designated-nurse",
            "priority": None,
            "summary": "What any practitioner does on seeing a bruise on a baby not yet mobile.",
            "versions": [("2.0", approved, _day(-750), _day(-20), "")],  # overdue
        },
        {
            "title": "Children missing from home and care protocol",
            "kind": Policy.Kind.PROTOCOL,
            "owner": "police",
            "priority": 3,
            "summary": "Reporting, return interviews, and escalation after 3 episodes in 90 days.",
            "versions": [("4.0", approved, _day(-340), _day(25), "")],  # due within a month
        },
        {
            "title": "Resolving professional disagreements (escalation)",
            "kind": Policy.Kind.PROCEDURE,
            "owner": "quality",
            "priority": None,
            "summary": "How practitioners escalate a disagreement about a child's safety.",
            "versions": [
                ("1.0", approved, _day(-120), _day(610), ""),
                ("1.1", consultation, None, None, "Adds the independent chair's stage."),
            ],
        },
    ]


def _demo_policies(partnership: Partnership) -> None:
    for spec in _policies():
        if Policy.objects.filter(title=spec["title"]).exists():
            continue
        owner = _person(spec["owner"])
        policy = services.policy_create(
            partnership=partnership,
            title=spec["title"],
            kind=spec["kind"],
            owner_agency=owner.agency,
            owner=owner,
            summary=spec["summary"],
            priority=_priority(spec["priority"]) if spec["priority"] else None,
        )
        for number, status, approved_on, review, changes in spec["versions"]:
            # Approved in turn, each supersedes the one before: the statuses listed
            # are what that leaves.
            is_approved = approved_on is not None
            services.version_add(
                policy=policy,
                number=number,
                status=PolicyVersion.Status.APPROVED if is_approved else status,
                approved_on=approved_on,
                approved_by=BOARD if is_approved else "",
                next_review_on=review,
                link=spec.get("link", ""),
                changes=changes,
            )


# --- The audit programme ------------------------------------------------------------------


def _section_11(programme: AuditProgramme, user) -> None:
    audit = services.audit_create(
        programme=programme,
        title="Section 11 self-assessment 2017/18",
        kind=Audit.Kind.SECTION_11,
        scope=(
            "Every agency section 11 of the Children Act 2004 names grades its own safeguarding "
            "arrangements against the eight standards, with evidence; the audit sub-group "
            "challenges each at a panel."
        ),
        agencies=[_agency(short) for short in SECTION_11_AGENCIES],
        lead=_person("quality"),
        priority=_priority(2),
        planned_start=date(2017, 9, 1),
        planned_completion=date(2018, 1, 31),
        status=Audit.Status.COMPLETE,
        completed_on=date(2018, 1, 26),
        conclusion=(
            "Most standards met. The voice of the child in service development (standard 4) "
            "and safeguarding training for all staff (standard 5) are the common gaps."
        ),
    )
    standards = services.standards_add_usual(audit=audit)
    for short in SECTION_11_AGENCIES:
        gaps = SECTION_11_GAPS[short]
        for standard in standards:
            services.grade_record(
                user=user,
                standard=standard,
                agency=_agency(short),
                grade=gaps.get(standard.number, MET),
            )


def _case_audit(programme: AuditProgramme, user, spec: dict) -> None:
    audit = services.audit_create(
        programme=programme,
        title=spec["title"],
        kind=spec["kind"],
        scope=spec["scope"],
        agencies=[_agency(short) for short in spec["agencies"]],
        lead=_person(spec["lead"]),
        priority=_priority(spec["priority"]) if spec.get("priority") else None,
        planned_start=spec.get("start"),
        planned_completion=spec["due"],
        status=spec["status"],
        completed_on=spec.get("completed"),
        conclusion=spec.get("conclusion", ""),
    )
    findings = [
        services.finding_add(
            audit=audit,
            title=title,
            grade=grade,
            agency=_agency(short) if short else None,
            detail=detail,
        )
        for title, grade, short, detail in spec.get("findings", [])
    ]
    for index, recommendation, text, owner, due, outcome in spec.get("actions", []):
        action = services.audit_action_raise(
            user=user,
            audit=audit,
            finding=findings[index],
            recommendation_text=recommendation,
            text=text,
            owner_agency=_agency(owner),
            due_date=due,
            agreed_on=audit.completed_on,
        )
        if outcome is not None:
            update_day, update_text, status = outcome
            actions.update_add(
                user=user,
                action=action,
                text=update_text,
                update_date=update_day,
                status=status,
                completed_date=update_day if status == Action.Status.COMPLETE else None,
            )


def _case_audits() -> list[dict]:
    done, on_track = Action.Status.COMPLETE, Action.Status.ON_TRACK
    return [
        {
            "title": "Neglect: multi-agency case file audit",
            "kind": Audit.Kind.MULTI_AGENCY,
            "scope": (
                "Twelve children on child protection plans under the category of neglect: "
                "whether agencies recognised neglect early, used the screening tool and "
                "shared what they knew with the core group."
            ),
            "agencies": ("WCC", "Police", "CCGs", "SWFT", "Schools"),
            "lead": "quality",
            "priority": 2,
            "start": date(2017, 9, 18),
            "due": date(2017, 11, 30),
            "status": Audit.Status.COMPLETE,
            "completed": date(2017, 12, 14),
            "conclusion": (
                "Neglect was recognised, but late: the screening tool was rarely used before a "
                "referral, and plans drifted once a case stepped down to child in need."
            ),
            "findings": [
                (
                    "The neglect screening tool was used in few assessments",
                    RI,
                    None,
                    "Three of the twelve files showed the tool used before the referral.",
                ),
                ("Chronologies were up to date in most files", GOOD, None, ""),
                (
                    "Health visiting information reached core groups late",
                    RI,
                    "SWFT",
                    "In five cases the health visitor's report came after the core group met.",
                ),
                (
                    "Child in need plans drifted after step-down from protection",
                    INADEQUATE,
                    "WCC",
                    "Four plans had no review for over three months.",
                ),
                ("Children's lived experience was recorded well", GOOD, None, ""),
            ],
            "actions": [
                (
                    0,
                    "Embed the neglect screening and assessment tools in every agency.",
                    "Train every children's social care team in the neglect toolkit.",
                    "WCC",
                    date(2018, 6, 30),
                    (date(2018, 6, 25), "All twelve teams trained.", done),
                ),
                (
                    0,
                    "",
                    "Health visitors use the screening tool at every universal contact.",
                    "SWFT",
                    date(2018, 9, 30),
                    (date(2018, 5, 10), "Added to the contact template.", on_track),
                ),
                (
                    3,
                    "Review child in need plans after step-down within four weeks.",
                    "Review every child in need plan open six months after step-down.",
                    "WCC",
                    date(2018, 4, 30),
                    None,
                ),
            ],
        },
        {
            "title": "Early help thresholds: multi-agency audit of contacts",
            "kind": Audit.Kind.MULTI_AGENCY,
            "scope": (
                "Forty contacts to the MASH that did not meet the threshold for children's "
                "social care: whether referrers applied the new threshold document and whether "
                "early help was offered."
            ),
            "agencies": ("WCC", "Police", "CCGs", "Schools"),
            "lead": "early-help",
            "priority": 1,
            "start": date(2018, 1, 8),
            "due": date(2018, 3, 31),
            "status": Audit.Status.COMPLETE,
            "completed": date(2018, 3, 22),
            "conclusion": (
                "The threshold document is understood; early help is not yet offered "
                "consistently when a contact does not meet the threshold."
            ),
            "findings": [
                (
                    "Referrers applied the threshold document consistently",
                    GOOD,
                    None,
                    "34 of the 40 contacts were at the right level of need.",
                ),
                (
                    "Domestic abuse notifications were passed on without considering early help",
                    RI,
                    "Police",
                    "",
                ),
                (
                    "Early help was not offered when a contact was closed below the threshold",
                    RI,
                    "WCC",
                    "",
                ),
            ],
            "actions": [
                (
                    1,
                    "Consider early help in every police vulnerability referral.",
                    "Add early help consideration to the police vulnerability referral form.",
                    "Police",
                    date(2018, 7, 31),
                    (date(2018, 7, 20), "The new form is in use.", done),
                ),
                (
                    2,
                    "Offer early help on every contact closed below the threshold.",
                    "The MASH offers an early help assessment on every such contact.",
                    "WCC",
                    date(2018, 6, 30),
                    None,
                ),
            ],
        },
        {
            "title": "Police: the voice of the child in domestic abuse cases",
            "kind": Audit.Kind.SINGLE_AGENCY,
            "scope": "Thirty domestic abuse incidents where a child was present.",
            "agencies": ("Police",),
            "lead": "police",
            "priority": None,
            "start": date(2018, 2, 1),
            "due": date(2018, 3, 31),
            "status": Audit.Status.IN_PROGRESS,
        },
        {
            "title": "Health providers: use of the CSE screening tool",
            "kind": Audit.Kind.SINGLE_AGENCY,
            "scope": (
                "The tool the clinical commissioning groups devised with public health to audit "
                "use of the child sexual exploitation screening tool across health providers."
            ),
            "agencies": ("CCGs",),
            "lead": "designated-nurse",
            "priority": 3,
            "due": date(2018, 3, 31),
            "status": Audit.Status.PLANNED,
        },
    ]


def _demo_programme(partnership: Partnership, user) -> None:
    programme = AuditProgramme.objects.filter(year=YEAR).first()
    if programme is None:
        programme = services.programme_create(
            partnership=partnership,
            year=YEAR,
            title="Audit programme 2017/18",
            approved_on=date(2017, 7, 25),
            notes=(
                "Agreed by the board after the inspection's second recommendation: effective "
                "monitoring and evaluation of multi-agency and single-agency auditing."
            ),
        )
    if not programme.audits.filter(kind=Audit.Kind.SECTION_11).exists():
        _section_11(programme, user)
    for spec in _case_audits():
        if not programme.audits.filter(title=spec["title"]).exists():
            _case_audit(programme, user, spec)


@transaction.atomic
def demo_assurance(*, progress: Callable[[str], None] = lambda message: None) -> None:
    progress("Adding the audit programme and the policies and procedures")
    partnership = Partnership.objects.order_by("pk").first()
    business_unit = User.objects.get(username="demo-business-unit")
    _demo_policies(partnership)
    _demo_programme(partnership, business_unit)
