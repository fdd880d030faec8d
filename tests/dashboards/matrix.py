"""URLs of the dashboards for the access matrix (tests/test_url_matrix.py)."""

from __future__ import annotations

from django.urls import reverse


def dashboard_url(name: str) -> str:
    if name == "dashboards:section":
        return reverse(name, args=["child-protection"])
    if name == "dashboards:figure":
        return reverse(name, args=["cp_by_gender", "2018-03-31"]) + "?dim=gender&value=Female"
    return reverse(name)
