"""Options shared by every command, and the Django start-up they need."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import click

from safeboard.workspace import DEFAULT_WORKSPACE, WORKSPACE_ENV


def workspace_option(command):
    """``--workspace DIR``: set before Django starts, so settings read it."""

    @click.option(
        "--workspace",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help=f"The workspace folder (default: ${WORKSPACE_ENV}, else ./{DEFAULT_WORKSPACE}).",
    )
    @functools.wraps(command)
    def wrapper(*args, workspace: Path | None = None, **kwargs):
        if workspace is not None:
            os.environ[WORKSPACE_ENV] = str(workspace.resolve())
        return command(*args, **kwargs)

    return wrapper


def django_setup(*, migrate: bool = False) -> None:
    """Start Django on the chosen workspace; optionally bring its database up to date."""
    import django
    from django.conf import settings

    from safeboard.config.env import settings_module

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", settings_module())
    if not settings.configured or not django.apps.apps.ready:
        django.setup()
    settings.WORKSPACE.ensure()
    if migrate:
        migrate_workspace()


def migrate_workspace() -> None:
    """Bring the database up to date, one process at a time.

    Two commands started together on a new workspace (two imports, say) would
    otherwise both try to create the same tables.
    """
    import fcntl

    from django.conf import settings
    from django.core.management import call_command

    with open(settings.WORKSPACE.root / ".migrate.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            call_command("migrate", interactive=False, verbosity=0)
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)
