"""Action plan pages beyond the shared record pages: the summary, adding an update or
evidence, and downloading an evidence file. Thin views over selectors and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.access.roles import ALL_AGENCIES
from safeboard.access.visibility import Visibility, can_see_area
from safeboard.actions import evidence, policy, presenters, selectors, services, summaries
from safeboard.actions.forms import EvidenceForm, UpdateForm
from safeboard.actions.models import Action
from safeboard.actions.record_types import EXPORT_AREA
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.records.areas import board_area
from safeboard.records.years import current_year


def _require_area(request) -> None:
    if not can_see_area(request.user, Visibility.AGENCY):
        raise PermissionDenied


def _action_or_404(request, pk: int) -> Action:
    try:
        return selectors.action_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing


def _errors_to_form(form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


@require_GET
@login_required
def index(request):
    """How the plans are going, for the actions the user may see."""
    _require_area(request)
    user = request.user
    today = timezone.localdate()
    days = summaries.stalled_days()
    actions = list(selectors.action_list(user=user))
    area = board_area(EXPORT_AREA)
    return render(
        request,
        "actions/index.html",
        {
            "today": today,
            "days": days,
            "own_agency_only": not user.has_perm(ALL_AGENCIES),
            "overall": presenters.overall_summary(summaries.summarise(actions, today, days), days),
            "by_plan": presenters.figures_table(
                summaries.by_plan(actions, today, days),
                caption="By plan",
                first="Plan",
                link=lambda plan: reverse("actions:plan-detail", args=[plan.pk]),
            ),
            "by_agency": presenters.figures_table(
                summaries.by_owner_agency(actions, today, days),
                caption="By owner agency",
                first="Owner agency",
                link=None,
            ),
            "can_manage": policy.can_manage(user),
            "export": area if area is not None and area.allowed(user) else None,
            "export_year": current_year(),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def update_add(request, pk: int):
    """A dated update on an action, and its status: the business unit or the owner's lead."""
    _require_area(request)
    action = _action_or_404(request, pk)
    if not policy.can_work_on(request.user, action.owner_agency_id):
        raise PermissionDenied
    form = UpdateForm(request.POST or None, action=action)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.update_add(
                user=request.user,
                action=action,
                text=data["text"],
                update_date=data["update_date"],
                status=data["status"],
                completed_date=data.get("completed_date"),
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, "Update added.")
            return redirect("actions:action-detail", pk=action.pk)
    return render(request, "actions/update_form.html", {"form": form, "action": action})


@require_http_methods(["GET", "POST"])
@login_required
def evidence_add(request, pk: int):
    """Evidence for an action, with a file if given: the business unit or the owner's lead."""
    _require_area(request)
    action = _action_or_404(request, pk)
    if not policy.can_work_on(request.user, action.owner_agency_id):
        raise PermissionDenied
    form = EvidenceForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.evidence_add(
                user=request.user,
                action=action,
                text=form.cleaned_data["text"],
                upload=form.cleaned_data.get("upload"),
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            messages.success(request, "Evidence added.")
            return redirect("actions:action-detail", pk=action.pk)
    return render(request, "actions/evidence_form.html", {"form": form, "action": action})


@require_GET
@login_required
def evidence_download(request, pk: int):
    """An evidence file, to whoever may read its action: always an attachment, with the
    content type of its (checked) type and no sniffing, so a browser never runs it."""
    _require_area(request)
    try:
        item = selectors.evidence_get(user=request.user, pk=pk)
        path = evidence.evidence_path(item.stored_name or "")
        handle = open(path, "rb")  # noqa: SIM115 (FileResponse closes it)
    except (ObjectDoesNotExist, FileNotFoundError) as missing:
        raise Http404 from missing
    event_record(
        request=request,
        action=Event.Action.DOWNLOADED,
        area="actions",
        object_type="action evidence",
        object_ref=item.pk,
    )
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=item.file_name or "evidence",
        content_type=item.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response
