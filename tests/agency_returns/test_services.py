"""The workflow: open, save, submit, accept or send back; locking; own agency only."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied

from safeboard.access.roles import Role
from safeboard.agency_returns import services
from safeboard.agency_returns.definitions import TEMPLATES, check_definitions, stock_flows, whole_of
from safeboard.agency_returns.models import AgencyReturn, ReturnFigure
from safeboard.agency_returns.services import AgencyReturnError
from safeboard.partnership.models import Agency
from tests.agency_returns.helpers import COUNCIL, POLICE, PROVIDER, all_values, lead
from tests.factories import agency

AFTER_Q1 = date(2017, 7, 1)  # the day after Q1 of 2017-18 ended


@pytest.fixture
def council_lead(partnership):
    return lead(COUNCIL)


@pytest.fixture
def business_unit(users):
    return users[Role.BUSINESS_UNIT]


def _open(user, template_id="private_fostering", agency_name=COUNCIL, quarter=1, today=AFTER_Q1):
    return services.return_open(
        user=user,
        template_id=template_id,
        agency=agency(agency_name),
        collection_year=2018,
        quarter=quarter,
        today=today,
    )


def _submitted(user, template_id="private_fostering", agency_name=COUNCIL):
    agency_return = _open(user, template_id, agency_name)
    services.return_save_figures(
        user=user, agency_return=agency_return, values=all_values(template_id)
    )
    return services.return_submit(user=user, agency_return=agency_return)


def test_the_templates_are_consistent_data():
    check_definitions()
    agency_types = {choice.value for choice in Agency.Type}
    assert all(t.agency_type in agency_types for t in TEMPLATES)
    assert [(r.stock, r.begun, r.ended) for r in stock_flows()] == [
        ("pf_children_end", "pf_begun", "pf_ended")
    ]
    assert whole_of() == {"cse_open_lac": "cse_open"}


def test_draft_submit_accept(council_lead, business_unit):
    agency_return = _open(council_lead)
    assert agency_return.status == AgencyReturn.Status.DRAFT
    assert _open(council_lead) == agency_return  # opening again finds the same return
    values = all_values("private_fostering", 2)
    services.return_save_figures(user=council_lead, agency_return=agency_return, values=values)
    assert ReturnFigure.objects.filter(agency_return=agency_return).count() == 4 + 17

    services.return_submit(user=council_lead, agency_return=agency_return)
    assert agency_return.status == AgencyReturn.Status.SUBMITTED
    assert agency_return.submitted_by == council_lead
    assert agency_return.submitted_at is not None

    services.return_accept(user=business_unit, agency_return=agency_return)
    agency_return.refresh_from_db()
    assert agency_return.status == AgencyReturn.Status.ACCEPTED
    assert agency_return.reviewed_by == business_unit
    statuses = [h.status for h in agency_return.history.order_by("history_date")]
    assert statuses[-2:] == ["submitted", "accepted"]


def test_send_back_needs_a_comment_then_the_lead_corrects_and_resubmits(
    council_lead, business_unit
):
    agency_return = _submitted(council_lead)
    with pytest.raises(AgencyReturnError) as refused:
        services.return_send_back(user=business_unit, agency_return=agency_return, comment="  ")
    assert refused.value.messages == [services.COMMENT_REQUIRED]

    services.return_send_back(
        user=business_unit, agency_return=agency_return, comment="Ended looks too low."
    )
    assert agency_return.status == AgencyReturn.Status.RETURNED
    assert agency_return.review_comment == "Ended looks too low."

    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("pf_ended", ""): 5}
    )
    services.return_submit(user=council_lead, agency_return=agency_return)
    assert agency_return.status == AgencyReturn.Status.SUBMITTED


def test_an_accepted_return_is_locked(council_lead, business_unit):
    agency_return = _submitted(council_lead)
    services.return_accept(user=business_unit, agency_return=agency_return)
    attempts = [
        lambda: services.return_save_figures(
            user=council_lead, agency_return=agency_return, values={("pf_begun", ""): 9}
        ),
        lambda: services.return_submit(user=council_lead, agency_return=agency_return),
        lambda: services.return_accept(user=business_unit, agency_return=agency_return),
        lambda: services.return_send_back(
            user=business_unit, agency_return=agency_return, comment="Reopen it"
        ),
    ]
    for attempt in attempts:
        with pytest.raises(AgencyReturnError) as refused:
            attempt()
        assert refused.value.messages == [services.RETURN_LOCKED]
    assert ReturnFigure.objects.get(agency_return=agency_return, figure_id="pf_begun").value == 1
    assert AgencyReturn.objects.get().status == AgencyReturn.Status.ACCEPTED


def test_a_locked_return_is_refused_even_through_a_stale_object(council_lead, business_unit):
    stale = _submitted(council_lead)
    services.return_accept(user=business_unit, agency_return=AgencyReturn.objects.get(pk=stale.pk))
    stale.status = AgencyReturn.Status.RETURNED  # as an old copy in memory might say
    with pytest.raises(AgencyReturnError, match="locked"):
        services.return_save_figures(
            user=council_lead, agency_return=stale, values={("pf_begun", ""): 9}
        )


def test_a_submitted_return_waits_for_the_business_unit(council_lead):
    agency_return = _submitted(council_lead)
    with pytest.raises(AgencyReturnError) as refused:
        services.return_save_figures(
            user=council_lead, agency_return=agency_return, values={("pf_begun", ""): 9}
        )
    assert refused.value.messages == [services.ALREADY_SUBMITTED]


def test_only_the_agencys_own_lead_opens_saves_and_submits(users, council_lead):
    police_lead = users[Role.AGENCY_LEAD]  # the matrix users are all police
    with pytest.raises(PermissionDenied, match="own lead"):
        _open(police_lead)  # the council's return
    agency_return = _open(council_lead)
    for user in (police_lead, users[Role.BUSINESS_UNIT], users[Role.CDOP_MEMBER]):
        with pytest.raises(PermissionDenied):
            services.return_save_figures(
                user=user, agency_return=agency_return, values={("pf_begun", ""): 1}
            )
        with pytest.raises(PermissionDenied):
            services.return_submit(user=user, agency_return=agency_return)
    assert not ReturnFigure.objects.exists()


def test_only_the_business_unit_reviews(users, council_lead):
    agency_return = _submitted(council_lead)
    for role in (Role.AGENCY_LEAD, Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR):
        with pytest.raises(PermissionDenied):
            services.return_accept(user=users[role], agency_return=agency_return)
    with pytest.raises(PermissionDenied):
        services.return_accept(user=council_lead, agency_return=agency_return)


def test_a_draft_cannot_be_accepted(council_lead, business_unit):
    agency_return = _open(council_lead)
    with pytest.raises(AgencyReturnError) as refused:
        services.return_accept(user=business_unit, agency_return=agency_return)
    assert refused.value.messages == [services.NOT_SUBMITTED.format(status="draft")]


def test_the_template_must_fit_the_agency_and_the_quarter_must_have_ended(users, council_lead):
    with pytest.raises(AgencyReturnError) as refused:
        _open(council_lead, template_id="police_cse")
    assert refused.value.messages == [
        services.WRONG_AGENCY_TYPE.format(
            template="Police child sexual exploitation investigations",
            expected="police",
            agency=COUNCIL,
        )
    ]
    with pytest.raises(AgencyReturnError) as refused:
        _open(council_lead, today=date(2017, 6, 30))  # Q1's last day
    assert refused.value.messages == [
        services.QUARTER_NOT_ENDED.format(quarter=1, year="2017/18", end="30 June 2017")
    ]
    with pytest.raises(AgencyReturnError, match="no return called"):
        _open(council_lead, template_id="no_such_return")
    assert _open(users[Role.AGENCY_LEAD], "police_cse", POLICE).template_id == "police_cse"


def test_values_are_checked_before_anything_is_saved(council_lead):
    agency_return = _open(council_lead)
    with pytest.raises(AgencyReturnError) as refused:
        services.return_save_figures(
            user=council_lead,
            agency_return=agency_return,
            values={
                ("pf_begun", ""): 3,
                ("pf_nonsense", ""): 1,
                ("pf_enquiries_by_source", "Astrologer"): 2,
                ("pf_ended", ""): -1,
            },
        )
    assert refused.value.messages == [
        services.UNKNOWN_FIGURE.format(figure="pf_nonsense", template="Private fostering"),
        services.UNKNOWN_BREAKDOWN.format(value="Astrologer", figure="pf_enquiries_by_source"),
        services.NEGATIVE_VALUE.format(figure="Private fostering arrangements that ended"),
    ]
    assert not ReturnFigure.objects.exists()


def test_saving_none_clears_a_value(council_lead):
    agency_return = _open(council_lead)
    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("pf_begun", ""): 3}
    )
    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("pf_begun", ""): None}
    )
    assert not ReturnFigure.objects.exists()


def test_submit_needs_every_count_and_the_relations_to_hold(council_lead):
    agency_return = _open(council_lead, "cse_team")
    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("cse_open_lac", ""): 30}
    )
    with pytest.raises(AgencyReturnError) as refused:
        services.return_submit(user=council_lead, agency_return=agency_return)
    assert refused.value.messages == [
        services.MISSING_VALUES.format(
            missing="Children open to the child sexual exploitation team at the end of the quarter"
        )
    ]
    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("cse_open", ""): 29}
    )
    with pytest.raises(AgencyReturnError) as refused:
        services.return_submit(user=council_lead, agency_return=agency_return)
    assert refused.value.messages == [
        services.PART_OVER_WHOLE.format(
            part="Of those children, how many were looked after",
            part_value=30,
            whole="Children open to the child sexual exploitation team at the end of the quarter",
            whole_value=29,
        )
    ]
    services.return_save_figures(
        user=council_lead, agency_return=agency_return, values={("cse_open", ""): 81}
    )
    services.return_submit(user=council_lead, agency_return=agency_return)
    assert agency_return.status == AgencyReturn.Status.SUBMITTED


def test_a_median_is_given_exactly_when_there_are_children(partnership):
    provider_lead = lead(PROVIDER)
    agency_return = _open(provider_lead, "camhs_waiting", PROVIDER)
    values = {
        ("camhs_assessed", ""): 0,
        ("camhs_weeks_to_assessment", ""): 6,
        ("camhs_treated", ""): 12,
    }
    services.return_save_figures(user=provider_lead, agency_return=agency_return, values=values)
    with pytest.raises(AgencyReturnError) as refused:
        services.return_submit(user=provider_lead, agency_return=agency_return)
    assert refused.value.messages == [
        services.MEDIAN_WITHOUT_BASE.format(
            measure="Median weeks from referral to first assessment",
            base="children who had a first assessment",
        ),
        services.MEDIAN_MISSING.format(
            measure="Median weeks from referral to the start of treatment",
            base="children who started treatment",
            count=12,
        ),
    ]
    services.return_save_figures(
        user=provider_lead,
        agency_return=agency_return,
        values={("camhs_weeks_to_assessment", ""): None, ("camhs_weeks_to_treatment", ""): 14},
    )
    services.return_submit(user=provider_lead, agency_return=agency_return)
    assert agency_return.status == AgencyReturn.Status.SUBMITTED
