"""An earlier report's figures fill the history older than the child-level data."""

from __future__ import annotations

import csv
import json

from click.testing import CliRunner

from safeboard.cli import main
from safeboard.returns.pipeline import Status, return_import

PUBLISHED = [
    # Older than the child-level data (2016/17 and 2017/18 are imported): kept.
    ("referrals", "2014-04-01", "2015-03-31", "5890"),
    ("referrals", "2015-04-01", "2016-03-31", "5975"),
    # Outside the four years before 2017/18: left out.
    ("referrals", "2012-04-01", "2013-03-31", "6524"),
    # A period the child-level data covers: the computed figure is used instead.
    ("referrals", "2017-04-01", "2018-03-31", "10750"),
]


def _published(tmp_path):
    path = tmp_path / "published.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["indicator", "period_kind", "period_start", "period_end", "breakdown_dim",
             "breakdown_value", "numerator", "denominator", "value", "unit", "source", "table",
             "reference"]
        )  # fmt: skip
        for indicator, start, end, value in PUBLISHED:
            writer.writerow(
                [indicator, "cumulative", start, end, "", "", value, "", value, "count",
                 "published", "2.1", "Annual Report 2017-18"]
            )  # fmt: skip
    return path


def test_published_history_fills_older_years_with_its_reference(imported, tmp_path):
    assert return_import(kind="published", paths=[_published(tmp_path)]).status is Status.IMPORTED
    result = CliRunner().invoke(main, ["dataset", "--year", "2018", "--format", "json"])
    assert result.exit_code == 0, result.output
    referrals = {
        row["period_end"]: row
        for row in json.loads(result.output)
        if row["indicator"] == "referrals" and row["period_start"].endswith("-04-01")
        and row["period_end"].endswith("-03-31")
    }  # fmt: skip
    assert sorted(referrals) == ["2015-03-31", "2016-03-31", "2017-03-31", "2018-03-31"]
    assert referrals["2015-03-31"]["numerator"] == 5890
    assert referrals["2015-03-31"]["source"] == "published"
    assert referrals["2015-03-31"]["reference"] == "Annual Report 2017-18"
    assert referrals["2015-03-31"]["table"] == "2.1"
    # Computed where the returns cover the period, never the published number.
    assert referrals["2018-03-31"]["source"] == "computed"
    assert referrals["2018-03-31"]["numerator"] != 10750
    assert referrals["2017-03-31"]["source"] == "computed"


def test_a_year_no_return_covers_has_no_made_up_zeros(imported):
    rows = json.loads(
        CliRunner().invoke(main, ["dataset", "--year", "2018", "--format", "json"]).output
    )
    years = {row["period_end"] for row in rows if row["indicator"] == "referrals"}
    assert "2014-03-31" not in years  # no census for 2013/14 was imported
