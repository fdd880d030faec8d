"""The dashboard pages, as each role sees them, over a partnership imported as a user would."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.dashboards import figures
from safeboard.dashboards.sections import SECTIONS
from safeboard.dataset.compute import dataset
from safeboard.dataset.inputs import from_snapshots
from safeboard.returns.models import Snapshot
from tests.dashboards.conftest import YEAR
from tests.factories import sign_in

CHILD_LEVEL = {Role.BUSINESS_UNIT, Role.PERFORMANCE_ANALYST}


def _computed(indicator: str, period_end: str, dim: str = "", value: str = ""):
    connection = from_snapshots()
    try:
        rows = dataset(connection, YEAR)
    finally:
        connection.close()
    return next(
        f
        for f in rows
        if (f.indicator, f.period_end, f.breakdown_dim, f.breakdown_value)
        == (indicator, period_end, dim, value)
    )


def _text(response) -> str:
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))


def test_every_role_reads_every_dashboard(client, users, imported):
    contacts = _computed("contacts", "2018-03-31")
    cp_open = _computed("cp_open", "2018-03-31")
    for role in [*Role, None]:
        sign_in(client, users[role])
        index = client.get(reverse("dashboards:index"))
        assert index.status_code == 200
        assert "2017/18" in _text(index)
        for section in SECTIONS:
            response = client.get(reverse("dashboards:section", args=[section.slug]))
            assert response.status_code == 200, (role, section.slug)
            html = response.content.decode()
            assert html.count("<svg") >= len(section.charts)
            assert html.count('data-testid="chart-summary"') == len(section.charts)
            assert "onload" not in html
            assert "<script>" not in html
        client.logout()
    sign_in(client, users[Role.BOARD_MEMBER])
    referrals = client.get(reverse("dashboards:section", args=["referrals"]))
    text = _text(referrals)
    assert f"{contacts.value:,.0f} Contacts received, Q4 2017/18" in text
    # 2016/17 has its returns; the years before have none, so they are not available.
    earlier = _computed("contacts", "2017-03-31")
    assert f"{earlier.value:,.0f} Contacts received, 2016/17" in text
    assert "Contacts received, 2015/16" not in text
    assert ": not available" in text
    assert "Table 2.2 Referrals per 10,000 children aged 0-17, by district" in text
    protection = _text(client.get(reverse("dashboards:section", args=["child-protection"])))
    assert f"{cp_open.value:,.0f} Children subject to a child protection plan, 31 Mar 2018" in (
        protection
    )
    # The text alternative of the chart lists the figure too.
    assert f"31 Mar 2018 {cp_open.value:,.0f}" in protection


def test_an_earlier_year_and_years_no_return_covers(client, users, imported):
    sign_in(client, users[Role.BOARD_MEMBER])
    url = reverse("dashboards:section", args=["referrals"])
    earlier = client.get(url, {"year": 2017})
    assert earlier.status_code == 200
    assert "Q4 2016/17" in _text(earlier)
    assert client.get(url, {"year": 2010}).status_code == 404
    assert client.get(url, {"year": "last"}).status_code == 404
    assert client.get(reverse("dashboards:section", args=["no-such"])).status_code == 404


def test_a_figure_shows_its_definition_and_sources_by_role(client, users, imported):
    figure = _computed("referral_rate", "2017-12-31", "district", "Rugby")
    url = reverse("dashboards:figure", args=["referral_rate", "2017-12-31"])
    cin = Snapshot.objects.get(kind="cin", collection_year=YEAR)
    for role in [Role.BOARD_MEMBER, Role.INDEPENDENT_CHAIR, Role.AGENCY_LEAD, *CHILD_LEVEL]:
        sign_in(client, users[role])
        response = client.get(url, {"dim": "district", "value": "Rugby"})
        assert response.status_code == 200
        text = _text(response)
        assert "Referrals per 10,000 children aged 0-17, by district: Rugby" in text
        assert f"Value {figure.value:,.1f}" in text
        assert f"Numerator {figure.numerator:,}" in text
        assert "Q3 2017/18 (1 April 2017 to 31 December 2017)" in text
        assert "Definition by district and total: referrals per 10,000 children" in text
        assert "Report table 2.2" in text
        assert "CIN census" in text
        assert "ONS mid-year population" in text
        if role in CHILD_LEVEL:
            assert cin.sha256 in text
            assert reverse("returns:snapshot-detail", args=[cin.pk]) in response.content.decode()
            assert cin.imported_by_name in text
        else:
            assert cin.sha256 not in text
            assert "snapshots/" not in response.content.decode()
        client.logout()


def test_a_figure_page_refuses_what_is_not_a_figure(client, users, imported):
    sign_in(client, users[Role.BOARD_MEMBER])

    def get(indicator, end, **query):
        return client.get(reverse("dashboards:figure", args=[indicator, end]), query)

    assert get("contacts", "2018-03-31").status_code == 200
    assert get("no_such_indicator", "2018-03-31").status_code == 404
    assert get("contacts", "2018-03-30").status_code == 404
    assert get("contacts", "31-03-2018").status_code == 404
    assert get("contacts", "2018-03-31", dim="district", value="Rugby").status_code == 404
    assert get("cp_by_gender", "2018-03-31", dim="gender").status_code == 404
    assert get("cp_by_gender", "2018-03-31", dim="gender", value="Other").status_code == 404
    assert get("cp_by_gender", "2018-03-31", dim="gender", value="Female").status_code == 200
    # A period no return covers: the definition, and that the figure is not available.
    old = get("contacts", "2014-03-31")
    assert old.status_code == 200
    assert "Not available: no return covers this period" in _text(old)


def test_consistency_findings_about_a_figure_are_shown(client, users, imported, monkeypatch):
    from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure

    sign_in(client, users[Role.BOARD_MEMBER])
    url = reverse("dashboards:figure", args=["cp_open", "2018-03-31"])
    monkeypatch.setattr(figures, "year_findings", lambda held: figures.NO_CHECK)
    assert "No consistency check has run." in _text(client.get(url))

    shown = _computed("cp_open", "2018-03-31")
    printed = SourcedFigure.of(shown, table="4.2")
    other = SourcedFigure(**{**printed.as_dict(), "value": 999.0, "source": "published"})
    finding = ConsistencyFinding(
        rule="one_value",
        message="The same quantity has two values.",
        figures=(printed, other),
        difference=999.0 - shown.value,
    )
    monkeypatch.setattr(figures, "year_findings", lambda held: [finding])
    text = _text(client.get(url))
    assert "The same quantity has two values." in text
    assert "999" in text
    unrelated = reverse("dashboards:figure", args=["lac_open", "2018-03-31"])
    assert "No findings" in _text(client.get(unrelated))


def test_the_real_consistency_check_runs_on_the_figure_page(client, users, imported):
    pytest.importorskip("safeboard.dataset.consistency")
    sign_in(client, users[Role.BOARD_MEMBER])
    text = _text(client.get(reverse("dashboards:figure", args=["cp_open", "2018-03-31"])))
    assert "No consistency check has run" not in text
    assert "Consistency" in text


def test_a_chart_downloads_as_the_same_svg_the_page_shows(client, users, imported):
    sign_in(client, users[Role.INDEPENDENT_CHAIR])
    response = client.get(reverse("dashboards:chart-svg", args=["child-protection", "cp-open"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert 'filename="cp-open-2017-18.svg"' in response["Content-Disposition"]
    svg = response.content.decode()
    assert "<title" in svg
    assert "<desc" in svg
    assert "<script" not in svg
    page = client.get(reverse("dashboards:section", args=["child-protection"])).content.decode()
    drawn = re.search(r'<path [^>]*d="([^"]{40,})"', svg).group(1)
    assert drawn in page
    missing = reverse("dashboards:chart-svg", args=["child-protection", "no-such-chart"])
    assert client.get(missing).status_code == 404


def test_figures_are_cached_until_the_snapshots_change(client, users, imported, monkeypatch):
    calls = []
    real = figures.dataset

    def counting(connection, year, quarter=None):
        calls.append(year)
        return real(connection, year, quarter)

    monkeypatch.setattr(figures, "dataset", counting)
    sign_in(client, users[Role.BOARD_MEMBER])
    url = reverse("dashboards:section", args=["children-in-need"])
    client.get(url)
    client.get(url)
    client.get(reverse("dashboards:figure", args=["lac_open", "2018-03-31"]))
    assert calls == [YEAR]
    Snapshot.objects.create(
        kind="population", sha256="1" * 64, folder="population-none", imported_by_name="test"
    )
    client.get(url)
    assert calls == [YEAR, YEAR]


def test_without_returns_the_dashboards_say_so(client, users):
    sign_in(client, users[Role.BOARD_MEMBER])
    for section in SECTIONS:
        response = client.get(reverse("dashboards:section", args=[section.slug]))
        assert response.status_code == 200
        assert "No child-level return has been imported yet" in _text(response)
    svg = reverse("dashboards:chart-svg", args=["referrals", "contacts-referrals"])
    assert client.get(svg).status_code == 404


def test_the_report_gets_every_chart_as_a_static_svg(imported, tmp_path):
    from safeboard.dashboards.charts import write_report_svgs

    written = write_report_svgs(YEAR, tmp_path / "charts")
    assert len(written) == sum(len(s.charts) for s in SECTIONS)
    cp = (tmp_path / "charts" / "4-cp-open.svg").read_text()
    assert cp.startswith("<?xml")
    assert "<title" in cp
    assert f"{_computed('cp_open', '2018-03-31').value:,.0f}" in cp
