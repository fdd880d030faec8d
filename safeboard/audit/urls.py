from django.urls import path

from safeboard.audit import views

app_name = "audit"

urlpatterns = [
    path("", views.changes, name="changes"),
    path("events/", views.events, name="events"),
]
