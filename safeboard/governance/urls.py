"""Governance: the pages."""

app_name = "governance"

urlpatterns: list = []
