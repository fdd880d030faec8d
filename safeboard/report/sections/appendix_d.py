"""Appendix D: attendance at the board's meetings in the year, by member and by agency."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.governance import selectors, summaries
from safeboard.report.context import BuildContext
from safeboard.report.reader import REPORT_READER
from safeboard.report.years import year_end


def build(ctx: BuildContext) -> SafeString:
    start, end = selectors.year_bounds(ctx.year)
    board = selectors.the_board(user=REPORT_READER, on=year_end(ctx.year))
    if board is None:
        return render_to_string("report/sections/appendix_d.html", {"board": None})
    memberships = list(
        selectors.memberships_in(user=REPORT_READER, group=board, start=start, end=end)
    )
    meetings = list(selectors.meeting_list(user=REPORT_READER, group=board, year=ctx.year))
    attendance = [
        a for a in selectors.attendance_list(user=REPORT_READER) if a.meeting.group_id == board.pk
    ]
    ctx.inputs.records([board, *memberships, *meetings, *attendance])
    common = {
        "memberships": memberships,
        "meetings": meetings,
        "attendance": attendance,
        "start": start,
        "end": end,
    }
    return render_to_string(
        "report/sections/appendix_d.html",
        {
            "board": board,
            "meetings": summaries.counted_meetings(meetings, start, end),
            "members": summaries.attendance_by_member(**common),
            "agencies": summaries.attendance_by_agency(**common),
            "year": ctx.year,
        },
    )
