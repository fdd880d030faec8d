"""Governance: the pages.

The records' pages (list, detail, create, edit, history) for groups,
memberships, meetings, attendance and strategic priorities come from
``record_types``; the overview, the attendance rates and the attendance
sheet are governance's own.
"""

from django.urls import path

from safeboard.governance import views
from safeboard.governance.record_types import RECORD_TYPES
from safeboard.records.routing import record_urls

app_name = "governance"

urlpatterns = [
    path("", views.index, name="index"),
    path("attendance-rates/", views.attendance_rates, name="attendance-rates"),
    path("meeting/<int:pk>/attendance/", views.attendance_sheet, name="meeting-attendance"),
    *[pattern for record_type in RECORD_TYPES for pattern in record_urls(record_type)],
]
