"""The case record pages: adding and changing records, the deadlines shown, raising actions,
and the home panel."""

from __future__ import annotations

from datetime import date

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.actions.models import Action
from safeboard.reviews.models import PracticeReview, RapidReview, SeriousIncident
from tests.factories import agency, sign_in
from tests.reviews.conftest import make_incident


def _page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_business_unit_records_a_notification_and_sees_its_deadlines(
    client, users, partnership
):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("reviews:notification-create"),
        {
            "reference": "SIN 2018-02",
            "local_authority": partnership.local_authorities.get().pk,
            "harm": "died",
            "children": 1,
            "aware_date": "2018-12-20",
            "notified_date": "2019-01-02",
        },
    )
    incident = SeriousIncident.objects.get()
    assert response["Location"] == reverse("reviews:notification-detail", args=[incident.pk])
    page = _page(client, response["Location"])
    # Notification due Mon 31 Dec 2018, made Wed 2 Jan 2019; rapid review due Tue 15 Jan 2019.
    assert "31 December 2018" in page
    assert "Met 1 working day late" in page
    assert "15 January 2019" in page
    assert "Start the rapid review" in page


def test_a_bad_reference_is_refused_with_what_to_do(client, users, partnership):
    sign_in(client, users[Role.BUSINESS_UNIT])
    response = client.post(
        reverse("reviews:notification-create"),
        {"reference": "Baby Jones", "local_authority": partnership.local_authorities.get().pk},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in page
    assert "Enter a case reference like SIN 2018-01" in page
    assert not SeriousIncident.objects.exists()


def test_rapid_review_and_local_review_follow_from_the_notification(client, users, partnership):
    incident = make_incident("SIN 2018-01", date(2018, 7, 2), date(2018, 7, 6))
    sign_in(client, users[Role.BUSINESS_UNIT])
    form = _page(client, reverse("reviews:rapid-review-create") + f"?incident={incident.pk}")
    assert "SIN 2018-01" in form
    response = client.post(
        reverse("reviews:rapid-review-create"),
        {
            "incident": incident.pk,
            "started_date": "2018-07-09",
            "completed_date": "2018-07-20",
            "decision": "local-review",
        },
    )
    rapid = RapidReview.objects.get()
    page = _page(client, response["Location"])
    assert "23 July 2018" in page  # due: 15 working days after Mon 2 July
    assert "Commission the local review" in page
    response = client.post(
        reverse("reviews:review-create"),
        {
            "reference": "LCSPR 2018-01",
            "kind": "lcspr",
            "rapid_review": rapid.pk,
            "commissioned_date": "2018-08-31",
            "lead_reviewers": "Morgan Garrow",
            "terms_of_reference": "How agencies shared what they knew.",
            "scope": "Two years before the incident.",
            "status": "in-progress",
            "cost": "0",
            "staff_days": "0",
        },
    )
    review = PracticeReview.objects.get()
    assert review.rapid_review == rapid
    page = _page(client, response["Location"])
    assert "28 February 2019" in page  # 31 August + 6 months


def test_findings_recommendations_and_actions_on_the_review(client, users, cases):
    review = cases.reviews["SCR 2017-01"]
    sign_in(client, users[Role.BUSINESS_UNIT])
    client.post(
        reverse("reviews:finding-create"),
        {"review": review.pk, "text": "Written agreements do not keep a child safe."},
    )
    response = client.post(
        reverse("reviews:recommendation-create"),
        {"review": review.pk, "text": "Guidance on the limits of written agreements."},
    )
    recommendation = review.recommendations.get()
    assert recommendation.number == 1
    raise_url = reverse("reviews:action-raise", args=[recommendation.pk])
    errors = client.post(
        raise_url,
        {
            "text": "Publish a one-minute guide.",
            "owner_agency": agency("Testshire Police").pk,
            "lead_person": cases.owner.pk,  # in the county council, not the police
            "due_date": "2018-09-30",
        },
    ).content.decode()
    assert "Alex Owner is not in Testshire Police." in errors
    assert not Action.objects.exists()
    response = client.post(
        raise_url,
        {
            "text": "Publish a one-minute guide.",
            "owner_agency": agency("Testshire County Council").pk,
            "lead_person": cases.owner.pk,
            "due_date": "2018-09-30",
        },
    )
    assert response["Location"] == reverse("reviews:review-detail", args=[review.pk])
    page = _page(client, response["Location"])
    assert "Written agreements do not keep a child safe." in page
    assert "Guidance on the limits of written agreements." in page
    assert "1.1 Publish a one-minute guide." in page
    assert "SCR 2017-01: action plan" in page


def test_a_recommendation_without_a_plan_owner_is_refused_on_the_form(client, users, cases):
    sign_in(client, users[Role.BUSINESS_UNIT])
    review = cases.reviews["SCR 2017-02"]
    page = client.post(
        reverse("reviews:recommendation-create"), {"review": review.pk, "text": "Do better."}
    ).content.decode()
    assert "Choose the action plan owner on SCR 2017-02 first" in page
    assert not review.recommendations.exists()


def test_a_change_over_someone_elses_newer_change_is_refused(client, users, cases):
    incident = cases.incidents["SIN 2019-01"]
    sign_in(client, users[Role.BUSINESS_UNIT])
    edit = reverse("reviews:notification-edit", args=[incident.pk])
    version = client.get(edit).context["form"].initial["version"]
    from safeboard.reviews import services

    services.incident_update(user=None, incident=incident, summary="Changed meanwhile.")
    data = {
        "version": version,
        "reference": "SIN 2019-01",
        "local_authority": incident.local_authority_id,
        "harm": incident.harm,
        "children": 2,
        "aware_date": "2019-02-04",
        "notified_date": "2019-02-12",
    }
    response = client.post(edit, data)
    assert response.status_code == 200
    incident.refresh_from_db()
    assert incident.children == 1


def test_the_front_page_lists_open_deadlines_overdue_first(client, users, cases):
    sign_in(client, users[Role.CASE_REVIEW_MEMBER])
    page = _page(client, reverse("reviews:index"))
    # SIN 2019-01 has no rapid review: due 25 February 2019, long overdue.
    assert "SIN 2019-01" in page
    assert "25 February 2019" in page
    assert "working days overdue" in page
    assert "Serious incident notifications" in page


def test_home_panel_shows_overdue_deadlines_to_the_business_unit_and_the_group(
    client, users, cases
):
    for role in (Role.BUSINESS_UNIT, Role.CASE_REVIEW_MEMBER):
        sign_in(client, users[role])
        page = _page(client, reverse("web:home"))
        assert page.count("Serious incidents and reviews: overdue") == 1
        assert "SIN 2019-01" in page
        assert "rapid review was due by 25 February 2019" in page
    for role in (Role.BOARD_MEMBER, Role.CDOP_MEMBER, Role.INDEPENDENT_CHAIR):
        sign_in(client, users[role])
        page = _page(client, reverse("web:home"))
        assert "Serious incidents and reviews: overdue" not in page
        assert "SIN 2019-01" not in page


def test_the_review_list_is_by_year(client, users, cases):
    sign_in(client, users[Role.CASE_REVIEW_MEMBER])
    page = _page(client, reverse("reviews:review-list") + "?year=2018")
    assert "SCR 2017-01" in page
    assert "SCR 2017-02" in page
    assert "LCSPR 2018-01" not in page  # commissioned in 2018/19
    assert "Add serious" not in page  # the group reads; the business unit writes


def test_the_figures_page_gives_the_years_cost_to_everyone(client, users, cases):
    sign_in(client, users[Role.BOARD_MEMBER])
    page = _page(client, reverse("reviews:figures") + "?year=2018")
    # 2017/18: the two serious case reviews, £23,460 + £19,120 and 14.5 + 12.0 days.
    assert "£42,580" in page
    assert "26.5" in page
    assert "Figures for 2017/18" in page
