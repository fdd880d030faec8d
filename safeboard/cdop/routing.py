"""The shared record pages, with every read of case records in the event log.

``RecordType.log_reads`` logs the detail page. A list, an edit form and a
history page show case records too, so these log each time they are shown
(the record's id or the list's name only: never a case number or any detail).
"""

from __future__ import annotations

from functools import partial, update_wrapper

from django.contrib.auth.decorators import login_required
from django.urls import path
from django.views.decorators.http import require_http_methods

from safeboard.audit.models import Event
from safeboard.audit.services import event_record
from safeboard.records.routing import PAGES
from safeboard.records.types import RecordType

AREA = "cdop"
LOGGED_PAGES = frozenset({"list", "edit", "history"})


def _logged(view, page: str):
    def logged(request, *args, record_type: RecordType, **kwargs):
        response = view(request, *args, record_type=record_type, **kwargs)
        if page in LOGGED_PAGES and response.status_code == 200:
            event_record(
                request=request,
                action=Event.Action.VIEWED,
                area=AREA,
                object_type=f"{record_type.model._meta.model_name} {page}",
                object_ref=kwargs.get("pk", ""),
            )
        return response

    update_wrapper(logged, view)
    return logged


def logged_record_urls(record_type: RecordType) -> list:
    """``records.routing.record_urls``, with the list, edit and history pages logged."""
    pages = [p for p in PAGES if record_type.form is not None or p[0] not in {"create", "edit"}]
    patterns = []
    for page, route, view, methods in pages:
        bound = partial(_logged(view, page), record_type=record_type)
        update_wrapper(bound, view)
        patterns.append(
            path(
                f"{record_type.slug}/{route}",
                login_required(require_http_methods(methods)(bound)),
                name=f"{record_type.slug}-{page}",
            )
        )
    return patterns
