"""The dashboards show an earlier report's figures for years no return covers."""

from __future__ import annotations

import re

from django.urls import reverse

from safeboard.access.roles import Role
from safeboard.returns.pipeline import Status, return_import
from tests.factories import sign_in


def _published(tmp_path):
    path = tmp_path / "published.csv"
    path.write_text(
        "indicator,period_kind,period_start,period_end,breakdown_dim,breakdown_value,numerator,"
        "denominator,value,unit,source,table,reference\n"
        # 2014/15 has no census imported: the printed figure fills it.
        "referrals,cumulative,2014-04-01,2015-03-31,,,5890,,5890,count,published,2.1,"
        "Annual Report 2017-18\n"
        # 2017/18 is covered by the census: the computed figure wins.
        "referrals,cumulative,2017-04-01,2018-03-31,,,99999,,99999,count,published,2.1,"
        "Annual Report 2017-18\n"
    )
    return path


def _text(response) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


def test_published_history_fills_an_uncovered_year_and_names_its_source(
    client, users, imported, tmp_path
):
    assert return_import(kind="published", paths=[_published(tmp_path)]).status is Status.IMPORTED
    sign_in(client, users[Role.BOARD_MEMBER])
    page = _text(client.get(reverse("dashboards:section", args=["referrals"])))
    assert "5,890" in page
    assert "99,999" not in page

    figure = client.get(reverse("dashboards:figure", args=["referrals", "2015-03-31"]))
    text = _text(figure)
    assert figure.status_code == 200
    assert "5,890" in text
    assert "Annual Report 2017-18" in text
    assert "Published figure, imported" in text
