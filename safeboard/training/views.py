"""Training's own pages: the year's summary, and the bookings import.

The record pages (courses, events, bookings, evaluations) come from
``record_types`` through the shared framework.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.audit.models import Event as LogEvent
from safeboard.audit.services import event_record
from safeboard.records.areas import board_area
from safeboard.records.years import year_label
from safeboard.training import imports, pending, policy, presenters, selectors, summaries
from safeboard.training.forms import ImportForm

IMPORTED = (
    "{created} new booking{s1} stored, {changed} changed, {unchanged} already held unchanged."
)
DISCARDED = "The upload was discarded: nothing was stored."


def _year(request, user) -> int:
    raw = request.GET.get("year", "")
    if raw.isdigit() and 2000 <= int(raw) <= 2100:
        return int(raw)
    return selectors.latest_year(user=user)


@require_GET
@login_required
def index(request):
    """The year's programme in figures, for every signed-in user (aggregates only)."""
    user = request.user
    if not can_see_area(user, Visibility.SIGNED_IN):
        raise PermissionDenied
    year = _year(request, user)
    label = year_label(year)
    summary = summaries.course_summary(user=user, year=year)
    by_agency = summaries.attendance_by_agency(user=user, year=year)
    by_sector = summaries.attendance_by_sector(user=user, year=year)
    area = board_area("training")
    context = {
        "year": year,
        "year_label": label,
        "years": [{"year": y, "label": year_label(y)} for y in (year - 1, year + 1)],
        "summary": summary,
        "courses_table": presenters.course_summary_table(
            summary, f"Courses, events and delegates in {label}"
        ),
        "funding_known": by_sector.funding_known,
        "sector_table": presenters.shares_table(
            by_sector, first="Sector", caption=f"Delegates by sector against funding, {label}"
        ),
        "agency_table": presenters.shares_table(
            by_agency, first="Agency", caption=f"Delegates by agency against funding, {label}"
        ),
        "rates_table": presenters.rates_table(
            summaries.booking_rates(user=user, year=year), f"Bookings by outcome, {label}"
        ),
        "fill_table": presenters.fill_table(
            summaries.fill_rates(user=user, year=year), f"Places filled, {label}"
        ),
        "confidence_table": presenters.confidence_table(
            summaries.confidence_change(user=user, year=year), f"Delegates' confidence, {label}"
        ),
        "income_table": presenters.income_table(
            summaries.training_income(user=user, year=year), f"Training income, {label}"
        ),
        "sees_delegates": policy.sees_delegates(user),
        "can_manage": policy.can_manage(user),
        "export": area if area is not None and area.allowed(user) else None,
    }
    return render(request, "training/index.html", context)


def _require_importer(user) -> None:
    if not policy.can_manage(user):
        raise PermissionDenied


@require_http_methods(["GET", "POST"])
@login_required
def import_upload(request):
    """Upload a booking system's export; show its problems, or what confirming will store."""
    _require_importer(request.user)
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {"form": form, "columns_help": presenters.import_columns_table()}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"].read()
        plan = imports.import_check(user=request.user, data=data)
        event_record(
            request=request,
            action=LogEvent.Action.VALIDATED,
            area="training",
            object_type="bookings",
            object_ref=plan.sha256[:16],
            detail={"rows": len(plan.rows), "problems": len(plan.errors)},
        )
        if plan.ok:
            token = pending.pending_save(user=request.user, data=data)
            return render(
                request,
                "training/import_preview.html",
                {
                    "plan": plan,
                    "token": token,
                    "preview_table": presenters.import_preview_table(plan),
                    "new": plan.count(imports.PlannedBooking.NEW),
                    "changed": plan.count(imports.PlannedBooking.CHANGED),
                    "unchanged": plan.count(imports.PlannedBooking.UNCHANGED),
                },
            )
        context |= {"plan": plan, "errors_table": presenters.import_errors_table(plan)}
    return render(request, "training/import.html", context)


@require_POST
@login_required
def import_confirm(request):
    """Store the previewed file (checked again first), or discard it."""
    _require_importer(request.user)
    token = request.POST.get("token", "")
    if "discard" in request.POST:
        pending.pending_discard(token=token)
        messages.success(request, DISCARDED)
        return redirect("training:import")
    try:
        data = pending.pending_load(user=request.user, token=token)
    except pending.PendingNotFoundError as missing:
        messages.error(request, str(missing))
        return redirect("training:import")
    try:
        result = imports.import_confirm(user=request.user, data=data, request=request)
    except imports.ImportRefusedError as refused:
        pending.pending_discard(token=token)
        return render(
            request,
            "training/import.html",
            {
                "form": ImportForm(),
                "columns_help": presenters.import_columns_table(),
                "plan": refused.plan,
                "errors_table": presenters.import_errors_table(refused.plan),
            },
        )
    pending.pending_discard(token=token)
    messages.success(
        request,
        IMPORTED.format(
            created=result.created,
            s1="" if result.created == 1 else "s",
            changed=result.changed,
            unchanged=result.unchanged,
        ),
    )
    return redirect("training:booking-list")
