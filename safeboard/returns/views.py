"""Returns pages: upload, progress, findings and confirm; snapshots; pseudonym look-up."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safeboard.access.roles import AUDIT
from safeboard.access.visibility import Visibility, can_see_area
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.returns import presenters, selectors
from safeboard.returns.forms import PseudonymForm, UploadForm
from safeboard.returns.pipeline import Status
from safeboard.returns.reporting import findings_csv
from safeboard.returns.services import import_event_record, pseudonym_lookup
from safeboard.returns.uploads import (
    UploadNotFoundError,
    upload_check,
    upload_confirm,
    upload_create,
    upload_discard,
    upload_get,
)


def _require_returns(request) -> None:
    if not can_see_area(request.user, Visibility.CHILD_LEVEL):
        raise PermissionDenied


def _upload_or_404(request, token: str):
    try:
        return upload_get(token=token, user=request.user)
    except UploadNotFoundError as missing:
        raise Http404 from missing


@require_GET
@login_required
def snapshot_list(request):
    _require_returns(request)
    snapshots = selectors.snapshot_list(user=request.user)
    current = selectors.current_snapshot_ids(user=request.user)
    return render(
        request,
        "returns/snapshot_list.html",
        {"table": presenters.snapshots_table(snapshots, current)},
    )


@require_GET
@login_required
def snapshot_detail(request, pk):
    _require_returns(request)
    try:
        snapshot = selectors.snapshot_get(user=request.user, pk=pk)
    except (ObjectDoesNotExist, ValidationError) as missing:
        raise Http404 from missing
    event_record(
        request=request,
        action=Event.Action.VIEWED,
        area="returns",
        object_type="snapshot",
        object_ref=snapshot.pk,
    )
    in_use = snapshot.pk in selectors.current_snapshot_ids(user=request.user)
    return render(
        request,
        "returns/snapshot_detail.html",
        {"snapshot": snapshot, "summary": presenters.snapshot_summary(snapshot, in_use=in_use)},
    )


@require_http_methods(["GET", "POST"])
@login_required
def upload(request):
    _require_returns(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        job = upload_create(
            user=request.user,
            kind=form.cleaned_data["kind"],
            files=form.cleaned_data["files"],
            year=form.cleaned_data["year"],
            as_at=form.cleaned_data["as_at"],
        )
        upload_check(job)
        return redirect("returns:upload-progress", token=job.token)
    return render(request, "returns/upload.html", {"form": form})


@require_GET
@login_required
def upload_progress(request, token: str):
    _require_returns(request)
    job = _upload_or_404(request, token)
    if job.state in {"checked", "refused"}:
        return redirect("returns:upload-findings", token=token)
    return render(request, "returns/upload_progress.html", {"upload": job, "job": job.job})


@require_GET
@login_required
def upload_status(request, token: str):
    """Progress for the page's script: JSON, polled while the file is read."""
    _require_returns(request)
    job = _upload_or_404(request, token).job
    return JsonResponse(
        {
            "state": job["state"],
            "done": job.get("done", 0),
            "total": job.get("total", 0),
            "next": reverse("returns:upload-findings", args=[token]),
        }
    )


@require_GET
@login_required
def upload_findings(request, token: str):
    _require_returns(request)
    job = _upload_or_404(request, token)
    if job.state not in {"checked", "refused"}:
        return redirect("returns:upload-progress", token=token)
    findings = job.findings()
    return render(
        request,
        "returns/upload_findings.html",
        {
            "upload": job,
            "job": job.job,
            "refused": job.state == "refused",
            "errors": sum(1 for f in findings if f.severity.value == "error"),
            "warnings": sum(1 for f in findings if f.severity.value == "warning"),
            "table": presenters.findings_by_rule_table(findings),
        },
    )


@require_GET
@login_required
def upload_findings_csv(request, token: str):
    _require_returns(request)
    job = _upload_or_404(request, token)
    event_record(
        request=request, action=Event.Action.DOWNLOADED, area="returns", object_type="findings"
    )
    response = HttpResponse(findings_csv(job.findings()), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="findings-{job.job["kind"]}.csv"'
    return response


@require_POST
@login_required
def upload_confirm_view(request, token: str):
    _require_returns(request)
    job = _upload_or_404(request, token)
    if "discard" in request.POST:
        upload_discard(upload=job)
        messages.success(request, "The upload was discarded; nothing was stored.")
        return redirect("returns:upload")
    try:
        result = upload_confirm(upload=job, user=request.user)
    except UploadNotFoundError as missing:
        raise Http404 from missing
    import_event_record(result=result, validate_only=False, request=request)
    if result.status is Status.IMPORTED:
        messages.success(request, f"Imported {sum(result.row_counts.values()):,} rows.")
    elif result.status is Status.DUPLICATE:
        messages.success(request, result.message)
    else:
        messages.error(request, "The import was refused: the file changed since it was checked.")
        return redirect("returns:upload")
    return redirect("returns:snapshot-detail", pk=result.snapshot.pk)


@require_http_methods(["GET", "POST"])
@login_required
def pseudonym(request):
    """The business unit looks up the pseudonym of an id it already holds (logged)."""
    if not request.user.has_perm(AUDIT):
        raise PermissionDenied
    form = PseudonymForm(request.POST or None)
    found = None
    if request.method == "POST" and form.is_valid():
        found = pseudonym_lookup(raw_id=form.cleaned_data["child_id"], request=request)
        form = PseudonymForm()  # do not leave the id on the page
    return render(request, "returns/pseudonym.html", {"form": form, "pseudonym": found})
