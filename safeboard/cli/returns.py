"""``safeboard import``, ``safeboard validate`` and ``safeboard pseudonym``."""

from __future__ import annotations

import getpass
import sys
from datetime import date
from pathlib import Path

import click

from safeboard.cli.options import django_setup, workspace_option

KINDS = [
    "cin",
    "ssda903",
    "contacts",
    "characteristics",
    "population",
    "baseline",
    "published",
    "postcodes",
    "providers",
]
FORMATS = ["table", "csv", "json"]
# Set on each command too: a command invoked on its own (as tests do) must offer
# the same -h as under the group, or click caches the shorter help option.
HELP = {"help_option_names": ["-h", "--help"]}


def _run(kind: str, paths: tuple[Path, ...], year, as_at, output: str, validate_only: bool):
    django_setup(migrate=True)
    from safeboard.returns.pipeline import Status, return_import
    from safeboard.returns.reporting import findings_csv, findings_json, findings_table
    from safeboard.returns.services import import_event_record

    label = "Validating" if validate_only else "Importing"
    with click.progressbar(
        length=1, label=f"{label} {kind}", file=sys.stderr, show_percent=True, show_eta=True
    ) as bar:
        last = [0]

        def progress(done: int, total: int) -> None:
            if bar.length != total:
                bar.length = max(total, 1)
            bar.update(done - last[0])
            last[0] = done

        result = return_import(
            kind=kind,
            paths=list(paths),
            collection_year=year,
            as_at=as_at,
            validate_only=validate_only,
            progress=progress,
        )
    import_event_record(result=result, validate_only=validate_only, user=_CommandLineUser())

    if output == "csv":
        click.echo(findings_csv(result.findings), nl=False)
    elif output == "json":
        click.echo(findings_json(result.findings))
    elif result.findings:
        click.echo(findings_table(result.findings))

    rows = sum(result.row_counts.values())
    summary = {
        Status.IMPORTED: f"Imported {rows:,} rows as snapshot {result.snapshot.pk if result.snapshot else ''}.",
        Status.VALID: f"Valid: {rows:,} rows would be accepted.",
        Status.REFUSED: "Refused: nothing was stored. Correct the errors above and try again.",
        Status.DUPLICATE: result.message,
    }[result.status]
    counts = f" {len(result.errors)} error(s), {len(result.warnings)} warning(s)."
    click.echo(summary + counts, err=True)
    sys.exit(result.exit_code)


class _CommandLineUser:
    """Who ran a command, for the event log: the operating system's user name."""

    is_authenticated = True

    def get_username(self) -> str:
        return f"(command line: {getpass.getuser()})"


def _shared(command):
    command = click.option(
        "--format",
        "output",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="How to print the findings: a table by rule, or every finding as CSV or JSON.",
    )(command)
    command = click.option(
        "--as-at",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="The date the data is as at (YYYY-MM-DD), when the file does not say.",
    )(command)
    command = click.option(
        "--year",
        type=click.IntRange(2010, 2100),
        default=None,
        help="Collection year, as the year it ends (2018 for 2017-18), when the file does not say.",
    )(command)
    command = click.argument(
        "paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path)
    )(command)
    command = click.argument("kind", type=click.Choice(KINDS))(command)
    return workspace_option(command)


def _date(value) -> date | None:
    return value.date() if value is not None else None


@click.command("import", context_settings=HELP)
@_shared
def import_command(kind, paths, year, as_at, output) -> None:
    """Check files of one KIND and keep them as a snapshot if they pass.

    KIND is one of cin, ssda903, contacts, characteristics, population,
    baseline, published, and the reference data postcodes (the ONS Postcode
    Directory) and providers (DfE's lookup of Ofsted's providers), which
    DfE's SSDA903 placement rules read: import them before the return.
    Exit status: 0 imported clean, 1 imported with warnings, 2 refused
    (nothing stored).

    Example:

        safeboard import cin census_2018.xml

        safeboard import postcodes ONSPD_NOV_2026_UK.csv

        safeboard import ssda903 ./ssda903_2018/ --year 2018
    """
    _run(kind, paths, year, _date(as_at), output, validate_only=False)


@click.command("validate", context_settings=HELP)
@_shared
def validate_command(kind, paths, year, as_at, output) -> None:
    """Check files of one KIND without storing anything.

    Exit status: 0 clean, 1 warnings only, 2 it would be refused.

    Example:

        safeboard validate cin census_2018.xml --format csv > findings.csv
    """
    _run(kind, paths, year, _date(as_at), output, validate_only=True)


@click.command("pseudonym", context_settings=HELP)
@workspace_option
@click.argument("child_id")
def pseudonym_command(child_id: str) -> None:
    """Print the pseudonym Safeboard uses for a child id you already hold.

    The lookup is logged (without the id). Nothing maps a pseudonym back to an id.

    Example:

        safeboard pseudonym 12345678
    """
    django_setup(migrate=True)
    from safeboard.returns.services import pseudonym_lookup

    click.echo(pseudonym_lookup(raw_id=child_id, user=_CommandLineUser()))
