"""Audit: every change is kept with who, when, before and after; views of
restricted material are logged; nobody can edit or delete either."""

from __future__ import annotations

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.append_only import AppendOnlyError
from safeboard.audit.models import Event
from safeboard.partnership.models import Agency
from tests.factories import agency, sign_in


@pytest.fixture
def edited(client, users):
    """The business unit renames an agency through the site."""
    sign_in(client, users[Role.BUSINESS_UNIT])
    police = agency("Testshire Police")
    response = client.post(
        reverse("partnership:agency-edit", args=[police.pk]),
        {
            "name": "Testshire Constabulary",
            "short_name": "TC",
            "agency_type": "police",
            "is_statutory_partner": "on",
            "active": "on",
        },
    )
    assert response.status_code == 302
    return police


def test_a_change_keeps_who_when_before_and_after(edited, users):
    latest = edited.history.order_by("-history_date").first()
    assert latest.history_type == "~"
    assert latest.history_user == users[Role.BUSINESS_UNIT]
    delta = latest.diff_against(latest.prev_record)
    changed = {c.field: (c.old, c.new) for c in delta.changes}
    assert changed["name"] == ("Testshire Police", "Testshire Constabulary")
    assert changed["short_name"] == ("", "TC")


def test_the_business_unit_reads_the_change_in_the_site(client, edited):
    page = client.get(reverse("audit:changes")).content.decode()
    assert "Testshire Constabulary" in page
    assert "“Testshire Police” → “Testshire Constabulary”" in page
    assert "business-unit" in page


def test_history_rows_cannot_be_changed_or_deleted(edited):
    row = edited.history.first()
    row.name = "Forged"
    with pytest.raises(AppendOnlyError):
        row.save()
    with pytest.raises(AppendOnlyError):
        row.delete()
    with pytest.raises(AppendOnlyError):
        edited.history.all().update(name="Forged")
    with pytest.raises(AppendOnlyError):
        edited.history.all().delete()
    assert not Agency.history.filter(name="Forged").exists()


def test_events_cannot_be_changed_or_deleted(db):
    event = Event.objects.create(username="someone", action="viewed", area="test")
    event.area = "other"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()
    with pytest.raises(AppendOnlyError):
        Event.objects.all().update(area="other")
    with pytest.raises(AppendOnlyError):
        Event.objects.all().delete()
    assert Event.objects.get(pk=event.pk).area == "test"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="triggers are PostgreSQL's")
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE {table} SET area = 'forged'",
        "DELETE FROM {table}",
    ],
)
def test_the_database_itself_refuses_changes_to_the_event_log(db, statement):
    Event.objects.create(username="someone", action="viewed", area="test")
    with pytest.raises(DatabaseError, match="append-only"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(statement.format(table=Event._meta.db_table))
    assert Event.objects.filter(area="test").count() == 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="triggers are PostgreSQL's")
def test_the_database_itself_refuses_changes_to_history(edited):
    table = Agency.history.model._meta.db_table
    with pytest.raises(DatabaseError, match="append-only"):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET name = 'forged'")  # noqa: S608
    assert not Agency.history.filter(name="forged").exists()


def test_reading_the_audit_trail_is_itself_logged(client, users):
    user = users[Role.BUSINESS_UNIT]
    sign_in(client, user)
    client.get(reverse("audit:events"))
    event = Event.objects.latest("at")
    assert (event.user, event.action, event.area, event.object_type) == (
        user,
        Event.Action.VIEWED,
        "audit",
        "events",
    )


def test_search_is_logged_without_its_terms(client, users):
    sign_in(client, users[Role.BOARD_MEMBER])
    client.get(reverse("web:search"), {"q": "Pat Secretname"})
    event = Event.objects.get(action=Event.Action.SEARCHED)
    assert "Secretname" not in str(event.detail) + event.path + event.object_ref
    assert event.path == reverse("web:search")


@pytest.mark.parametrize("name", ["audit:changes", "audit:events"])
def test_the_site_offers_no_way_to_write_the_audit_trail(client, users, name):
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.post(reverse(name)).status_code == 405
    assert client.delete(reverse(name)).status_code == 405


def test_user_history_never_copies_the_password(users):
    user = users[Role.BOARD_MEMBER]
    user.set_password("another password 123")
    user.save()
    fields = {f.name for f in user.history.model._meta.get_fields()}
    assert "password" not in fields
    assert "last_login" not in fields
