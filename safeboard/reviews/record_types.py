"""The case records as record types: list, detail, create, edit and history pages.

Every page reads through the selectors (``policy.can_read_case_records``:
the business unit and the case review group after two-factor sign-in), every
detail page is logged (``log_reads``; ``urls`` logs the other pages that show
a record), and every write goes through ``services``.
"""

from __future__ import annotations

from safeboard.records.types import Column, RecordType
from safeboard.reviews import forms, policy, presenters, selectors, services, timescales
from safeboard.reviews.models import (
    Finding,
    PracticeReview,
    RapidReview,
    ReviewRecommendation,
    SeriousIncident,
)

AREA_LABEL = "Serious incidents and reviews"


def _fields(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "version"}


def _save_incident(*, form, user, instance):
    if instance is None:
        return services.incident_create(user=user, **_fields(form))
    return services.incident_update(user=user, incident=instance, **_fields(form))


def _save_rapid_review(*, form, user, instance):
    fields = _fields(form)
    if instance is None:
        return services.rapid_review_create(user=user, **fields)
    fields.pop("incident", None)  # a rapid review stays with its incident
    return services.rapid_review_update(user=user, rapid_review=instance, **fields)


def _save_review(*, form, user, instance):
    if instance is None:
        return services.review_create(user=user, **_fields(form))
    return services.review_update(user=user, review=instance, **_fields(form))


def _save_finding(*, form, user, instance):
    fields = _fields(form)
    if instance is None:
        return services.finding_add(user=user, **fields)
    fields.pop("review", None)
    if fields.get("number") is None:
        fields.pop("number", None)
    return services.finding_update(user=user, finding=instance, **fields)


def _save_recommendation(*, form, user, instance):
    fields = _fields(form)
    if instance is None:
        return services.recommendation_add(user=user, **fields)
    return services.recommendation_update(
        user=user, recommendation=instance, text=fields["text"], number=fields.get("number")
    )


def _status(deadline_of):
    """A column: the deadline's standing today ('Met', 'Due in 3 working days'...)."""
    from django.utils import timezone

    return lambda record: deadline_of(record).describe(timezone.localdate())


NOTIFICATIONS = RecordType(
    namespace="reviews",
    slug="notification",
    model=SeriousIncident,
    form=forms.IncidentForm,
    title="Serious incident notifications",
    intro=(
        "The local authority notifies the Child Safeguarding Practice Review Panel of a "
        "serious incident within 5 working days of becoming aware of it."
    ),
    columns=(
        Column("Reference", "reference"),
        Column("Local authority", "local_authority.name"),
        Column("Became aware", "aware_date"),
        Column("Notified", "notified_date"),
        Column("Notification", _status(timescales.notification_deadline)),
        Column("Rapid review", lambda i: presenters.rapid_review_status(i)),
    ),
    queryset=lambda user: selectors.incident_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_save_incident,
    sections=presenters.incident_sections,
    year_filter=lambda rows, year: selectors.incidents_in_year(rows, year),
    export_area="reviews",
    log_reads=True,
    area_label=AREA_LABEL,
)

RAPID_REVIEWS = RecordType(
    namespace="reviews",
    slug="rapid-review",
    model=RapidReview,
    form=forms.RapidReviewForm,
    title="Rapid reviews",
    intro=(
        "A rapid review follows every notification, is completed within 15 working days of "
        "the local authority becoming aware of the incident, and decides on a local review, "
        "no review or a referral to the national panel."
    ),
    columns=(
        Column("Incident", "incident.reference"),
        Column("Due", lambda r: timescales.rapid_review_due(r.incident.aware_date)),
        Column("Completed", "completed_date"),
        Column(
            "Timeliness",
            _status(lambda r: timescales.rapid_review_deadline(r.incident, r)),
        ),
        Column("Decision", "decision"),
    ),
    queryset=lambda user: selectors.rapid_review_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_save_rapid_review,
    sections=presenters.rapid_review_sections,
    year_filter=lambda rows, year: selectors.rapid_reviews_in_year(rows, year),
    export_area="reviews",
    log_reads=True,
    area_label=AREA_LABEL,
)

REVIEWS = RecordType(
    namespace="reviews",
    slug="review",
    model=PracticeReview,
    form=forms.ReviewForm,
    title="Serious case reviews and practice reviews",
    intro=(
        "Serious case reviews (before the 2018 arrangements) and local child safeguarding "
        "practice reviews: the final report is due 6 months after a review is commissioned."
    ),
    columns=(
        Column("Reference", "reference"),
        Column("Kind", "kind"),
        Column("Commissioned", "commissioned_date"),
        Column("Status", "status"),
        Column("Final report due", lambda r: timescales.final_report_due(r.commissioned_date)),
        Column("Final report", _status(timescales.final_report_deadline)),
    ),
    queryset=lambda user: selectors.review_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_save_review,
    summary=presenters.review_summary,
    sections=presenters.review_sections,
    year_filter=lambda rows, year: selectors.reviews_in_year(rows, year),
    export_area="reviews",
    log_reads=True,
    area_label=AREA_LABEL,
)

FINDINGS = RecordType(
    namespace="reviews",
    slug="finding",
    model=Finding,
    form=forms.FindingForm,
    title="Findings of reviews",
    columns=(
        Column("Finding", lambda f: f"{f.review.reference}: {f.number}"),
        Column("Text", "text"),
    ),
    queryset=lambda user: selectors.finding_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_save_finding,
    year_filter=lambda rows, year: rows.filter(
        review__in=selectors.reviews_in_year(PracticeReview.objects.all(), year)
    ),
    log_reads=True,
    area_label=AREA_LABEL,
)

RECOMMENDATIONS = RecordType(
    namespace="reviews",
    slug="recommendation",
    model=ReviewRecommendation,
    form=forms.RecommendationForm,
    title="Recommendations of reviews",
    intro="Each recommendation is raised into its review's action plan, with its actions.",
    columns=(
        Column("Recommendation", lambda r: f"{r.review.reference}: {r.number}"),
        Column("Text", "text"),
    ),
    queryset=lambda user: selectors.recommendation_list(user=user),
    can_create=policy.can_manage,
    can_edit=policy.can_manage,
    save=_save_recommendation,
    sections=presenters.recommendation_sections,
    year_filter=lambda rows, year: rows.filter(
        review__in=selectors.reviews_in_year(PracticeReview.objects.all(), year)
    ),
    log_reads=True,
    area_label=AREA_LABEL,
)

RECORD_TYPES = (NOTIFICATIONS, RAPID_REVIEWS, REVIEWS, FINDINGS, RECOMMENDATIONS)
