from django.urls import path

from safeboard.dashboards import views

app_name = "dashboards"

urlpatterns = [
    path("", views.index, name="index"),
    path("figures/<slug:indicator_id>/<str:period_end>/", views.figure, name="figure"),
    path("<slug:slug>/", views.section, name="section"),
    path("<slug:slug>/charts/<slug:chart>.svg", views.chart_svg, name="chart-svg"),
]
