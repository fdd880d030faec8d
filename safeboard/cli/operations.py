"""``safeboard backup``, ``restore`` and ``purge``: keeping a partnership's data safe for years."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


def _progress(message: str) -> None:
    click.echo(f"  {message}", err=True)


def _passphrase(*, confirm: bool) -> str:
    from safeboard.operations.passphrase import PassphraseError, passphrase_get

    try:
        return passphrase_get(confirm=confirm)
    except PassphraseError as error:
        raise click.ClickException(str(error)) from error


@click.command("backup", context_settings=HELP)
@workspace_option
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
def backup_command(folder: Path) -> None:
    """Back up the whole workspace into FOLDER (new or empty).

    The database (one JSON file per table, so a SQLite backup restores into
    PostgreSQL and the reverse), the snapshots, the outputs, action evidence
    and policy documents, and the workspace secrets encrypted with a
    passphrase: SAFEBOARD_BACKUP_PASSPHRASE, else asked twice at the terminal.
    manifest.json lists every file's SHA-256, the Safeboard version and the
    migrations. Keep the passphrase apart from the backup: without it the
    secrets (and so the pseudonyms of later imports) cannot be restored.

    Example:

        SAFEBOARD_BACKUP_PASSPHRASE=... safeboard backup /backups/safeboard-2026-11-26
    """
    passphrase = _passphrase(confirm=True)
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.operations.backup import backup_create
    from safeboard.operations.manifest import BackupError

    try:
        result = backup_create(target=folder, passphrase=passphrase, progress=_progress)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    event_record(
        user=_CommandLineUser(),
        action=Event.Action.BACKED_UP,
        area="operations",
        object_type="backup",
        detail={"files": result.files, "bytes": result.bytes, "rows": result.rows},
    )
    click.echo(
        f"Backed up to {result.folder}: {result.tables} tables ({result.rows:,} rows), "
        f"{result.files:,} files, {result.bytes:,} bytes."
    )


@click.command("restore", context_settings=HELP)
@workspace_option
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option(
    "--force",
    is_flag=True,
    help="Replace a workspace that already holds data (its database, snapshots and outputs).",
)
def restore_command(folder: Path, force: bool) -> None:
    """Restore a backup made by 'safeboard backup' into the workspace.

    Checks every file's SHA-256 and opens the secrets with the passphrase
    (SAFEBOARD_BACKUP_PASSPHRASE, else asked) before changing anything;
    refuses a workspace or database that already holds data unless --force.
    The database is replaced in one transaction; the backup may come from
    the other database engine. Everyone signs in again afterwards.

    Example:

        DATABASE_URL=postgres://safeboard@db/safeboard safeboard restore /backups/2026-11-26
    """
    passphrase = _passphrase(confirm=False)
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.operations.manifest import BackupError
    from safeboard.operations.restore import backup_restore

    try:
        result = backup_restore(
            source=folder, passphrase=passphrase, force=force, progress=_progress
        )
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    event_record(
        user=_CommandLineUser(),
        action=Event.Action.RESTORED,
        area="operations",
        object_type="restore from backup",
        detail={
            "rows": result.rows,
            "files": result.files,
            "backup_created": result.manifest.created_at,
            "backup_version": result.manifest.safeboard_version,
            "backup_engine": result.manifest.engine,
            "forced": force,
        },
    )
    click.echo(
        f"Restored the backup of {result.manifest.created_at}: {result.rows:,} rows, "
        f"{result.files:,} files."
    )


@click.command("purge", context_settings=HELP)
@workspace_option
@click.option("--dry-run", is_flag=True, help="Only list what would be purged; change nothing.")
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Judge ages as on this day (YYYY-MM-DD) instead of today.",
)
def purge_command(dry_run: bool, today) -> None:
    """Delete what is past its retention period (SAFEBOARD_RETENTION).

    Child-level return snapshots, audit events, unpublished report builds and
    completed actions' evidence files, each after its own period (see
    docs/operations.md). A published report's figures and aggregate
    snapshots are never purged. Each purge is logged with its counts.

    Example:

        safeboard purge --dry-run

        safeboard purge
    """
    django_setup(migrate=True)
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.operations.retention import RetentionError, purge_plan, purge_run

    day: date | None = today.date() if today is not None else None
    try:
        plan = purge_plan(today=day)
    except RetentionError as error:
        raise click.ClickException(str(error)) from error
    for line in plan.describe():
        click.echo(line)
    if dry_run:
        click.echo("Dry run: nothing was purged.")
        return
    counts = purge_run(plan=plan, user=_CommandLineUser())
    click.echo(f"Purged: {', '.join(f'{k} {v}' for k, v in counts.items())}.")
