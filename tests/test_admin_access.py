"""The admin is for superusers who have passed two-factor sign-in, and nobody else."""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.urls import reverse

from safeboard.access.roles import Role
from tests.factories import make_user, sign_in


def _changelists() -> list[str]:
    return [
        reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
        for model in admin.site._registry
    ]


@pytest.mark.parametrize("role", list(Role), ids=[r.value for r in Role])
def test_no_role_reaches_the_admin(client, users, role):
    sign_in(client, users[role])
    for url in [reverse("admin:index"), *_changelists()]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("admin:login"))


def test_anonymous_is_sent_to_admin_sign_in(client, db):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_superuser_needs_two_factor(client, partnership):
    root = make_user(None, username="root", is_superuser=True)
    sign_in(client, root, verified=False)
    assert client.get(reverse("admin:index")).status_code == 302
    sign_in(client, root, verified=True)
    assert client.get(reverse("admin:index")).status_code == 200
    for url in _changelists():
        assert client.get(url).status_code == 200, url


def test_admin_cannot_change_or_delete_audit_rows(client, partnership):
    from safeboard.audit.models import Event

    root = make_user(None, username="root", is_superuser=True)
    sign_in(client, root)
    event = Event.objects.create(username="x", action="viewed", area="test")
    change = reverse("admin:audit_event_change", args=[event.pk])
    delete = reverse("admin:audit_event_delete", args=[event.pk])
    # Viewing is allowed; the change form is read-only and delete is refused.
    page = client.get(change)
    assert page.status_code == 200
    assert b'name="_save"' not in page.content
    assert client.post(delete, {"post": "yes"}).status_code == 403
    assert Event.objects.filter(pk=event.pk).exists()
