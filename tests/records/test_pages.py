"""The shared record pages, on a test record type over strategic priorities."""

from __future__ import annotations

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.partnership.models import StrategicPriority
from tests.factories import make_user, sign_in

pytestmark = pytest.mark.usefixtures("example_urls", "example_area")


@pytest.fixture
def priority(partnership):
    return StrategicPriority.objects.create(
        partnership=partnership, number=3, title="Tackle exploitation", first_year=2018
    )


def _form(priority, **changes):
    data = {
        "partnership": priority.partnership_id,
        "number": priority.number,
        "title": priority.title,
        "description": priority.description,
        "first_year": priority.first_year,
        "last_year": priority.last_year or "",
    }
    data.update(changes)
    return data


def test_list_shows_the_years_records_and_links_each(client, users, priority, partnership):
    StrategicPriority.objects.create(
        partnership=partnership, number=4, title="Later priority", first_year=2020
    )
    sign_in(client, users[Role.BOARD_MEMBER])
    page = client.get(reverse("example:priority-list") + "?year=2018").content.decode()
    assert "Tackle exploitation" in page
    assert "Later priority" not in page  # not yet in 2017/18
    assert reverse("example:priority-detail", args=[priority.pk]) in page
    assert "2017/18" in page
    assert "Add strategic priority" not in page  # a board member reads only


def test_business_unit_adds_a_record_and_its_history_starts(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("example:priority-create"),
        {"partnership": partnership.pk, "number": 1, "title": "Early help", "first_year": 2018},
    )
    created = StrategicPriority.objects.get(number=1)
    assert response.status_code == 302
    assert response["Location"] == reverse("example:priority-detail", args=[created.pk])
    history = client.get(reverse("example:priority-history", args=[created.pk])).content.decode()
    assert "business-unit created it" in history


def test_a_form_error_says_what_to_do(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(reverse("example:priority-create"), {"partnership": partnership.pk})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "Enter title" in response.content.decode()
    assert not StrategicPriority.objects.exists()


def test_a_reader_cannot_add_or_change(client, users, priority):
    sign_in(client, users[Role.BOARD_MEMBER])
    assert client.get(reverse("example:priority-create")).status_code == 403
    assert client.get(reverse("example:priority-edit", args=[priority.pk])).status_code == 403
    response = client.post(
        reverse("example:priority-edit", args=[priority.pk]), _form(priority, title="Hacked")
    )
    assert response.status_code == 403
    priority.refresh_from_db()
    assert priority.title == "Tackle exploitation"


def test_an_edit_is_saved_and_shows_in_the_history(client, users, priority):
    sign_in(client, users[Role.BUSINESS_UNIT])
    form = client.get(reverse("example:priority-edit", args=[priority.pk])).context["form"]
    version = form.initial["version"]
    response = client.post(
        reverse("example:priority-edit", args=[priority.pk]),
        _form(priority, title="Tackle child exploitation", version=version),
    )
    assert response.status_code == 302
    priority.refresh_from_db()
    assert priority.title == "Tackle child exploitation"
    history = client.get(reverse("example:priority-history", args=[priority.pk])).content.decode()
    assert "Tackle exploitation" in history
    assert "Tackle child exploitation" in history


def test_the_second_of_two_edits_gets_a_conflict_and_loses_nothing(client, users, priority):
    """Two people open the same record; the first saves; the second is stopped, then saves."""
    other = make_user(Role.BUSINESS_UNIT, username="second-officer")
    sign_in(client, users[Role.BUSINESS_UNIT])
    version = (
        client.get(reverse("example:priority-edit", args=[priority.pk]))
        .context["form"]
        .initial["version"]
    )
    # The other officer opened it at the same time and saves first.
    from django.test import Client

    first = Client()
    sign_in(first, other)
    assert (
        first.post(
            reverse("example:priority-edit", args=[priority.pk]),
            _form(priority, description="Agreed at the March board", version=version),
        ).status_code
        == 302
    )

    response = client.post(
        reverse("example:priority-edit", args=[priority.pk]),
        _form(priority, title="My new title", version=version),
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "second-officer saved this record" in page
    assert "Agreed at the March board" in page  # what they changed
    assert 'value="My new title"' in page  # my input is kept
    priority.refresh_from_db()
    assert priority.title == "Tackle exploitation"
    assert priority.description == "Agreed at the March board"

    # Saving again from the re-shown form (it now carries the new version) goes through.
    new_version = response.context["form"].data["version"]
    assert new_version != version
    again = client.post(
        reverse("example:priority-edit", args=[priority.pk]),
        _form(
            priority,
            title="My new title",
            description="Agreed at the March board",
            version=new_version,
        ),
    )
    assert again.status_code == 302
    priority.refresh_from_db()
    assert (priority.title, priority.description) == ("My new title", "Agreed at the March board")


def test_a_missing_record_is_404(client, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse("example:priority-detail", args=[999])).status_code == 404


def test_download_is_logged_and_role_checked(client, users, priority):
    sign_in(client, users[Role.BOARD_MEMBER])
    response = client.get(
        reverse("records:export", args=["example", "csv"]) + "?year=2018&table=counts"
    )
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="example-counts-2017-18.csv"'
    assert response.content.decode().lstrip("\ufeff").splitlines() == ["Priorities", "1"]
    event = Event.objects.get(action=Event.Action.EXPORTED)
    assert (event.area, event.username, event.object_ref) == (
        "example",
        "board-member",
        "example-counts-2017-18.csv",
    )

    sign_in(client, users[None])  # no role: the area is closed to them
    assert (
        client.get(reverse("records:export", args=["example", "json"]) + "?year=2018").status_code
        == 403
    )
    assert Event.objects.filter(action=Event.Action.EXPORTED).count() == 1


def test_unknown_area_format_or_table_is_404(client, users):
    sign_in(client, users[Role.BUSINESS_UNIT])
    assert client.get(reverse("records:export", args=["nothing", "csv"])).status_code == 404
    assert client.get(reverse("records:export", args=["example", "pdf"])).status_code == 404
    assert (
        client.get(reverse("records:export", args=["example", "csv"]) + "?table=nope").status_code
        == 404
    )


def test_the_hub_lists_the_areas_the_user_may_open(client, users):
    sign_in(client, users[Role.BOARD_MEMBER])
    assert "Example priorities" in client.get(reverse("records:hub")).content.decode()
    sign_in(client, users[None])
    assert "Example priorities" not in client.get(reverse("records:hub")).content.decode()


def test_many_to_many_choices_are_checkboxes_not_radios():
    from django import forms

    from safeboard.web.forms import render_field

    class Choose(forms.Form):
        things = forms.MultipleChoiceField(
            choices=[("a", "A"), ("b", "B")], widget=forms.CheckboxSelectMultiple
        )

    html = str(render_field(Choose(initial={"things": ["b"]})["things"]))
    assert 'type="checkbox"' in html
    assert 'type="radio"' not in html
    assert 'value="b" checked' in html


def test_a_rule_the_service_refuses_shows_on_the_form_and_saves_nothing(client, users, priority):
    from django.core.exceptions import ValidationError

    from tests.records import example

    def refuse(*, form, user, instance):
        form.save()  # written, then refused: the transaction must undo it
        raise ValidationError({"title": "The title cannot mention money."})

    # RecordType is frozen: swap its save for this test only.
    object.__setattr__(example.PRIORITIES, "save", refuse)
    try:
        sign_in(client, users[Role.BUSINESS_UNIT])
        version = (
            client.get(reverse("example:priority-edit", args=[priority.pk]))
            .context["form"]
            .initial["version"]
        )
        response = client.post(
            reverse("example:priority-edit", args=[priority.pk]),
            _form(priority, title="Budget first", version=version),
        )
    finally:
        object.__setattr__(example.PRIORITIES, "save", None)
    assert response.status_code == 200
    assert "The title cannot mention money." in response.content.decode()
    priority.refresh_from_db()
    assert priority.title == "Tackle exploitation"
