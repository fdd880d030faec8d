"""The shared record pages (``safeboard.records``) for plans, recommendations and actions.

The business unit adds and changes all three (with conflict detection);
everyone who can open the area reads what ``selectors`` give them. Updates
and evidence have their own pages in ``views`` (the owner agency's lead adds
them too), shown on the action's page.
"""

from __future__ import annotations

from safeboard.actions import policy, presenters, selectors, services
from safeboard.actions.forms import ActionForm, PlanForm, RecommendationForm
from safeboard.actions.models import Action, ActionPlan, Recommendation
from safeboard.records.types import Column, RecordType

AREA_LABEL = "Action plans"
EXPORT_AREA = "actions"


def _fields(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "version"}


def _plan_save(*, form, user, instance):
    if instance is None:
        return services.plan_create(user=user, **_fields(form))
    return services.plan_update(user=user, plan=instance, **_fields(form))


def _recommendation_save(*, form, user, instance):
    data = _fields(form)
    if instance is None:
        return services.recommendation_add(
            user=user, plan=data["plan"], text=data["text"], number=data.get("number")
        )
    return services.recommendation_update(
        user=user, recommendation=instance, text=data["text"], number=data.get("number")
    )


def _action_save(*, form, user, instance):
    data = _fields(form)
    if instance is None:
        return services.action_add(user=user, **data)
    return services.action_update(user=user, action=instance, **data)


def _manages(user, record=None) -> bool:
    return policy.can_manage(user)


PLANS = RecordType(
    namespace="actions",
    slug="plan",
    model=ActionPlan,
    form=PlanForm,
    title="Action plans",
    intro=(
        "Plans answering an inspection, a case review, the child death overview panel, "
        "an audit or anything else, each with its recommendations and actions."
    ),
    columns=(
        Column("Plan", "title"),
        Column("From", "source_kind"),
        Column("Source", "source_title"),
        Column("Date", "source_date"),
        Column("Owner", "owner.full_name"),
    ),
    queryset=lambda user: selectors.plan_list(user=user),
    can_create=_manages,
    can_edit=_manages,
    save=_plan_save,
    summary=presenters.plan_summary,
    sections=presenters.plan_sections,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)

RECOMMENDATIONS = RecordType(
    namespace="actions",
    slug="recommendation",
    model=Recommendation,
    form=RecommendationForm,
    title="Recommendations",
    intro="Every recommendation of the plans you can see, with its actions.",
    columns=(
        Column("Recommendation", lambda r: f"{r.plan.title}: recommendation {r.number}"),
        Column("Text", lambda r: presenters.short(r.text)),
    ),
    queryset=lambda user: selectors.recommendation_list(user=user),
    can_create=_manages,
    can_edit=_manages,
    save=_recommendation_save,
    summary=presenters.recommendation_summary,
    sections=presenters.recommendation_sections,
    area_label=AREA_LABEL,
)

ACTIONS = RecordType(
    namespace="actions",
    slug="action",
    model=Action,
    form=ActionForm,
    title="Actions",
    intro="Every action you can see. Its status changes with a dated update on its page.",
    columns=(
        Column("Action", lambda a: f"{a.recommendation.plan.title}: action {a.reference}"),
        Column("Owner agency", "owner_agency.name"),
        Column("Due", "due_date"),
        Column("Status", "status"),
    ),
    queryset=lambda user: selectors.action_list(user=user),
    can_create=_manages,
    can_edit=_manages,
    save=_action_save,
    summary=presenters.action_summary,
    sections=presenters.action_sections,
    area_label=AREA_LABEL,
    export_area=EXPORT_AREA,
)
