from django.urls import path

from safeboard.returns import views

app_name = "returns"

urlpatterns = [
    path("", views.snapshot_list, name="snapshot-list"),
    path("snapshots/<uuid:pk>/", views.snapshot_detail, name="snapshot-detail"),
    path("upload/", views.upload, name="upload"),
    path("upload/<str:token>/", views.upload_progress, name="upload-progress"),
    path("upload/<str:token>/status/", views.upload_status, name="upload-status"),
    path("upload/<str:token>/findings/", views.upload_findings, name="upload-findings"),
    path("upload/<str:token>/findings.csv", views.upload_findings_csv, name="upload-findings-csv"),
    path("upload/<str:token>/confirm/", views.upload_confirm_view, name="upload-confirm"),
    path("pseudonym/", views.pseudonym, name="pseudonym"),
]
