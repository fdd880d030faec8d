"""The case records' tables and summary lists, as data for the GOV.UK macros."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString

from safeboard.common.working_days import Deadline
from safeboard.records.presenters import default_summary, show
from safeboard.reviews import policy, selectors, timescales
from safeboard.reviews.models import PracticeReview, RapidReview
from safeboard.web import components, govuk


def _day(value: date | None) -> str:
    return date_format(value, "j F Y") if value else "Not given"


def _heading(text: str) -> SafeString:
    return format_html('<h2 class="govuk-heading-m">{}</h2>', text)


def _button(text: str, href: str) -> SafeString:
    return govuk.render(
        "button", {"text": text, "href": href, "classes": "govuk-button--secondary"}
    )


def _add_url(url_name: str, **initial) -> str:
    return f"{reverse(url_name)}?{urlencode(initial)}"


def deadlines_table(deadlines: list[Deadline], *, caption: str, today: date) -> SafeString:
    """Each deadline: what, due, done and where it stands today ('2 working days overdue')."""
    return components.table(
        caption=caption,
        caption_visible=True,
        head=["Deadline", "Due", "Done", "Status"],
        rows=[
            [d.label, _day(d.due), _day(d.done) if d.done else "Not yet", _standing(d, today)]
            for d in deadlines
        ],
    )


def _standing(deadline: Deadline, today: date) -> SafeString | str:
    text = deadline.describe(today)
    if deadline.overdue(today):
        return govuk.render("tag", {"text": text, "classes": "govuk-tag--red"})
    return text


def deadline_rows_table(rows: list[selectors.DeadlineRow], *, caption: str) -> SafeString:
    """Open deadlines of several records, each linked to its record."""
    return components.table(
        caption=caption,
        head=["Case", "Deadline", "Due", "Status"],
        rows=[
            [
                components.link(row.reference, row.href),
                row.deadline.label,
                _day(row.deadline.due),
                _standing(row.deadline, row.today),
            ]
            for row in rows
        ],
        empty="No deadlines are open.",
    )


def rapid_review_status(incident) -> str:
    rapid = selectors.rapid_review_of(incident)
    if rapid is None:
        return "Not started"
    if rapid.completed_date is None:
        return "In progress"
    return rapid.get_decision_display()


# --- detail pages ---------------------------------------------------------------------------


def incident_sections(request, incident) -> list[SafeString]:
    today = timezone.localdate()
    rapid = selectors.rapid_review_of(incident)
    parts = [
        deadlines_table(
            [
                timescales.notification_deadline(incident),
                timescales.rapid_review_deadline(incident, rapid),
            ],
            caption="Deadlines",
            today=today,
        ),
        _heading("Rapid review"),
    ]
    if rapid is not None:
        parts.append(
            format_html(
                '<p class="govuk-body">{}: {}.</p>',
                components.link(
                    f"Rapid review of {incident.reference}",
                    reverse("reviews:rapid-review-detail", args=[rapid.pk]),
                ),
                rapid_review_status(incident).lower(),
            )
        )
    elif incident.notified_date is None:
        parts.append(
            format_html(
                '<p class="govuk-body">{}</p>',
                "The rapid review can start once the notification to the national panel is recorded.",
            )
        )
    else:
        parts.append(format_html('<p class="govuk-body">{}</p>', "Not started yet."))
        if policy.can_manage(request.user):
            parts.append(
                _button(
                    "Start the rapid review",
                    _add_url("reviews:rapid-review-create", incident=incident.pk),
                )
            )
    return parts


def rapid_review_sections(request, rapid: RapidReview) -> list[SafeString]:
    today = timezone.localdate()
    incident = rapid.incident
    parts = [
        deadlines_table(
            [timescales.rapid_review_deadline(incident, rapid)], caption="Deadline", today=today
        ),
        format_html(
            '<p class="govuk-body">{}</p>',
            components.link(
                f"The notification {incident.reference}",
                reverse("reviews:notification-detail", args=[incident.pk]),
            ),
        ),
    ]
    if rapid.decision != RapidReview.Decision.LOCAL_REVIEW:
        return parts
    parts.append(_heading("Local child safeguarding practice review"))
    review = selectors.practice_review_of(rapid)
    if review is not None:
        parts.append(
            format_html(
                '<p class="govuk-body">{}</p>',
                components.link(
                    f"{review.reference}: {review.get_status_display().lower()}",
                    reverse("reviews:review-detail", args=[review.pk]),
                ),
            )
        )
    elif policy.can_manage(request.user):
        parts.append(
            _button(
                "Commission the local review",
                _add_url(
                    "reviews:review-create",
                    rapid_review=rapid.pk,
                    kind=PracticeReview.Kind.LCSPR,
                ),
            )
        )
    return parts


def review_summary(review: PracticeReview) -> list[tuple[str, object]]:
    from safeboard.reviews.record_types import REVIEWS

    rows = [
        ("Cost", pounds(review.cost)) if label == "Cost (£)" else (label, value)
        for label, value in default_summary(REVIEWS, review)
    ]
    rows.insert(4, ("Final report due", timescales.final_report_due(review.commissioned_date)))
    if review.action_plan_id:
        rows.append(("Action plan", review.action_plan.title))
    return rows


def review_sections(request, review: PracticeReview) -> list[SafeString]:
    today = timezone.localdate()
    manager = policy.can_manage(request.user)
    parts = [
        deadlines_table(
            [timescales.final_report_deadline(review)], caption="Deadline", today=today
        ),
        _heading("Findings"),
        components.table(
            caption=f"Findings of {review.reference}",
            head=["Number", "Finding", "What follows for practice"],
            rows=[
                [
                    components.link(str(f.number), reverse("reviews:finding-detail", args=[f.pk])),
                    f.text,
                    f.learning or "",
                ]
                for f in review.findings.all()
            ],
            numeric=[0],
            empty="No findings recorded yet.",
        ),
    ]
    if manager:
        parts.append(_button("Add a finding", _add_url("reviews:finding-create", review=review.pk)))
    parts.append(_heading("Recommendations and actions"))
    recommendations = list(review.recommendations.all())
    if not recommendations:
        parts.append(format_html('<p class="govuk-body">{}</p>', "No recommendations yet."))
    for recommendation in recommendations:
        parts.extend(_recommendation(request, recommendation, heading_level=3))
    if manager:
        parts.append(
            _button(
                "Add a recommendation",
                _add_url("reviews:recommendation-create", review=review.pk),
            )
        )
    return parts


def _actions_table(request, recommendation) -> SafeString:
    actions = selectors.actions_of(user=request.user, recommendation=recommendation)
    return components.table(
        caption=f"Actions for recommendation {recommendation.number}",
        head=["Action", "Owner", "Due", "Status"],
        rows=[
            [
                f"{a.reference} {a.text}",
                a.owner_agency.name,
                _day(a.due_date),
                a.get_status_display(),
            ]
            for a in actions.select_related("owner_agency", "recommendation")
        ],
        empty="No actions raised yet.",
    )


def _recommendation(request, recommendation, *, heading_level: int) -> list[SafeString]:
    parts = [
        format_html(
            '<h{} class="govuk-heading-s">{}</h{}>',
            heading_level,
            components.link(
                f"Recommendation {recommendation.number}",
                reverse("reviews:recommendation-detail", args=[recommendation.pk]),
            ),
            heading_level,
        ),
        format_html('<p class="govuk-body">{}</p>', recommendation.text),
        _actions_table(request, recommendation),
    ]
    if policy.can_manage(request.user):
        parts.append(
            _button(
                f"Raise an action for recommendation {recommendation.number}",
                reverse("reviews:action-raise", args=[recommendation.pk]),
            )
        )
    return parts


def recommendation_sections(request, recommendation) -> list[SafeString]:
    parts = [_heading("Actions"), _actions_table(request, recommendation)]
    if policy.can_manage(request.user):
        parts.append(
            _button("Raise an action", reverse("reviews:action-raise", args=[recommendation.pk]))
        )
    return parts


# --- figures --------------------------------------------------------------------------------


def figures_table(figures: selectors.YearFigures, caption: str) -> SafeString:
    return components.table(
        caption=caption,
        head=["Figure", "Value", "Definition"],
        rows=[[label, value, definition] for label, value, definition in figures.rows],
        numeric=[1],
    )


def spending_summary(figures: selectors.YearFigures) -> SafeString:
    return components.summary_list(
        [
            ("Cost of the reviews commissioned", pounds(figures.cost)),
            ("Business unit staff days", show(figures.staff_days)),
        ]
    )


def pounds(amount) -> str:
    """£42,580 for whole pounds, £42,580.50 otherwise."""
    whole = amount == amount.to_integral_value()
    return f"£{amount:,.0f}" if whole else f"£{amount:,.2f}"
