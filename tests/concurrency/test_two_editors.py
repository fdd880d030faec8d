"""Two people editing the same record at the same moment.

The records framework's conflict check and its page are tested in
``tests/records/test_pages.py::test_the_second_of_two_edits_gets_a_conflict_and_loses_nothing``
(one after the other, on a test record type). Here: every board area's edit
page goes through that same checked path, and two saves sent truly at once,
from two threads on their own database connections, on a real area's record
(governance's strategic priorities): one is saved, the other is refused with
what changed, and neither person's input is lost.
"""

from __future__ import annotations

import inspect
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from safeboard.access.roles import Role
from safeboard.partnership.models import StrategicPriority
from safeboard.records.views import edit_view
from tests.factories import make_user, sign_in

# Edit pages of their own, outside the records framework, and why.
OWN_EDIT_PAGES = {
    # The partnership's set-up, not a board record: it saves only the fields the
    # person changed (AgencyForm.changed_values), so two people changing different
    # fields both keep theirs; the same field changed twice keeps the later save.
    "partnership:agency-edit",
}


def _edit_pages(resolver=None, namespace=""):
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _edit_pages(pattern, inner)
        elif isinstance(pattern, URLPattern) and str(pattern.pattern).endswith("edit/"):
            yield f"{namespace}{pattern.name}", pattern.callback


def test_every_edit_page_goes_through_the_conflict_check():
    pages = dict(_edit_pages())
    assert len(pages) > 10  # every board area's records
    elsewhere = {
        name for name, view in pages.items() if inspect.unwrap(view) is not edit_view
    } - OWN_EDIT_PAGES
    assert elsewhere == set()


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor == "sqlite",
    reason="the SQLite test database is in memory with a shared cache, whose table locks "
    "fail at once instead of waiting as the workspace's file (WAL, busy timeout) does; "
    "SQLite's concurrent writers are tested by the import and report processes",
)
def test_two_saves_at_the_same_moment(partnership):
    priority = StrategicPriority.objects.create(
        partnership=partnership, number=3, title="Tackle exploitation", first_year=2018
    )
    url = reverse("governance:priority-edit", args=[priority.pk])
    people = {
        "first": make_user(Role.BUSINESS_UNIT, username="first-officer"),
        "second": make_user(Role.BUSINESS_UNIT, username="second-officer"),
    }
    clients, forms = {}, {}
    for who, user in people.items():
        clients[who] = Client()
        sign_in(clients[who], user)
        # Both open the same version of the record.
        form = clients[who].get(url).context["form"]
        forms[who] = {
            name: ("" if value is None else value)
            for name, value in {**form.initial, "version": form.initial["version"]}.items()
            if name in form.fields
        }
    forms["first"]["title"] = "Tackle child exploitation"
    forms["second"]["description"] = "Agreed at the March board"

    start = threading.Barrier(2)
    responses = {}

    failures = []

    def save(who):
        start.wait()
        try:
            responses[who] = clients[who].post(url, forms[who])
        except Exception as error:  # noqa: BLE001 (reported below, with the other thread's)
            failures.append(repr(error))
        finally:
            connection.close()  # the thread's own connection

    threads = [threading.Thread(target=save, args=(who,)) for who in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert failures == []
    codes = sorted(response.status_code for response in responses.values())
    assert codes == [200, 302]  # one saved, one stopped
    winner = next(who for who, r in responses.items() if r.status_code == 302)
    loser = "second" if winner == "first" else "first"
    page = responses[loser].content.decode()
    assert f"{winner}-officer saved this record" in page
    changed = {"first": "Tackle child exploitation", "second": "Agreed at the March board"}
    assert changed[winner] in page  # what they changed
    assert changed[loser] in page  # the refused person's own input, still in the form

    priority.refresh_from_db()
    saved = {"first": priority.title, "second": priority.description}
    assert saved[winner] == changed[winner]
    assert saved[loser] != changed[loser]  # nothing saved over the winner's change
    assert priority.history.count() == 2  # created, then the one save
