"""Audits and policies: the pages."""

app_name = "assurance"

urlpatterns: list = []
