"""Writing child death reviews: keyword-only, checked, atomic.

Each ``*_save`` takes the record as built (by a form or by the caller),
checks the user may write it (``user=None`` only from code that has already
decided, such as the demo), validates it in full and saves it. Bad values
raise ``ValidationError`` naming the field; messages are named constants in
``models`` and here.

Actions go into the board's action plans (``safeboard.actions``): one plan
per panel year, a recommendation holding the panel's learning and the action
under it. The link back to the death stays here (``RaisedAction``), so the
plan's readers never learn which death an action came from.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from safeboard.actions import services as action_services
from safeboard.actions.models import ActionPlan
from safeboard.cdop import policy
from safeboard.cdop.models import (
    AgencyInformation,
    CaseReview,
    ChildDeath,
    PanelMeeting,
    RaisedAction,
    ReviewMeeting,
)
from safeboard.records.years import year_bounds, year_label, year_of

NOT_MANAGER = "Only the business unit can record child death reviews and raise actions."
CASE_NUMBER_IN_TEXT = (
    "Leave out the case number: the action plans' readers must not be able to tell "
    "which death an action came from."
)
TEXT_NEEDED = "Enter {what}."
NO_PLAN_OWNER = (
    "The panel has no action plan for {year} yet, and your account is not tied to a person "
    "who could own it. Ask for your account to be linked to a person first."
)


def _require_manager(user) -> None:
    if user is not None and not policy.can_manage(user):
        raise PermissionDenied(NOT_MANAGER)


def _checked_save(user, record):
    _require_manager(user)
    record.full_clean()
    record.save()
    return record


@transaction.atomic
def death_save(*, user, death: ChildDeath) -> ChildDeath:
    """Add or change a death notified to the panel."""
    return _checked_save(user, death)


@transaction.atomic
def information_save(*, user, information: AgencyInformation) -> AgencyInformation:
    """Add or change a request for an agency's information; its due date is worked out."""
    return _checked_save(user, information)


@transaction.atomic
def review_meeting_save(*, user, meeting: ReviewMeeting, agencies=None) -> ReviewMeeting:
    """Add or change a child death review meeting (``agencies``: those attending)."""
    _checked_save(user, meeting)
    if agencies is not None:
        meeting.agencies.set(agencies)
    return meeting


@transaction.atomic
def panel_meeting_save(*, user, meeting: PanelMeeting) -> PanelMeeting:
    """Add or change a meeting of the panel."""
    return _checked_save(user, meeting)


@transaction.atomic
def review_save(*, user, review: CaseReview) -> CaseReview:
    """Add or change the panel's review of a death and its decisions."""
    return _checked_save(user, review)


def _plan_reference(year: int) -> str:
    return f"CDOP {year_label(year)}"


def panel_plan(*, year: int, owner=None, panel_name: str = "") -> ActionPlan:
    """The panel's action plan for a year: found, or made (``owner`` then needed)."""
    reference = _plan_reference(year)
    plan = ActionPlan.objects.filter(
        source_kind=ActionPlan.SourceKind.CDOP, source_reference=reference
    ).first()
    if plan is not None:
        return plan
    if owner is None:
        raise ValidationError(NO_PLAN_OWNER.format(year=year_label(year)))
    return action_services.plan_create(
        user=None,  # the caller checked this app's own policy
        title=f"Child death overview panel: actions {year_label(year)}",
        source_kind=ActionPlan.SourceKind.CDOP,
        source_title=f"{panel_name or 'Child death overview panel'}: reviews in {year_label(year)}",
        source_reference=reference,
        source_date=year_bounds(year)[1],
        owner=owner,
    )


@transaction.atomic
def action_raise(
    *,
    user,
    review: CaseReview,
    learning: str,
    text: str,
    owner_agency,
    due_date: date,
    lead_person=None,
    plan_owner=None,
) -> RaisedAction:
    """Raise an action from the panel's review, into the panel's plan for the year.

    The year is the review's (its panel meeting's); the action counts as
    agreed at that meeting. ``learning`` becomes the recommendation and
    ``text`` the action: both are read by everyone who reads action plans,
    so neither may hold the case number.
    """
    _require_manager(user)
    errors = {}
    learning, text = (learning or "").strip(), (text or "").strip()
    for field, value, what in (
        ("learning", learning, "what the panel learned"),
        ("text", text, "the action"),
    ):
        if not value:
            errors[field] = TEXT_NEEDED.format(what=what)
        elif review.death.case_reference.lower() in value.lower():
            errors[field] = CASE_NUMBER_IN_TEXT
    if errors:
        raise ValidationError(errors)
    meeting = review.meeting
    plan = panel_plan(
        year=year_of(meeting.held_on), owner=plan_owner, panel_name=meeting.panel.name
    )
    recommendation = action_services.recommendation_add(user=None, plan=plan, text=learning)
    action = action_services.action_add(
        user=None,
        recommendation=recommendation,
        text=text,
        owner_agency=owner_agency,
        due_date=due_date,
        lead_person=lead_person,
        agreed_on=meeting.held_on,
    )
    raised = RaisedAction(review=review, action=action)
    raised.full_clean()
    raised.save()
    return raised
