"""The board hub and every area's export download."""

from django.urls import path

from safeboard.records import views

app_name = "records"

urlpatterns = [
    path("", views.hub, name="hub"),
    path("export/<slug:name>.<str:fmt>", views.export_download, name="export"),
]
