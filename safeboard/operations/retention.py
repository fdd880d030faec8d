"""Retention: how long each kind of data is kept, and the purge of what is past it.

``settings.SAFEBOARD_RETENTION`` gives a period per kind of data ("6y", "18m",
"90d"); ``docs/operations.md`` gives the defaults and why. Each kind, and the
date its age counts from:

- ``child_level_returns``: snapshots of the returns that hold a row per child
  (any kind with a child id column: CIN census, SSDA903, contacts, child
  characteristics), from the end of their collection year (31 March), else
  their as-at date, else the import date. The snapshot row and its folder go.
  Aggregate snapshots (population, baseline shares, published figures) are
  never purged: they hold no child and earlier reports' figures rest on them.
- ``audit_events``: event log rows, from when they happened.
- ``report_outputs``: builds of a report that was never published, from when
  they were built: the build row, and its folder once no kept build uses it.
  A published report's builds and its published edition are never purged:
  they are the aggregated figures the partnership published, and keep them
  whatever happens to the child-level returns they were computed from.
- ``evidence``: the files attached as evidence to actions completed before the
  cut-off, from the completion date. The evidence record (what it showed, the
  file's name, size and SHA-256) stays; only the stored file goes.

Something is past retention when its date is before ``today`` minus the
period. The change history of the board's records is not purged.
"""

from __future__ import annotations

import logging
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

KINDS = ("child_level_returns", "audit_events", "report_outputs", "evidence")
PERIOD = re.compile(r"^\s*(\d+)\s*([ymd])\s*$")

logger = logging.getLogger(__name__)


class RetentionError(Exception):
    pass


def period_parse(text: str) -> relativedelta:
    """'6y' -> six years, '18m' -> eighteen months, '90d' -> ninety days."""
    match = PERIOD.match(str(text))
    if not match:
        raise RetentionError(
            f"A retention period is a whole number and y, m or d (for example 6y), not '{text}'."
        )
    number, unit = int(match.group(1)), match.group(2)
    return relativedelta(**{{"y": "years", "m": "months", "d": "days"}[unit]: number})


def retention_periods() -> dict[str, relativedelta]:
    configured = getattr(settings, "SAFEBOARD_RETENTION", {})
    unknown = sorted(set(configured) - set(KINDS))
    if unknown:
        raise RetentionError(
            f"SAFEBOARD_RETENTION names kinds of data Safeboard does not keep: {', '.join(unknown)}"
            f" (it knows {', '.join(KINDS)})."
        )
    missing = [kind for kind in KINDS if kind not in configured]
    if missing:
        raise RetentionError(f"SAFEBOARD_RETENTION has no period for {', '.join(missing)}.")
    return {kind: period_parse(configured[kind]) for kind in KINDS}


@dataclass
class PurgePlan:
    today: date
    cutoffs: dict[str, date]
    snapshots: list = field(default_factory=list)
    events: int = 0
    builds: list = field(default_factory=list)
    build_folders: list[Path] = field(default_factory=list)
    evidence: list = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {
            "child_level_returns": len(self.snapshots),
            "audit_events": self.events,
            "report_outputs": len(self.builds),
            "evidence": len(self.evidence),
        }

    def describe(self) -> list[str]:
        """What would go, one line each, without identifiers (ids and years only)."""
        cut = self.cutoffs
        lines = [f"child-level return snapshots before {cut['child_level_returns']}: "]
        lines[-1] += str(len(self.snapshots))
        lines += [f"  {s.kind} {s.collection_year or ''} snapshot {s.pk}" for s in self.snapshots]
        lines.append(f"audit events before {cut['audit_events']}: {self.events}")
        lines.append(
            f"unpublished report builds before {cut['report_outputs']}: {len(self.builds)} "
            f"({len(self.build_folders)} folders)"
        )
        lines += [f"  build {b.pk} of the {b.report.year} report" for b in self.builds]
        lines.append(f"evidence files of actions completed before {cut['evidence']}: ")
        lines[-1] += str(len(self.evidence))
        lines += [f"  evidence {e.pk} of action {e.action_id}" for e in self.evidence]
        return lines


def child_level_kinds() -> set[str]:
    """The kinds of return with a child id column in any of their tables."""
    from safeboard.returns.kinds import get_kind, kind_names
    from safeboard.returns.spec import Kind

    found = set()
    for name in kind_names():
        specs = get_kind(name).table_specs(None)
        if any(c.kind is Kind.CHILD_ID for spec in specs.values() for c in spec.columns):
            found.add(name)
    return found


def snapshot_date(snapshot) -> date:
    """The date a snapshot's age counts from: its collection year's end, else as at, else import."""
    if snapshot.collection_year:
        return date(snapshot.collection_year, 3, 31)
    if snapshot.as_at:
        return snapshot.as_at
    return timezone.localdate(snapshot.imported_at)


def purge_plan(*, today: date | None = None) -> PurgePlan:
    from safeboard.actions.models import ActionEvidence
    from safeboard.audit.models import Event
    from safeboard.report.models import AnnualReport, ReportBuild
    from safeboard.returns.models import Snapshot

    today = today or timezone.localdate()
    cutoffs = {kind: today - period for kind, period in retention_periods().items()}
    plan = PurgePlan(today=today, cutoffs=cutoffs)
    kinds = child_level_kinds()
    plan.snapshots = [
        s
        for s in Snapshot.objects.filter(kind__in=kinds).order_by("imported_at")
        if snapshot_date(s) < cutoffs["child_level_returns"]
    ]
    plan.events = Event.objects.filter(at__lt=_start_of(cutoffs["audit_events"])).count()
    plan.builds = list(
        ReportBuild.objects.select_related("report")
        .exclude(report__status=AnnualReport.Status.PUBLISHED)
        .filter(created_at__lt=_start_of(cutoffs["report_outputs"]))
        .order_by("pk")
    )
    going = {b.pk for b in plan.builds}
    kept_folders = {b.folder for b in ReportBuild.objects.only("folder", "pk") if b.pk not in going}
    outputs = settings.WORKSPACE.outputs_dir.resolve()
    plan.build_folders = sorted(
        {
            Path(b.folder)
            for b in plan.builds
            if b.folder not in kept_folders and Path(b.folder).resolve().is_relative_to(outputs)
        }
    )
    plan.evidence = list(
        ActionEvidence.objects.filter(
            stored_name__isnull=False, action__completed_date__lt=cutoffs["evidence"]
        )
        .exclude(stored_name="")
        .order_by("pk")
    )
    return plan


def _start_of(day: date) -> datetime:
    return timezone.make_aware(datetime(day.year, day.month, day.day))


def purge_run(*, plan: PurgePlan, user) -> dict[str, int]:
    """Delete what ``plan`` found; the database in one transaction, then the files.

    One event records the counts (never an identifier)."""
    from safeboard.actions.evidence import evidence_path
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.returns.models import Snapshot
    from safeboard.returns.pipeline import import_lock

    with import_lock(), transaction.atomic():
        # Append-only tables: the purge is the one sanctioned removal, so it goes
        # round the guards (Python's by the base manager; PostgreSQL's trigger
        # switched off inside this transaction only).
        folders = [s.path for s in plan.snapshots]
        Snapshot._base_manager.filter(pk__in=[s.pk for s in plan.snapshots]).delete()
        with _append_only_lifted(Event._meta.db_table):
            Event._base_manager.filter(at__lt=_start_of(plan.cutoffs["audit_events"])).delete()
        for build in plan.builds:
            build.delete()
        files = []
        for evidence in plan.evidence:
            files.append(evidence_path(evidence.stored_name))
            evidence.stored_name = None
            evidence.save(update_fields=["stored_name", "updated_at"])
        counts = plan.counts
        event_record(
            user=user,
            action=Event.Action.PURGED,
            area="operations",
            object_type="retention purge",
            object_ref=plan.today.isoformat(),
            detail={**counts, "cutoffs": {k: v.isoformat() for k, v in plan.cutoffs.items()}},
        )
        # Files go only once the rows' removal is certain to commit.
        transaction.on_commit(lambda: _remove([*folders, *plan.build_folders, *files]))
    logger.info("purge: %s", counts)
    return counts


@contextmanager
def _append_only_lifted(table: str):
    """PostgreSQL's append-only trigger on ``table`` off until the block ends (inside
    the surrounding transaction, so a failure puts it back with everything else)."""
    if connection.vendor != "postgresql":
        yield
        return
    quoted = connection.ops.quote_name(table)
    with connection.cursor() as cursor:
        # ALTER TABLE refuses a table with foreign-key checks pending in this
        # transaction: run them now, and defer again afterwards.
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        cursor.execute(f"ALTER TABLE {quoted} DISABLE TRIGGER {table}_append_only")
    yield
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {quoted} ENABLE TRIGGER {table}_append_only")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _remove(paths: list[Path]) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
