"""A report build reads which snapshots are current once, as it starts.

Every later read (the figures, the consistency check behind the blockers)
uses that one list, so an import landing mid-build cannot make the blockers
judge other data than the report shows or ``inputs.json`` names. Before, the
build read the current snapshots three times over (the figures twice, the
check once more after every section was built).
"""

from __future__ import annotations

import pytest

from safeboard.report.build import report_build
from safeboard.report.services import report_for_year
from safeboard.returns import selectors
from safeboard.returns.pipeline import Status, return_import
from safeboard.synth import synth_write


@pytest.mark.django_db
def test_a_build_reads_the_current_snapshots_once(partnership, tmp_path, monkeypatch, settings):
    # No small numbers withheld: a fact quoting a withheld figure is not citable.
    settings.SAFEBOARD_DISCLOSURE_THRESHOLD = 0
    # Two years: a year-on-year fact needs the year before.
    synth_write(children=60, years=2, seed=3, out=tmp_path, last_year=2018)
    for year in (2017, 2018):
        imported = return_import(kind="cin", paths=[tmp_path / f"cin_{year}.xml"])
        assert imported.status is Status.IMPORTED
    report = report_for_year(partnership=partnership, year=2018)
    section = report.sections.order_by("position").first()
    # A cited fact makes the build run the consistency check over the figures too.
    section.narrative = "[[fact:change.cp_open]]"
    section.save()

    real = selectors.current_snapshots
    calls = []

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(selectors, "current_snapshots", counted)
    result = report_build(report=report, out=tmp_path / "out", built_by="test", pdf=False)
    assert result.build.inputs["facts"].get("change.cp_open"), result.blockers  # checked
    assert len(calls) == 1
    # The same snapshots (inputs.json lists them in its own order).
    assert sorted(s["id"] for s in result.build.inputs["snapshots"]) == sorted(
        str(s.pk) for s in real()
    )
