"""Lead agency reports pages beyond the shared record pages: the year's progress, the
workflow (start, submit, review), item moves and deletes, themes copy and delete, and
Appendix B. Thin views over the selectors, summaries and services."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safeboard.access.visibility import Visibility, can_see_area, user_agency_id
from safeboard.agency_reports import policy, presenters, selectors, services, summaries
from safeboard.agency_reports.forms import ACCEPT, ConfirmForm, ReviewForm
from safeboard.agency_reports.models import AgencyReport
from safeboard.agency_reports.record_types import EXPORT_AREA
from safeboard.agency_reports.text import text_html
from safeboard.dataset.periods import year_label
from safeboard.partnership.selectors import agency_get, partnership_get
from safeboard.records.areas import board_area
from safeboard.records.years import EARLIEST, current_year
from safeboard.web.components import summary_list

Status = AgencyReport.Status


def _require_area(request) -> None:
    if not can_see_area(request.user, Visibility.AGENCY):
        raise PermissionDenied


def _year(request) -> int:
    """``?year=`` when sensible, else the year being reported on (else this year)."""
    raw = request.GET.get("year", "")
    if raw.isdigit() and EARLIEST <= int(raw) <= current_year() + 1:
        return int(raw)
    return summaries.reporting_year(user=request.user) or current_year()


def _report_or_404(request, pk: int) -> AgencyReport:
    try:
        return selectors.report_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing


def _posted(request):
    """The form data of a POST, even an empty one (a bare button press), else None."""
    return request.POST if request.method == "POST" else None


def _refusals(form, refused: services.AgencyReportError) -> None:
    for message in refused.messages:
        form.add_error(None, message)


@require_GET
@login_required
def index(request):
    _require_area(request)
    user = request.user
    year = _year(request)
    progress = summaries.year_progress(user=user, year=year)
    years = selectors.report_years(user=user)
    partnership = partnership_get(user=user)
    themes = (
        list(selectors.theme_list(user=user, year=year, partnership_id=partnership.pk))
        if partnership
        else []
    )
    own = selectors.report_find(user=user, year=year) if policy.is_author(user) else None
    next_has_themes = selectors.theme_list(user=user, year=year + 1).exists()
    area = board_area(EXPORT_AREA)
    return render(
        request,
        "agency_reports/index.html",
        {
            "year": year,
            "year_label": year_label(year),
            "years": [{"year": y, "label": year_label(y)} for y in years if y != year],
            "progress": progress,
            "table": presenters.progress_table(progress.rows, user, year),
            "themes": presenters.themes_table(themes, manage=policy.can_manage_themes(user)),
            "has_themes": bool(themes),
            "tracks": policy.can_review(user),
            "author": policy.is_author(user),
            "own": own,
            "own_tag": presenters.state_tag(own.status if own else summaries.NOT_STARTED),
            "can_start": policy.is_author(user)
            and own is None
            and bool(themes)
            and year <= current_year(),
            "can_manage_themes": policy.can_manage_themes(user),
            "can_copy_themes": policy.can_manage_themes(user)
            and bool(themes)
            and not next_has_themes
            and year + 1 <= current_year() + 1,
            "next_label": year_label(year + 1),
            "export": area if area is not None and area.allowed(user) else None,
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def report_start(request, year: int):
    """The agency lead starts their agency's report for the year."""
    _require_area(request)
    if not policy.is_author(request.user):
        raise PermissionDenied
    if not EARLIEST <= year <= current_year() + 1:
        raise Http404
    existing = selectors.report_find(user=request.user, year=year)
    if existing is not None:
        return redirect("agency_reports:report-detail", pk=existing.pk)
    agency = agency_get(user=request.user, pk=user_agency_id(request.user))
    form = ConfirmForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            report = services.report_open(user=request.user, agency=agency, year=year)
        except services.AgencyReportError as refused:
            _refusals(form, refused)
        else:
            messages.success(request, "Your report is started. Add items under each theme.")
            return redirect("agency_reports:report-detail", pk=report.pk)
    themes = selectors.theme_list(
        user=request.user, year=year, partnership_id=agency.partnership_id
    )
    return render(
        request,
        "agency_reports/start.html",
        {
            "form": form,
            "agency": agency,
            "year": year,
            "year_label": year_label(year),
            "themes": presenters.themes_table(themes, manage=False),
            "due": presenters.day(summaries.report_due_date(year)),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def report_submit(request, pk: int):
    _require_area(request)
    report = _report_or_404(request, pk)
    if not policy.can_write_for(request.user, report.agency_id):
        raise PermissionDenied
    if not report.is_editable:
        return redirect("agency_reports:report-detail", pk=report.pk)
    form = ConfirmForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.report_submit(user=request.user, report=report)
        except services.AgencyReportError as refused:
            _refusals(form, refused)
        else:
            messages.success(request, "Your report is submitted to the business unit.")
            return redirect("agency_reports:report-detail", pk=report.pk)
    shown = presenters.report_themes(user=request.user, report=report)
    return render(
        request,
        "agency_reports/submit.html",
        {
            "form": form,
            "report": report,
            "empty_themes_text": ", ".join(t.theme.title for t in shown if not (t.did or t.plan)),
            "count": sum(len(t.did) + len(t.plan) for t in shown),
            "body": presenters.report_body(request, report, controls=False),
        },
    )


@require_http_methods(["GET", "POST"])
@login_required
def report_review(request, pk: int):
    _require_area(request)
    if not policy.can_review(request.user):
        raise PermissionDenied
    report = _report_or_404(request, pk)
    if report.status != Status.SUBMITTED:
        return redirect("agency_reports:report-detail", pk=report.pk)
    form = ReviewForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == ACCEPT:
                services.report_accept(user=request.user, report=report)
                messages.success(request, "The report is accepted and locked.")
            else:
                services.report_return(
                    user=request.user, report=report, comment=form.cleaned_data["comment"]
                )
                messages.success(request, "The report is returned to the agency.")
        except services.AgencyReportError as refused:
            _refusals(form, refused)
        else:
            return redirect("agency_reports:report-detail", pk=report.pk)
    return render(
        request,
        "agency_reports/review.html",
        {
            "form": form,
            "report": report,
            "summary": summary_list(presenters.report_summary(report)),
            "body": presenters.report_body(request, report, controls=False),
        },
    )


def _own_item(request, pk: int):
    _require_area(request)
    try:
        item = selectors.item_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    if not policy.can_write_for(request.user, item.report.agency_id):
        raise PermissionDenied
    return item


@require_http_methods(["GET", "POST"])
@login_required
def item_delete(request, pk: int):
    item = _own_item(request, pk)
    report = item.report
    if not report.is_editable:
        return redirect("agency_reports:report-detail", pk=report.pk)
    form = ConfirmForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.item_delete(user=request.user, item=item)
        except services.AgencyReportError as refused:
            _refusals(form, refused)
        else:
            messages.success(request, "The item is deleted.")
            return redirect("agency_reports:report-detail", pk=report.pk)
    return render(
        request,
        "agency_reports/item_delete.html",
        {"form": form, "item": item, "report": report, "text": text_html(item.text)},
    )


@require_POST
@login_required
def item_move(request, pk: int):
    item = _own_item(request, pk)
    try:
        services.item_move(user=request.user, item=item, up=request.POST.get("direction") == "up")
    except services.AgencyReportError as refused:
        for message in refused.messages:
            messages.error(request, message)
    return redirect(
        f"{reverse('agency_reports:report-detail', args=[item.report_id])}#theme-{item.theme_id}"
    )


@require_http_methods(["GET", "POST"])
@login_required
def theme_delete(request, pk: int):
    _require_area(request)
    if not policy.can_manage_themes(request.user):
        raise PermissionDenied
    try:
        theme = selectors.theme_get(user=request.user, pk=pk)
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    form = ConfirmForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.theme_delete(user=request.user, theme=theme)
        except services.AgencyReportError as refused:
            _refusals(form, refused)
        else:
            messages.success(request, f"The theme '{theme.title}' is deleted.")
            return redirect("agency_reports:theme-list")
    return render(
        request,
        "agency_reports/theme_delete.html",
        {"form": form, "theme": theme, "year_label": year_label(theme.year)},
    )


@require_POST
@login_required
def themes_copy(request, year: int):
    """Start the next year with this year's themes."""
    _require_area(request)
    if not policy.can_manage_themes(request.user):
        raise PermissionDenied
    partnership = partnership_get(user=request.user)
    try:
        copies = services.themes_copy(
            user=request.user, partnership=partnership, from_year=year, to_year=year + 1
        )
    except services.AgencyReportError as refused:
        for message in refused.messages:
            messages.error(request, message)
        return redirect(f"{reverse('agency_reports:index')}?year={year}")
    messages.success(
        request,
        f"{len(copies)} theme{'' if len(copies) == 1 else 's'} copied from {year_label(year)} "
        f"to {year_label(year + 1)}.",
    )
    return redirect(f"{reverse('agency_reports:index')}?year={year + 1}")


@require_GET
@login_required
def appendix(request, year: int):
    """The year's accepted reports as the annual report's Appendix B will show them."""
    _require_area(request)
    if not EARLIEST <= year <= current_year() + 1:
        raise Http404
    return render(
        request,
        "agency_reports/appendix.html",
        {
            "appendix": presenters.appendix_shown(summaries.appendix_b(year, user=request.user)),
            "year": year,
            "year_label": year_label(year),
        },
    )
