"""The demo's serious case reviews and serious incidents.

2017/18 is the source report's section 6: the board commissioned two serious
case reviews "following thorough scoping of the circumstances surrounding
each case by the Special Cases sub-committee"; lead reviewers were
commissioned "jointly with the WSCB Business Development Manager"; "both
reports are awaiting publication". The four key findings are the report's,
shared between the two reviews (the report does not say which review found
which). Its section 3 gives the cost: £42,580 on the reviews in 2017/18 and
26.5 days of the development manager's time, split here between the two
(£23,460 and 14.5 days, £19,120 and 12 days). The commissioning dates, lead
reviewers' names, terms of reference, recommendations and actions are
synthetic.

From 2018/19 the new regime (notifications from 29 June 2018): four
synthetic serious incident notifications, one leading to a local child
safeguarding practice review, one over Christmas 2018 (notified a working
day late), one over Easter 2019, and one whose rapid review is still open
and overdue. Cases are known by reference only. Running it again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from safeboard.actions import services as plans
from safeboard.actions.models import Action
from safeboard.demo import area
from safeboard.partnership.models import Agency, LocalAuthority, Person
from safeboard.reviews import services
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident

PLAN_OWNER = ("WCC", "Jo Carver", "Head of safeguarding and quality assurance")
WITH_MANAGER = "with the board's business development manager"

# Each review: its fields, its findings (finding, what follows) and its recommendations
# with their actions (owner agency, text, agreed, due, completed or None).
SCRS = [
    {
        "reference": "SCR 2017-01",
        "commissioned_date": date(2017, 6, 12),
        "lead_reviewers": f"Morgan Garrow and Priya Ellery (independent), {WITH_MANAGER}",
        "terms_of_reference": (
            "How agencies worked together to protect a young child living with a parent "
            "where domestic abuse, coercion and control were known, and whether a written "
            "agreement was relied on to keep the child safe."
        ),
        "scope": (
            "The 18 months before the incident: children's social care, police, health "
            "visiting, midwifery and general practice."
        ),
        "methodology": "Systems approach, with practitioners' learning events",
        "final_report_date": date(2018, 1, 31),
        "cost": Decimal("23460"),
        "staff_days": Decimal("14.5"),
        "findings": [
            (
                (
                    "Written agreements: professionals relied on them without understanding their "
                    "limitations; a written agreement does not ensure the safety of a child."
                ),
                (
                    "Written agreements have no reference in any statutory legislation: a plan "
                    "must rest on the assessed risk, not on a parent's signature."
                ),
            ),
            (
                (
                    "Understanding what being safe means for a mother and child when coercion, "
                    "control and historical domestic abuse are known."
                ),
                (
                    "What has previously been reported? Are all professionals in the core group "
                    "given the most up-to-date child protection plan and social workers' reports?"
                ),
            ),
        ],
        "recommendations": [
            (
                (
                    "The board should publish practice guidance on the limits of written "
                    "agreements and remove them from its procedures as a means of keeping a "
                    "child safe."
                ),
                [
                    (
                        "WCC",
                        (
                            "Revise the child protection procedures: written agreements are no "
                            "longer a safety measure."
                        ),
                        date(2018, 4, 3),
                        date(2018, 6, 30),
                        date(2018, 5, 25),
                    ),
                    (
                        "WCC",
                        (
                            "Add the learning on written agreements to the multi-agency child "
                            "protection training."
                        ),
                        date(2018, 4, 3),
                        date(2018, 9, 30),
                        date(2018, 9, 14),
                    ),
                ],
            ),
            (
                (
                    "Children's social care and the police should make sure every core group "
                    "member has the current child protection plan, the social worker's reports "
                    "and the known history of domestic abuse."
                ),
                [
                    (
                        "WCC",
                        (
                            "Send the current plan and reports to every core group member after "
                            "each conference; audit a sample each quarter."
                        ),
                        date(2018, 4, 3),
                        date(2018, 12, 31),
                        date(2018, 12, 14),
                    ),
                    (
                        "Police",
                        (
                            "Share domestic abuse history with the core group through the "
                            "multi-agency safeguarding hub."
                        ),
                        date(2018, 4, 3),
                        date(2018, 10, 31),
                        date(2018, 10, 19),
                    ),
                ],
            ),
        ],
    },
    {
        "reference": "SCR 2017-02",
        "commissioned_date": date(2017, 11, 20),
        "lead_reviewers": f"Chris Dunmore (independent), {WITH_MANAGER}",
        "terms_of_reference": (
            "How agencies identified and responded to the risks to an unborn and newborn "
            "baby from domestic abuse, and how what was known was shared with the family's GP."
        ),
        "scope": (
            "From the booking appointment in pregnancy to the incident: midwifery, health "
            "visiting, general practice, children's social care, the police and the refuge."
        ),
        "methodology": "Systems approach",
        "final_report_date": date(2018, 5, 9),
        "cost": Decimal("19120"),
        "staff_days": Decimal("12.0"),
        "findings": [
            (
                (
                    "The vulnerability of being pregnant or having a newborn baby: the risk from "
                    "domestic abuse rises during pregnancy."
                ),
                (
                    "About 20% of women in refuge services are pregnant or have recently given "
                    "birth: pregnancy should raise professionals' concern, not lower it."
                ),
            ),
            (
                "Interagency sharing of known information with GPs.",
                "When children's services arrange therapeutic services, the GP is told.",
            ),
        ],
        "recommendations": [
            (
                (
                    "Health partners should make sure midwives and health visitors ask about "
                    "domestic abuse at every contact in pregnancy and after birth, and act on "
                    "the answer."
                ),
                [
                    (
                        "SWFT",
                        (
                            "Routine enquiry about domestic abuse at each antenatal and new-birth "
                            "contact, audited twice a year."
                        ),
                        date(2018, 6, 1),
                        date(2018, 12, 31),
                        date(2018, 11, 30),
                    ),
                    (
                        "CCGs",
                        "Brief GP practices on the rising risk of domestic abuse in pregnancy.",
                        date(2018, 6, 1),
                        date(2018, 10, 31),
                        date(2018, 10, 10),
                    ),
                ],
            ),
            (
                (
                    "Children's social care should tell the child's GP whenever it arranges "
                    "therapeutic services for the child or the family."
                ),
                [
                    (
                        "WCC",
                        "Add telling the GP to the referral step of the case recording system.",
                        date(2018, 6, 1),
                        date(2019, 3, 31),
                        date(2019, 2, 28),
                    ),
                ],
            ),
        ],
    },
]

# (reference, harm, aware, notified, rapid review (started, completed, decision) or None)
INCIDENTS = [
    (
        "SIN 2018-01",
        SeriousIncident.Harm.SERIOUSLY_HARMED,
        date(2018, 9, 3),
        date(2018, 9, 6),
        (date(2018, 9, 7), date(2018, 9, 21), RapidReview.Decision.LOCAL_REVIEW),
    ),
    (
        # Over Christmas: due Mon 31 December 2018, notified Wed 2 January 2019.
        "SIN 2018-02",
        SeriousIncident.Harm.DIED,
        date(2018, 12, 20),
        date(2019, 1, 2),
        (date(2019, 1, 3), date(2019, 1, 14), RapidReview.Decision.NO_REVIEW),
    ),
    (
        # Over Easter and the Early May bank holiday: notification due 24 April, rapid
        # review due 9 May 2019.
        "SIN 2019-01",
        SeriousIncident.Harm.SERIOUSLY_HARMED,
        date(2019, 4, 15),
        date(2019, 4, 23),
        (date(2019, 4, 24), date(2019, 5, 8), RapidReview.Decision.NATIONAL),
    ),
    (
        # The rapid review was due on 25 November 2019 and is still open: overdue.
        "SIN 2019-02",
        SeriousIncident.Harm.SERIOUSLY_HARMED,
        date(2019, 11, 4),
        date(2019, 11, 8),
        (date(2019, 11, 11), None, ""),
    ),
]
RATIONALES = {
    RapidReview.Decision.LOCAL_REVIEW: (
        "Agencies did not share what each knew about neglect; the learning is local."
    ),
    RapidReview.Decision.NO_REVIEW: (
        "The learning is already being taken forward by LCSPR 2018-01 and by health as "
        "single-agency learning."
    ),
    RapidReview.Decision.NATIONAL: (
        "One of a pattern of cases of the kind the national panel is reviewing."
    ),
}
LCSPR = {
    "reference": "LCSPR 2018-01",
    "commissioned_date": date(2018, 10, 15),
    "lead_reviewers": "Aisha Bellamy (independent)",
    "terms_of_reference": (
        "Why signs of neglect seen by several agencies were not brought together, and how "
        "the neglect screening tool was used."
    ),
    "scope": "The two years before the incident; every agency that knew the family.",
    "methodology": "Appreciative inquiry with practitioners and the family",
    "status": PracticeReview.Status.PUBLISHED,
    "final_report_date": date(2019, 4, 10),
    "sent_to_panel_date": date(2019, 4, 17),
    "published_date": date(2019, 6, 27),
    "cost": Decimal("9850"),
    "staff_days": Decimal("6.0"),
}
LCSPR_FINDING = (
    "Neglect was not recognised because each agency saw only part of the picture.",
    "Use the neglect screening tool at the first concern and share the result.",
)
LCSPR_RECOMMENDATION = (
    "Partners should check, through a multi-agency audit, that the neglect screening tool "
    "is used at the first concern and its result shared with the other agencies."
)


def _agency(short_name: str) -> Agency:
    return Agency.objects.get(short_name=short_name)


def _plan_owner() -> Person:
    short, name, title = PLAN_OWNER
    owner, _ = Person.objects.get_or_create(
        agency=_agency(short),
        full_name=name,
        defaults={"job_title": title, "email": "jo.carver@example.org"},
    )
    return owner


def _raise(review: PracticeReview, recommendations: list) -> None:
    for text, actions in recommendations:
        recommendation = services.recommendation_add(user=None, review=review, text=text)
        for short, action_text, agreed, due, completed in actions:
            action = services.action_raise(
                user=None,
                recommendation=recommendation,
                text=action_text,
                owner_agency=_agency(short),
                due_date=due,
                agreed_on=agreed,
            )
            if completed is not None:
                plans.update_add(
                    user=None,
                    action=action,
                    text="Done: evidence seen by the case review group.",
                    update_date=completed,
                    status=Action.Status.COMPLETE,
                )


def _scrs(owner: Person) -> None:
    for spec in SCRS:
        if PracticeReview.objects.filter(reference=spec["reference"]).exists():
            continue
        fields = {k: v for k, v in spec.items() if k not in {"findings", "recommendations"}}
        review = services.review_create(
            user=None,
            kind=PracticeReview.Kind.SCR,
            status=PracticeReview.Status.AWAITING,
            plan_owner=owner,
            **fields,
        )
        for text, learning in spec["findings"]:
            services.finding_add(user=None, review=review, text=text, learning=learning)
        _raise(review, spec["recommendations"])


def _incidents(owner: Person, today: date) -> None:
    county = LocalAuthority.objects.get(ons_code=area.LOCAL_AUTHORITIES[0][1])
    for reference, harm, aware, notified, rapid in INCIDENTS:
        if SeriousIncident.objects.filter(reference=reference).exists():
            continue
        incident = services.incident_create(
            user=None,
            reference=reference,
            local_authority=county,
            harm=harm,
            aware_date=aware,
            notified_date=notified,
            partners_notified_date=notified,
        )
        started, completed, decision = rapid
        review = services.rapid_review_create(
            user=None,
            incident=incident,
            started_date=started,
            completed_date=completed,
            decision=decision,
            rationale=RATIONALES.get(decision, ""),
        )
        if decision == RapidReview.Decision.LOCAL_REVIEW:
            lcspr = services.review_create(
                user=None,
                kind=PracticeReview.Kind.LCSPR,
                rapid_review=review,
                plan_owner=owner,
                **LCSPR,
            )
            services.finding_add(
                user=None, review=lcspr, text=LCSPR_FINDING[0], learning=LCSPR_FINDING[1]
            )
            # Open, dated from the day the demo is built so it is never overdue.
            _raise(
                lcspr,
                [
                    (
                        LCSPR_RECOMMENDATION,
                        [
                            (
                                "WCC",
                                "Run the multi-agency neglect audit and report to the board.",
                                today - timedelta(days=14),
                                today + timedelta(days=90),
                                None,
                            )
                        ],
                    )
                ],
            )


@transaction.atomic
def demo_reviews(
    *, progress: Callable[[str], None] = lambda message: None, today: date | None = None
) -> None:
    """The two serious case reviews of 2017/18 and the incidents since; nothing made twice."""
    progress("Recording the 2017/18 serious case reviews and the serious incidents since")
    owner = _plan_owner()
    _scrs(owner)
    _incidents(owner, today or timezone.localdate())
