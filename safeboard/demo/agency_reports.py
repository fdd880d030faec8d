"""The demo's lead agency reports for 2017/18, from the source report's Appendix B.

The four themes are the source report's. The accepted reports of the
clinical commissioning groups, the Police and the County Council are short
extracts of their own text in Appendix B (the extraction's line breaks
mended, nothing reworded). Two more agencies show the rest of the workflow,
with synthetic text: South Warwickshire NHS Foundation Trust's report was
returned with a comment, and Coventry and Warwickshire Partnership Trust's
is still a draft.

The demo has one agency lead (the Police's) and no account for the other
agencies' leads (the demo makes one user per role), so the reports are
written here directly, each record checked with ``full_clean``, rather than
through the services that require the agency's own lead. The business unit's
demo user is recorded as the reviewer. Running it again adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db import transaction

from safeboard.accounts.models import User
from safeboard.agency_reports.models import AgencyReport, ReportItem, ReportReview, Theme
from safeboard.partnership.models import Agency, Partnership

YEAR = 2018  # 2017/18
LONDON = ZoneInfo("Europe/London")

THEMES = [
    (
        "Diversity and equality",
        (
            "How the agency makes sure every child is safeguarded equally, "
            "whatever their background or needs."
        ),
    ),
    ("Neglect", "How the agency recognises neglect and responds to it."),
    (
        "Child sexual exploitation",
        (
            "How the agency identifies and responds to child sexual exploitation, "
            "missing children and trafficking."
        ),
    ),
    ("Early help", "How the agency offers, supports and uses early help."),
]

DID, PLAN = ReportItem.Kind.DID, ReportItem.Kind.PLAN

# (agency short name) -> [(theme, did or plan, text)], from Appendix B.
ACCEPTED = {
    "CCGs": [
        (
            "Diversity and equality",
            DID,
            (
                "We have achieved successful communication between the MASH and Primary care in "
                "the form of notifications and identification of vulnerable individuals requiring "
                "additional support."
            ),
        ),
        (
            "Diversity and equality",
            PLAN,
            (
                "The CCG's will continue to work closely with partners to identify areas where "
                "there are differences in the people accessing services and collaboratively put in "
                "place interventions to ensure all children in Warwickshire are safeguarded equally."
            ),
        ),
        (
            "Neglect",
            DID,
            (
                "Ongoing work with partners in addressing the identification of Neglect and "
                "awareness raising via the following:\n"
                "- Shared learning from Serious Case reviews (SCR) and Domestic Homicide Reviews "
                "(DHR) and within training sessions, learning forums, and reflective practice "
                "within supervision.\n"
                "- Protected learning time events for Primary care with a specific focus on neglect "
                "have been held across the county."
            ),
        ),
        (
            "Neglect",
            PLAN,
            (
                "The CCG's will continue to work effectively with partners and commissioned services "
                "to ensure that neglect is recognised and children and young people are safeguarded "
                "effectively."
            ),
        ),
        (
            "Child sexual exploitation",
            DID,
            (
                "The CCG's have worked with partners in Public health to devise a tool to audit the "
                "use of the CSE screening tool and general identification of CSE across health "
                "providers in Warwickshire."
            ),
        ),
        (
            "Child sexual exploitation",
            PLAN,
            (
                "The CCG's will continue to work with Public health to understand any barriers "
                "health providers have in the identification and assessment of young people who "
                "are at risk of CSE."
            ),
        ),
        ("Early help", DID, "The CCGs have continued to work with partners throughout 2017-18."),
        (
            "Early help",
            PLAN,
            (
                "The CCG's will continue to work effectively with partners and commissioned services "
                "to ensure that early help is recognised and children and young people are "
                "safeguarded effectively and receive intervention in a timely manner."
            ),
        ),
    ],
    "Police": [
        (
            "Diversity and equality",
            DID,
            (
                "Strengthened recognition of exploitation in boys and young men through hosting a "
                "'Crashing' workshop, attended by over 300 professionals, and implementing a "
                "specialist 'boys' support worker."
            ),
        ),
        (
            "Diversity and equality",
            PLAN,
            (
                "Develop additional communications materials and strengthen training and awareness "
                "of CSE within Sport and boys and young men, and trafficking."
            ),
        ),
        (
            "Neglect",
            DID,
            (
                "Strengthened the robustness of the missing children intervention process, reducing "
                "the threshold to 3 episodes in 90 days and introducing a system of escalation."
            ),
        ),
        (
            "Neglect",
            DID,
            (
                "Introduced a multi-agency Missing Children Panel to review long term cases where "
                "children remain missing beyond 3 months."
            ),
        ),
        (
            "Neglect",
            PLAN,
            (
                "Strengthen our response to Missing Children to reduce volume of repeat episodes "
                "through provision of additional Police resources, enhanced problem solving and "
                "provision of training."
            ),
        ),
        (
            "Child sexual exploitation",
            DID,
            (
                "Provided training on Trafficking and improved information sharing between agencies, "
                "leading to significantly enhanced identification of potential trafficked children "
                "cases through referrals to the National Referral Mechanism, up by 92%."
            ),
        ),
        (
            "Child sexual exploitation",
            DID,
            (
                "Spread the reach of our awareness raising into the 'night time economy', with "
                "training sessions provided to staff in hotels and licenced premises, including "
                "door supervisors, bars, nightclubs and fast food venues."
            ),
        ),
        (
            "Child sexual exploitation",
            PLAN,
            (
                "Strengthen our arrangements to identify, support and safeguard children exposed to "
                "wider criminal exploitation, including county lines."
            ),
        ),
        (
            "Early help",
            PLAN,
            (
                "Intensify our capability for early identification of children potentially at risk "
                "and the response provided to such cases."
            ),
        ),
    ],
    "WCC": [
        (
            "Diversity and equality",
            DID,
            (
                "The council undertakes equality impact assessments which support scrutiny and "
                "challenge about changes which may impact upon those with protected "
                "characteristics."
            ),
        ),
        (
            "Diversity and equality",
            PLAN,
            (
                "WCC will continue to ensure that referrers are asked to provide accurate details of "
                "children at the point of referral and where this is not immediately available will "
                "be followed up by the social worker should the case progress and a service "
                "provided."
            ),
        ),
        (
            "Neglect",
            DID,
            (
                "The MASH provided a single point of access for consultation and referrals to "
                "children's services."
            ),
        ),
        (
            "Neglect",
            DID,
            "We are embedding the tools for neglect to enhance social care practice.",
        ),
        (
            "Neglect",
            PLAN,
            (
                "As well as embedding the tools for neglect, WCC Children's Services is implementing "
                "Restorative Practice as the new approach to working with children and families."
            ),
        ),
        (
            "Child sexual exploitation",
            DID,
            (
                "A dedicated CSE, Missing, and Trafficking Co-ordinator post was recruited to which "
                "will bring greater cohesion between the services."
            ),
        ),
        (
            "Child sexual exploitation",
            PLAN,
            (
                'Further work is being done on "County Lines". A County Lines procedure is to be '
                "developed."
            ),
        ),
        (
            "Early help",
            DID,
            (
                "An early help strategy was approved by WCC and WSCB and launched at an Early Help "
                "Conference held in January 2018."
            ),
        ),
        (
            "Early help",
            PLAN,
            (
                "The Early Help Strategy will be embedded. A review of the services provided by the "
                "Council to the Early Help network is to be undertaken in 2019."
            ),
        ),
    ],
}

# Synthetic: the rest of the workflow.
RETURNED = (
    "SWFT",
    [
        (
            "Neglect",
            DID,
            (
                "- Safeguarding supervision for health visitors and school nurses focused on "
                "neglect.\n- Neglect screening added to the maternity booking appointment."
            ),
        ),
        ("Early help", DID, "Health visitors took part in the early help conference."),
    ],
    (
        "Please add what the trust plans to do in 2018-19 under each theme, as the other "
        "agencies have, then submit the report again."
    ),
)
DRAFT = (
    "CWPT",
    [("Child sexual exploitation", DID, "Child and adolescent mental health staff trained.")],
)


def _at(month: int, day: int) -> datetime:
    return datetime(YEAR, month, day, 10, 0, tzinfo=LONDON)


def _save(instance, user=None) -> None:
    instance.full_clean()
    instance._history_user = user  # the change history names who did it, as the site would
    instance.save()


def _report(agency: Agency, items, *, status: str, submitted: datetime | None, user=None):
    report = AgencyReport(
        agency=agency,
        year=YEAR,
        status=status,
        submitted_by=user,
        submitted_at=submitted,
        opened_by=user,
    )
    _save(report, user)
    themes = {theme.title: theme for theme in Theme.objects.filter(year=YEAR)}
    positions: dict[tuple[str, str], int] = {}
    for title, kind, text in items:
        position = positions[(title, kind)] = positions.get((title, kind), 0) + 1
        _save(
            ReportItem(report=report, theme=themes[title], kind=kind, text=text, position=position),
            user,
        )
    return report


@transaction.atomic
def demo_agency_reports(*, progress: Callable[[str], None] = lambda message: None) -> None:
    progress("Writing the 2017-18 lead agency reports from Appendix B")
    partnership = Partnership.objects.order_by("pk").first()
    business_unit = User.objects.filter(username="demo-business-unit").first()
    police_lead = User.objects.filter(username="demo-agency-lead").first()
    for order, (title, description) in enumerate(THEMES, start=1):
        if not Theme.objects.filter(partnership=partnership, year=YEAR, title=title).exists():
            _save(
                Theme(
                    partnership=partnership,
                    year=YEAR,
                    order=order,
                    title=title,
                    description=description,
                ),
                business_unit,
            )
    for day, (short_name, items) in enumerate(ACCEPTED.items(), start=1):
        agency = Agency.objects.get(short_name=short_name)
        if AgencyReport.objects.filter(agency=agency, year=YEAR).exists():
            continue
        author = police_lead if short_name == "Police" else None
        report = _report(
            agency,
            items,
            status=AgencyReport.Status.ACCEPTED,
            submitted=_at(6, 10 + day),
            user=author,
        )
        _save(
            ReportReview(
                report=report,
                decision=ReportReview.Decision.ACCEPTED,
                reviewed_by=business_unit,
                reviewed_at=_at(7, 2 + day),
            ),
            business_unit,
        )
    short_name, items, comment = RETURNED
    agency = Agency.objects.get(short_name=short_name)
    if not AgencyReport.objects.filter(agency=agency, year=YEAR).exists():
        report = _report(agency, items, status=AgencyReport.Status.RETURNED, submitted=_at(6, 28))
        _save(
            ReportReview(
                report=report,
                decision=ReportReview.Decision.RETURNED,
                comment=comment,
                reviewed_by=business_unit,
                reviewed_at=_at(7, 6),
            ),
            business_unit,
        )
    short_name, items = DRAFT
    agency = Agency.objects.get(short_name=short_name)
    if not AgencyReport.objects.filter(agency=agency, year=YEAR).exists():
        _report(agency, items, status=AgencyReport.Status.DRAFT, submitted=None)
