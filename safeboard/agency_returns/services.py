"""Writing agency returns: keyword-only, checked, atomic.

The workflow: ``return_open`` (a draft, by the agency's own lead, once the
quarter has ended), ``return_save_figures`` (while draft or sent back),
``return_submit`` (every figure given, the relations hold), then the business
unit's ``return_accept`` (the return is locked from then on) or
``return_send_back`` (with a comment saying what to change).

A refusal for who the user is raises ``PermissionDenied``; a refusal for the
state of the return or its values raises ``AgencyReturnError`` with every
message, each built from a named constant below.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from safeboard.agency_returns import policy, schedule
from safeboard.agency_returns.definitions import ReturnTemplate, template_get
from safeboard.agency_returns.models import AgencyReturn, ReturnFigure
from safeboard.dataset.periods import quarter_end, year_label
from safeboard.partnership.models import Agency

RETURN_LOCKED = (
    "This return was accepted and is locked: it cannot be changed. "
    "Ask the business unit if a figure in it is wrong."
)
NOT_OWN_AGENCY = "Only the agency's own lead can fill in and submit its returns."
NOT_REVIEWER = "Only the business unit can accept a return or send it back."
UNKNOWN_TEMPLATE = "There is no return called '{template_id}'."
WRONG_AGENCY_TYPE = "The {template} return comes from a {expected} agency; {agency} is not one."
QUARTER_NOT_ENDED = (
    "Quarter {quarter} of {year} ends on {end}; its return can be opened from the day after."
)
ALREADY_SUBMITTED = (
    "This return has been submitted and is with the business unit: "
    "it can be changed again only if they send it back."
)
NOT_SUBMITTED = "Only a submitted return can be accepted or sent back; this one is {status}."
COMMENT_REQUIRED = "Say what needs to change when you send a return back."
UNKNOWN_FIGURE = "'{figure}' is not a figure of the {template} return."
UNKNOWN_BREAKDOWN = "'{value}' is not one of the values of '{figure}'."
NEGATIVE_VALUE = "{figure} must be a whole number, 0 or more."
MISSING_VALUES = "Enter every figure before submitting. Missing: {missing}."
PART_OVER_WHOLE = "{part} ({part_value}) cannot be more than {whole} ({whole_value})."
MEDIAN_WITHOUT_BASE = "Leave {measure} blank: {base} is 0, so there is no median."
MEDIAN_MISSING = "Enter {measure}: {base} is {count}."

Values = Mapping[tuple[str, str], int | None]


class AgencyReturnError(Exception):
    """The return cannot be changed that way; ``messages`` says why."""

    def __init__(self, *messages: str):
        super().__init__(" ".join(messages))
        self.messages = list(messages)


def _template(template_id: str) -> ReturnTemplate:
    template = template_get(template_id)
    if template is None:
        raise AgencyReturnError(UNKNOWN_TEMPLATE.format(template_id=template_id))
    return template


def _locked_for_update(agency_return: AgencyReturn) -> AgencyReturn:
    """The return as it is now, its row locked until the transaction ends (PostgreSQL)."""
    list(AgencyReturn.objects.select_for_update().filter(pk=agency_return.pk).values("pk"))
    agency_return.refresh_from_db()
    return agency_return


def _require_editable(agency_return: AgencyReturn) -> None:
    if agency_return.status == AgencyReturn.Status.ACCEPTED:
        raise AgencyReturnError(RETURN_LOCKED)
    if agency_return.status == AgencyReturn.Status.SUBMITTED:
        raise AgencyReturnError(ALREADY_SUBMITTED)


def _require_submitter(user, agency_id: int) -> None:
    if not policy.can_submit_for(user, agency_id):
        raise PermissionDenied(NOT_OWN_AGENCY)


def _require_reviewable(user, agency_return: AgencyReturn) -> None:
    if not policy.can_review(user):
        raise PermissionDenied(NOT_REVIEWER)
    if agency_return.status == AgencyReturn.Status.ACCEPTED:
        raise AgencyReturnError(RETURN_LOCKED)
    if agency_return.status != AgencyReturn.Status.SUBMITTED:
        raise AgencyReturnError(
            NOT_SUBMITTED.format(status=agency_return.get_status_display().lower())
        )


def label(template: ReturnTemplate, figure_id: str, breakdown_value: str = "") -> str:
    """A figure as people read it: its title, and the breakdown value if any."""
    figure = template.figure(figure_id)
    title = figure.title if figure else figure_id
    return f"{title}: {breakdown_value}" if breakdown_value else title


def value_problems(
    template: ReturnTemplate, figure_id: str, breakdown_value: str, value
) -> list[str]:
    """What is wrong with one value of ``template`` (nothing: an empty list)."""
    figure = template.figure(figure_id)
    if figure is None:
        return [UNKNOWN_FIGURE.format(figure=figure_id, template=template.title)]
    if (figure_id, breakdown_value) not in figure.rows():
        return [UNKNOWN_BREAKDOWN.format(value=breakdown_value, figure=figure_id)]
    if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
        return [NEGATIVE_VALUE.format(figure=label(template, figure_id, breakdown_value))]
    return []


def submit_problems(template: ReturnTemplate, values: Mapping[tuple[str, str], int]) -> list[str]:
    """Why a return with these values cannot be submitted (nothing: it can)."""
    problems = []
    missing = [
        label(template, figure.id, breakdown)
        for figure, breakdown in template.rows()
        if not figure.is_measure and (figure.id, breakdown) not in values
    ]
    if missing:
        problems.append(MISSING_VALUES.format(missing="; ".join(missing)))
    for figure in template.figures:
        key = (figure.id, "")
        if figure.share_of and key in values and (figure.share_of, "") in values:
            whole = values[(figure.share_of, "")]
            if values[key] > whole:
                problems.append(
                    PART_OVER_WHOLE.format(
                        part=figure.title,
                        part_value=values[key],
                        whole=label(template, figure.share_of),
                        whole_value=whole,
                    )
                )
        if figure.base and (figure.base, "") in values:
            count = values[(figure.base, "")]
            names = {"measure": figure.title, "base": label(template, figure.base).lower()}
            if count == 0 and key in values:
                problems.append(MEDIAN_WITHOUT_BASE.format(**names))
            elif count > 0 and key not in values:
                problems.append(MEDIAN_MISSING.format(count=count, **names))
    return problems


def return_values(agency_return: AgencyReturn) -> dict[tuple[str, str], int]:
    return {
        (f.figure_id, f.breakdown_value): f.value
        for f in ReturnFigure.objects.filter(agency_return=agency_return)
    }


@transaction.atomic
def return_open(
    *,
    user,
    template_id: str,
    agency: Agency,
    collection_year: int,
    quarter: int,
    today: date | None = None,
) -> AgencyReturn:
    """The agency's return for the quarter: the one already open, or a new draft."""
    template = _template(template_id)
    _require_submitter(user, agency.pk)
    if agency.agency_type != template.agency_type:
        raise AgencyReturnError(
            WRONG_AGENCY_TYPE.format(
                template=template.title,
                expected=Agency.Type(template.agency_type).label.lower(),
                agency=agency.name,
            )
        )
    today = today or timezone.localdate()
    if not schedule.quarter_has_ended(
        collection_year=collection_year, quarter=quarter, today=today
    ):
        end = quarter_end(collection_year, quarter)
        raise AgencyReturnError(
            QUARTER_NOT_ENDED.format(
                quarter=quarter, year=year_label(collection_year), end=f"{end:%d %B %Y}"
            )
        )
    agency_return, _ = AgencyReturn.objects.get_or_create(
        template_id=template.id,
        agency=agency,
        collection_year=collection_year,
        quarter=quarter,
        defaults={"opened_by": user},
    )
    return agency_return


@transaction.atomic
def return_save_figures(*, user, agency_return: AgencyReturn, values: Values) -> AgencyReturn:
    """Set the given values (``None`` clears one); the others stay as they are."""
    _require_submitter(user, agency_return.agency_id)
    agency_return = _locked_for_update(agency_return)
    _require_editable(agency_return)
    template = _template(agency_return.template_id)
    problems = [
        problem
        for (figure_id, breakdown), value in values.items()
        for problem in value_problems(template, figure_id, breakdown, value)
    ]
    if problems:
        raise AgencyReturnError(*problems)
    stored = {
        (f.figure_id, f.breakdown_value): f
        for f in ReturnFigure.objects.filter(agency_return=agency_return)
    }
    for (figure_id, breakdown), value in values.items():
        existing = stored.get((figure_id, breakdown))
        if value is None:
            if existing is not None:
                existing.delete()
        elif existing is None:
            ReturnFigure.objects.create(
                agency_return=agency_return,
                figure_id=figure_id,
                breakdown_value=breakdown,
                value=value,
            )
        elif existing.value != value:
            existing.value = value
            existing.save()
    agency_return.save()  # the return's history shows when its figures last changed
    return agency_return


@transaction.atomic
def return_submit(*, user, agency_return: AgencyReturn) -> AgencyReturn:
    """Send the return to the business unit: every figure given and the relations hold."""
    _require_submitter(user, agency_return.agency_id)
    agency_return = _locked_for_update(agency_return)
    _require_editable(agency_return)
    problems = submit_problems(_template(agency_return.template_id), return_values(agency_return))
    if problems:
        raise AgencyReturnError(*problems)
    agency_return.status = AgencyReturn.Status.SUBMITTED
    agency_return.submitted_by = user
    agency_return.submitted_at = timezone.now()
    agency_return.save()
    return agency_return


@transaction.atomic
def return_accept(*, user, agency_return: AgencyReturn) -> AgencyReturn:
    """Accept a submitted return: its figures count from now on, and it is locked."""
    agency_return = _locked_for_update(agency_return)
    _require_reviewable(user, agency_return)
    agency_return.status = AgencyReturn.Status.ACCEPTED
    agency_return.reviewed_by = user
    agency_return.reviewed_at = timezone.now()
    agency_return.review_comment = ""
    agency_return.save()
    return agency_return


@transaction.atomic
def return_send_back(*, user, agency_return: AgencyReturn, comment: str) -> AgencyReturn:
    """Send a submitted return back to its agency, saying what to change."""
    agency_return = _locked_for_update(agency_return)
    _require_reviewable(user, agency_return)
    comment = (comment or "").strip()
    if not comment:
        raise AgencyReturnError(COMMENT_REQUIRED)
    agency_return.status = AgencyReturn.Status.RETURNED
    agency_return.reviewed_by = user
    agency_return.reviewed_at = timezone.now()
    agency_return.review_comment = comment
    agency_return.save()
    return agency_return
