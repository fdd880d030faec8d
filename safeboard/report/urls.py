"""The annual report's pages."""

from django.urls import path

from safeboard.records.routing import record_urls
from safeboard.report import views
from safeboard.report.record_types import SECTIONS

app_name = "report"

urlpatterns = [
    path("", views.index, name="index"),
    path("new/", views.create, name="create"),
    path("<int:year>/", views.detail, name="detail"),
    path("<int:year>/sections/new/", views.section_add, name="section-add"),
    path("<int:year>/sections/<int:pk>/<str:direction>/", views.section_move, name="section-move"),
    path("<int:year>/build/", views.build, name="build"),
    path("<int:year>/build/progress/", views.build_progress, name="build-progress"),
    path("<int:year>/build/status/", views.build_status, name="build-status"),
    path("<int:year>/<str:edition>/view/", views.view, name="view"),
    path("<int:year>/<str:edition>/download/<str:kind>/", views.download, name="download"),
    path("<int:year>/checklist/", views.checklist, name="checklist"),
    path("<int:year>/scrutiny/", views.scrutiny, name="scrutiny"),
    path("<int:year>/scrutiny/<int:pk>/respond/", views.comment_respond, name="comment-respond"),
    path("<int:year>/step/<slug:name>/", views.step, name="step"),
    path("<int:year>/sign-off/", views.sign_off, name="sign-off"),
    path("<int:year>/publish/", views.publish, name="publish"),
    path("<int:year>/distribution/", views.distribution, name="distribution"),
    *record_urls(SECTIONS, prefix="sections/", only=("list", "detail", "edit", "history")),
]
