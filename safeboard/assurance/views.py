"""Audits and policies: the pages beyond the shared record pages (thin: parse, call, render).

- ``index``: the year at a glance: the programme's progress, overdue audits,
  findings by grade, policy reviews overdue and coming due.
- ``section_11``: the year's section 11 results by standard and by agency.
- ``reviews``: policy reviews overdue and due within a chosen number of days.
- ``raise_action``: an action raised from an audit into its action plan.
- ``usual_standards``: add the usual eight standards to a section 11 round.
- ``version_download``: a policy document, as an attachment, access-checked.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from safeboard.access.roles import ALL_AGENCIES
from safeboard.access.visibility import Visibility, can_see_area
from safeboard.assurance import files, policy, presenters, selectors, services, summaries
from safeboard.assurance.forms import RaiseActionForm, add_service_errors
from safeboard.assurance.models import Audit, PolicyVersion
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.records.areas import board_area
from safeboard.records.years import current_year, year_from_request, year_label

REVIEW_WINDOWS = (30, 90, 180, 365)
DEFAULT_WINDOW = 90
PANEL_WINDOW = 30


def _year(request) -> int:
    """``?year=``, else the newest programme the user can see, else this year."""
    latest = selectors.programme_list(user=request.user).order_by("-year").first()
    return year_from_request(request, default=latest.year if latest else current_year())


def _year_links(year: int) -> list[dict]:
    return [{"year": y, "label": year_label(y)} for y in (year - 1, year + 1)]


def _export(name: str, user):
    area = board_area(name)
    return area if area is not None and area.allowed(user) else None


def _window(request) -> int:
    raw = request.GET.get("within", "")
    return int(raw) if raw.isdigit() and int(raw) in REVIEW_WINDOWS else DEFAULT_WINDOW


@require_GET
@login_required
def index(request):
    user = request.user
    today = presenters.today()
    year = _year(request)
    sees_audits = can_see_area(user, Visibility.AGENCY)
    context = {
        "year": year,
        "year_label": year_label(year),
        "years": _year_links(year),
        "sees_audits": sees_audits,
        "can_manage": policy.can_manage(user),
        "programme": selectors.programme_for_year(user=user, year=year),
    }
    if sees_audits:
        audits = list(selectors.audit_list(user=user, year=year))
        findings = list(selectors.finding_list(user=user, year=year))
        overall = summaries.section11_overall(selectors.grade_list(user=user, year=year))
        context.update(
            progress=presenters.progress_summary(summaries.programme_progress(audits, today=today)),
            audits=presenters.audits_table(audits, today=today, caption="Audits"),
            section_11=overall,
            section_11_share=presenters.percent(overall.share_met),
            distribution=presenters.distribution_table(
                summaries.grade_distribution(findings), caption="Findings by grade"
            ),
            audits_export=_export("audits", user),
        )
    policies = list(selectors.policy_list(user=user))
    context.update(
        overdue=presenters.reviews_table(
            summaries.reviews_overdue(policies, today=today), caption="Reviews overdue"
        ),
        due=presenters.reviews_table(
            summaries.reviews_due(policies, today=today, within_days=DEFAULT_WINDOW),
            caption=f"Reviews due in the next {DEFAULT_WINDOW} days",
        ),
        policies_export=_export("policies", user),
    )
    return render(request, "assurance/index.html", context)


@require_GET
@login_required
def section_11(request):
    user = request.user
    if not can_see_area(user, Visibility.AGENCY):
        raise PermissionDenied
    year = _year(request)
    rounds = []
    for audit in selectors.audit_list(user=user, year=year).filter(kind=Audit.Kind.SECTION_11):
        grades = list(selectors.grade_list(user=user, audit=audit))
        overall = summaries.section11_overall(grades)
        rounds.append(
            {
                "audit": audit,
                "overall": overall,
                "share": presenters.percent(overall.share_met),
                "by_standard": presenters.section11_rows_table(
                    summaries.section11_by_standard(grades),
                    caption=f"{audit.title}: results by standard",
                    first="Standard",
                ),
                "by_agency": presenters.section11_rows_table(
                    summaries.section11_by_agency(grades),
                    caption=f"{audit.title}: results by agency",
                    first="Agency",
                ),
            }
        )
    return render(
        request,
        "assurance/section_11.html",
        {
            "year": year,
            "year_label": year_label(year),
            "years": _year_links(year),
            "rounds": rounds,
            "sees_every_agency": user.has_perm(ALL_AGENCIES),
        },
    )


@require_GET
@login_required
def reviews(request):
    today = presenters.today()
    within = _window(request)
    policies = list(selectors.policy_list(user=request.user))
    return render(
        request,
        "assurance/reviews.html",
        {
            "within": within,
            "windows": [w for w in REVIEW_WINDOWS if w != within],
            "overdue": presenters.reviews_table(
                summaries.reviews_overdue(policies, today=today), caption="Reviews overdue"
            ),
            "due": presenters.reviews_table(
                summaries.reviews_due(policies, today=today, within_days=within),
                caption=f"Reviews due in the next {within} days",
            ),
        },
    )


def _audit_for_manager(request, pk: int) -> Audit:
    if not policy.can_manage(request.user):
        raise PermissionDenied
    try:
        return selectors.audit_get(user=request.user, pk=pk)
    except Audit.DoesNotExist as missing:
        raise Http404 from missing


@require_http_methods(["GET", "POST"])
@login_required
def raise_action(request, pk: int):
    audit = _audit_for_manager(request, pk)
    initial = {}
    finding_id = request.GET.get("finding", "")
    if finding_id.isdigit() and audit.findings.filter(pk=int(finding_id)).exists():
        initial["finding"] = int(finding_id)
    form = RaiseActionForm(request.POST or None, audit=audit, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            action = services.audit_action_raise(
                user=request.user,
                audit=audit,
                text=data["text"],
                owner_agency=data["owner_agency"],
                due_date=data["due_date"],
                lead_person=data.get("lead_person"),
                finding=data.get("finding"),
                recommendation=data.get("recommendation"),
                recommendation_text=data.get("recommendation_text", ""),
                plan_owner=data.get("plan_owner"),
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            messages.success(request, f"Action {action.reference} raised into the audit's plan.")
            return redirect("assurance:audit-detail", pk=audit.pk)
    return render(request, "assurance/raise_action.html", {"audit": audit, "form": form})


@require_POST
@login_required
def usual_standards(request, pk: int):
    audit = _audit_for_manager(request, pk)
    try:
        added = services.standards_add_usual(audit=audit)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{len(added)} standards added.")
    return redirect(reverse("assurance:audit-detail", args=[audit.pk]))


@require_GET
@login_required
def version_download(request, pk: int):
    try:
        version = selectors.version_get(user=request.user, pk=pk)
    except PolicyVersion.DoesNotExist as missing:
        raise Http404 from missing
    if not version.has_file:
        raise Http404
    try:
        handle = open(files.policy_file_path(version.stored_name), "rb")  # noqa: SIM115 (FileResponse closes it)
    except FileNotFoundError as missing:
        raise Http404 from missing
    event_record(
        request=request,
        action=Event.Action.DOWNLOADED,
        area="assurance",
        object_type="policyversion",
        object_ref=version.pk,
    )
    # Always an attachment, with the type its extension gave: never shown inline.
    return FileResponse(
        handle,
        as_attachment=True,
        filename=version.file_name,
        content_type=version.content_type,
    )
