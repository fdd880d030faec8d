"""``safeboard check``: the consistency findings over a year's figures."""

from __future__ import annotations

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


@click.command("check", context_settings=HELP)
@workspace_option
@click.option(
    "--year",
    type=click.IntRange(2010, 2100),
    required=True,
    help="Collection year, as the year it ends: 2018 for 2017/18 (the four years before "
    "are checked too).",
)
@click.option(
    "--format",
    "output",
    type=click.Choice(["json", "csv"]),
    default="json",
    show_default=True,
    help="JSON: an array of findings, each with its figures; CSV: a row per figure of "
    "each finding.",
)
@click.pass_context
def check_command(ctx: click.Context, year: int, output: str) -> None:
    """Check the year's figures against each other: computed, returned and published.

    Reports every breach of the consistency rules of INDICATORS.md (one
    quantity one value, ratios against their printed value and the count they
    name, breakdowns against their totals, cumulative figures never falling,
    stock and flow), each naming the figures involved, their source and table,
    the rule and the size of the difference. Exits with status 1 when there
    are findings, 0 when there are none.

    Example:

        safeboard check --year 2018 --format csv > findings-2017-18.csv
    """
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.dataset.consistency import check
    from safeboard.dataset.consistency.output import findings_csv, findings_json
    from safeboard.dataset.consistency.sources import workspace_figures

    figures = workspace_figures(year)
    findings = check(figures)
    event_record(
        user=_CommandLineUser(),
        action=Event.Action.VALIDATED,
        area="dataset",
        object_type=f"consistency check {output}",
        object_ref=str(year),
        detail={"figures": len(figures), "findings": len(findings)},
    )
    click.echo(findings_json(findings) if output == "json" else findings_csv(findings), nl=False)
    ctx.exit(1 if findings else 0)
