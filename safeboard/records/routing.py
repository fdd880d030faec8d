"""A record type's five pages as URL patterns.

    urlpatterns = [*record_urls(MEETINGS), ...]

gives ``meetings/`` (list), ``meetings/new/``, ``meetings/<pk>/``,
``meetings/<pk>/edit/`` and ``meetings/<pk>/history/``, named
``<slug>-list``, ``-create``, ``-detail``, ``-edit`` and ``-history``.
"""

from __future__ import annotations

from functools import partial, update_wrapper

from django.contrib.auth.decorators import login_required
from django.urls import path
from django.views.decorators.http import require_http_methods

from safeboard.records import views
from safeboard.records.types import RecordType

PAGES = (
    ("list", "", views.list_view, ["GET"]),
    ("create", "new/", views.create_view, ["GET", "POST"]),
    ("detail", "<int:pk>/", views.detail_view, ["GET"]),
    ("edit", "<int:pk>/edit/", views.edit_view, ["GET", "POST"]),
    ("history", "<int:pk>/history/", views.history_view, ["GET"]),
)


def _bound(view, record_type: RecordType, methods: list[str]):
    bound = partial(view, record_type=record_type)
    update_wrapper(bound, view)
    return login_required(require_http_methods(methods)(bound))


def record_urls(
    record_type: RecordType, *, prefix: str | None = None, only: tuple[str, ...] | None = None
) -> list:
    """The pages of one record type, under ``prefix`` (default: ``<slug>/``).

    ``only`` keeps some of the pages (no create page for records made another
    way, say); a type without a form never has create or edit pages.
    """
    base = f"{record_type.slug}/" if prefix is None else prefix
    pages = (
        PAGES
        if record_type.form is not None
        else [p for p in PAGES if p[0] not in {"create", "edit"}]
    )
    if only is not None:
        pages = [p for p in pages if p[0] in only]
    return [
        path(base + route, _bound(view, record_type, methods), name=f"{record_type.slug}-{page}")
        for page, route, view, methods in pages
    ]
