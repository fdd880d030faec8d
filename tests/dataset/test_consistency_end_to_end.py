"""End to end: a published-figures set with one planted conflict of each relation kind
is flagged exactly, with nothing else; ``safeboard check`` over an imported file says the
same and exits 1; consistent data (the synthetic partnership's) gives no finding, exit 0.

The set is the 2017/18 quarter columns of Appendix A (2.1, 2.4, 3.1, 3.5, 3.6, 4.2),
with the report's own 2.1 Q3 slip (3366/8035 beside 8033 referrals) kept as the
named-count conflict and the other real slips corrected, plus:

- one-value: children in need (other) at 31 March 2018, 2618 in 3.1 and 2620 elsewhere;
- ratio-value: 25/688 looked-after children in residential care printed 3.7% (3.6%);
- breakdown-total: neglect plans at Q2 printed 145 (the categories then add to 550, not 547);
- cumulative-falls: missing episodes 482 by Q2, 468 by Q3;
- narrative: "rose by 2.0% from 698 to 711" (1.9%);
- stock-flow: private fostering 7 + 10 - 6 = 11 at 31 March 2018, printed 12.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

from safeboard.audit.models import Event
from safeboard.cli.check import check_command
from safeboard.dataset.consistency import FigureKey, NarrativeFact, check
from safeboard.returns.pipeline import Status, return_import
from tests.dataset.test_consistency_support import (
    Q1,
    Q2,
    Q3,
    Q4,
    QUARTERS,
    WITH_PRIVATE_FOSTERING,
    fig,
    only,
    row,
    table_2_1,
    table_2_4,
    table_3_1,
    table_3_5,
    table_3_6,
    table_4_2,
)
from tests.returns.test_ssda903_import import use_fresh_workspace

HEADER = [
    "indicator",
    "period_kind",
    "period_start",
    "period_end",
    "breakdown_dim",
    "breakdown_value",
    "numerator",
    "denominator",
    "value",
    "unit",
    "source",
    "table",
    "reference",
]


def _planted(figures, indicator, end, **change):
    """The figures with one of them changed; returns (figures, the changed one)."""
    where = change.pop("where", {})
    target = only(figures, indicator, end, **where)
    changed = replace(target, **change)
    return [changed if f is target else f for f in figures], changed


def consistent_set():
    """The 2017/18 columns of Appendix A with the report's own slips corrected."""
    figures = [
        f
        for f in [*table_2_1(), *table_2_4(), *table_3_1(), *table_3_5(), *table_3_6(), *table_4_2()]
        if f.period_end in QUARTERS
        or (f.indicator in ("cp_open", "lac_open") and f.period_end == "2017-03-31" and f.table == "3.1")
    ]  # fmt: skip
    # 2.4: 468/5409 is 8.7% (printed 8.6%); Q4 is left out (school nurses fall 86 to 12).
    figures = [
        f for f in figures if not (f.indicator == "referrals_by_source" and f.period_end == Q4)
    ]
    figures, _ = _planted(
        figures, "referrals_by_source", Q2, value=8.7, where={"breakdown_value": "1A"}
    )
    # 2.1: 3366 of 8033 referrals, not 8035.
    figures, _ = _planted(figures, "referrals_to_assessment", Q3, denominator=8033)
    return figures


def published_set():
    """The consistent set with the report's 2.1 Q3 slip put back and the planted
    conflicts of kinds 1 to 5. Returns (figures, the figures each finding must name)."""
    figures, _ = _planted(consistent_set(), "referrals_to_assessment", Q3, denominator=8035)
    planted = {}
    extra = fig("cin_open_other", Q4, 2620, table="4.4")
    figures.append(extra)
    planted["one-value"] = (only(figures, "cin_open_other", Q4, table="3.1"), extra)
    figures, planted_ratio = _planted(figures, "lac_residential", Q1, value=3.7)
    planted["ratio-value"] = (planted_ratio,)
    planted["named-count"] = (
        only(figures, "referrals_to_assessment", Q3),
        only(figures, "referrals", Q3),
    )
    figures, neglect = _planted(
        figures, "cp_by_category", Q2, value=145, where={"breakdown_value": "NEG"}
    )
    planted["breakdown-total"] = neglect
    figures, episodes = _planted(figures, "lac_missing_episodes", Q3, value=468)
    planted["cumulative-falls"] = (only(figures, "lac_missing_episodes", Q2), episodes)
    return figures, planted


def private_fostering():
    t = {"table": "3.2"}
    return [
        fig("pf_children", "2017-03-31", 7, **t),
        *row("pf_begun", QUARTERS, [3, 5, 8, 10], **t),
        *row("pf_ended", QUARTERS, [2, 4, 5, 6], **t),
        *row("pf_children", QUARTERS, [8, 8, 10, 12], **t),
    ]


FACTS = [
    NarrativeFact(
        "The number of children subject to a child protection plan rose by 28.5%, from 439 to 564.",
        (FigureKey("cp_open", "2017-03-31", table="3.1"), FigureKey("cp_open", Q4, table="3.1")),
    ),
    NarrativeFact(
        "The number of looked after children rose by 2.0% from 698 to 711.",
        (FigureKey("lac_open", "2017-03-31", table="3.1"), FigureKey("lac_open", Q4, table="3.1")),
    ),
]


def test_one_planted_conflict_of_each_kind_is_flagged_exactly():
    figures, planted = published_set()
    pf = private_fostering()
    findings = check([*figures, *pf], FACTS, declarations=WITH_PRIVATE_FOSTERING)

    assert [f.rule for f in findings] == [
        "one-value",
        "ratio-value",
        "named-count",
        "breakdown-total",
        "cumulative-falls",
        "narrative",
        "stock-flow",
    ]
    one, ratio, named, total, falls, narrative, stock = findings
    assert (one.figures, one.difference) == (planted["one-value"], 2.0)
    assert (ratio.figures, ratio.difference) == (planted["ratio-value"], pytest.approx(0.1))
    assert (named.figures, named.difference) == (planted["named-count"], 2.0)
    assert planted["breakdown-total"] in total.figures
    assert total.figures[-1] == only(figures, "cp_open", Q2, table="4.2")
    assert total.difference == 3.0
    assert (falls.figures, falls.difference) == (planted["cumulative-falls"], -14.0)
    assert narrative.fact == FACTS[1].text
    assert narrative.figures == (
        only(figures, "lac_open", "2017-03-31"),
        only(figures, "lac_open", Q4),
    )
    assert narrative.difference == pytest.approx(0.1)
    assert stock.figures == (
        only(pf, "pf_children", "2017-03-31"),
        only(pf, "pf_begun", Q4),
        only(pf, "pf_ended", Q4),
        only(pf, "pf_children", Q4),
    )
    assert stock.difference == -1.0
    for finding in findings:
        assert finding.severity == "error"
        assert finding.message
        for figure in finding.figures:
            assert figure.source == "published"
            assert figure.table
            assert figure.reference


def test_the_set_without_its_plants_is_consistent():
    clean_pf = [
        f if f.period_end != Q4 or f.indicator != "pf_children" else replace(f, value=11)
        for f in private_fostering()
    ]
    true_facts = [FACTS[0], replace(FACTS[1], text=FACTS[1].text.replace("2.0%", "1.9%"))]
    assert (
        check([*consistent_set(), *clean_pf], true_facts, declarations=WITH_PRIVATE_FOSTERING) == []
    )


# ---- safeboard check --------------------------------------------------------------------


def _published_csv(figures) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=HEADER)
    writer.writeheader()
    for figure in figures:
        row_ = figure.as_dict()
        writer.writerow({k: "" if row_[k] is None else row_[k] for k in HEADER})
    return buffer.getvalue()


@pytest.fixture
def workspace(settings, tmp_path):
    return use_fresh_workspace(settings, tmp_path)


def _import_published(tmp_path, figures):
    path = tmp_path / "published.csv"
    path.write_text(_published_csv(figures), encoding="utf-8")
    result = return_import(kind="published", paths=[path])
    assert result.status is Status.IMPORTED, result.findings


@pytest.mark.django_db
def test_check_command_flags_an_imported_file_exactly_and_exits_1(workspace, tmp_path):
    figures, planted = published_set()
    _import_published(tmp_path, figures)

    result = CliRunner().invoke(check_command, ["--year", "2018", "--format", "json"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.output)
    assert [f["rule"] for f in findings] == [
        "one-value",
        "ratio-value",
        "named-count",
        "breakdown-total",
        "cumulative-falls",
    ]
    named = findings[2]
    assert named["difference"] == 2.0
    assert [
        (f["indicator"], f["denominator"], f["value"], f["table"]) for f in named["figures"]
    ] == [
        ("referrals_to_assessment", 8035, 41.9, "2.1"),
        ("referrals", None, 8033.0, "2.1"),
    ]
    assert {f["reference"] for f in named["figures"]} == {"Annual Report 2017-18"}
    assert {f["source"] for f in named["figures"]} == {"published"}

    as_csv = CliRunner().invoke(check_command, ["--year", "2018", "--format", "csv"])
    assert as_csv.exit_code == 1
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert {r["finding"] for r in rows} == {"1", "2", "3", "4", "5"}
    assert [r["indicator"] for r in rows if r["finding"] == "3"] == [
        "referrals_to_assessment",
        "referrals",
    ]


@pytest.mark.django_db
def test_check_command_on_consistent_figures_exits_0(workspace, tmp_path):
    _import_published(tmp_path, table_3_1() + table_3_6())
    result = CliRunner().invoke(check_command, ["--year", "2018"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == []


@pytest.mark.django_db
def test_published_figures_outside_the_year_s_window_are_left_out(workspace, tmp_path):
    old = [
        fig("cp_open", "2012-03-31", 500, table="3.1"),
        fig("cp_open", "2012-03-31", 501, table="4.2"),
    ]
    _import_published(tmp_path, old)
    assert CliRunner().invoke(check_command, ["--year", "2018"]).exit_code == 0
    assert CliRunner().invoke(check_command, ["--year", "2016"]).exit_code == 1


@pytest.mark.django_db
def test_the_synthetic_partnership_has_no_findings(workspace, tmp_path):
    from safeboard.synth import synth_write

    synth_write(children=400, years=2, seed=5, out=tmp_path, last_year=2018)
    for kind, path, year in [
        ("cin", tmp_path / "cin_2017.xml", None),
        ("cin", tmp_path / "cin_2018.xml", None),
        ("ssda903", tmp_path / "ssda903_2018", 2018),
        ("contacts", tmp_path / "contacts_2018.csv", 2018),
        ("characteristics", tmp_path / "characteristics.csv", None),
        ("population", tmp_path / "population.csv", None),
    ]:
        imported = return_import(kind=kind, paths=[path], collection_year=year)
        assert imported.status is Status.IMPORTED

    result = CliRunner().invoke(check_command, ["--year", "2018"])
    assert json.loads(result.output) == []
    assert result.exit_code == 0
    # The computed figures the snapshots cover were checked (2016/17 and 2017/18).
    event = Event.objects.get(area="dataset", object_type="consistency check json")
    assert event.detail["figures"] > 300
    assert event.detail["findings"] == 0
