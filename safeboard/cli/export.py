"""``safeboard export``: the board's records of one area and year."""

from __future__ import annotations

import sys

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


@click.command("export", context_settings=HELP)
@workspace_option
@click.argument("area")
@click.option(
    "--year",
    type=click.IntRange(2000, 2100),
    required=True,
    help="The year, as the year it ends: 2018 for 2017/18 (1 April to 31 March).",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["json", "csv", "xlsx"]),
    default="json",
    show_default=True,
    help="JSON: every table; CSV: one table (--table, else the first); xlsx: a sheet per table.",
)
@click.option(
    "--as",
    "username",
    required=True,
    help="The Safeboard account to export as: its role decides what is included.",
)
@click.option("--table", default=None, help="For CSV: the table to write (default: the first).")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of the screen (required for xlsx).",
)
def export_command(
    area: str, year: int, output: str, username: str, table: str | None, out: str | None
) -> None:
    """Export an area of the board's records for a year, as the roles allow.

    AREA is one of the board's areas: governance, budget, training,
    agency-reports, actions, audits, policies (``safeboard export list``
    prints those installed). Each export is recorded in the event log.

    Example:

        safeboard export budget --year 2018 --format xlsx --as demo-business-unit --out budget.xlsx
    """
    django_setup(migrate=True)
    from django.contrib.auth import get_user_model
    from django.core.exceptions import PermissionDenied

    from safeboard.records.areas import board_area, board_areas
    from safeboard.records.services import area_export

    if area == "list":
        for known in board_areas().values():
            click.echo(f"{known.name:<16} {known.label}: {known.description}")
        return
    chosen = board_area(area)
    if chosen is None:
        names = ", ".join(board_areas())
        raise click.UsageError(f"There is no area '{area}'. Choose one of: {names}.")
    user = get_user_model().objects.filter(username=username, is_active=True).first()
    if user is None:
        raise click.UsageError(
            f"No active account is named '{username}'. Create one with safeboard createuser."
        )
    if output == "xlsx" and out is None:
        raise click.UsageError("An Excel workbook needs --out FILE.")
    try:
        content, name = area_export(user=user, area=chosen, year=year, fmt=output, table=table)
    except PermissionDenied as refused:
        click.echo(f"Refused: {refused}", err=True)
        sys.exit(2)
    except LookupError as unknown:
        raise click.UsageError(str(unknown)) from unknown
    if out is None:
        sys.stdout.buffer.write(content)
    else:
        with open(out, "wb") as handle:
            handle.write(content)
        click.echo(f"Wrote {out} ({name}).", err=True)
