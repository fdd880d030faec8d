"""``safeboard dataset``: the safeguarding dataset of a collection year."""

from __future__ import annotations

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


@click.command("dataset", context_settings=HELP)
@workspace_option
@click.option(
    "--year",
    type=click.IntRange(2010, 2100),
    required=True,
    help="Collection year, as the year it ends: 2018 for 2017/18.",
)
@click.option(
    "--quarter",
    type=click.IntRange(1, 4),
    default=None,
    help="Only the year's quarters up to this one (with the four earlier years).",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["json", "csv"]),
    default="json",
    show_default=True,
    help="JSON: an array of INDICATORS.md output rows; CSV: the same rows.",
)
def dataset_command(year: int, quarter: int | None, output: str) -> None:
    """Compute every indicator for a collection year from the current snapshots.

    Covers the year's four quarters (cumulative from 1 April, or snapshots at
    quarter ends) and the four previous years.

    Example:

        safeboard dataset --year 2018 --format csv > dataset-2017-18.csv
    """
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.dataset.compute import dataset
    from safeboard.dataset.exports import dataset_csv, dataset_json
    from safeboard.dataset.inputs import from_snapshots

    connection = from_snapshots()
    try:
        figures = dataset(connection, year, quarter)
    finally:
        connection.close()
    event_record(
        user=_CommandLineUser(),
        action=Event.Action.EXPORTED,
        area="dataset",
        object_type=f"dataset {output}",
        object_ref=str(year),
        detail={"quarter": quarter, "rows": len(figures)},
    )
    click.echo(
        dataset_json(figures) if output == "json" else dataset_csv(figures), nl=output == "json"
    )
