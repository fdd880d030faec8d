"""Audits and policies: the pages, under /board/assurance/."""

from django.urls import path

from safeboard.assurance import views
from safeboard.assurance.record_types import RECORD_TYPES
from safeboard.records.routing import record_urls

app_name = "assurance"

urlpatterns = [
    path("", views.index, name="index"),
    path("section-11/", views.section_11, name="section-11"),
    path("reviews/", views.reviews, name="reviews"),
    path("audit/<int:pk>/raise-action/", views.raise_action, name="audit-raise-action"),
    path("audit/<int:pk>/usual-standards/", views.usual_standards, name="audit-usual-standards"),
    path("version/<int:pk>/download/", views.version_download, name="version-download"),
    *[pattern for record_type in RECORD_TYPES for pattern in record_urls(record_type)],
]
