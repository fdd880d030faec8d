"""The child death review records as record types: list, detail, create, edit, history.

Every one is restricted (``Visibility.CDOP``) and logs each read of a record
(``log_reads``); ``routing.logged_record_urls`` logs the list, edit and
history pages as well. Only the business unit adds or changes them.
"""

from __future__ import annotations

from safeboard.cdop import policy, presenters, selectors, services
from safeboard.cdop.forms import (
    DeathForm,
    InformationForm,
    PanelMeetingForm,
    ReviewForm,
    ReviewMeetingForm,
)
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    ReviewMeeting,
)
from safeboard.records.types import Column, RecordType
from safeboard.records.years import year_bounds

AREA_LABEL = "Child death reviews"
EXPORT_AREA = "cdop"


def _save(service, name: str):
    def save(*, form, user, instance):
        return service(user=user, **{name: form.instance})

    return save


def _review_meeting_save(*, form, user, instance):
    return services.review_meeting_save(
        user=user, meeting=form.instance, agencies=form.cleaned_data.get("agencies")
    )


COMMON = {
    "can_create": policy.can_manage,
    "can_edit": policy.can_manage,
    "log_reads": True,
    "area_label": AREA_LABEL,
    "export_area": EXPORT_AREA,
}

DEATHS = RecordType(
    namespace="cdop",
    slug="death",
    model=ChildDeath,
    form=DeathForm,
    title="Child deaths notified",
    intro="Each death notified to the panel, by the panel's case number: never the child's "
    "name or NHS number.",
    columns=(
        Column("Case", "case_reference"),
        Column("Area of residence", "local_authority.name"),
        Column("Date of death", "date_of_death"),
        Column("Age group", "age_group"),
        Column("Expected or unexpected", "expectation"),
        Column("Review", presenters.review_state),
    ),
    queryset=lambda user: selectors.death_list(user=user),
    year_filter=lambda rows, year: rows.filter(notified_on__range=year_bounds(year)),
    save=_save(services.death_save, "death"),
    sections=presenters.death_sections,
    **COMMON,
)

INFORMATION = RecordType(
    namespace="cdop",
    slug="information",
    model=AgencyInformation,
    form=InformationForm,
    title="Information from agencies",
    intro="What the panel asked each agency for, and when it came. Each request is due the "
    "number of working days the panel allowed; weekends and bank holidays do not count.",
    queryset=lambda user: selectors.information_list(user=user),
    columns=(
        Column("Agency", "agency.name"),
        Column("Case", "death.case_reference"),
        Column("What was asked for", "form"),
        Column("Requested", "requested_on"),
        Column("Due", "due_on"),
        Column("Received", "received_on"),
    ),
    year_filter=lambda rows, year: rows.filter(requested_on__range=year_bounds(year)),
    save=_save(services.information_save, "information"),
    sections=presenters.information_sections,
    **COMMON,
)

REVIEW_MEETINGS = RecordType(
    namespace="cdop",
    slug="review-meeting",
    model=ReviewMeeting,
    form=ReviewMeetingForm,
    title="Child death review meetings",
    intro="The meetings of the professionals who knew the child, before the panel's review.",
    queryset=lambda user: selectors.review_meeting_list(user=user),
    columns=(
        Column("Date", "held_on"),
        Column("Case", "death.case_reference"),
        Column("Post-mortem report", "post_mortem"),
    ),
    year_filter=lambda rows, year: rows.filter(held_on__range=year_bounds(year)),
    save=_review_meeting_save,
    sections=presenters.review_meeting_sections,
    **COMMON,
)

PANEL_MEETINGS = RecordType(
    namespace="cdop",
    slug="panel-meeting",
    model=PanelMeeting,
    form=PanelMeetingForm,
    title="Panel meetings",
    intro="The panel's meetings, where it reviews deaths.",
    # Prefetched, so the count per row below reads memory, not the database.
    queryset=lambda user: selectors.panel_meeting_list(user=user).prefetch_related("reviews"),
    columns=(
        Column("Date", "held_on"),
        Column("Panel", "panel.name"),
        Column("Deaths reviewed", lambda m: m.reviews.count(), numeric=True),
    ),
    year_filter=lambda rows, year: rows.filter(held_on__range=year_bounds(year)),
    save=_save(services.panel_meeting_save, "meeting"),
    sections=presenters.panel_meeting_sections,
    **COMMON,
)

REVIEWS = RecordType(
    namespace="cdop",
    slug="review",
    model=CaseReview,
    form=ReviewForm,
    title="Panel reviews",
    intro="The panel's decision on each death it reviewed: the category of death, modifiable "
    "factors and where they sit, learning, actions, and when it went to the national database.",
    queryset=lambda user: selectors.review_list(user=user),
    columns=(
        Column("Case", "death.case_reference"),
        Column("Panel meeting", "meeting.held_on"),
        Column("Area of residence", "death.local_authority.name"),
        Column("Category of death", "category"),
        Column("Modifiable factors", "modifiable"),
    ),
    year_filter=lambda rows, year: rows.filter(meeting__held_on__range=year_bounds(year)),
    save=_save(services.review_save, "review"),
    summary=presenters.review_rows,
    sections=presenters.review_sections,
    **COMMON,
)

RECORD_TYPES = (DEATHS, INFORMATION, REVIEW_MEETINGS, PANEL_MEETINGS, REVIEWS)
