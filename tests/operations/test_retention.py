"""Retention: ``safeboard purge`` removes what is past each kind's period, and only that.

Judged on TODAY = 1 May 2024 with the default periods, so the cut-offs are:
child-level returns 6y -> 1 May 2018; audit events 7y -> 1 May 2017;
report outputs 2y -> 1 May 2022; evidence 6y -> 1 May 2018. Past means a date
before the cut-off.

| record                                     | its date                  | purged? |
| snapshot cin 2016-17                       | year ends 31 Mar 2017     | yes     |
| snapshot cin 2017-18                       | year ends 31 Mar 2018     | yes     |
| snapshot cin 2018-19                       | year ends 31 Mar 2019     | no      |
| snapshot ssda903 2017-18                   | year ends 31 Mar 2018     | yes     |
| snapshot contacts 2018-19                  | year ends 31 Mar 2019     | no      |
| snapshot characteristics, as at 30 Apr 18  | 30 Apr 2018               | yes     |
| snapshot characteristics, as at 1 May 18   | 1 May 2018 (not before)   | no      |
| snapshot population, as at 2010            | aggregate: never          | no      |
| snapshot published, 2011-12                | aggregate: never          | no      |
  -> 4 snapshots
| event at 1 Jan 2016                        |                           | yes     |
| event at 30 Apr 2017 23:59                 |                           | yes     |
| event at 1 May 2017 00:00                  | (not before)              | no      |
| the fixtures' own events (made today)      |                           | no      |
  -> 2 events
| 2019 report (draft): build of 1 Jan 2021   | folder 2019/latest        | yes     |
| 2019 report (draft): build of 1 Jan 2023   | the same folder: kept     | no      |
| 2017 report (draft): build of 1 Jun 2020   | folder 2017/latest: goes  | yes     |
| 2016 report (published): build of 2019     | a published report        | no      |
  -> 2 builds, 1 folder
| evidence of a1 (completed 20 Mar 2018)     |                           | yes     |
| evidence of b2 (completed 1 Jun 2018)      |                           | no      |
| evidence of a2 (not complete)              |                           | no      |
  -> 1 evidence file
"""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import date, datetime
from unittest import mock

import pytest
from click.testing import CliRunner
from django.conf import settings
from django.utils import timezone

from safeboard.actions.evidence import evidence_path
from safeboard.actions.models import ActionEvidence
from safeboard.audit.models import Event
from safeboard.cli import main
from safeboard.operations.retention import (
    RetentionError,
    period_parse,
    purge_plan,
    purge_run,
)
from safeboard.report.models import AnnualReport, ReportBuild
from safeboard.returns.models import Snapshot
from tests.actions.conftest import plans  # noqa: F401 (the fixture)

TODAY = date(2024, 5, 1)


@contextmanager
def clock(*args):
    """Records made inside are stamped with this moment (London time)."""
    moment = timezone.make_aware(datetime(*args))
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def _snapshot(kind, year=None, as_at=None) -> Snapshot:
    folder = f"{kind}-{uuid.uuid4().hex[:12]}"
    path = settings.WORKSPACE.snapshots_dir / folder
    path.mkdir(parents=True)
    (path / "child.parquet").write_bytes(b"synthetic")
    return Snapshot.objects.create(
        kind=kind,
        collection_year=year,
        as_at=as_at,
        sha256=uuid.uuid4().hex * 2,
        folder=folder,
        imported_by_name="(test)",
    )


def _build(report, *, on, folder) -> ReportBuild:
    path = settings.WORKSPACE.outputs_dir / "report" / folder
    path.mkdir(parents=True, exist_ok=True)
    (path / "annual-report.html").write_text("<p>synthetic</p>")
    with clock(on.year, on.month, on.day):
        return ReportBuild.objects.create(report=report, built_by="(test)", folder=str(path))


@pytest.fixture
def holdings(plans, partnership, users):  # noqa: F811
    snapshots = {
        "cin 2017": _snapshot("cin", 2017),
        "cin 2018": _snapshot("cin", 2018),
        "cin 2019": _snapshot("cin", 2019),
        "ssda903 2018": _snapshot("ssda903", 2018),
        "contacts 2019": _snapshot("contacts", 2019),
        "characteristics 30 Apr": _snapshot("characteristics", as_at=date(2018, 4, 30)),
        "characteristics 1 May": _snapshot("characteristics", as_at=date(2018, 5, 1)),
        "population": _snapshot("population", as_at=date(2010, 3, 31)),
        "published": _snapshot("published", 2012),
    }
    events = {}
    for name, moment in {
        "2016": (2016, 1, 1),
        "30 Apr 2017": (2017, 4, 30, 23, 59),
        "1 May 2017": (2017, 5, 1, 0, 0),
    }.items():
        with clock(*moment):
            events[name] = Event.objects.create(username="(test)", action="viewed", area="test")
    draft_2019 = AnnualReport.objects.create(partnership=partnership, year=2019)
    draft_2017 = AnnualReport.objects.create(partnership=partnership, year=2017)
    published = AnnualReport.objects.create(
        partnership=partnership,
        year=2016,
        status=AnnualReport.Status.PUBLISHED,
        published_on=date(2019, 9, 30),
    )
    builds = {
        "2019 old": _build(draft_2019, on=date(2021, 1, 1), folder="2019/latest"),
        "2019 new": _build(draft_2019, on=date(2023, 1, 1), folder="2019/latest"),
        "2017": _build(draft_2017, on=date(2020, 6, 1), folder="2017/latest"),
        "published": _build(published, on=date(2019, 9, 1), folder="2016/published"),
    }
    evidence = {}
    for name in ("a1", "b2", "a2"):
        stored = uuid.uuid4().hex
        evidence_path(stored).write_bytes(b"synthetic evidence")
        evidence[name] = ActionEvidence.objects.create(
            action=plans.actions[name], text="Minutes.", file_name="minutes.pdf", stored_name=stored
        )
    return {"snapshots": snapshots, "events": events, "builds": builds, "evidence": evidence}


def test_the_plan_finds_what_is_past_each_period(holdings):
    assert holdings["evidence"]["a1"].action.completed_date == date(2018, 3, 20)
    plan = purge_plan(today=TODAY)
    assert plan.cutoffs == {
        "child_level_returns": date(2018, 5, 1),
        "audit_events": date(2017, 5, 1),
        "report_outputs": date(2022, 5, 1),
        "evidence": date(2018, 5, 1),
    }
    assert plan.counts == {
        "child_level_returns": 4,
        "audit_events": 2,
        "report_outputs": 2,
        "evidence": 1,
    }
    going = {s.pk for s in plan.snapshots}
    s = holdings["snapshots"]
    assert going == {
        s[n].pk for n in ("cin 2017", "cin 2018", "ssda903 2018", "characteristics 30 Apr")
    }
    assert plan.build_folders == [settings.WORKSPACE.outputs_dir / "report" / "2017" / "latest"]


def test_a_dry_run_lists_it_and_changes_nothing(holdings):
    before = (Snapshot.objects.count(), Event.objects.count(), ReportBuild.objects.count())
    result = CliRunner().invoke(main, ["purge", "--dry-run", "--today", "2024-05-01"])
    assert result.exit_code == 0, result.output
    assert "child-level return snapshots before 2018-05-01: 4" in result.output
    assert "audit events before 2017-05-01: 2" in result.output
    assert "unpublished report builds before 2022-05-01: 2 (1 folders)" in result.output
    assert "evidence files of actions completed before 2018-05-01: 1" in result.output
    assert "Dry run: nothing was purged." in result.output
    assert (Snapshot.objects.count(), Event.objects.count(), ReportBuild.objects.count()) == before


def test_the_purge_removes_exactly_that_and_logs_the_counts(
    holdings, users, django_capture_on_commit_callbacks
):
    s, b, e = holdings["snapshots"], holdings["builds"], holdings["evidence"]
    events_before = Event.objects.count()
    # The files go once the transaction commits (the test's commit is simulated).
    with django_capture_on_commit_callbacks(execute=True):
        counts = purge_run(plan=purge_plan(today=TODAY), user=users[None])
    assert counts == {
        "child_level_returns": 4,
        "audit_events": 2,
        "report_outputs": 2,
        "evidence": 1,
    }
    left = set(Snapshot.objects.values_list("pk", flat=True))
    assert left == {
        s[n].pk
        for n in ("cin 2019", "contacts 2019", "characteristics 1 May", "population", "published")
    }
    assert not s["cin 2017"].path.exists()
    assert s["cin 2019"].path.exists()
    assert Event.objects.count() == events_before - 2 + 1  # two purged, the purge's own added
    assert not Event.objects.filter(pk=holdings["events"]["30 Apr 2017"].pk).exists()
    assert Event.objects.filter(pk=holdings["events"]["1 May 2017"].pk).exists()
    assert set(ReportBuild.objects.values_list("pk", flat=True)) == {
        b["2019 new"].pk,
        b["published"].pk,
    }
    outputs = settings.WORKSPACE.outputs_dir / "report"
    assert (outputs / "2019" / "latest").exists()  # the kept build still uses it
    assert not (outputs / "2017" / "latest").exists()
    assert (outputs / "2016" / "published").exists()
    a1 = ActionEvidence.objects.get(pk=e["a1"].pk)
    assert a1.stored_name is None
    assert a1.file_name == "minutes.pdf"  # the record stays
    assert not evidence_path(e["a1"].stored_name).exists()
    assert evidence_path(e["b2"].stored_name).exists()
    assert evidence_path(e["a2"].stored_name).exists()
    logged = Event.objects.get(action=Event.Action.PURGED)
    assert logged.area == "operations"
    assert logged.detail["child_level_returns"] == 4
    assert logged.detail["audit_events"] == 2
    assert "minutes" not in str(logged.detail)  # counts and dates only


def test_a_second_purge_finds_nothing_more(holdings, users):
    purge_run(plan=purge_plan(today=TODAY), user=users[None])
    assert purge_plan(today=TODAY).counts == {
        "child_level_returns": 0,
        "audit_events": 0,
        "report_outputs": 0,
        "evidence": 0,
    }


@pytest.mark.parametrize("bad", ["six years", "6", "6w", "-1y"])
def test_a_period_that_is_not_a_period_is_refused(bad):
    with pytest.raises(RetentionError, match="whole number and y, m or d"):
        period_parse(bad)


def test_a_setting_missing_a_kind_is_refused(settings, db):
    settings.SAFEBOARD_RETENTION = {"child_level_returns": "6y"}
    with pytest.raises(RetentionError, match="no period for audit_events"):
        purge_plan(today=TODAY)
