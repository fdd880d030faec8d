"""Action plans as data for the GOV.UK macros: tags, tables, summary lists, sections."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from safeboard.actions import evidence, policy, selectors, summaries
from safeboard.actions.models import Action, ActionPlan, ActionUpdate, Recommendation
from safeboard.web import components, govuk

STATUS_COLOURS = {
    Action.Status.NOT_STARTED: "govuk-tag--grey",
    Action.Status.ON_TRACK: "govuk-tag--blue",
    Action.Status.AT_RISK: "govuk-tag--orange",
    Action.Status.COMPLETE: "govuk-tag--green",
}
SHORT_TEXT = 120


def day(value: date | None) -> str:
    return date_format(value, "j F Y") if value else "Not given"


def status_tag(status: str) -> SafeString:
    return govuk.render(
        "tag", {"text": Action.Status(status).label, "classes": STATUS_COLOURS[status]}
    )


def flags(action: Action, today: date, days: int) -> SafeString:
    """The action's status tag, with Overdue and Stalled tags when they apply."""
    tags = [status_tag(action.status)]
    if summaries.is_overdue(action, today):
        tags.append(govuk.render("tag", {"text": "Overdue", "classes": "govuk-tag--red"}))
    if summaries.is_stalled(action, today, days):
        tags.append(govuk.render("tag", {"text": "Stalled", "classes": "govuk-tag--yellow"}))
    return format_html_join(" ", "{}", ((tag,) for tag in tags))


def short(text: str) -> str:
    return text if len(text) <= SHORT_TEXT else text[:SHORT_TEXT].rstrip() + "…"


def person_name(user) -> str:
    if user is None:
        return "Safeboard"
    return user.get_full_name() or user.get_username()


def actions_table(
    actions: Iterable[Action],
    *,
    caption: str,
    today: date | None = None,
    with_plan: bool = False,
    caption_visible: bool = False,
) -> SafeString:
    """A table of actions: reference (a link), what, owner agency, lead, due, status."""
    today = today or timezone.localdate()
    days = summaries.stalled_days()
    head = ["Action", "What", "Owner agency", "Lead person", "Due", "Status"]
    if with_plan:
        head.insert(1, "Plan")
    rows = []
    for action in actions:
        href = reverse("actions:action-detail", args=[action.pk])
        row = [
            components.link(f"Action {action.reference}", href),
            short(action.text),
            action.owner_agency.name,
            action.lead_person.full_name if action.lead_person_id else "Not given",
            day(action.due_date),
            flags(action, today, days),
        ]
        if with_plan:
            row.insert(1, action.recommendation.plan.title)
        rows.append(row)
    return components.table(
        caption=caption,
        head=head,
        rows=rows,
        caption_visible=caption_visible,
        empty="No actions you can see.",
    )


def figures_table(groups: list[summaries.Group], *, caption: str, first: str, link) -> SafeString:
    """One row per group (a plan, an agency): its actions by status, overdue, stalled
    and completion rate."""
    statuses = list(Action.Status)
    head = [first, "Actions", *[s.label for s in statuses], "Overdue", "Stalled", "Complete (%)"]
    rows = []
    for group in groups:
        s = group.summary
        label = components.link(group.label, link(group.key)) if link else group.label
        rows.append(
            [
                label,
                s.total,
                *[s.by_status[status] for status in statuses],
                s.overdue,
                s.stalled,
                rate(s.completion_rate),
            ]
        )
    return components.table(
        caption=caption,
        head=head,
        rows=rows,
        numeric=list(range(1, len(head))),
        caption_visible=True,
        empty="No actions you can see.",
    )


def rate(value) -> str:
    return "No actions" if value is None else f"{value}%"


def overall_summary(summary: summaries.Summary, days: int) -> SafeString:
    return components.summary_list(
        [
            ("Actions", summary.total),
            *[(s.label, summary.by_status[s]) for s in Action.Status],
            ("Overdue", f"{summary.overdue} (due date passed, not complete)"),
            ("Stalled", f"{summary.stalled} (not complete, no update for {days} days or more)"),
            ("Completion rate", rate(summary.completion_rate)),
        ]
    )


# --- plans ---------------------------------------------------------------------------------


def plan_summary(plan: ActionPlan) -> list[tuple[str, object]]:
    return [
        ("Title", plan.title),
        ("Where it comes from", plan.get_source_kind_display()),
        ("Source", plan.source_title),
        ("Source reference", plan.source_reference),
        ("Judgement or conclusion", plan.source_outcome),
        ("Date of the source", plan.source_date),
        ("Owner", f"{plan.owner.full_name} ({plan.owner.agency.name})"),
        ("Strategic priority", plan.strategic_priority),
    ]


def plan_sections(request, plan: ActionPlan) -> list[SafeString]:
    user = request.user
    today = timezone.localdate()
    structure = selectors.plan_with_actions(user=user, plan=plan)
    actions = [a for _, acts in structure for a in acts]
    days = summaries.stalled_days()
    recommendations = [
        {
            "recommendation": recommendation,
            "table": actions_table(
                acts, caption=f"Actions under recommendation {recommendation.number}", today=today
            ),
        }
        for recommendation, acts in structure
    ]
    return [
        render_to_string(
            "actions/_plan_after.html",
            {
                "plan": plan,
                "summary": overall_summary(summaries.summarise(actions, today, days), days),
                "recommendations": recommendations,
                "can_manage": policy.can_manage(user),
            },
            request=request,
        )
    ]


# --- recommendations -----------------------------------------------------------------------


def recommendation_summary(recommendation: Recommendation) -> list[tuple[str, object]]:
    plan = recommendation.plan
    return [
        ("Plan", components.link(plan.title, reverse("actions:plan-detail", args=[plan.pk]))),
        ("Number", recommendation.number),
        ("Recommendation", recommendation.text),
    ]


def recommendation_sections(request, recommendation: Recommendation) -> list[SafeString]:
    actions = selectors.action_list(user=request.user).filter(recommendation=recommendation)
    return [
        render_to_string(
            "actions/_recommendation_after.html",
            {
                "recommendation": recommendation,
                "table": actions_table(actions, caption="Actions"),
                "can_manage": policy.can_manage(request.user),
            },
            request=request,
        )
    ]


# --- actions -------------------------------------------------------------------------------


def action_summary(action: Action) -> list[tuple[str, object]]:
    today = timezone.localdate()
    days = summaries.stalled_days()
    plan = action.recommendation.plan
    last = summaries.last_activity(action) if hasattr(action, "last_update") else None
    return [
        ("Plan", components.link(plan.title, reverse("actions:plan-detail", args=[plan.pk]))),
        (
            "Recommendation",
            components.link(
                f"{action.recommendation.number}: {short(action.recommendation.text)}",
                reverse("actions:recommendation-detail", args=[action.recommendation_id]),
            ),
        ),
        ("Action", action.text),
        ("Owner agency", action.owner_agency.name),
        ("Lead person", action.lead_person.full_name if action.lead_person_id else None),
        ("Due", action.due_date),
        ("Status", flags(action, today, days)),
        ("Completed", action.completed_date),
        ("Agreed", action.agreed_on),
        ("Last update or agreed", last),
    ]


def _status_change(update: ActionUpdate) -> SafeString | str:
    if not update.changed_status:
        return "No change"
    return format_html("{} to {}", status_tag(update.status_from), status_tag(update.status_to))


def updates_table(updates: Iterable[ActionUpdate]) -> SafeString:
    return components.table(
        caption="Updates",
        head=["Date", "Update", "Status", "By"],
        rows=[
            [day(u.update_date), u.text, _status_change(u), person_name(u.written_by)]
            for u in updates
        ],
        empty="No updates yet.",
    )


def evidence_table(items) -> SafeString:
    rows = []
    for item in items:
        if item.has_file:
            href = reverse("actions:evidence-download", args=[item.pk])
            label = f"{item.file_name} ({evidence.size_label(item.size or 0)})"
            file_cell = format_html('<a class="govuk-link" href="{}" download>{}</a>', href, label)
        else:
            file_cell = "No file"
        rows.append(
            [
                day(timezone.localdate(item.created_at)),
                item.text,
                file_cell,
                person_name(item.added_by),
            ]
        )
    return components.table(
        caption="Evidence",
        head=["Added", "What it shows", "File", "By"],
        rows=rows,
        empty="No evidence yet.",
    )


def action_sections(request, action: Action) -> list[SafeString]:
    user = request.user
    return [
        render_to_string(
            "actions/_action_after.html",
            {
                "action": action,
                "can_work": policy.can_work_on(user, action.owner_agency_id),
                "updates": updates_table(selectors.update_list(user=user, action=action)),
                "evidence": evidence_table(selectors.evidence_list(user=user, action=action)),
            },
            request=request,
        )
    ]
