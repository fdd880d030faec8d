"""Writing to the event log."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.http import HttpRequest

from safeboard.audit.models import Event


def event_record(
    *,
    request: HttpRequest | None = None,
    user=None,
    action: str,
    area: str,
    object_type: str = "",
    object_ref: str | int = "",
    detail: dict | None = None,
) -> Event:
    """Add one event. ``user`` defaults to the request's user (the command line passes it)."""
    if user is None and request is not None:
        user = request.user
    signed_in = user is not None and getattr(user, "is_authenticated", False)
    # The command line passes a stand-in with only a name: keep the name, no account.
    account = user if signed_in and isinstance(user, get_user_model()) else None
    return Event.objects.create(
        user=account,
        username=user.get_username() if signed_in else "(anonymous)",
        action=action,
        area=area,
        object_type=object_type,
        object_ref=str(object_ref),
        detail=detail or {},
        # The path only, never the query string: a search term could be an identifier.
        path=request.path[:300] if request is not None else "",
    )
