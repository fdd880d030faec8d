from django.urls import path

from safeboard.data_quality import views

app_name = "data_quality"

urlpatterns = [path("", views.overview, name="overview")]
