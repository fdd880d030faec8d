"""The annual report's pages: thin views over the services, workflow and build jobs."""

from __future__ import annotations

from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safeboard.access.visibility import visible_to
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.partnership.models import Partnership
from safeboard.records.policy import is_business_unit
from safeboard.report import jobs, services, workflow
from safeboard.report.build import HTML_NAME, INPUTS_NAME, PDF_NAME
from safeboard.report.checklist import checklist as checklist_answers
from safeboard.report.forms import (
    ChecklistLinkForm,
    CommentForm,
    NewReportForm,
    NewSectionForm,
    ResponseForm,
    SentForm,
    SignOffForm,
)
from safeboard.report.models import AnnualReport, ChecklistLink, Recipient, ScrutinyComment
from safeboard.report.render import style_hash

DOWNLOADS = {
    "html": (HTML_NAME, "text/html; charset=utf-8"),
    "pdf": (PDF_NAME, "application/pdf"),
    "inputs": (INPUTS_NAME, "application/json"),
}
EDITIONS = ("draft", "published")


def _report(request, year: int) -> AnnualReport:
    report = visible_to(request.user, AnnualReport).filter(year=year).first()
    if report is None:
        raise Http404
    return report


def _business_unit(request) -> None:
    if not is_business_unit(request.user):
        raise PermissionDenied


def _refused(request, error: workflow.WorkflowError) -> None:
    messages.error(request, str(error))


@require_GET
@login_required
def index(request):
    return render(
        request,
        "report/index.html",
        {
            "reports": visible_to(request.user, AnnualReport),
            "form": NewReportForm(),
            "can_create": is_business_unit(request.user),
        },
    )


@require_POST
@login_required
def create(request):
    _business_unit(request)
    form = NewReportForm(request.POST)
    partnership = Partnership.objects.order_by("pk").first()
    if not form.is_valid() or partnership is None:
        return render(
            request,
            "report/index.html",
            {"reports": visible_to(request.user, AnnualReport), "form": form, "can_create": True},
            status=400,
        )
    report = services.report_for_year(partnership=partnership, year=form.cleaned_data["year"])
    return redirect("report:detail", year=report.year)


def _latest_build(report: AnnualReport, edition: str):
    builds = report.builds.order_by("-created_at", "-id")
    if edition == "published":
        return builds.filter(folder=str(workflow.published_folder(report))).first()
    return builds.exclude(folder=str(workflow.published_folder(report))).first()


@require_GET
@login_required
def detail(request, year: int):
    report = _report(request, year)
    answers = checklist_answers(report)
    return render(
        request,
        "report/detail.html",
        {
            "report": report,
            "sections": report.sections.order_by("position", "id"),
            "draft": _latest_build(report, "draft"),
            "published": _latest_build(report, "published"),
            "job": jobs.job_read(report),
            "met": sum(1 for a in answers if a.met),
            "items": len(answers),
            "is_business_unit": is_business_unit(request.user),
            "new_section": NewSectionForm(),
            "open_comments": report.comments.filter(resolved=False).count(),
        },
    )


@require_POST
@login_required
def section_add(request, year: int):
    _business_unit(request)
    report = _report(request, year)
    form = NewSectionForm(request.POST)
    if form.is_valid():
        section = services.section_add(report=report, title=form.cleaned_data["title"])
        messages.success(request, f"“{section.title}” added at the end: write it, then move it.")
        return redirect("report:section-edit", pk=section.pk)
    messages.error(request, "Enter a title for the new section.")
    return redirect("report:detail", year=year)


@require_POST
@login_required
def section_move(request, year: int, pk: int, direction: str):
    _business_unit(request)
    report = _report(request, year)
    section = report.sections.filter(pk=pk).first()
    if section is None or direction not in {"up", "down"}:
        raise Http404
    services.section_move(section=section, up=direction == "up")
    return redirect(reverse("report:detail", args=[year]) + f"#row-{section.key}")


@require_POST
@login_required
def build(request, year: int):
    _business_unit(request)
    report = _report(request, year)
    if not jobs.job_running(report):
        jobs.job_start(report=report, built_by=request.user.get_username())
    return redirect("report:build-progress", year=year)


@require_GET
@login_required
def build_progress(request, year: int):
    report = _report(request, year)
    return render(
        request, "report/build_progress.html", {"report": report, "job": jobs.job_read(report)}
    )


@require_GET
@login_required
def build_status(request, year: int):
    report = _report(request, year)
    job = jobs.job_read(report)
    return JsonResponse(
        {
            "state": job.get("state", "none"),
            "steps": job.get("steps", []),
            "next": reverse("report:detail", args=[year]),
        }
    )


def _build_file(request, year: int, edition: str, kind: str) -> Path:
    report = _report(request, year)
    if edition not in EDITIONS or kind not in DOWNLOADS:
        raise Http404
    made = _latest_build(report, edition)
    if made is None:
        raise Http404
    path = Path(made.folder) / DOWNLOADS[kind][0]
    if not path.is_file():
        raise Http404
    event_record(
        request=request,
        action=Event.Action.DOWNLOADED,
        area="report",
        object_type=f"annual report {edition} {kind}",
        object_ref=year,
    )
    return path


@require_GET
@login_required
def view(request, year: int, edition: str):
    """The built HTML in the browser, under its own policy: its one stylesheet, nothing else."""
    path = _build_file(request, year, edition, "html")
    response = HttpResponse(path.read_bytes(), content_type=DOWNLOADS["html"][1])
    response["Content-Security-Policy"] = (
        f"default-src 'none'; style-src {style_hash()}; img-src data:; "
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    )
    return response


@require_GET
@login_required
def download(request, year: int, edition: str, kind: str):
    path = _build_file(request, year, edition, kind)
    name = f"annual-report-{year - 1}-{year % 100:02d}{'' if edition == 'published' else '-draft'}"
    suffix = {"html": ".html", "pdf": ".pdf", "inputs": "-inputs.json"}[kind]
    return FileResponse(
        path.open("rb"), as_attachment=True, filename=name + suffix, content_type=DOWNLOADS[kind][1]
    )


@require_http_methods(["GET", "POST"])
@login_required
def checklist(request, year: int):
    report = _report(request, year)
    form = ChecklistLinkForm(request.POST if request.method == "POST" else None, report=report)
    if request.method == "POST":
        _business_unit(request)
        if form.is_valid():
            ChecklistLink.objects.update_or_create(
                report=report,
                item=form.cleaned_data["item"],
                defaults={
                    "section": form.cleaned_data["section"],
                    "note": form.cleaned_data["note"],
                },
            )
            messages.success(request, "Checklist updated.")
            return redirect("report:checklist", year=year)
    return render(
        request,
        "report/checklist.html",
        {
            "report": report,
            "answers": checklist_answers(report),
            "form": form,
            "is_business_unit": is_business_unit(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def scrutiny(request, year: int):
    report = _report(request, year)
    form = CommentForm(request.POST if request.method == "POST" else None, report=report)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.comment_add(
                report=report,
                user=request.user,
                text=form.cleaned_data["text"],
                section=form.cleaned_data["section"],
            )
        except workflow.WorkflowError as error:
            _refused(request, error)
        else:
            messages.success(request, "Comment added.")
        return redirect("report:scrutiny", year=year)
    return render(
        request,
        "report/scrutiny.html",
        {
            "report": report,
            "comments": report.comments.select_related("author", "section"),
            "form": form,
            "response_form": ResponseForm(),
            "is_scrutineer": workflow.is_scrutineer(request.user),
            "is_business_unit": is_business_unit(request.user),
        },
    )


@require_POST
@login_required
def comment_respond(request, year: int, pk: int):
    report = _report(request, year)
    comment = ScrutinyComment.objects.filter(report=report, pk=pk).first()
    if comment is None:
        raise Http404
    form = ResponseForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Enter a response.")
    else:
        try:
            workflow.comment_respond(
                comment=comment,
                user=request.user,
                response=form.cleaned_data["response"],
                resolved=form.cleaned_data["resolved"],
            )
        except workflow.WorkflowError as error:
            _refused(request, error)
    return redirect("report:scrutiny", year=year)


STEPS = {
    "send-for-scrutiny": workflow.send_for_scrutiny,
    "scrutiny-complete": workflow.scrutiny_complete,
}


@require_POST
@login_required
def step(request, year: int, name: str):
    report = _report(request, year)
    if name not in STEPS:
        raise Http404
    try:
        STEPS[name](report=report, user=request.user)
    except workflow.WorkflowError as error:
        _refused(request, error)
    else:
        messages.success(request, f"The report is now: {report.get_status_display().lower()}.")
    return redirect("report:detail", year=year)


@require_http_methods(["GET", "POST"])
@login_required
def sign_off(request, year: int):
    report = _report(request, year)
    # An empty POST (no comment) is still a sign-off: bind the form to it.
    form = SignOffForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        agency = None
        if request.POST.get("agency") and is_business_unit(request.user):
            agency = next(
                (
                    a
                    for a in workflow.statutory_partners(report)
                    if str(a.pk) == request.POST["agency"]
                ),
                None,
            )
        try:
            signed = workflow.sign_off(
                report=report,
                user=request.user,
                agency=agency,
                comment=form.cleaned_data["comment"],
            )
        except workflow.WorkflowError as error:
            _refused(request, error)
        else:
            messages.success(request, f"Signed off for {signed.agency.name}.")
        return redirect("report:sign-off", year=year)
    own = workflow.partner_agency_of(request.user)
    return render(
        request,
        "report/sign_off.html",
        {
            "report": report,
            "sign_offs": report.sign_offs.select_related("agency", "signed_by"),
            "unsigned": workflow.unsigned_partners(report),
            "own": own,
            "own_signed": own is not None and report.sign_offs.filter(agency=own).exists(),
            "form": form,
            "is_business_unit": is_business_unit(request.user),
        },
    )


@require_POST
@login_required
def publish(request, year: int):
    _business_unit(request)
    report = _report(request, year)
    try:
        workflow.publish(report=report, user=request.user)
    except workflow.WorkflowError as error:
        _refused(request, error)
    else:
        messages.success(request, "Published. Record below when it goes to each recipient.")
        return redirect("report:distribution", year=year)
    return redirect("report:detail", year=year)


@require_http_methods(["GET", "POST"])
@login_required
def distribution(request, year: int):
    report = _report(request, year)
    if request.method == "POST":
        recipient = Recipient.objects.filter(
            report=report, pk=request.POST.get("recipient")
        ).first()
        form = SentForm(request.POST)
        if recipient is None:
            raise Http404
        if form.is_valid():
            try:
                workflow.recipient_sent(
                    recipient=recipient, user=request.user, on=form.cleaned_data["sent_on"]
                )
            except workflow.WorkflowError as error:
                _refused(request, error)
        else:
            messages.error(request, "Enter the date it was sent, for example 31 7 2018.")
        return redirect("report:distribution", year=year)
    return render(
        request,
        "report/distribution.html",
        {
            "report": report,
            "recipients": report.recipients.all(),
            "is_business_unit": is_business_unit(request.user),
        },
    )
