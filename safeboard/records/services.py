"""Exporting an area: the role check, the file and the event log entry together."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.records import exports
from safeboard.records.areas import BoardArea


def area_export(
    *, user, area: BoardArea, year: int, fmt: str, table: str | None = None, request=None
) -> tuple[bytes, str]:
    """The area's export for the year as (bytes, file name), logged; refused if not allowed."""
    if not area.allowed(user):
        raise PermissionDenied(f"Your role cannot export {area.label.lower()}.")
    tables = area.tables(user, year)
    content, name = exports.render(area, year, tables, fmt, table)
    event_record(
        request=request,
        user=user,
        action=Event.Action.EXPORTED,
        area=area.name,
        object_type="export",
        object_ref=name,
        detail={"format": fmt, "year": year, "tables": [t.name for t in tables]},
    )
    return content, name
