"""``safeboard export reviews``: the case records, for the roles that may read them.

The area is ``Visibility.CASE_REVIEW``: the business unit and the case review
group export it; every other role is refused (and never sees it on the hub).
A year holds the incidents the local authority became aware of in it, their
rapid reviews, and the reviews open at some time in it with their findings
and recommendations.
"""

from __future__ import annotations

from django.utils import timezone

from safeboard.access.visibility import Visibility
from safeboard.records.areas import BoardArea, Table
from safeboard.reviews import selectors, timescales


def _tables(user, year: int) -> list[Table]:
    today = timezone.localdate()
    incidents = selectors.incidents_in_year(selectors.incident_list(user=user), year)
    rapid_reviews = selectors.rapid_reviews_in_year(selectors.rapid_review_list(user=user), year)
    reviews = selectors.reviews_in_year(selectors.review_list(user=user), year)
    findings = selectors.finding_list(user=user).filter(review__in=reviews)
    recommendations = selectors.recommendation_list(user=user).filter(review__in=reviews)
    return [
        Table(
            "notifications",
            [
                "Reference",
                "Local authority",
                "Harm",
                "Children",
                "Looked after",
                "Incident date",
                "Became aware",
                "Notification due",
                "Notified",
                "Notification",
                "Partners told",
            ],
            [
                [
                    i.reference,
                    i.local_authority.name,
                    i.get_harm_display(),
                    i.children,
                    i.looked_after,
                    i.incident_date,
                    i.aware_date,
                    timescales.notification_due(i.aware_date),
                    i.notified_date,
                    timescales.notification_deadline(i).describe(today),
                    i.partners_notified_date,
                ]
                for i in incidents
            ],
        ),
        Table(
            "rapid_reviews",
            ["Incident", "Started", "Due", "Completed", "Timeliness", "Decision", "Panel replied"],
            [
                [
                    r.incident.reference,
                    r.started_date,
                    timescales.rapid_review_due(r.incident.aware_date),
                    r.completed_date,
                    timescales.rapid_review_deadline(r.incident, r).describe(today),
                    r.get_decision_display(),
                    r.panel_response_date,
                ]
                for r in rapid_reviews
            ],
        ),
        Table(
            "reviews",
            [
                "Reference",
                "Kind",
                "Rapid review of",
                "Commissioned",
                "Lead reviewers",
                "Status",
                "Final report due",
                "Final report received",
                "Final report",
                "Sent to panel",
                "Published",
                "Reason not published",
                "Cost (£)",
                "Staff days",
                "Terms of reference",
                "Scope",
            ],
            [
                [
                    r.reference,
                    r.get_kind_display(),
                    r.rapid_review.incident.reference if r.rapid_review_id else None,
                    r.commissioned_date,
                    r.lead_reviewers,
                    r.get_status_display(),
                    timescales.final_report_due(r.commissioned_date),
                    r.final_report_date,
                    timescales.final_report_deadline(r).describe(today),
                    r.sent_to_panel_date,
                    r.published_date,
                    r.not_published_reason,
                    r.cost,
                    r.staff_days,
                    r.terms_of_reference,
                    r.scope,
                ]
                for r in reviews
            ],
        ),
        Table(
            "findings",
            ["Review", "Number", "Finding", "What follows for practice"],
            [[f.review.reference, f.number, f.text, f.learning] for f in findings],
        ),
        Table(
            "recommendations",
            ["Review", "Number", "Recommendation", "Actions raised", "Actions complete"],
            [
                [
                    r.review.reference,
                    r.number,
                    r.text,
                    *_action_counts(user, r),
                ]
                for r in recommendations
            ],
        ),
    ]


def _action_counts(user, recommendation) -> tuple[int, int]:
    actions = selectors.actions_of(user=user, recommendation=recommendation)
    return actions.count(), actions.filter(status="complete").count()


EXPORT_AREAS = [
    BoardArea(
        name="reviews",
        label="Serious incidents and practice reviews",
        description=(
            "Serious incident notifications, rapid reviews, serious case reviews and local "
            "practice reviews with their deadlines, findings and recommendations (restricted)."
        ),
        url_name="reviews:index",
        visibility=Visibility.CASE_REVIEW,
        tables=_tables,
        order=60,
    )
]
