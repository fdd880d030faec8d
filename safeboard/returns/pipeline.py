"""The import pipeline, the same for every kind of return.

read -> parse and pseudonymise -> stage as Parquet -> validate ->
refuse (nothing stored changes) or commit (an immutable snapshot).

Validation also reads the current snapshots of last year's return of the
same kind and of the other DfE return of the same year, for the rules that
compare them (``related_table_files``); they are only read.

Atomicity: everything is written to a private staging folder first. The
commit renames that folder into place and records the snapshot row in one
database transaction, under the workspace's import lock. A process killed
at any point leaves at most a staging folder or an unrecorded folder, which
``snapshots_reconcile`` (run before every import) removes: the workspace is
then exactly as before.
"""

from __future__ import annotations

import errno
import fcntl
import gc
import hashlib
import json
import logging
import os
import shutil
import signal
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from django.conf import settings
from django.db import transaction

from safeboard.returns.batches import Batches
from safeboard.returns.findings import Finding, RefusedFileError, Severity
from safeboard.returns.integrity import stored_checksums
from safeboard.returns.kinds import get_kind
from safeboard.returns.kinds.base import InputFile, ReadContext
from safeboard.returns.models import Snapshot
from safeboard.returns.parallel_read import (
    Staged,
    plan_shares,
    read_in_workers,
    worker_count,
)
from safeboard.returns.placement_area import workspace_authority
from safeboard.returns.pseudonymise import Pseudonymiser
from safeboard.returns.spec import ValueParser
from safeboard.returns.staging import Stage
from safeboard.validation.engine import (
    LA_CODE,
    OTHER_RETURN,
    REFERENCE_VIEWS,
    RuleContext,
    RuleDatabase,
    other_return_view,
    previous_year_view,
    reference_view,
    run_rules,
)
from safeboard.validation.registry import rules_for
from safeboard.validation.structural import (
    REQUIRED_CODE,
    TYPE_CODE,
    structural_rules,
)

STAGING = ".staging"
LOCK_FILE = ".import.lock"
PROVENANCE_FILE = "provenance.json"
FINDINGS_FILE = "findings.json"
HASH_CHUNK = 1 << 20

logger = logging.getLogger(__name__)

# Fault injection for the atomicity tests: the process kills itself at the named
# point when SAFEBOARD_FAULT_POINT says so. Never set in normal use.
FAULT_POINT_ENV = "SAFEBOARD_FAULT_POINT"


def _fault(point: str) -> None:
    if os.environ.get(FAULT_POINT_ENV) == point:
        os.kill(os.getpid(), signal.SIGKILL)


DUPLICATE = "This file was imported before, as snapshot {snapshot}: nothing was changed."
DISK_RULE = "SB-DISK"
DISK_FULL = "The disk ran out of space while the import was being written ({reason})."
DISK_GUIDANCE = (
    "Nothing was stored. Free space on the disk that holds the workspace "
    "(its snapshots folder), or ask whoever runs the server to, then import the file again."
)
# A full disk (ENOSPC), a full quota (EDQUOT) or a file-size limit (EFBIG): the
# import cannot be written, which is the machine's problem, not the file's.
NO_SPACE = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


class Status(StrEnum):
    IMPORTED = "imported"
    VALID = "valid"  # validate only: it would be accepted
    REFUSED = "refused"
    DUPLICATE = "duplicate"


@dataclass
class ImportResult:
    kind: str
    status: Status
    findings: list[Finding] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    collection_year: int | None = None
    as_at: date | None = None
    snapshot: Snapshot | None = None
    message: str = ""

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def blocking(self) -> list[Finding]:
        """The errors that refuse the file: all but DfE validation rules' errors."""
        return [f for f in self.errors if f.refuses]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    @property
    def exit_code(self) -> int:
        """0 clean, 1 accepted with warnings, 2 refused (the CLI's exit status)."""
        if self.status is Status.REFUSED:
            return 2
        return 1 if self.warnings or self.errors else 0


Progress = Callable[[int, int], None]  # bytes read so far, total bytes


def snapshots_root() -> Path:
    return settings.WORKSPACE.snapshots_dir


@contextmanager
def import_lock():
    """One commit at a time per workspace, across processes."""
    root = snapshots_root()
    root.mkdir(parents=True, exist_ok=True)
    with open(root / LOCK_FILE, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def snapshots_reconcile() -> list[str]:
    """Remove what an interrupted import left: staging folders and unrecorded snapshots."""
    root = snapshots_root()
    removed: list[str] = []
    if not root.exists():
        return removed
    with import_lock():
        staging = root / STAGING
        if staging.exists():
            for leftover in staging.iterdir():
                if not _staging_in_use(leftover):
                    shutil.rmtree(leftover, ignore_errors=True)
                    removed.append(leftover.name)
        recorded = set(Snapshot.objects.values_list("folder", flat=True))
        for folder in root.iterdir():
            if folder.is_dir() and not folder.name.startswith(".") and folder.name not in recorded:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder.name)
    return removed


def _staging_in_use(folder: Path) -> bool:
    """A staging folder belongs to a live import while its owner process runs."""
    try:
        pid = int((folder / "pid").read_text())
    except (OSError, ValueError):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def related_table_files(kind: str, collection_year: int | None) -> dict[str, Path]:
    """The other snapshots' tables an import's rules may read, as the views they read.

    The previous collection year's current snapshot of the same kind gives
    ``prev_<table>``; the other DfE return's current snapshot of the same year
    (SSDA903 for a CIN census, and the reverse) gives ``<kind>_<table>``
    (see ``safeboard.validation.engine``); reference data (the Ofsted providers'
    lookup) gives ``ref_<table>``. "Current" is what the dataset uses:
    for each kind and year the newest data, of equal dates the latest import.
    None without a collection year, or when no such snapshot was imported.
    """
    if collection_year is None:
        return {}
    from safeboard.returns.selectors import current_snapshots

    naming = {(kind, collection_year - 1): previous_year_view}
    other = OTHER_RETURN.get(kind)
    if other is not None:
        naming[(other, collection_year)] = lambda table: other_return_view(other, table)
    reference_kinds = set(REFERENCE_VIEWS.get(kind, {}).values())
    files: dict[str, Path] = {}
    for snapshot in current_snapshots():
        view = naming.get((snapshot.kind, snapshot.collection_year))
        if view is None and snapshot.kind in reference_kinds:
            view = reference_view  # reference data serves every year (the newest import)
        if view is not None:
            files.update({view(table): path for table, path in snapshot.table_files().items()})
    return files


def files_sha256(files: list[Path]) -> tuple[str, list[dict]]:
    """One digest over every file (in name order) and each file's own."""
    overall = hashlib.sha256()
    described = []
    for path in sorted(files):
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
        overall.update(digest.digest())
        described.append(
            {"name": path.name, "bytes": path.stat().st_size, "sha256": digest.hexdigest()}
        )
    return overall.hexdigest(), described


def return_import(
    *,
    kind: str,
    paths: list[Path],
    user=None,
    collection_year: int | None = None,
    as_at: date | None = None,
    validate_only: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Import (or only validate) files of one kind. Never raises for bad input."""
    from safeboard.returns.sources import expand_paths

    return_kind = get_kind(kind)
    snapshots_reconcile()
    try:
        inputs, disk_files = expand_paths(
            [Path(p) for p in paths], max_bytes=settings.SAFEBOARD_MAX_IMPORT_BYTES
        )
    except RefusedFileError as refused:
        return ImportResult(kind=kind, status=Status.REFUSED, findings=[refused.finding])

    # The files' digest finds a file imported before and names the snapshot: only
    # an import needs it.
    sha256, described = ("", []) if validate_only else files_sha256(disk_files)
    if not validate_only:
        existing = Snapshot.objects.filter(kind=kind, sha256=sha256).first()
        if existing is not None:
            return ImportResult(
                kind=kind,
                status=Status.DUPLICATE,
                snapshot=existing,
                collection_year=existing.collection_year,
                as_at=existing.as_at,
                row_counts=existing.row_counts,
                message=DUPLICATE.format(snapshot=existing.pk),
            )

    root = snapshots_root()
    staging = root / STAGING / uuid.uuid4().hex
    try:
        staging.mkdir(parents=True)
        (staging / "pid").write_text(str(os.getpid()))
        result = _read_and_check(return_kind, inputs, staging, collection_year, as_at, progress)
        if result.blocking or validate_only:
            if not result.blocking:
                result.status = Status.VALID
            # Counts only: a finding's text could quote a value from the file.
            logger.info(
                "%s %s: %d error(s), %d warning(s), %d row(s)",
                "validated" if validate_only else "refused",
                kind,
                len(result.errors),
                len(result.warnings),
                sum(result.row_counts.values()),
            )
            return result
        result.snapshot = _commit(
            staging=staging,
            result=result,
            sha256=sha256,
            described=described,
            user=user,
        )
        result.status = Status.IMPORTED
        logger.info(
            "imported %s as snapshot %s: %d row(s), %d warning(s)",
            kind,
            result.snapshot.pk,
            sum(result.row_counts.values()),
            len(result.warnings),
        )
        try:
            return_kind.after_import(result.snapshot)
        except OSError as error:  # stored all the same: what it prepares is made when needed
            logger.warning("after importing %s: %s", kind, type(error).__name__)
        return result
    except OSError as error:
        if error.errno not in NO_SPACE:
            raise
        # The staging folder goes below; the commit's transaction was rolled back.
        logger.warning("refused %s: the disk is full (%s)", kind, os.strerror(error.errno))
        return _disk_full(kind, error)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _disk_full(kind: str, error: OSError) -> ImportResult:
    finding = Finding(
        rule=DISK_RULE,
        severity=Severity.ERROR,
        message=DISK_FULL.format(reason=os.strerror(error.errno)),
        guidance=DISK_GUIDANCE,
    )
    return ImportResult(kind=kind, status=Status.REFUSED, findings=[finding])


class _CountingInput(InputFile):
    """An input whose reads report progress (bytes read of all files' bytes)."""

    def __init__(self, inner: InputFile, tally: list[int], total: int, progress: Progress):
        object.__setattr__(self, "path", inner.path)
        object.__setattr__(self, "member", inner.member)
        self._inner = inner  # its own open(): a piece of a file opens only its bytes
        self._tally, self._total, self._progress = tally, total, progress

    def open(self):
        return _CountingStream(self._inner.open(), self._tally, self._total, self._progress)


class _CountingStream:
    def __init__(self, stream, tally, total, progress):
        self._stream, self._tally, self._total, self._progress = stream, tally, total, progress
        self.name = getattr(stream, "name", "")

    def read(self, size: int = -1) -> bytes:
        chunk = self._stream.read(size)
        self._tally[0] += len(chunk)
        self._progress(self._tally[0], self._total)
        return chunk

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self._stream.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _input_size(item: InputFile) -> int:
    if item.member is None:
        return item.path.stat().st_size
    import zipfile

    with zipfile.ZipFile(item.path) as archive:
        return archive.getinfo(item.member).file_size


def counting_input(item: InputFile, tally: list[int], total: int = 0, progress=None):
    """``item``, counting the bytes read into ``tally[0]`` (and reporting them, if asked)."""
    return _CountingInput(item, tally, total, progress or (lambda done, total: None))


def _read(return_kind, inputs: list[InputFile], staging: Path, context, pseudonymiser, progress):
    """The files read, parsed and staged in this process: Staged, or the refusal."""
    if progress is not None:
        total = sum(_input_size(item) for item in inputs)
        tally = [0]
        inputs = [counting_input(item, tally, total, progress) for item in inputs]
    parser = ValueParser(date_style=return_kind.date_style, child_pseudonym=pseudonymiser.child)
    stage: Stage | None = None
    batches: Batches | None = None
    try:
        for row in return_kind.read(inputs, context):
            if stage is None:
                # The specs can depend on the year the file itself declares.
                specs = return_kind.table_specs(context.collection_year)
                stage = Stage(staging, specs)
                batches = Batches(stage, specs, parser)
            batches.add(row)
    except RefusedFileError as refused:
        findings = []
        if stage is not None:
            # The rows read before the refusal are checked as before it.
            batches.flush_all()
            findings = batches.type_findings()
            stage.close()
        return ImportResult(
            kind=return_kind.name, status=Status.REFUSED, findings=[refused.finding, *findings]
        )
    if stage is None:
        specs = return_kind.table_specs(context.collection_year)
        return Staged(Stage(staging, specs), specs, [], {})
    batches.flush_all()
    return Staged(stage, specs, batches.type_findings(), batches.file_of)


def _read_and_check(return_kind, inputs: list[InputFile], staging: Path, year, as_at, progress):
    context = ReadContext(collection_year=year, as_at=as_at)
    return_kind.prepare(context)
    pseudonymiser = Pseudonymiser.for_workspace(settings.WORKSPACE)
    # The rows of a batch held in memory would make the cyclic garbage collector
    # walk them again and again; reading and parsing make no cycles to collect.
    collecting = gc.isenabled()
    gc.disable()
    # The rules' database, when opened while worker processes read (it is then ready
    # when they finish); otherwise run_rules opens it.
    opened: list[RuleDatabase] = []
    try:
        staged = None
        workers = worker_count(return_kind, inputs, _input_size)
        if workers > 1:
            shares = plan_shares(return_kind, inputs, workers, _input_size)
            total = sum(map(_input_size, inputs))
            try:
                staged = read_in_workers(
                    return_kind,
                    staging,
                    context,
                    pseudonymiser,
                    shares,
                    total,
                    progress,
                    meanwhile=lambda: opened.append(RuleDatabase()),
                )
            except OSError:
                raise  # the disk is full, or the file went: one process would fail alike
            except Exception as error:  # noqa: BLE001 (a fault of reading side by side)
                # One process reads it as always; the kind of fault only, never a value.
                logger.warning(
                    "reading %s in worker processes failed (%s): read in one process",
                    return_kind.name,
                    type(error).__name__,
                )
                staged = None
        if staged is None:
            staged = _read(return_kind, inputs, staging, context, pseudonymiser, progress)
    except BaseException:
        for database in opened:
            database.close()
        raise
    finally:
        if collecting:
            gc.enable()
    if isinstance(staged, ImportResult):
        for database in opened:
            database.close()
        return staged
    stage, specs, findings, file_of = (
        staged.stage,
        staged.specs,
        staged.type_findings,
        staged.file_of,
    )
    table_files = stage.close()
    _fault("staged")
    findings = context.warnings + findings
    # Last year's return and the other return of this year, for the rules comparing them.
    table_files = related_table_files(return_kind.name, context.collection_year) | table_files
    rule_context = RuleContext(
        kind=return_kind.name,
        collection_year=context.collection_year,
        tables=frozenset(table_files),
        file_of=file_of,
        params={LA_CODE: workspace_authority()},
    )
    rules = (
        structural_rules(return_kind.name, specs, return_kind.codes)
        + return_kind.rules()
        + rules_for(return_kind.name, context.collection_year)
    )
    type_findings = [f for f in findings if f.rule == TYPE_CODE]
    unparsed = {(f.table, f.position, f.field) for f in type_findings}
    # DfE's own rules report errors without refusing the file (Finding.refuses).
    dfe_codes = frozenset(
        r.code
        for r in rules_for(return_kind.name, context.collection_year)
        if not r.code.startswith("SB-")
    )
    findings += [
        finding
        for finding in run_rules(
            rules,
            rule_context,
            table_files,
            unparsed=type_findings,
            advisory=dfe_codes,
            database=opened[0] if opened else None,
        )
        # A value that did not parse is stored empty: do not also call it missing.
        if not (
            finding.rule == REQUIRED_CODE
            and (finding.table, finding.position, finding.field) in unparsed
        )
    ]
    status = (
        Status.REFUSED
        if any(f.refuses and f.severity is Severity.ERROR for f in findings)
        else Status.VALID
    )
    return ImportResult(
        kind=return_kind.name,
        status=status,
        findings=findings,
        row_counts=stage.row_counts,
        collection_year=context.collection_year,
        as_at=context.as_at,
    )


def _commit(*, staging: Path, result: ImportResult, sha256: str, described, user) -> Snapshot:
    root = snapshots_root()
    with import_lock():
        existing = Snapshot.objects.filter(kind=result.kind, sha256=sha256).first()
        if existing is not None:  # another process imported the same file meanwhile
            return existing
        snapshot_id = uuid.uuid4()
        folder = f"{result.kind}-{snapshot_id.hex[:12]}"
        (staging / "pid").unlink(missing_ok=True)
        (staging / FINDINGS_FILE).write_text(
            json.dumps([f.as_dict() for f in result.findings], indent=1)
        )
        provenance = {
            "id": str(snapshot_id),
            "kind": result.kind,
            "collection_year": result.collection_year,
            "as_at": result.as_at.isoformat() if result.as_at else None,
            "sha256": sha256,
            "files": described,
            "row_counts": result.row_counts,
            "imported_by": user.get_username() if user is not None else "(command line)",
        }
        (staging / PROVENANCE_FILE).write_text(json.dumps(provenance, indent=1))
        _fsync_folder(staging)
        _fault("before-commit")
        with transaction.atomic():
            snapshot = Snapshot.objects.create(
                id=snapshot_id,
                kind=result.kind,
                collection_year=result.collection_year,
                as_at=result.as_at,
                sha256=sha256,
                files=described,
                # Read back from the page cache just written: a fraction of the import.
                stored_sha256=stored_checksums(staging),
                folder=folder,
                row_counts=result.row_counts,
                error_count=len(result.errors),
                warning_count=len(result.warnings),
                imported_by=user if user is not None and user.is_authenticated else None,
                imported_by_name=provenance["imported_by"],
            )
            # Renamed inside the transaction: if the rename fails the row is not
            # committed; if the process dies after it, reconcile removes the folder.
            os.rename(staging, root / folder)
            _fault("renamed")
        _fault("committed")
        return snapshot


def _fsync_folder(folder: Path) -> None:
    for path in folder.iterdir():
        with path.open("rb") as handle:
            os.fsync(handle.fileno())
