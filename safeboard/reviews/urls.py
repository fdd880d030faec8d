"""Serious incidents and practice reviews: the pages.

The case records' pages come from their record types; the list, edit and
history pages show case records too, so each successful opening is logged
here (the detail pages log themselves: ``log_reads``).
"""

from django.urls import path

from safeboard.records.routing import record_urls
from safeboard.reviews import views
from safeboard.reviews.record_types import RECORD_TYPES

app_name = "reviews"

LOGGED_PAGES = ("list", "edit", "history")


def _case_record_urls(record_type) -> list:
    patterns = []
    for pattern in record_urls(record_type):
        page = pattern.name.rsplit("-", 1)[1]
        if page in LOGGED_PAGES:
            object_type = f"{record_type.model._meta.model_name}-{page}"
            pattern = path(
                str(pattern.pattern), views.logged(pattern.callback, object_type), name=pattern.name
            )
        patterns.append(pattern)
    return patterns


urlpatterns = [
    path("", views.index, name="index"),
    path("figures/", views.figures, name="figures"),
    path("recommendation/<int:pk>/action/new/", views.action_raise, name="action-raise"),
]
for _record_type in RECORD_TYPES:
    urlpatterns += _case_record_urls(_record_type)
