"""Accepted returns as figures in INDICATORS.md's output shape, source "return"."""

from __future__ import annotations

import pytest

from safeboard.access.roles import Role
from safeboard.agency_returns.definitions import PRIVATE_FOSTERING_SOURCES
from safeboard.agency_returns.models import AgencyReturn
from safeboard.agency_returns.selectors import returned_figures
from safeboard.dataset.compute import Figure
from safeboard.partnership.models import Partnership
from safeboard.partnership.services import agency_create
from tests.agency_returns.helpers import COUNCIL, POLICE, PROVIDER, health_provider, make_return

ACCEPTED = AgencyReturn.Status.ACCEPTED


def _pf(begun, ended, end, notifications=0, education=0):
    values = {
        ("pf_notifications", ""): notifications,
        ("pf_begun", ""): begun,
        ("pf_ended", ""): ended,
        ("pf_children_end", ""): end,
    }
    for source in PRIVATE_FOSTERING_SOURCES:
        values[("pf_enquiries_by_source", source)] = education if source == "Education" else 0
    return values


def _by_key(figures):
    return {
        (f.indicator, f.period_start, f.period_end, f.breakdown_dim, f.breakdown_value): f
        for f in figures
    }


def test_quarter_and_year_so_far(partnership):
    make_return("private_fostering", COUNCIL, quarter=1, status=ACCEPTED, values=_pf(5, 3, 9, 6, 2))
    make_return("private_fostering", COUNCIL, quarter=2, status=ACCEPTED, values=_pf(4, 6, 7, 5, 1))
    figures = _by_key(returned_figures(2018, 2))
    assert all(isinstance(f, Figure) and f.source == "return" for f in figures.values())

    # The quarter alone: 1 July to 30 September 2017.
    begun = figures[("pf_begun", "2017-07-01", "2017-09-30", "", "")]
    assert (begun.period_kind, begun.numerator, begun.denominator, begun.value, begun.unit) == (
        "cumulative",
        4,
        None,
        4.0,
        "count",
    )
    # A snapshot on the quarter's last day.
    end = figures[("pf_children_end", "2017-09-30", "2017-09-30", "", "")]
    assert (end.period_kind, end.value) == ("snapshot", 7.0)
    # The year so far (the dataset's cumulative period): Q1 + Q2.
    assert figures[("pf_begun", "2017-04-01", "2017-09-30", "", "")].numerator == 5 + 4
    assert figures[("pf_ended", "2017-04-01", "2017-09-30", "", "")].numerator == 3 + 6
    assert figures[("pf_notifications", "2017-04-01", "2017-09-30", "", "")].numerator == 11
    # The breakdown, with its total.
    assert (
        figures[
            ("pf_enquiries_by_source", "2017-07-01", "2017-09-30", "enquiry_source", "Education")
        ].numerator
        == 1
    )
    assert figures[("pf_enquiries_by_source", "2017-04-01", "2017-09-30", "", "")].numerator == 3
    # No snapshot is ever summed over quarters, and no Q1 figure is in Q2's output.
    assert ("pf_children_end", "2017-04-01", "2017-09-30", "", "") not in figures
    assert ("pf_begun", "2017-04-01", "2017-06-30", "", "") not in figures
    # Stock and flow: 9 at the end of Q1 + 4 begun - 6 ended = 7 at the end of Q2.
    assert 9 + begun.numerator - figures[
        ("pf_ended", "2017-07-01", "2017-09-30", "", "")
    ].numerator == (end.numerator)


def test_only_accepted_returns_count_and_a_gap_stops_the_year_so_far(partnership):
    make_return("police_cse", POLICE, quarter=1, status=AgencyReturn.Status.SUBMITTED)
    make_return(
        "police_cse",
        POLICE,
        quarter=2,
        status=ACCEPTED,
        values={("police_cse_crimes", ""): 83, ("police_cse_incidents", ""): 29},
    )
    figures = _by_key(returned_figures(2018, 2))
    assert set(figures) == {
        ("police_cse_crimes", "2017-07-01", "2017-09-30", "", ""),
        ("police_cse_incidents", "2017-07-01", "2017-09-30", "", ""),
    }
    assert returned_figures(2018, 1) == []
    assert returned_figures(2018, 3) == []


def test_a_share_carries_its_numerator_and_denominator(partnership):
    make_return(
        "cse_team",
        COUNCIL,
        quarter=1,
        status=ACCEPTED,
        values={("cse_open", ""): 81, ("cse_open_lac", ""): 29},
    )
    figures = _by_key(returned_figures(2018, 1))
    share = figures[("cse_open_lac", "2017-06-30", "2017-06-30", "", "")]
    # Table 3.3 printed 29/81 = 35.8%.
    assert (share.numerator, share.denominator, share.value, share.unit) == (
        29,
        81,
        35.8,
        "percent",
    )
    assert figures[("cse_open", "2017-06-30", "2017-06-30", "", "")].value == 81.0


def test_counts_add_up_over_agencies_but_medians_never_do(partnership):
    health_provider()
    agency_create(
        partnership=Partnership.objects.get(),
        name="Neighbour Mental Health Trust",
        agency_type="health-provider",
    )
    for name, assessed, weeks in ((PROVIDER, 40, 6), ("Neighbour Mental Health Trust", 10, 11)):
        make_return(
            "camhs_waiting",
            name,
            quarter=1,
            status=ACCEPTED,
            values={
                ("camhs_assessed", ""): assessed,
                ("camhs_weeks_to_assessment", ""): weeks,
                ("camhs_treated", ""): 0,
            },
        )
    figures = _by_key(returned_figures(2018, 1))
    assert figures[("camhs_assessed", "2017-04-01", "2017-06-30", "", "")].numerator == 50
    median = ("camhs_weeks_to_assessment", "2017-04-01", "2017-06-30")
    assert (*median, "", "") not in figures
    provider = figures[(*median, "agency", PROVIDER)]
    assert (provider.numerator, provider.denominator, provider.value, provider.unit) == (
        None,
        None,
        6.0,
        "weeks",
    )
    assert figures[(*median, "agency", "Neighbour Mental Health Trust")].value == 11.0
    assert not [f for f in figures if f[0] == "camhs_weeks_to_treatment"]


def test_one_agency_gives_the_median_as_the_total(partnership):
    health_provider()
    for quarter, weeks in ((1, 6), (2, 8)):
        make_return(
            "camhs_waiting",
            PROVIDER,
            quarter=quarter,
            status=ACCEPTED,
            values={
                ("camhs_assessed", ""): 10,
                ("camhs_weeks_to_assessment", ""): weeks,
                ("camhs_treated", ""): 0,
            },
        )
    figures = _by_key(returned_figures(2018, 2))
    assert figures[("camhs_weeks_to_assessment", "2017-07-01", "2017-09-30", "", "")].value == 8.0
    # The year so far adds the counts up, and leaves the median out.
    assert figures[("camhs_assessed", "2017-04-01", "2017-09-30", "", "")].numerator == 20
    assert ("camhs_weeks_to_assessment", "2017-04-01", "2017-09-30", "", "") not in figures


@pytest.mark.parametrize(("role", "count"), [(Role.BOARD_MEMBER, 2), (Role.AGENCY_LEAD, 0)])
def test_read_as_a_user_through_visible_to(users, role, count):
    make_return(
        "cse_team",
        COUNCIL,
        quarter=1,
        status=ACCEPTED,
        values={("cse_open", ""): 81, ("cse_open_lac", ""): 29},
    )
    assert len(returned_figures(2018, 1, user=users[role])) == count
