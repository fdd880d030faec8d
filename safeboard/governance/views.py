"""Governance pages of its own: the overview, attendance rates and the attendance sheet.

The records' list, detail, create, edit and history pages come from
``record_types`` through ``safeboard.records``. These views stay thin: they
read through the selectors and write through the services.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.governance import policy, presenters, selectors, services
from safeboard.governance.forms import AttendanceSheetForm
from safeboard.records.areas import board_area
from safeboard.records.years import current_year, year_bounds, year_from_request, year_label

AREA = "governance"


def _year(request) -> tuple[int, list[dict]]:
    """The year asked for, else the latest with a meeting (else this year); and links to
    the years either side and to every year with meetings."""
    held = selectors.meeting_years(user=request.user)
    year = year_from_request(request, default=held[0] if held else current_year())
    others = {year - 1, *held} | ({year + 1} if year < current_year() else set())
    return year, [{"year": y, "label": year_label(y)} for y in sorted(others - {year})]


def _export(user):
    area = board_area(AREA)
    return area if area is not None and area.allowed(user) else None


@require_GET
@login_required
def index(request):
    """The board's governance at a glance for a year: chairs, meetings held, quoracy."""
    user = request.user
    today = timezone.localdate()
    year, years = _year(request)
    start, end = year_bounds(year)
    whole = policy.sees_whole_board(user)
    board = selectors.the_board(user=user, on=min(end, today))
    board_meetings = (
        list(selectors.meeting_list(user=user, group=board, year=year).order_by("held_on"))
        if board
        else []
    )
    quoracies = selectors.quoracies(user=user, meetings=board_meetings, today=today)
    context = {
        "year": year,
        "year_label": year_label(year),
        "years": years,
        "whole": whole,
        "can_manage": policy.can_manage(user),
        "board": board,
        "vacancies": presenters.vacancies_table(
            selectors.vacancies(user=user, as_at=today), caption="Groups without a chair today"
        )
        if whole
        else None,
        "chairs": presenters.chair_table(selectors.chair_statuses(user=user, year=year), year)
        if whole
        else None,
        "meetings_held": presenters.meetings_held_table(
            selectors.meetings_held(user=user, year=year, today=today), year
        ),
        "quoracy": presenters.quoracy_table(
            [quoracies[m.pk] for m in board_meetings],
            caption=f"Board meetings in {year_label(year)}",
        )
        if whole and board
        else None,
        "export": _export(user),
    }
    return render(request, "governance/index.html", context)


@require_GET
@login_required
def attendance_rates(request):
    """Appendix D: attendance by member and by agency for a group over a year."""
    user = request.user
    if not can_see_area(user, Visibility.AGENCY):
        raise PermissionDenied
    today = timezone.localdate()
    year, years = _year(request)
    start, end = year_bounds(year)
    groups = list(selectors.group_list(user=user))
    chosen = request.GET.get("group", "")
    group = next((g for g in groups if str(g.pk) == chosen), None)
    if chosen and group is None:
        raise Http404
    group = group or selectors.the_board(user=user, on=min(end, today))
    context = {
        "year": year,
        "year_label": year_label(year),
        "years": years,
        "groups": [
            g
            for g in groups
            if g.set_up_on <= end and (g.stood_down_on is None or g.stood_down_on >= start)
        ],
        "group": group,
        "whole": policy.sees_whole_board(user),
        "export": _export(user),
    }
    if group is not None:
        upto = min(end, today)
        meetings = [
            m
            for m in selectors.meeting_list(user=user, group=group, year=year).order_by("held_on")
            if not m.cancelled and m.held_on <= upto
        ]
        context |= {
            "by_member": presenters.member_rates_table(
                selectors.member_attendance(user=user, group=group, year=year, today=today), group
            ),
            "by_agency": presenters.agency_rates_table(
                selectors.agency_attendance(user=user, group=group, year=year, today=today), group
            ),
            "grid": presenters.attendance_grid(
                memberships=list(
                    selectors.memberships_in(user=user, group=group, start=start, end=upto)
                ),
                meetings=meetings,
                records=list(
                    selectors.attendance_list(user=user).filter(
                        meeting__in=[m.pk for m in meetings]
                    )
                ),
            ),
        }
    # The rates name people: each reading is logged (the group and year only, no names).
    event_record(
        request=request,
        action=Event.Action.VIEWED,
        area=AREA,
        object_type="attendance-rates",
        object_ref=group.pk if group else "",
        detail={"year": year},
    )
    return render(request, "governance/attendance.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def attendance_sheet(request, pk: int):
    """Record a meeting's attendance, every member on one page (the business unit)."""
    user = request.user
    if not policy.can_manage(user):
        raise PermissionDenied
    meeting = selectors.meeting_list(user=user).filter(pk=pk).first()
    if meeting is None:
        raise Http404
    members = services.members_on(meeting)
    recorded = {a.membership_id: a for a in selectors.attendance_list(user=user, meeting=meeting)}
    form = AttendanceSheetForm(
        request.POST or None, meeting=meeting, members=members, recorded=recorded
    )
    problems: list[str] = []
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.attendance_record_many(meeting=meeting, statuses=form.statuses())
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(request, f"Attendance recorded for {len(saved)} members.")
            return redirect("governance:meeting-detail", pk=meeting.pk)
    return render(
        request,
        "governance/sheet.html",
        {"meeting": meeting, "form": form, "problems": problems, "members": members},
    )
