"""The data quality page: consistency findings and completeness, beside the baseline."""

from __future__ import annotations

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.data_quality.selectors import data_quality
from safeboard.returns.pipeline import Status, return_import
from tests.factories import sign_in


def test_the_synthetic_partnership_has_no_finding_and_complete_measures(imported, tmp_path):
    assert return_import(kind="baseline", paths=[_baseline(tmp_path)]).status is Status.IMPORTED
    quality = data_quality(2018)
    assert quality.findings == []
    measures = {m.label: m for m in quality.completeness}
    ethnicity = measures["Referrals: ethnicity not recorded"]
    assert ethnicity.denominator > 0
    assert ethnicity.numerator <= ethnicity.denominator
    assert ethnicity.baseline == 0.8  # the baseline file's school census share
    assert measures["Referrals: child recorded as disabled"].baseline is None


def test_a_published_figure_that_disagrees_is_a_finding(imported, tmp_path):
    computed = data_quality(2018)
    assert computed.findings == []
    published = tmp_path / "published.csv"
    published.write_text(
        "indicator,period_kind,period_start,period_end,breakdown_dim,breakdown_value,numerator,"
        "denominator,value,unit,source,table,reference\n"
        # Nobody's count of referrals in 2017/18 is 1: it disagrees with the computed one.
        "referrals,cumulative,2017-04-01,2018-03-31,,,1,,1,count,published,2.1,Draft report\n"
    )
    assert return_import(kind="published", paths=[published]).status is Status.IMPORTED
    findings = data_quality(2018).findings
    assert [f.rule for f in findings] == ["one-value"]
    assert {f.source for f in findings[0].figures} == {"computed", "published"}


@pytest.mark.parametrize("role", [Role.BOARD_MEMBER, Role.AGENCY_LEAD, Role.BUSINESS_UNIT])
def test_the_page_shows_the_findings_and_measures(client, users, imported, role):
    sign_in(client, users[role])
    page = client.get(reverse("data_quality:overview")).content.decode()
    assert "Data quality, 2017/18" in page
    assert "0 findings." in page
    assert "Referrals: ethnicity not recorded" in page


def test_no_census_yet(client, users):
    sign_in(client, users[Role.BOARD_MEMBER])
    page = client.get(reverse("data_quality:overview")).content.decode()
    assert "No CIN census has been imported yet" in page


def _baseline(tmp_path):
    path = tmp_path / "baseline.csv"
    path.write_text(
        "breakdown_dim,breakdown_value,percent,source,as_at\n"
        "ethnicity,White British/Irish/Other,81.5,School census,2018-01-18\n"
        "ethnicity,BME,17.7,School census,2018-01-18\n"
        "ethnicity,Not recorded,0.8,School census,2018-01-18\n"
    )
    return path
