"""The demo's action plan: the source report's section 7, the Ofsted inspection of 2017.

The inspection took three weeks in May 2017; its report was published on 14
July 2017 and found that the LSCB "requires improvement". Its four
recommendations are the source report's, word for word. The actions under
them are synthetic, drawn from what section 7 says was done (an LGA peer
review of early help, a new threshold document, a chair found for the audit
sub-group with a CCG lead, a neglect toolkit published with an evaluation).

Four actions are complete (in 2017/18 and 2018/19). The open ones are dated
from the day the demo is built, so its home page always shows one action at
risk, one overdue and one stalled, and one coming due for ``safeboard remind``.
Running it again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from safeboard.accounts.models import User
from safeboard.actions import services
from safeboard.actions.models import Action, ActionPlan
from safeboard.partnership.models import Agency, Person

TITLE = "Ofsted inspection of the LSCB 2017: action plan"
SOURCE_TITLE = "Ofsted inspection of Warwickshire Local Safeguarding Children Board"
SOURCE_REFERENCE = "Inspection over three weeks in May 2017; report published 14 July 2017"
SOURCE_OUTCOME = "Requires improvement"
PUBLISHED = date(2017, 7, 14)
AGREED = date(2017, 8, 1)

RECOMMENDATIONS = [
    (
        "Complete a review of the effectiveness of the early help offer without delay. The "
        "board should ensure that a threshold document is in place that helps partners to "
        "understand and apply thresholds when making decisions about their roles in supporting "
        "families or referring to children's social care."
    ),
    (
        "Ensure effective monitoring and evaluation of multi-agency and single-agency auditing "
        "of safeguarding practice across all partners."
    ),
    (
        "Ensure that the board has a full understanding of any gaps in the provision of "
        "equitable services to children who have a disability or are of a different cultural "
        "and ethnic background, in order to assure itself that services are meeting the needs "
        "of all children."
    ),
    (
        "Ensure that neglect screening and assessment tools are implemented and that a plan is "
        "in place to review their effectiveness."
    ),
]

# Synthetic attendance at the threshold workshops, kept as a CSV evidence file.
WORKSHOPS_CSV = (
    b"workshop,date,sector,delegates\r\n"
    b"1,2018-01-17,Local authority,22\r\n"
    b"1,2018-01-17,Health,9\r\n"
    b"2,2018-02-07,Education,31\r\n"
    b"3,2018-02-21,Police,14\r\n"
    b"4,2018-03-07,Voluntary sector,18\r\n"
)

# Synthetic lead people: (agency short name, name, job title).
LEADS = {
    "early-help": ("WCC", "Morgan Hale", "Head of early help"),
    "quality": ("CCGs", "Dee Archer", "Designated nurse for safeguarding"),
    "police-audit": ("Police", "Li Bellamy", "Detective chief inspector, public protection"),
    "data": ("WCC", "Jo Fairley", "Performance and information manager"),
    "neglect": ("SWFT", "Sam Dunmore", "Named nurse for safeguarding children"),
}


def _days(n: int) -> date:
    return timezone.localdate() + timedelta(days=n)


def _actions() -> list[dict]:
    """Each action: recommendation, owner, lead, text, agreed, due, and its updates
    (date, text, new status or None)."""
    done, on_track, at_risk = (
        Action.Status.COMPLETE,
        Action.Status.ON_TRACK,
        Action.Status.AT_RISK,
    )
    return [
        {
            "recommendation": 1,
            "agency": "WCC",
            "lead": "early-help",
            "text": (
                "Commission a peer review of the early help offer from the Local Government "
                "Association and agree an action plan from its findings."
            ),
            "agreed": AGREED,
            "due": date(2018, 1, 31),
            "updates": [
                (date(2017, 10, 12), "Peer review team booked for November.", on_track),
                (
                    date(2018, 1, 19),
                    "Peer review reported; its action plan agreed by the board.",
                    done,
                ),
            ],
        },
        {
            "recommendation": 1,
            "agency": "WCC",
            "lead": "early-help",
            "text": (
                "Publish a new threshold document and promote it through inter-agency training "
                "and workshops, with a prominent link on the website."
            ),
            "agreed": AGREED,
            "due": date(2018, 3, 31),
            "updates": [
                (date(2017, 11, 30), "Draft threshold document out to partners.", on_track),
                (date(2018, 3, 15), "Published, and four workshops held.", done),
            ],
            "evidence": [
                (
                    "Delegates at the four threshold workshops, by sector (synthetic figures).",
                    ("threshold-workshops.csv", WORKSHOPS_CSV),
                ),
                ("The threshold document is linked from the home page of the website.", None),
            ],
        },
        {
            "recommendation": 1,
            "agency": "WCC",
            "lead": "early-help",
            "text": (
                "Agree an early help strategy with the safeguarding partners, with the board "
                "monitoring its delivery."
            ),
            "agreed": date(2018, 4, 16),
            "due": _days(60),
            "updates": [
                (date(2018, 6, 1), "Strategy drafted with partners.", on_track),
                (
                    _days(-20),
                    "Sign-off delayed: two partners have not yet agreed their part.",
                    at_risk,
                ),
            ],
        },
        {
            "recommendation": 2,
            "agency": "CCGs",
            "lead": "quality",
            "text": (
                "Find a chair for the quality assurance sub-group and restart its audit programme."
            ),
            "agreed": AGREED,
            "due": date(2018, 3, 31),
            "updates": [
                (date(2018, 1, 8), "No chair found yet; the programme is paused.", at_risk),
                (date(2018, 5, 10), "A CCG lead now chairs the sub-group.", done),
            ],
        },
        {
            "recommendation": 2,
            "agency": "Police",
            "lead": "police-audit",
            "text": (
                "Report single-agency audit findings to the quality assurance sub-group every "
                "quarter."
            ),
            "agreed": date(2018, 5, 10),
            "due": _days(-30),
            "updates": [
                (date(2018, 7, 2), "First quarterly report given.", on_track),
                (_days(-25), "The latest report is still being written.", None),
            ],
        },
        {
            "recommendation": 3,
            "agency": "WCC",
            "lead": "data",
            "text": (
                "Improve the recording of ethnicity, language and disability in children's "
                "social care records, and report the gaps to the board each quarter."
            ),
            "agreed": AGREED,
            "due": _days(120),
            "updates": [
                (_days(-130), "Recording audit done; gaps reported to the board.", on_track),
            ],
        },
        {
            "recommendation": 3,
            "agency": "VCS",
            "lead": None,
            "text": (
                "Learn from the Safeguarding Adults Board's work with black and minority ethnic "
                "communities, and plan outreach on safeguarding services with them."
            ),
            "agreed": _days(-30),
            "due": _days(90),
            "updates": [],
        },
        {
            "recommendation": 4,
            "agency": "WCC",
            "lead": None,
            "text": "Publish the neglect toolkit and train practitioners in every agency to use it.",
            "agreed": AGREED,
            "due": date(2018, 3, 31),
            "updates": [
                (date(2017, 12, 4), "Toolkit written; training planned.", on_track),
                (date(2018, 2, 28), "Toolkit published and training under way.", done),
            ],
        },
        {
            "recommendation": 4,
            "agency": "SWFT",
            "lead": "neglect",
            "text": "Evaluate how the neglect toolkit is used, and report to the board.",
            "agreed": date(2018, 3, 1),
            "due": _days(10),
            "updates": [
                (_days(-10), "Evaluation survey closed; report being written.", on_track),
            ],
        },
    ]


def _lead(key: str | None) -> Person | None:
    if key is None:
        return None
    short_name, full_name, job_title = LEADS[key]
    agency = Agency.objects.get(short_name=short_name)
    email = full_name.lower().replace(" ", ".") + "@example.org"
    person, _ = Person.objects.get_or_create(
        agency=agency,
        full_name=full_name,
        defaults={"job_title": job_title, "email": email},
    )
    return person


def _user(username: str):
    return User.objects.filter(username=username).first()


@transaction.atomic
def demo_actions(*, progress: Callable[[str], None] = lambda message: None) -> ActionPlan:
    """The Ofsted 2017 plan with its recommendations, actions and updates (once only)."""
    existing = ActionPlan.objects.filter(title=TITLE).first()
    if existing is not None:
        return existing
    progress("Recording the Ofsted 2017 action plan and its actions")
    business_unit = _user("demo-business-unit")
    police_lead = _user("demo-agency-lead")
    owner = business_unit.person if business_unit and business_unit.person_id else _lead("quality")
    plan = services.plan_create(
        user=business_unit,
        title=TITLE,
        source_kind=ActionPlan.SourceKind.INSPECTION,
        source_title=SOURCE_TITLE,
        source_reference=SOURCE_REFERENCE,
        source_outcome=SOURCE_OUTCOME,
        source_date=PUBLISHED,
        owner=owner,
    )
    recommendations = [
        services.recommendation_add(user=business_unit, plan=plan, text=text)
        for text in RECOMMENDATIONS
    ]
    for spec in _actions():
        agency = Agency.objects.get(short_name=spec["agency"])
        action = services.action_add(
            user=business_unit,
            recommendation=recommendations[spec["recommendation"] - 1],
            text=spec["text"],
            owner_agency=agency,
            lead_person=_lead(spec["lead"]),
            due_date=spec["due"],
            agreed_on=spec["agreed"],
        )
        writer = police_lead if spec["agency"] == "Police" and police_lead else business_unit
        for day, text, status in spec["updates"]:
            services.update_add(
                user=writer, action=action, text=text, update_date=day, status=status
            )
        for text, upload in spec.get("evidence", ()):
            services.evidence_add(
                user=writer,
                action=action,
                text=text,
                upload=SimpleUploadedFile(*upload) if upload else None,
            )
    return plan
