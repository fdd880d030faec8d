"""The restriction: case records only for the business unit and the case review group,
after two-factor sign-in; every read logged; never in search, error pages or other
roles' exports; everyone else reads the aggregate figures, small numbers suppressed."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.audit.models import Event
from safeboard.cli.main import main
from safeboard.records.areas import board_area
from safeboard.records.services import area_export
from safeboard.reviews import policy, selectors
from tests.factories import sign_in

OTHER_ROLES = [
    Role.PERFORMANCE_ANALYST,
    Role.AGENCY_LEAD,
    Role.BOARD_MEMBER,
    Role.CDOP_MEMBER,
    Role.INDEPENDENT_CHAIR,
    None,
]
REFERENCES = ("SIN 2018-01", "SIN 2019-01", "SCR 2017-01", "LCSPR 2018-01")


def _reads(user) -> list[tuple[str, str]]:
    return list(
        Event.objects.filter(user=user, action=Event.Action.VIEWED, area="reviews")
        .order_by("pk")
        .values_list("object_type", "object_ref")
    )


def test_every_read_of_a_case_record_is_logged_without_its_content(client, users, cases):
    user = users[Role.CASE_REVIEW_MEMBER]
    incident = cases.incidents["SIN 2018-01"]
    review = cases.reviews["SCR 2017-01"]
    sign_in(client, user)
    for url in (
        reverse("reviews:notification-list"),
        reverse("reviews:notification-detail", args=[incident.pk]),
        reverse("reviews:notification-history", args=[incident.pk]),
        reverse("reviews:review-detail", args=[review.pk]),
        reverse("reviews:index"),
    ):
        assert client.get(url).status_code == 200
    assert _reads(user) == [
        ("seriousincident-list", ""),
        ("seriousincident", str(incident.pk)),
        ("seriousincident-history", str(incident.pk)),
        ("practicereview", str(review.pk)),
        ("deadlines", ""),
    ]
    # The figures are aggregates: not a read of a case record.
    client.get(reverse("reviews:figures"))
    assert len(_reads(user)) == 5
    details = json.dumps(list(Event.objects.values_list("detail", flat=True)))
    assert not any(reference in details for reference in REFERENCES)


@pytest.mark.parametrize("role", OTHER_ROLES, ids=lambda r: r.value if r else "no-role")
def test_other_roles_see_no_case_record_anywhere(client, users, cases, role):
    sign_in(client, users[role])
    incident = cases.incidents["SIN 2018-01"]
    for url in (
        reverse("reviews:notification-list"),
        reverse("reviews:notification-detail", args=[incident.pk]),
        reverse("reviews:review-detail", args=[cases.reviews["SCR 2017-01"].pk]),
        reverse("reviews:notification-edit", args=[incident.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 403
        assert not any(ref in response.content.decode() for ref in REFERENCES)
    for url in (reverse("reviews:index"), reverse("reviews:figures") + "?year=2019"):
        page = client.get(url).content.decode()
        assert not any(ref in page for ref in REFERENCES)
    search = client.get(reverse("web:search") + "?q=SIN 2018").content.decode()
    assert "SIN 2018-01" not in search
    with pytest.raises(PermissionDenied):
        area_export(user=users[role], area=board_area("reviews"), year=2019, fmt="json")
    assert client.get("/board/export/reviews.json?year=2019").status_code == 403
    assert "Serious incidents and practice reviews" not in client.get("/board/").content.decode()
    assert not Event.objects.filter(action=Event.Action.VIEWED, area="reviews").exists()


def test_search_never_returns_case_records_even_to_the_business_unit(client, users, cases):
    sign_in(client, users[Role.BUSINESS_UNIT])
    for query in ("SIN 2018-01", "SCR", "LCSPR", "Morgan Garrow", "Testshire"):
        response = client.get(reverse("web:search"), {"q": query})
        # The query itself is echoed in the search box: look at the results.
        assert not any("/reviews/" in r.href for r in response.context["results"]), query
        assert "/reviews/notification/" not in response.content.decode()
    assert response.context["results"]  # Testshire finds the partnership's own records


def test_a_missing_record_and_a_refused_one_look_the_same(client, users, cases):
    sign_in(client, users[Role.CASE_REVIEW_MEMBER])
    missing = client.get(reverse("reviews:notification-detail", args=[999999]))
    assert missing.status_code == 404
    assert "Page not found" in missing.content.decode()
    # The group reads but may not change: the refusal names no record.
    refused = client.get(
        reverse("reviews:notification-edit", args=[cases.incidents["SIN 2018-01"].pk])
    )
    assert refused.status_code == 403
    assert not any(ref in refused.content.decode() for ref in REFERENCES)


@pytest.mark.parametrize("role", [Role.BUSINESS_UNIT, Role.CASE_REVIEW_MEMBER])
def test_without_two_factor_sign_in_the_restricted_roles_are_sent_to_it(client, users, cases, role):
    sign_in(client, users[role], verified=False)
    for url in (
        reverse("reviews:notification-list"),
        reverse("reviews:index"),
        reverse("reviews:review-detail", args=[cases.reviews["SCR 2017-01"].pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:two-factor-verify"))
    assert not Event.objects.filter(action=Event.Action.VIEWED, area="reviews").exists()


def test_the_selectors_check_two_factor_sign_in_again(users, cases):
    """Should a page slip past the middleware, an unverified request user still reads nothing."""
    user = users[Role.BUSINESS_UNIT]
    assert selectors.incident_list(user=user).count() == 4  # the command line: no second factor
    user.is_verified = lambda: False  # as django-otp sets it on an unverified request's user
    assert not policy.can_read_case_records(user)
    assert not selectors.incident_list(user=user).exists()
    assert not selectors.review_list(user=user).exists()
    assert selectors.open_deadlines(user=user) == []
    assert selectors.year_figures(user=user, year=2019).suppressed
    user.is_verified = lambda: True
    assert selectors.review_list(user=user).count() == 3


@pytest.mark.parametrize("role", [Role.BUSINESS_UNIT, Role.CASE_REVIEW_MEMBER])
def test_the_restricted_roles_export_the_case_records(users, cases, role):
    result = CliRunner().invoke(
        main, ["export", "reviews", "--year", "2019", "--as", role.value], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    tables = json.loads(result.stdout)["tables"]
    # Aware in 2018/19: SIN 2018-01, 2018-02, 2019-01 and 2019-02 (28 March 2019).
    assert [row["Reference"] for row in tables["notifications"]] == [
        "SIN 2019-02",
        "SIN 2019-01",
        "SIN 2018-02",
        "SIN 2018-01",
    ]
    late = next(r for r in tables["notifications"] if r["Reference"] == "SIN 2019-01")
    assert late["Notification due"] == "2019-02-11"
    assert late["Notification"] == "Met 1 working day late"
    # Open in 2018/19: both SCRs (not yet published) and the local review published in it.
    reviews = {row["Reference"]: row for row in tables["reviews"]}
    assert set(reviews) == {"SCR 2017-01", "SCR 2017-02", "LCSPR 2018-01"}
    # Due Tue 12 Dec 2017, received Thu 15 Mar 2018: December 11 working days (13-29, not
    # 25-26), January 22 (not the 1st), February 20, March 11 (1-15) = 64.
    assert reviews["SCR 2017-01"]["Final report"] == "Met 64 working days late"
    assert reviews["LCSPR 2018-01"]["Rapid review of"] == "SIN 2018-01"
    event = Event.objects.get(action=Event.Action.EXPORTED)
    assert event.area == "reviews"
    assert event.username == role.value


@pytest.mark.parametrize("role", OTHER_ROLES, ids=lambda r: r.value if r else "no-role")
def test_other_roles_are_refused_the_export_on_the_command_line(users, cases, role):
    username = role.value if role else "no-role"
    result = CliRunner().invoke(main, ["export", "reviews", "--year", "2019", "--as", username])
    assert result.exit_code == 2
    assert not any(ref in result.output for ref in REFERENCES)
