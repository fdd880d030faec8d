"""Action plans: the pages."""

from django.urls import path

from safeboard.actions import views
from safeboard.actions.record_types import ACTIONS, PLANS, RECOMMENDATIONS
from safeboard.records.routing import record_urls

app_name = "actions"

urlpatterns = [
    path("", views.index, name="index"),
    path("action/<int:pk>/update/", views.update_add, name="update-add"),
    path("action/<int:pk>/evidence/", views.evidence_add, name="evidence-add"),
    path("evidence/<int:pk>/download/", views.evidence_download, name="evidence-download"),
    *record_urls(PLANS),
    *record_urls(RECOMMENDATIONS),
    *record_urls(ACTIONS),
]
