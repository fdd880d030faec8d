"""A build may not be published while its prose cites an unknown fact, or a fact
whose figures have a consistency finding; it says which."""

from __future__ import annotations

import pytest

from safeboard.dataset.consistency import FigureKey
from safeboard.report.build import report_build
from safeboard.report.context import BuildContext
from safeboard.report.services import report_for_year
from safeboard.returns.pipeline import Status, return_import
from tests.dataset.test_consistency_end_to_end import _published_csv
from tests.dataset.test_consistency_support import fig


@pytest.fixture
def report(imported, partnership):
    report = report_for_year(partnership=partnership, year=2018)
    # Only the prose matters here: the slow sections are switched off.
    report.sections.exclude(key="introduction").update(enabled=False)
    return report


def _cite(report, text):
    report.sections.filter(key="introduction").update(narrative=text)


def test_an_unknown_fact_blocks_publication(report, tmp_path):
    _cite(report, "As [[fact:change.no_such_thing]] shows.")
    result = report_build(report=report, out=tmp_path, built_by="t", pdf=False)
    assert len(result.blockers) == 1
    assert "[[fact:change.no_such_thing]], which does not exist" in result.blockers[0]
    assert not result.build.publishable


def test_a_known_fact_with_consistent_figures_does_not_block(report, tmp_path):
    _cite(report, "In short: [[fact:change.cp_open]]")
    result = report_build(report=report, out=tmp_path, built_by="t", pdf=False)
    assert result.blockers == []
    fact = BuildContext(report=report).facts["change.cp_open"]
    assert fact.text in (tmp_path / "annual-report.html").read_text()


def test_a_cited_fact_whose_figure_disagrees_with_a_published_one_blocks(report, tmp_path):
    ctx = BuildContext(report=report)
    cited = ctx.facts["change.cp_open"].narrative.cites[-1]
    computed = next(
        f
        for f in ctx.figures.shown()
        if FigureKey(cited.indicator, cited.period_end).matches(_as_sourced(f))
    )
    # An earlier report printed a different number for the same quantity.
    path = tmp_path / "published.csv"
    path.write_text(
        _published_csv([fig("cp_open", cited.period_end, computed.value + 7, table="3.5")]),
        encoding="utf-8",
    )
    assert return_import(kind="published", paths=[path]).status is Status.IMPORTED

    _cite(report, "In short: [[fact:change.cp_open]]")
    result = report_build(report=report, out=tmp_path / "out", built_by="t", pdf=False)
    assert len(result.blockers) >= 1
    assert (
        "[[fact:change.cp_open]], whose figures have a consistency finding (one-value)"
        in (result.blockers[0])
    )

    # The same build with the fact not cited is publishable: only cited figures block.
    _cite(report, "Nothing cited.")
    assert (
        report_build(report=report, out=tmp_path / "out2", built_by="t", pdf=False).blockers == []
    )


def _as_sourced(figure):
    from safeboard.dataset.consistency import sourced

    return sourced(figure)


def test_a_fact_from_the_records_can_be_cited(report, tmp_path, partnership):
    from decimal import Decimal

    from safeboard.budget.models import FinancialYear, PartnerContribution
    from tests.factories import agency

    year = FinancialYear.objects.create(year=2018, balance_brought_forward=Decimal("0"))
    PartnerContribution.objects.create(
        financial_year=year, agency=agency("Testshire Police"), agreed=Decimal("17508")
    )
    _cite(report, "Money: [[fact:budget.income]]")
    result = report_build(report=report, out=tmp_path, built_by="t", pdf=False)
    assert result.blockers == []
    html = (tmp_path / "annual-report.html").read_text()
    assert "The board’s income from partner contributions in 2017/18 was £17,508." in html.replace(
        "'", "’"
    )
