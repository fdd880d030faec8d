"""`safeboard dataset` over real imported snapshots: every indicator, every period."""

from __future__ import annotations

import json

from click.testing import CliRunner

from safeboard.cli import main
from safeboard.dataset.consistency.sources import input_kinds
from safeboard.dataset.registry import indicators


def test_every_indicator_for_every_period(imported):
    result = CliRunner().invoke(main, ["dataset", "--year", "2018", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {row["indicator"] for row in rows} == set(indicators())
    for ind in indicators().values():
        ends = {r["period_end"] for r in rows if r["indicator"] == ind.id}
        # The censuses imported cover 2016/17 and 2017/18, the SSDA903 and contacts
        # 2017/18 only: a year no return covers gets no figure (not a zero).
        expected = 4 if input_kinds(ind) & {"ssda903", "contacts"} else 5
        assert len(ends) == expected, ind.id
    referrals = [r for r in rows if r["indicator"] == "referrals"]
    year = [r for r in referrals if r["period_end"] == "2018-03-31"]
    assert year[0]["numerator"] > 0
    assert year[0]["period_start"] == "2017-04-01"


def test_quarter_limits_the_year_and_csv_has_the_output_columns(imported):
    result = CliRunner().invoke(
        main, ["dataset", "--year", "2018", "--quarter", "2", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == (
        "indicator,period_kind,period_start,period_end,breakdown_dim,breakdown_value,"
        "numerator,denominator,value,unit,source,table,reference"
    )
    ends = {line.split(",")[3] for line in lines[1:]}
    assert "2017-12-31" not in ends
    assert "2017-09-30" in ends


def test_published_output_hides_small_counts(imported):
    internal = json.loads(
        CliRunner().invoke(main, ["dataset", "--year", "2018", "--format", "json"]).output
    )
    result = CliRunner().invoke(
        main, ["dataset", "--year", "2018", "--format", "json", "--published"]
    )
    assert result.exit_code == 0, result.output
    published = json.loads(result.output)
    assert len(published) == len(internal)
    assert {"shown", "suppressed_reason"} <= set(published[0])
    assert "numerator" not in published[0]  # nothing behind a 'c' can be read
    small = [
        (row["indicator"], row["period_end"], row["breakdown_value"])
        for row in internal
        if row["unit"] == "count" and row["numerator"] is not None and 1 <= row["numerator"] <= 5
    ]
    hidden = {
        (row["indicator"], row["period_end"], row["breakdown_value"])
        for row in published
        if row["shown"] == "c"
    }
    assert small, "the fixture should have small counts to hide"
    assert set(small) <= hidden
