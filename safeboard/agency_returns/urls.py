from django.urls import path

from safeboard.agency_returns import views

app_name = "agency_returns"

urlpatterns = [
    path("", views.return_list, name="list"),
    path("figures/", views.figures, name="figures"),
    path("figures/<slug:figure_id>/", views.figure_detail, name="figure-detail"),
    path("templates/<slug:template_id>/", views.template_detail, name="template-detail"),
    path(
        "templates/<slug:template_id>.<slug:fmt>",
        views.template_download,
        name="template-download",
    ),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/review/", views.review, name="review"),
    path("<slug:template_id>/<int:year>/q<int:quarter>/", views.fill, name="fill"),
    path("<slug:template_id>/<int:year>/q<int:quarter>/upload/", views.upload, name="upload"),
]
