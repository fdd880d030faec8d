"""Serious incidents and practice reviews: the pages."""

app_name = "reviews"

urlpatterns: list = []
