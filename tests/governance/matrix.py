"""URL matrix rows for the governance pages (tests/test_url_matrix.py), with their records.

Groups, meetings and priorities are the board's public business: every
signed-in user. Memberships and attendance are agency-scoped: their detail
URLs point at a health member's, which own-agency roles (police) must not
see. The attendance rates need a role (own agency or all); the attendance
sheet and every create and edit page are the business unit's.
"""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from safeboard.governance import services
from safeboard.governance.models import Attendance, BoardGroup, Meeting, Membership
from safeboard.partnership.models import Partnership, Person, StrategicPriority
from tests.factories import agency
from tests.matrix_sets import ALL_AGENCIES, BUSINESS_UNIT, EVERY_ROLE, SIGNED_IN

MATRIX: dict[str, object] = {
    "governance:index": SIGNED_IN,
    "governance:attendance-rates": EVERY_ROLE,
    "governance:meeting-attendance": BUSINESS_UNIT,
}
for _slug in ("group", "meeting", "priority"):
    MATRIX |= {
        f"governance:{_slug}-list": SIGNED_IN,
        f"governance:{_slug}-detail": SIGNED_IN,
        f"governance:{_slug}-history": SIGNED_IN,
        f"governance:{_slug}-create": BUSINESS_UNIT,
        f"governance:{_slug}-edit": BUSINESS_UNIT,
    }
for _slug in ("membership", "attendance"):
    MATRIX |= {
        f"governance:{_slug}-list": EVERY_ROLE,
        # Another agency's (health's) record: own-agency roles get 404.
        f"governance:{_slug}-detail": ALL_AGENCIES,
        f"governance:{_slug}-history": ALL_AGENCIES,
        f"governance:{_slug}-create": BUSINESS_UNIT,
        f"governance:{_slug}-edit": BUSINESS_UNIT,
    }


def records() -> dict[str, object]:
    """A board with a health member at a meeting, and a priority (made once per test)."""
    board = BoardGroup.objects.filter(name="Matrix board").first()
    if board is None:
        partnership = Partnership.objects.get()
        board = services.group_create(
            partnership=partnership,
            name="Matrix board",
            kind=BoardGroup.Kind.BOARD,
            set_up_on=date(2016, 4, 1),
            quorum_members=2,
        )
        member = services.membership_create(
            group=board,
            person=Person.objects.create(
                agency=agency("Testshire Health"), full_name="Hana Matrix"
            ),
            started_on=date(2016, 4, 1),
        )
        meeting = services.meeting_create(group=board, held_on=date(2017, 6, 1))
        services.attendance_record(meeting=meeting, membership=member, status="present")
        services.priority_create(
            partnership=partnership, number=1, title="Early help", first_year=2018
        )
    return {
        "group": board,
        "membership": Membership.objects.get(group=board),
        "meeting": Meeting.objects.get(group=board),
        "attendance": Attendance.objects.get(meeting__group=board),
        "priority": StrategicPriority.objects.get(number=1),
    }


def url(name: str) -> str:
    page = name.split(":", 1)[1]
    if page == "meeting-attendance":
        return reverse(name, args=[records()["meeting"].pk])
    slug, _, kind = page.rpartition("-")
    if kind in {"detail", "edit", "history"}:
        return reverse(name, args=[records()[slug].pk])
    return reverse(name)
