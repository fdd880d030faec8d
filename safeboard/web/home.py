"""The home page's panels, chosen by role.

A panel is a title, a template and the area it belongs to; the home page
shows each user the panels of the areas they can open. Later capabilities
add their panels (returns due, overdue actions, imports waiting...).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from safeboard.access.visibility import Visibility, can_see_area


@dataclass(frozen=True)
class Panel:
    title: str
    template: str
    visibility: Visibility
    context: Callable[[object], dict] = field(default=lambda user: {})
    # Narrower than the area, when only some of its roles need the panel.
    shown: Callable[[object], bool] = field(default=lambda user: True)


def _partnership_context(user) -> dict:
    from safeboard.partnership.selectors import partnership_summary

    return {"summary": partnership_summary(user=user)}


def _audit_context(user) -> dict:
    from safeboard.audit.selectors import change_list

    return {"changes": change_list(user=user, limit=5)}


def _returns_context(user) -> dict:
    from safeboard.returns.selectors import snapshot_list

    return {"snapshots": list(snapshot_list(user=user)[:5])}


def _agency_returns_context(user) -> dict:
    from safeboard.agency_returns.panels import due_context

    return due_context(user)


def _agency_reports_context(user) -> dict:
    from safeboard.agency_reports.panels import panel_context

    return panel_context(user)


def _budget_context(user) -> dict:
    from safeboard.budget.panels import forecast_context

    return forecast_context(user)


def _training_context(user) -> dict:
    from safeboard.training.panels import panel_context

    return panel_context(user)


def _actions_context(user) -> dict:
    from safeboard.actions.panels import attention_context

    return attention_context(user)


def _actions_shown(user) -> bool:
    from safeboard.actions.panels import shown

    return shown(user)


def _budget_shown(user) -> bool:
    from safeboard.budget.panels import shown

    return shown(user)


def _governance_context(user) -> dict:
    from safeboard.governance.panels import board_context

    return board_context(user)


def _governance_shown(user) -> bool:
    from safeboard.governance.policy import sees_whole_board

    return sees_whole_board(user)


def _reviews_context(user) -> dict:
    from safeboard.reviews.panels import overdue_context

    return overdue_context(user)


def _assurance_context(user) -> dict:
    from safeboard.assurance.panels import reviews_context

    return reviews_context(user)


def _assurance_shown(user) -> bool:
    from safeboard.assurance.panels import shown

    return shown(user)


def _cdop_context(user) -> dict:
    from safeboard.cdop.panels import overdue_context

    return overdue_context(user)


PANELS: tuple[Panel, ...] = (
    Panel("Your account", "web/panels/account.html", Visibility.SIGNED_IN),
    Panel(
        "The partnership",
        "web/panels/partnership.html",
        Visibility.SIGNED_IN,
        _partnership_context,
    ),
    Panel("Latest imports", "returns/panels/latest.html", Visibility.CHILD_LEVEL, _returns_context),
    Panel(
        "Agency returns",
        "agency_returns/panels/due.html",
        Visibility.AGENCY,
        _agency_returns_context,
    ),
    Panel(
        "Lead agency reports",
        "agency_reports/panels/reports.html",
        Visibility.AGENCY,
        _agency_reports_context,
    ),
    Panel(
        "Budget",
        "budget/panels/forecast.html",
        Visibility.AGENCY,
        _budget_context,
        shown=_budget_shown,
    ),
    Panel(
        "Learning and improvement",
        "training/panels/training.html",
        Visibility.SIGNED_IN,
        _training_context,
    ),
    Panel(
        "Overdue and stalled actions",
        "actions/panels/attention.html",
        Visibility.AGENCY,
        _actions_context,
        shown=_actions_shown,
    ),
    Panel(
        "Serious incidents and reviews: overdue",
        "reviews/panels/overdue.html",
        Visibility.CASE_REVIEW,
        _reviews_context,
    ),
    Panel(
        "Child death reviews: overdue",
        "cdop/panels/overdue.html",
        Visibility.CDOP,
        _cdop_context,
    ),
    Panel(
        "Board governance",
        "governance/panels/board.html",
        Visibility.AGENCY,
        _governance_context,
        shown=_governance_shown,
    ),
    Panel(
        "Policy reviews and audits",
        "assurance/panels/assurance.html",
        Visibility.SIGNED_IN,
        _assurance_context,
        shown=_assurance_shown,
    ),
    Panel("Latest changes", "web/panels/audit.html", Visibility.AUDIT, _audit_context),
)


def panels_for(user) -> list[dict]:
    return [
        {"title": panel.title, "template": panel.template, **panel.context(user)}
        for panel in PANELS
        if can_see_area(user, panel.visibility) and panel.shown(user)
    ]
