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
    type=click.Choice(["json", "csv", "xlsx"]),
    default="json",
    show_default=True,
    help="JSON: an array of INDICATORS.md output rows; CSV: the same rows; xlsx: a workbook "
    "laid out like the report's Appendix A (written to --out).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file instead of the screen (required for xlsx).",
)
@click.option(
    "--published",
    is_flag=True,
    help="Apply disclosure control for publication: small counts and what would reveal "
    "them show as 'c' (JSON and CSV).",
)
def dataset_command(
    year: int, quarter: int | None, output: str, out: str | None, published: bool
) -> None:
    """Compute every indicator for a collection year from the current snapshots.

    Covers the year's four quarters (cumulative from 1 April, or snapshots at
    quarter ends) and the four previous years.

    Example:

        safeboard dataset --year 2018 --format csv > dataset-2017-18.csv

        safeboard dataset --year 2018 --format xlsx --out dataset-2017-18.xlsx

        safeboard dataset --year 2018 --format xlsx --out dataset-2017-18.xlsx
    """
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.dataset.exports import dataset_csv, dataset_json
    from safeboard.dataset.history import dataset_figures

    figures = dataset_figures(year, quarter)
    event_record(
        user=_CommandLineUser(),
        action=Event.Action.EXPORTED,
        area="dataset",
        object_type=f"dataset {output}{' published' if published else ''}",
        object_ref=str(year),
        detail={"quarter": quarter, "rows": len(figures)},
    )
    if published:
        if output == "xlsx":
            raise click.UsageError("--published is for JSON and CSV; the workbook is internal.")
        from safeboard.dataset.disclosure import publish

        rows = [p.as_dict() for p in publish(figures)]
        _write(_as_json(rows) if output == "json" else _as_csv(rows), out)
        return
    if output == "xlsx":
        from safeboard.dataset.workbook import dataset_workbook

        if out is None:
            raise click.UsageError("An Excel workbook needs --out FILE.")
        with open(out, "wb") as handle:
            handle.write(dataset_workbook(figures, collection_year=year))
        click.echo(f"Wrote {out}", err=True)
        return
    _write(dataset_json(figures) + "\n" if output == "json" else dataset_csv(figures), out)


def _write(text: str, out: str | None) -> None:
    if out is not None:
        with open(out, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        click.echo(f"Wrote {out}", err=True)
    else:
        click.echo(text, nl=False)


def _as_json(rows: list[dict]) -> str:
    import json

    return json.dumps(rows, indent=1) + "\n"


def _as_csv(rows: list[dict]) -> str:
    import csv
    import io

    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()
