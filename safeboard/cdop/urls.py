"""Child death reviews: the pages."""

from django.urls import path

from safeboard.cdop import views
from safeboard.cdop.record_types import RECORD_TYPES
from safeboard.cdop.routing import logged_record_urls

app_name = "cdop"

urlpatterns = [
    path("", views.index, name="index"),
    path("year/", views.year, name="year"),
    path("figures/", views.figures, name="figures"),
    path("review/<int:pk>/raise-action/", views.action_raise, name="action-raise"),
    *[pattern for record_type in RECORD_TYPES for pattern in logged_record_urls(record_type)],
]
