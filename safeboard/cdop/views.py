"""Child death reviews: the area's own pages (the records' pages come from ``records``).

- ``index``: the panel's work in hand: deaths awaiting review and what is
  due (the panel's members and the business unit; anyone else is pointed to
  the figures);
- ``year``: the panel's year in full (the same);
- ``figures``: the panel's year for everyone else, small numbers suppressed;
- ``action_raise``: the business unit raises an action from a review.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.cdop import policy, presenters, selectors, services, summaries
from safeboard.cdop.figures import year_figures
from safeboard.cdop.forms import RaiseActionForm
from safeboard.cdop.record_types import AREA_LABEL, RECORD_TYPES
from safeboard.records.areas import board_area
from safeboard.records.years import current_year, year_from_request, year_label

AREA = "cdop"


def _require_cases(request) -> None:
    if not policy.can_read_cases(request.user):
        raise PermissionDenied


def _year_links(year: int) -> list[dict]:
    return [
        {"year": y, "label": f"{'Previous' if y < year else 'Next'} year: {year_label(y)}"}
        for y in (year - 1, year + 1)
        if y <= current_year()
    ]


def _export(name: str, user):
    area = board_area(name)
    return area if area is not None and area.allowed(user) else None


@require_GET
@login_required
def index(request):
    """The area's front page: the work in hand for those who read the cases, else a pointer
    to the figures (every signed-in user may open it; the case records stay restricted)."""
    if not policy.can_read_cases(request.user):
        return render(request, "cdop/index.html", {"readable": False})
    today = timezone.localdate()
    deadlines = selectors.open_deadlines(user=request.user)
    waiting = list(selectors.awaiting_review(user=request.user))
    event_record(request=request, action=Event.Action.VIEWED, area=AREA, object_type="overview")
    return render(
        request,
        "cdop/index.html",
        {
            "readable": True,
            "deadlines": presenters.deadline_table(
                deadlines, today, caption="What is due, soonest first"
            ),
            "overdue": sum(item.overdue(today) for item in deadlines),
            "waiting": presenters.waiting_table(waiting, today),
            "waiting_count": len(waiting),
            "record_types": RECORD_TYPES,
            "year": current_year(),
        },
    )


@require_GET
@login_required
def year(request):
    _require_cases(request)
    chosen = year_from_request(request)
    panel = summaries.partnership_panel()
    context = {"year": chosen, "year_label": year_label(chosen), "years": _year_links(chosen)}
    if panel is not None:
        figures = year_figures(panel=panel, year=chosen, suppressed=False)
        context.update(
            panel=panel,
            reviewed=presenters.reviewed_table(figures),
            categories=presenters.category_table(figures),
            timing=presenters.timing_table(figures),
            activity=presenters.activity_table(figures),
            domains=presenters.domains_table(
                summaries.modifiable_domains(panel=panel, year=chosen)
            ),
            timeliness=presenters.timeliness_table(
                summaries.national_notifications_on_time(panel=panel, year=chosen),
                summaries.information_on_time(panel=panel, year=chosen),
            ),
        )
    event_record(
        request=request,
        action=Event.Action.VIEWED,
        area=AREA,
        object_type="year",
        object_ref=chosen,
    )
    context["export"] = _export("cdop", request.user)
    return render(request, "cdop/year.html", context)


@require_GET
@login_required
def figures(request):
    if not policy.can_read_figures(request.user):
        raise PermissionDenied
    chosen = year_from_request(request)
    panel = summaries.partnership_panel()
    context = {
        "year": chosen,
        "year_label": year_label(chosen),
        "years": _year_links(chosen),
        "reads_cases": policy.can_read_cases(request.user),
    }
    if panel is not None:
        published = year_figures(panel=panel, year=chosen, suppressed=True)
        context.update(
            panel=panel,
            any_hidden=published.any_hidden(),
            reviewed=presenters.reviewed_table(published),
            categories=presenters.category_table(published),
            timing=presenters.timing_table(published),
            activity=presenters.activity_table(published),
        )
    context["export"] = _export("cdop-figures", request.user)
    return render(request, "cdop/figures.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def action_raise(request, pk: int):
    _require_cases(request)
    if not policy.can_manage(request.user):
        raise PermissionDenied
    try:
        review = selectors.review_list(user=request.user).get(pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    form = RaiseActionForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            services.action_raise(
                user=request.user,
                review=review,
                plan_owner=getattr(request.user, "person", None),
                **form.cleaned_data,
            )
        except ValidationError as invalid:
            _add_errors(form, invalid)
        else:
            messages.success(request, "Action raised and added to the panel's action plan.")
            return redirect("cdop:review-detail", pk=review.pk)
    event_record(
        request=request,
        action=Event.Action.VIEWED,
        area=AREA,
        object_type="casereview raise-action",
        object_ref=review.pk,
    )
    return render(
        request, "cdop/action_form.html", {"form": form, "review": review, "caption": AREA_LABEL}
    )


def _add_errors(form, invalid: ValidationError) -> None:
    if hasattr(invalid, "error_dict"):
        for field, errors in invalid.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, invalid.messages)
