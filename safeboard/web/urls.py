from django.urls import path

from safeboard.web import views

app_name = "web"

urlpatterns = [
    path("", views.start, name="start"),
    path("home/", views.home, name="home"),
    path("search/", views.search_view, name="search"),
    path("accessibility/", views.accessibility, name="accessibility"),
]
