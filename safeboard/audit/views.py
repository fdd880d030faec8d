"""The business unit reads the change history and the event log here.

Reading the audit trail is itself logged: it shows who did what.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.http import require_GET

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.audit.models import Event
from safeboard.audit.presenters import changes_table, events_table
from safeboard.audit.selectors import change_list, event_list
from safeboard.audit.services import event_record


def _require_audit(request) -> None:
    if not can_see_area(request.user, Visibility.AUDIT):
        raise PermissionDenied


@require_GET
@login_required
def changes(request):
    _require_audit(request)
    event_record(request=request, action=Event.Action.VIEWED, area="audit", object_type="changes")
    return render(
        request, "audit/changes.html", {"table": changes_table(change_list(user=request.user))}
    )


@require_GET
@login_required
def events(request):
    _require_audit(request)
    event_record(request=request, action=Event.Action.VIEWED, area="audit", object_type="events")
    return render(
        request, "audit/events.html", {"table": events_table(event_list(user=request.user))}
    )
