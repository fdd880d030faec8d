"""The export areas: ``cdop`` (case records) and ``cdop-figures`` (the published figures).

``safeboard export cdop`` holds the case records: only the panel's members
and the business unit may export it (``Visibility.CDOP``; the export is
refused for everyone else, and logged for those allowed). ``cdop-figures``
is the panel's year with small numbers suppressed, for every signed-in role:
no case number, date or any one child's details in it.
"""

from __future__ import annotations

from safeboard.access.visibility import Visibility
from safeboard.cdop import selectors, summaries
from safeboard.cdop.figures import year_figures
from safeboard.records.areas import BoardArea, Table
from safeboard.records.years import year_bounds

FIGURE_HEADERS = ["Figure", "Breakdown", "Value"]


def _figure_table(year: int, *, suppressed: bool) -> Table:
    panel = summaries.partnership_panel()
    rows = []
    if panel is not None:
        figures = year_figures(panel=panel, year=year, suppressed=suppressed)
        rows = [[row.figure, row.breakdown, row.shown] for row in figures.rows()]
    return Table("figures", FIGURE_HEADERS, rows)


def _case_tables(user, year: int) -> list[Table]:
    bounds = year_bounds(year)
    deaths = selectors.death_list(user=user, year=year).order_by("notified_on", "case_reference")
    information = (
        selectors.information_list(user=user)
        .filter(requested_on__range=bounds)
        .order_by("requested_on", "pk")
    )
    meetings = (
        selectors.review_meeting_list(user=user).filter(held_on__range=bounds).order_by("held_on")
    )
    panels = selectors.panel_meeting_list(user=user, year=year).order_by("held_on")
    reviews = (
        selectors.review_list(user=user)
        .filter(meeting__held_on__range=bounds)
        .order_by("meeting__held_on", "death__case_reference")
    )
    raised = (
        selectors.raised_action_list(user=user)
        .filter(review__meeting__held_on__range=bounds)
        .order_by("review__death__case_reference", "pk")
    )
    return [
        Table(
            "deaths",
            [
                "Case number",
                "Panel",
                "Area of residence",
                "Date of death",
                "Date the panel was notified",
                "Age group",
                "Sex",
                "Place of death",
                "Expected or unexpected",
                "Joint agency response",
                "Why",
                "Notified to the national database",
            ],
            [
                [
                    d.case_reference,
                    d.panel.name,
                    d.local_authority.name,
                    d.date_of_death,
                    d.notified_on,
                    d.get_age_group_display(),
                    d.get_sex_display(),
                    d.get_place_of_death_display(),
                    d.get_expectation_display(),
                    d.joint_agency_response,
                    d.get_response_reason_display(),
                    d.national_notified_on,
                ]
                for d in deaths
            ],
        ),
        Table(
            "information",
            [
                "Case number",
                "Agency",
                "What was asked for",
                "Requested",
                "Working days allowed",
                "Due",
                "Received",
            ],
            [
                [
                    i.death.case_reference,
                    i.agency.name,
                    i.get_form_display(),
                    i.requested_on,
                    i.working_days_allowed,
                    i.due_on,
                    i.received_on,
                ]
                for i in information
            ],
        ),
        Table(
            "review_meetings",
            ["Case number", "Date", "Invitations sent", "Agencies attending", "Post-mortem report"],
            [
                [
                    m.death.case_reference,
                    m.held_on,
                    m.notice_given_on,
                    ", ".join(a.name for a in m.agencies.all()),
                    m.get_post_mortem_display(),
                ]
                for m in meetings
            ],
        ),
        Table(
            "panel_meetings",
            ["Date", "Panel", "Deaths reviewed"],
            [[m.held_on, m.panel.name, m.reviews.count()] for m in panels],
        ),
        Table(
            "reviews",
            [
                "Case number",
                "Area of residence",
                "Panel meeting",
                "Category code",
                "Category of death",
                "Category scheme",
                "Modifiable factors",
                "Factors in the child",
                "Factors in the social environment",
                "Factors in the physical environment",
                "Factors in service delivery",
                "Learning",
                "Sent to the national database",
            ],
            [
                [
                    r.death.case_reference,
                    r.death.local_authority.name,
                    r.meeting.held_on,
                    r.category,
                    r.get_category_display(),
                    r.category_scheme,
                    r.get_modifiable_display(),
                    r.factors_child,
                    r.factors_social,
                    r.factors_physical,
                    r.factors_service,
                    r.learning,
                    r.national_submitted_on,
                ]
                for r in reviews
            ],
        ),
        Table(
            "actions_raised",
            ["Case number", "Action", "Text", "Owner agency", "Due", "Status", "Completed"],
            [
                [
                    r.review.death.case_reference,
                    r.action.reference,
                    r.action.text,
                    r.action.owner_agency.name,
                    r.action.due_date,
                    r.action.get_status_display(),
                    r.action.completed_date,
                ]
                for r in raised
            ],
        ),
        _figure_table(year, suppressed=False),
    ]


def _published_tables(user, year: int) -> list[Table]:
    return [_figure_table(year, suppressed=True)]


EXPORT_AREAS = [
    BoardArea(
        name="cdop",
        label="Child death reviews",
        description="The deaths notified to the child death overview panel, the information "
        "gathered, the meetings, the panel's decisions and the actions raised. Restricted to "
        "the panel's members and the business unit.",
        url_name="cdop:index",
        visibility=Visibility.CDOP,
        tables=_case_tables,
        order=80,
    ),
    BoardArea(
        name="cdop-figures",
        label="Child death review figures",
        description="The child death overview panel's year: panels held, deaths reviewed by "
        "local authority and category, modifiable factors, time to review and actions raised, "
        "with small numbers suppressed.",
        url_name="cdop:figures",
        visibility=Visibility.SIGNED_IN,
        tables=_published_tables,
        order=81,
    ),
]
