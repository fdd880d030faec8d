"""The demo's child death reviews: the source report's 2017/18, case by case, all synthetic.

The report's section 5 gives the figures the records reproduce:

- "17 panels were held across the sub-region during the year 2017-2018": 17
  panel meetings between April 2017 and March 2018;
- "a total of 77 deaths were reviewed ... 34 were from Warwickshire, 28 from
  Coventry and 15 from Solihull": 77 reviews at those meetings, by the
  child's local authority;
- the 34 Warwickshire deaths in its nine 'generic themes', which are the
  first nine statutory categories: none deliberately inflicted, 1 suicide or
  self-inflicted, 3 trauma, 1 malignancy, 1 acute, 1 chronic, 6 chromosomal,
  genetic and congenital, 20 perinatal/neonatal ("attributed to
  prematurity"), 1 infection (34 in all; none sudden and unexplained);
- "Warwickshire's panel raised 30 different actions in the year ... mainly
  feedback and learning": 30 actions, in the panel's 2017/18 action plan.

The report gives no categories for Coventry and Solihull, no modifiable
factors, dates or ages: those are invented, spread the way such deaths
usually are (neonatal deaths the most common). Every case number is made up
and no case is about a real child. Actions: 24 complete by 31 March 2018, the
other 6 in the following months (invented).

Only the deaths reviewed in 2017/18 are recorded (most of them notified the
year before), so the figures of deaths notified in 2017/18 are small: the
deaths that year which the panel reviewed later are not in the demo.

Three open cases, dated from the day the demo is first built, show the
timescales at work: one notified yesterday (its 48 hours running), one whose
national notification is overdue, one waiting for an agency's information.

Running it again changes nothing: the year, and each open case, is made once.
"""

from __future__ import annotations

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from safeboard.actions import services as action_services
from safeboard.actions.models import Action
from safeboard.cdop import services
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    ReviewMeeting,
)
from safeboard.demo import area
from safeboard.partnership.models import Agency, ChildDeathOverviewPanel, LocalAuthority, Person
from safeboard.records.years import year_bounds

YEAR = 2018
Category = CaseReview.Category

# The 17 panel meetings of 2017/18 (invented dates; the report gives the number).
MEETINGS = [
    date(2017, 4, 13),
    date(2017, 5, 4),
    date(2017, 5, 25),
    date(2017, 6, 15),
    date(2017, 7, 6),
    date(2017, 7, 27),
    date(2017, 8, 24),
    date(2017, 9, 14),
    date(2017, 10, 5),
    date(2017, 10, 26),
    date(2017, 11, 16),
    date(2017, 12, 7),
    date(2018, 1, 11),
    date(2018, 2, 1),
    date(2018, 2, 22),
    date(2018, 3, 8),
    date(2018, 3, 29),
]

# Deaths reviewed by category, per authority. Warwickshire's are the report's own.
CATEGORIES = {
    "Warwickshire": {
        Category.DELIBERATE: 0,
        Category.SUICIDE: 1,
        Category.TRAUMA: 3,
        Category.MALIGNANCY: 1,
        Category.ACUTE: 1,
        Category.CHRONIC: 1,
        Category.CONGENITAL: 6,
        Category.PERINATAL: 20,
        Category.INFECTION: 1,
        Category.SUDDEN: 0,
    },
    "Coventry": {  # invented: 28 in all
        Category.SUICIDE: 1,
        Category.TRAUMA: 2,
        Category.MALIGNANCY: 2,
        Category.ACUTE: 2,
        Category.CHRONIC: 2,
        Category.CONGENITAL: 6,
        Category.PERINATAL: 11,
        Category.INFECTION: 1,
        Category.SUDDEN: 1,
    },
    "Solihull": {  # invented: 15 in all
        Category.TRAUMA: 1,
        Category.MALIGNANCY: 1,
        Category.ACUTE: 1,
        Category.CHRONIC: 1,
        Category.CONGENITAL: 3,
        Category.PERINATAL: 7,
        Category.SUDDEN: 1,
    },
}
ACTIONS_RAISED = 30
ACTIONS_COMPLETE_BY_YEAR_END = 24

UNEXPECTED = {Category.DELIBERATE, Category.SUICIDE, Category.TRAUMA, Category.SUDDEN}
AGE_GROUPS = {
    Category.DELIBERATE: ["1-4"],
    Category.SUICIDE: ["15-17", "10-14"],
    Category.TRAUMA: ["10-14", "5-9", "15-17", "1-4"],
    Category.MALIGNANCY: ["5-9", "10-14"],
    Category.ACUTE: ["1-4", "28-364d"],
    Category.CHRONIC: ["5-9", "15-17"],
    Category.CONGENITAL: ["0-27d", "28-364d"],
    Category.PERINATAL: ["0-27d"],
    Category.INFECTION: ["28-364d", "1-4"],
    Category.SUDDEN: ["28-364d"],
}
PLACES = {
    Category.SUICIDE: ChildDeath.Place.HOME,
    Category.TRAUMA: ChildDeath.Place.PUBLIC_PLACE,
    Category.MALIGNANCY: ChildDeath.Place.HOSPICE,
    Category.SUDDEN: ChildDeath.Place.HOME,
}
RESPONSE_REASONS = {
    Category.DELIBERATE: ChildDeath.ResponseReason.SUSPICION,
    Category.SUICIDE: ChildDeath.ResponseReason.EXTERNAL,
    Category.TRAUMA: ChildDeath.ResponseReason.EXTERNAL,
    Category.SUDDEN: ChildDeath.ResponseReason.SUDDEN,
}
# Where the modifiable factors sat, by category (invented, typical of such findings).
DOMAINS = {
    Category.SUICIDE: ("factors_social", "factors_service"),
    Category.TRAUMA: ("factors_physical",),
    Category.SUDDEN: ("factors_social",),
    Category.PERINATAL: ("factors_social",),
    Category.INFECTION: ("factors_service",),
}

# (what the panel learned, the action, owner agency's short name): feedback and learning.
LEARNING = [
    (
        "Safer sleeping advice is not always repeated to parents after discharge.",
        (
            "Give safer sleeping advice, with the bag of items that support it, to every new "
            "parent before discharge."
        ),
        "SWFT",
    ),
    (
        "Smoking in pregnancy was a factor in several neonatal deaths.",
        "Offer every pregnant smoker a referral to stop-smoking support at booking.",
        "CCGs",
    ),
    (
        "Professionals did not always know that a young person had self-harmed before.",
        "Share the learning on recorded self-harm with school nurses and GPs.",
        "CWPT",
    ),
    (
        "Road safety around schools came up in the review of traumatic deaths.",
        "Feed the panel's findings into the county's road safety programme.",
        "WCC",
    ),
    (
        "Families were not always told what the review process is.",
        "Give every bereaved family the leaflet on child death reviews and a key worker.",
        "CCGs",
    ),
    (
        "Reporting forms came late from some practices.",
        "Remind GP practices of the reporting form and its timescale.",
        "CCGs",
    ),
    (
        "Open water was a risk in the summer months.",
        "Share water safety messages with schools before the summer holidays.",
        "Schools",
    ),
    (
        "Sepsis was not always recognised early in infants.",
        "Feed back to the emergency department on recognising sepsis in infants.",
        "SWFT",
    ),
    (
        "The police's early information made the joint agency response work well.",
        "Share the joint agency response practice with the other forces' leads.",
        "Police",
    ),
    (
        "Learning from reviews was not always reaching frontline staff.",
        "Publish a learning summary from the panel each quarter.",
        "WCC",
    ),
]

# The open cases: (number, days before today notified, notified nationally?, information?)
OPEN_CASES = [
    ("CSW-LIVE-01", 1, False, False),
    ("CSW-LIVE-02", 9, False, True),
    ("CSW-LIVE-03", 20, True, True),
]


def _reviews_to_make() -> list[tuple[str, int]]:
    """(authority, category) for each of the 77 deaths, the authorities taken in turn."""
    queues = {
        name: [category for category, n in by_category.items() for _ in range(n)]
        for name, by_category in CATEGORIES.items()
    }
    order: list[tuple[str, int]] = []
    while any(queues.values()):
        for name, queue in queues.items():
            if queue:
                order.append((name, queue.pop(0)))
    return order


def _meeting_of(index: int, total: int) -> int:
    """Spread the deaths over the meetings: the first ones take one more each."""
    per, extra = divmod(total, len(MEETINGS))
    bound = 0
    for meeting in range(len(MEETINGS)):
        bound += per + (meeting < extra)
        if index < bound:
            return meeting
    return len(MEETINGS) - 1


def _modifiable(category: int, k: int) -> str:
    if category in (Category.SUICIDE, Category.TRAUMA, Category.SUDDEN):
        return CaseReview.Modifiable.YES
    if category == Category.PERINATAL and k % 4 == 0:
        return CaseReview.Modifiable.YES
    if category == Category.INFECTION and k % 2 == 0:
        return CaseReview.Modifiable.YES
    if k % 19 == 7:
        return CaseReview.Modifiable.INSUFFICIENT
    return CaseReview.Modifiable.NO


def _agency(short_name: str) -> Agency:
    return Agency.objects.get(short_name=short_name)


def _plan_owner() -> Person:
    person = Person.objects.filter(job_title="Designated doctor for child deaths").first()
    return person or Person.objects.order_by("pk").first()


def _make_year(panel: ChildDeathOverviewPanel) -> None:
    authorities = {la.name: la for la in LocalAuthority.objects.filter(cdop_panel=panel)}
    meetings = [
        services.panel_meeting_save(user=None, meeting=PanelMeeting(panel=panel, held_on=held))
        for held in MEETINGS
    ]
    to_make = _reviews_to_make()
    reviews: list[CaseReview] = []
    for k, (authority, category) in enumerate(to_make):
        meeting = meetings[_meeting_of(k, len(to_make))]
        died = meeting.held_on - timedelta(days=110 + (k * 37) % 400)
        unexpected = category in UNEXPECTED
        death = services.death_save(
            user=None,
            death=ChildDeath(
                panel=panel,
                case_reference=f"CSW-{died:%y}-{k + 1:03d}",
                local_authority=authorities[authority],
                date_of_death=died,
                notified_on=died + timedelta(days=k % 3),
                age_group=AGE_GROUPS[category][k % len(AGE_GROUPS[category])],
                sex=ChildDeath.Sex.FEMALE if k % 2 else ChildDeath.Sex.MALE,
                place_of_death=PLACES.get(category, ChildDeath.Place.HOSPITAL),
                expectation=ChildDeath.Expectation.UNEXPECTED
                if unexpected
                else ChildDeath.Expectation.EXPECTED,
                joint_agency_response=unexpected,
                response_reason=RESPONSE_REASONS.get(category, "") if unexpected else "",
            ),
        )
        _gather(death, k, unexpected)
        modifiable = _modifiable(category, k)
        domains = DOMAINS.get(category, ("factors_child",))
        reviews.append(
            services.review_save(
                user=None,
                review=CaseReview(
                    death=death,
                    meeting=meeting,
                    category=category,
                    modifiable=modifiable,
                    **{field: modifiable == CaseReview.Modifiable.YES for field in domains},
                ),
            )
        )
    _raise_actions(reviews)


def _gather(death: ChildDeath, k: int, unexpected: bool) -> None:
    """Reporting forms from the agencies that knew the child; a review meeting if unexpected."""
    requested = death.notified_on + timedelta(days=1)
    agencies = ["SWFT", "Police"] if unexpected else ["SWFT"]
    for short_name in agencies:
        information = services.information_save(
            user=None,
            information=AgencyInformation(
                death=death, agency=_agency(short_name), requested_on=requested
            ),
        )
        late = k % 9 == 0  # a few come late
        information.received_on = information.due_on + timedelta(days=3 if late else -2)
        services.information_save(user=None, information=information)
    if unexpected:
        held = death.date_of_death + timedelta(days=63)
        notice = held - timedelta(days=21 if k % 7 == 0 else 35)
        services.review_meeting_save(
            user=None,
            meeting=ReviewMeeting(
                death=death,
                held_on=held,
                notice_given_on=notice,
                post_mortem=ReviewMeeting.PostMortem.AVAILABLE,
            ),
            agencies=[_agency(s) for s in ("SWFT", "Police", "WCC")],
        )


def _raise_actions(reviews: list[CaseReview]) -> None:
    """30 actions: from the reviews with modifiable factors first, then others, in order."""
    ordered = [r for r in reviews if r.modifiable == CaseReview.Modifiable.YES] + [
        r for r in reviews if r.modifiable != CaseReview.Modifiable.YES
    ]
    owner = _plan_owner()
    for n, review in enumerate(ordered[:ACTIONS_RAISED]):
        learning, text, short_name = LEARNING[n % len(LEARNING)]
        raised = services.action_raise(
            user=None,
            review=review,
            learning=learning,
            text=text,
            owner_agency=_agency(short_name),
            due_date=review.meeting.held_on + timedelta(days=91),
            plan_owner=owner,
        )
        held = review.meeting.held_on
        done = (
            min(held + timedelta(days=30), year_bounds(YEAR)[1])
            if n < ACTIONS_COMPLETE_BY_YEAR_END
            else date(2018, 4, 20) + timedelta(days=14 * (n - ACTIONS_COMPLETE_BY_YEAR_END))
        )
        action_services.update_add(
            user=None,
            action=raised.action,
            text="Done: the panel has seen the evidence.",
            update_date=done,
            status=Action.Status.COMPLETE,
        )


def _make_open_cases(panel: ChildDeathOverviewPanel, today: date) -> None:
    county = LocalAuthority.objects.get(name=area.LOCAL_AUTHORITIES[0][0])
    for reference, days_ago, notified_nationally, asked in OPEN_CASES:
        if ChildDeath.objects.filter(panel=panel, case_reference=reference).exists():
            continue
        notified = today - timedelta(days=days_ago)
        death = services.death_save(
            user=None,
            death=ChildDeath(
                panel=panel,
                case_reference=reference,
                local_authority=county,
                date_of_death=notified - timedelta(days=1),
                notified_on=notified,
                age_group=ChildDeath.AgeGroup.INFANT,
                place_of_death=ChildDeath.Place.HOSPITAL,
                expectation=ChildDeath.Expectation.UNEXPECTED,
                joint_agency_response=True,
                response_reason=ChildDeath.ResponseReason.SUDDEN,
                national_notified_on=notified + timedelta(days=1) if notified_nationally else None,
            ),
        )
        if asked:
            services.information_save(
                user=None,
                information=AgencyInformation(
                    death=death, agency=_agency("SWFT"), requested_on=notified
                ),
            )


@transaction.atomic
def demo_cdop(*, progress=lambda message: None, today: date | None = None) -> None:
    """The panel's 2017/18 and three open cases; nothing made twice."""
    panel = ChildDeathOverviewPanel.objects.get(name=area.CDOP_PANEL)
    if not PanelMeeting.objects.filter(panel=panel, held_on__range=year_bounds(YEAR)).exists():
        progress("Recording the child death overview panel's 2017/18: 17 panels, 77 deaths")
        _make_year(panel)
    _make_open_cases(panel, today or timezone.localdate())
