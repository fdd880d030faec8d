"""Lead agency reports: the pages."""

from django.urls import path

from safeboard.agency_reports import views
from safeboard.agency_reports.record_types import ITEMS, REPORTS, THEMES
from safeboard.records.routing import record_urls

app_name = "agency_reports"

urlpatterns = [
    path("", views.index, name="index"),
    path("start/<int:year>/", views.report_start, name="report-start"),
    path("appendix-b/<int:year>/", views.appendix, name="appendix"),
    path("theme/copy/<int:year>/", views.themes_copy, name="themes-copy"),
    path("theme/<int:pk>/delete/", views.theme_delete, name="theme-delete"),
    path("report/<int:pk>/submit/", views.report_submit, name="report-submit"),
    path("report/<int:pk>/review/", views.report_review, name="report-review"),
    path("item/<int:pk>/delete/", views.item_delete, name="item-delete"),
    path("item/<int:pk>/move/", views.item_move, name="item-move"),
    *record_urls(THEMES),
    *record_urls(REPORTS),
    *record_urls(ITEMS),
]
