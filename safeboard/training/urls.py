"""Learning and improvement: the pages, under /board/training/."""

from __future__ import annotations

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.urls import path

from safeboard.audit.models import Event as LogEvent
from safeboard.audit.services import event_record
from safeboard.records.routing import record_urls
from safeboard.training import policy, views
from safeboard.training.record_types import BOOKINGS, COURSES, EVALUATIONS, EVENTS

app_name = "training"


def _delegates_only(view, *, name: str):
    """Refuse a page of delegates (bookings, evaluations) to anyone who sees aggregates only.

    The framework already narrows the rows (an agency lead sees their own
    agency's); this says 'no access' to the rest instead of an empty list.
    Lists of names are logged too (the details are logged by the framework).
    """

    @wraps(view)
    def guarded(request, *args, **kwargs):
        if request.user.is_authenticated and not policy.sees_delegates(request.user):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        if name.endswith("-list") and response.status_code == 200:
            event_record(
                request=request,
                action=LogEvent.Action.VIEWED,
                area="training",
                object_type=name,
            )
        return response

    return guarded


def _guarded(patterns: list) -> list:
    for pattern in patterns:
        pattern.callback = _delegates_only(pattern.callback, name=pattern.name)
    return patterns


urlpatterns = [
    path("", views.index, name="index"),
    path("import/", views.import_upload, name="import"),
    path("import/confirm/", views.import_confirm, name="import-confirm"),
    *record_urls(COURSES),
    *record_urls(EVENTS),
    *_guarded(record_urls(BOOKINGS)),
    *_guarded(record_urls(EVALUATIONS)),
]
