"""Budget: the pages."""

from django.urls import path

from safeboard.budget import views
from safeboard.budget.record_types import RECORD_TYPES
from safeboard.records.routing import record_urls

app_name = "budget"

urlpatterns = [
    path("", views.index, name="index"),
    path("summary/<int:year>/", views.summary, name="summary"),
    *[pattern for record_type in RECORD_TYPES for pattern in record_urls(record_type)],
]
