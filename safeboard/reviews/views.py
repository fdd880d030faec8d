"""The area's own pages: its front page, the year's figures and raising an action.

The case records' list, detail, create, edit and history pages come from
``record_types`` through ``safeboard.records``.
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.records.years import current_year, year_from_request, year_label
from safeboard.reviews import policy, presenters, selectors, services
from safeboard.reviews.forms import ActionRaiseForm

AREA = "reviews"


def log_read(request, *, object_type: str, object_ref="", detail: dict | None = None) -> None:
    """A case record (or a list of them) was shown: who, when, which page; never its content."""
    event_record(
        request=request,
        action=Event.Action.VIEWED,
        area=AREA,
        object_type=object_type,
        object_ref=object_ref,
        detail=detail,
    )


def logged(view, object_type: str):
    """Log every successful GET of a page that shows case records."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if request.method == "GET" and response.status_code == 200:
            log_read(request, object_type=object_type, object_ref=kwargs.get("pk", ""))
        return response

    return wrapper


@require_GET
@login_required
def index(request):
    readable = policy.can_read_case_records(request.user)
    deadlines = selectors.open_deadlines(user=request.user) if readable else []
    if readable:
        log_read(request, object_type="deadlines", detail={"rows": len(deadlines)})
    return render(
        request,
        "reviews/index.html",
        {
            "readable": readable,
            "deadlines": presenters.deadline_rows_table(deadlines, caption="Open deadlines"),
            "overdue": sum(1 for row in deadlines if row.overdue),
            "year_label": year_label(current_year()),
        },
    )


@require_GET
@login_required
def figures(request):
    year = year_from_request(request)
    result = selectors.year_figures(user=request.user, year=year)
    return render(
        request,
        "reviews/figures.html",
        {
            "figures": result,
            "table": presenters.figures_table(result, f"Figures for {year_label(year)}"),
            "spending": presenters.spending_summary(result),
            "year": year,
            "year_label": year_label(year),
            "years": [
                {"year": y, "label": year_label(y)}
                for y in (year - 1, year + 1)
                if y <= current_year() + 1
            ],
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def action_raise(request, pk: int):
    recommendation = selectors.recommendation_list(user=request.user).filter(pk=pk).first()
    if not policy.can_read_case_records(request.user):
        raise PermissionDenied
    if recommendation is None:
        raise Http404
    if not policy.can_manage(request.user):
        raise PermissionDenied
    form = ActionRaiseForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_raise(
                user=request.user, recommendation=recommendation, **form.cleaned_data
            )
        except ValidationError as error:
            problems = (
                error.message_dict if hasattr(error, "error_dict") else {None: error.messages}
            )
            for field, messages_ in problems.items():
                form.add_error(field if field in form.fields else None, messages_)
        else:
            messages.success(request, "Action raised.")
            return redirect("reviews:review-detail", pk=recommendation.review_id)
    if request.method == "GET":
        log_read(request, object_type="reviewrecommendation", object_ref=recommendation.pk)
    return render(
        request, "reviews/action_form.html", {"form": form, "recommendation": recommendation}
    )
