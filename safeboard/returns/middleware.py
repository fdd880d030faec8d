"""A damaged snapshot found while a page is built gets a page saying so, not a 500.

Who can act on it (the roles that see child-level data: they can import the
return again) reads which snapshot and file, and what to do; everyone else
reads only that some data failed a check and whom to tell.
"""

from __future__ import annotations

from django.shortcuts import render

from safeboard.access.visibility import Visibility, can_see_area
from safeboard.returns.integrity import DAMAGED_FOR_EVERYONE, SnapshotDamagedError


class SnapshotDamagedMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, SnapshotDamagedError):
            return None
        user = getattr(request, "user", None)
        may_act = user is not None and can_see_area(user, Visibility.CHILD_LEVEL)
        context = {"message": DAMAGED_FOR_EVERYONE, "detail": str(exception) if may_act else ""}
        return render(request, "returns/snapshot_damaged.html", context, status=503)
