"""Agency returns pages: thin views over the selectors, services and files."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.access.visibility import Visibility, can_see_area, user_agency_id
from safeboard.agency_returns import files, policy, presenters, schedule, selectors, services
from safeboard.agency_returns.definitions import ReturnTemplate, template_get
from safeboard.agency_returns.forms import (
    ACCEPT,
    SUBMIT,
    ReturnForm,
    ReviewForm,
    UploadForm,
)
from safeboard.agency_returns.models import AgencyReturn
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.dataset.periods import year_label
from safeboard.partnership.selectors import agency_get

AREA = "agency-returns"
Status = AgencyReturn.Status
# With the business unit, or accepted: the agency's lead can no longer change it.
LOCKED_FOR_AGENCY = frozenset({Status.SUBMITTED, Status.ACCEPTED})
EARLIEST_YEAR = 2000


def _require_area(request) -> None:
    if not can_see_area(request.user, Visibility.AGENCY):
        raise PermissionDenied


def _template_or_404(template_id: str) -> ReturnTemplate:
    template = template_get(template_id)
    if template is None:
        raise Http404
    return template


def _return_or_404(request, pk: int):
    try:
        return selectors.return_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing


def _own_return(request, template_id: str, year: int, quarter: int):
    """(template, the user's agency, its return or None) for the fill and upload pages."""
    _require_area(request)
    if not policy.is_submitter(request.user):
        raise PermissionDenied
    template = _template_or_404(template_id)
    agency = agency_get(user=request.user, pk=user_agency_id(request.user))
    if agency.agency_type != template.agency_type or not (
        quarter in schedule.QUARTERS
        and EARLIEST_YEAR <= year
        and schedule.quarter_has_ended(
            collection_year=year, quarter=quarter, today=timezone.localdate()
        )
    ):
        raise Http404
    agency_return = selectors.return_find(
        user=request.user, template_id=template.id, collection_year=year, quarter=quarter
    )
    return template, agency, agency_return


def _heading(template: ReturnTemplate, year: int, quarter: int) -> str:
    return f"{template.title}: {presenters.quarter_label(year, quarter)}"


@require_GET
@login_required
def return_list(request):
    _require_area(request)
    today = timezone.localdate()
    latest = schedule.latest_collection_year(today)
    try:
        year = int(request.GET.get("year", latest))
    except ValueError as bad:
        raise Http404 from bad
    if not EARLIEST_YEAR <= year <= latest + 1:
        raise Http404
    slots = selectors.return_slots(user=request.user, collection_year=year, today=today)
    return render(
        request,
        "agency_returns/list.html",
        {
            "year": year,
            "year_label": year_label(year),
            "previous_year": year - 1 if year > EARLIEST_YEAR else None,
            "next_year": year + 1 if year < latest else None,
            "previous_label": year_label(year - 1),
            "next_label": year_label(year + 1),
            "tracks": policy.sees_every_status(request.user),
            "overdue": sum(1 for s in slots if s.overdue),
            "due": sum(1 for s in slots if s.due),
            "table": presenters.slots_table(
                slots, request.user, caption=f"Agency returns for {year_label(year)}"
            ),
            "templates": presenters.templates_table(),
        },
    )


@require_GET
@login_required
def template_detail(request, template_id: str):
    _require_area(request)
    template = _template_or_404(template_id)
    return render(
        request,
        "agency_returns/template_detail.html",
        {
            "template": template,
            "summary": presenters.template_summary(template),
            "figures": presenters.template_figures_table(template),
        },
    )


@require_GET
@login_required
def template_download(request, template_id: str, fmt: str):
    _require_area(request)
    template = _template_or_404(template_id)
    if fmt == "xlsx":
        content, media_type = files.template_xlsx(template), files.XLSX_MEDIA_TYPE
    elif fmt == "csv":
        content, media_type = files.template_csv(template), files.CSV_MEDIA_TYPE
    else:
        raise Http404
    event_record(
        request=request,
        action=Event.Action.DOWNLOADED,
        area=AREA,
        object_type="return template",
        object_ref=template.id,
        detail={"format": fmt},
    )
    response = HttpResponse(content, content_type=media_type)
    response["Content-Disposition"] = f'attachment; filename="{template.id}.{fmt}"'
    return response


@require_http_methods(["GET", "POST"])
@login_required
def fill(request, template_id: str, year: int, quarter: int):
    template, agency, agency_return = _own_return(request, template_id, year, quarter)
    if agency_return is not None and agency_return.status in LOCKED_FOR_AGENCY:
        return redirect("agency_returns:detail", pk=agency_return.pk)
    values = (
        selectors.figure_values(user=request.user, agency_return=agency_return)
        if agency_return
        else {}
    )
    form = ReturnForm(request.POST or None, template=template, values=values)
    submitting = request.POST.get("action") == SUBMIT
    if request.method == "POST" and form.is_valid() and (not submitting or form.require_all()):
        try:
            agency_return = services.return_open(
                user=request.user,
                template_id=template.id,
                agency=agency,
                collection_year=year,
                quarter=quarter,
            )
            services.return_save_figures(
                user=request.user, agency_return=agency_return, values=form.values()
            )
        except services.AgencyReturnError as refused:
            for message in refused.messages:
                form.add_error(None, message)
        else:
            if not submitting:
                messages.success(request, "Your figures are saved as a draft.")
                return redirect("agency_returns:fill", template.id, year, quarter)
            try:
                services.return_submit(user=request.user, agency_return=agency_return)
            except services.AgencyReturnError as refused:
                for message in refused.messages:
                    form.add_error(None, message)
                form.add_error(
                    None, "Your figures are saved as a draft; the return is not submitted."
                )
            else:
                messages.success(request, "The return is submitted to the business unit.")
                return redirect("agency_returns:detail", pk=agency_return.pk)
    return render(
        request,
        "agency_returns/fill.html",
        {
            "template": template,
            "agency": agency,
            "agency_return": agency_return,
            "heading": _heading(template, year, quarter),
            "form": form,
            "sections": presenters.form_sections(form),
            "due_date": presenters.day(
                schedule.return_due_date(collection_year=year, quarter=quarter)
            ),
            "year": year,
            "quarter": quarter,
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def upload(request, template_id: str, year: int, quarter: int):
    template, agency, agency_return = _own_return(request, template_id, year, quarter)
    if agency_return is not None and agency_return.status in LOCKED_FOR_AGENCY:
        return redirect("agency_returns:detail", pk=agency_return.pk)
    form = UploadForm(request.POST or None, request.FILES or None)
    parsed = None
    if request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        data = uploaded.read(files.MAX_UPLOAD_BYTES + 1)
        parsed = files.read_upload(template, name=uploaded.name, data=data)
        if not parsed.errors:
            try:
                agency_return = services.return_open(
                    user=request.user,
                    template_id=template.id,
                    agency=agency,
                    collection_year=year,
                    quarter=quarter,
                )
                services.return_save_figures(
                    user=request.user, agency_return=agency_return, values=parsed.values
                )
            except services.AgencyReturnError as refused:
                parsed.errors += [files.RowError("file", m) for m in refused.messages]
        stored = not parsed.errors
        event_record(
            request=request,
            action=Event.Action.IMPORTED if stored else Event.Action.VALIDATED,
            area=AREA,
            object_type="return upload",
            object_ref=agency_return.pk if stored else template.id,
            detail={
                "template": template.id,
                "collection_year": year,
                "quarter": quarter,
                "stored": stored,
                "values": len(parsed.values),
                "errors": len(parsed.errors),
            },
        )
        if stored:
            messages.success(
                request,
                f"{len(parsed.values)} figures loaded from the file. Check them, then submit.",
            )
            return redirect("agency_returns:fill", template.id, year, quarter)
        form.add_error("file", f"The file has {len(parsed.errors)} problem(s); nothing was stored")
    return render(
        request,
        "agency_returns/upload.html",
        {
            "template": template,
            "heading": _heading(template, year, quarter),
            "form": form,
            "errors_table": presenters.upload_errors_table(parsed.errors)
            if parsed and parsed.errors
            else None,
            "warnings": parsed.warnings if parsed else [],
            "year": year,
            "quarter": quarter,
        },
    )


def _detail_context(request, agency_return) -> dict:
    template = _template_or_404(agency_return.template_id)
    values = selectors.figure_values(user=request.user, agency_return=agency_return)
    checks = selectors.stock_flow_checks(user=request.user, agency_return=agency_return)
    return {
        "agency_return": agency_return,
        "template": template,
        "heading": _heading(template, agency_return.collection_year, agency_return.quarter),
        "summary": presenters.return_summary(agency_return, template),
        "figures": presenters.figures_table(template, values),
        "checks": presenters.stock_flow_sentences(checks, template),
        "comments": selectors.sent_back_comments(user=request.user, agency_return=agency_return),
    }


@require_GET
@login_required
def detail(request, pk: int):
    _require_area(request)
    agency_return = _return_or_404(request, pk)
    editable = agency_return.status not in LOCKED_FOR_AGENCY
    return render(
        request,
        "agency_returns/detail.html",
        {
            **_detail_context(request, agency_return),
            "can_fill": editable and policy.can_submit_for(request.user, agency_return.agency_id),
            "can_review": agency_return.status == Status.SUBMITTED
            and policy.can_review(request.user),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def review(request, pk: int):
    _require_area(request)
    if not policy.can_review(request.user):
        raise PermissionDenied
    agency_return = _return_or_404(request, pk)
    if agency_return.status != Status.SUBMITTED:
        return redirect("agency_returns:detail", pk=agency_return.pk)
    form = ReviewForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == ACCEPT:
                services.return_accept(user=request.user, agency_return=agency_return)
                messages.success(request, "The return is accepted and locked.")
            else:
                services.return_send_back(
                    user=request.user,
                    agency_return=agency_return,
                    comment=form.cleaned_data["comment"],
                )
                messages.success(request, "The return is sent back to the agency.")
        except services.AgencyReturnError as refused:
            for message in refused.messages:
                form.add_error(None, message)
        else:
            return redirect("agency_returns:detail", pk=agency_return.pk)
    return render(
        request,
        "agency_returns/review.html",
        {**_detail_context(request, agency_return), "form": form},
    )


@require_GET
@login_required
def figures(request):
    """Every signed-in role reads the accepted figures: they are aggregates."""
    from safeboard.access.visibility import Visibility, can_see_area
    from safeboard.agency_returns.figures_page import default_year, returned_tables

    if not can_see_area(request.user, Visibility.SIGNED_IN):
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or default_year())
    except ValueError:
        year = default_year()
    return render(
        request,
        "agency_returns/figures.html",
        {
            "year": year,
            "label": f"{year - 1}/{year % 100:02d}",
            "tables": returned_tables(year),
            "year_field": {"text": "Collection year (the year it ends, 2018 for 2017/18)"},
        },
    )


@require_GET
@login_required
def figure_detail(request, figure_id: str):
    from safeboard.access.visibility import Visibility, can_see_area
    from safeboard.agency_returns.figures_page import default_year
    from safeboard.agency_returns.figures_page import figure_detail as detail

    if not can_see_area(request.user, Visibility.SIGNED_IN):
        raise PermissionDenied
    try:
        year = int(request.GET.get("year") or default_year())
    except ValueError:
        year = default_year()
    found = detail(figure_id, year)
    if found is None:
        raise Http404("No such figure.")
    return render(
        request,
        "agency_returns/figure_detail.html",
        {**found, "year": year, "label": f"{year - 1}/{year % 100:02d}"},
    )
