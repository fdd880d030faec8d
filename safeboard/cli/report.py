"""``safeboard report``: build a year's annual report into a folder."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


@click.command("report", context_settings=HELP)
@workspace_option
@click.option(
    "--year",
    type=click.IntRange(2000, 2100),
    required=True,
    help="The year it reports on, as the year it ends: 2018 for 2017/18.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="The folder to write into (made if missing): the HTML, the PDF, the dataset "
    "workbook and inputs.json.",
)
@click.option("--no-pdf", is_flag=True, help="Write the HTML only (faster, for checking the text).")
def report_command(year: int, out: Path, no_pdf: bool) -> None:
    """Build the annual report for a year from the records and the dataset.

    Writes annual-report.html (one accessible page), annual-report.pdf (A4,
    tagged, with contents and page numbers), the published dataset workbook
    and inputs.json (every snapshot and record version the build read).
    Published figures apply disclosure control. Exits with status 1 when the
    build could not be published as it stands (a cited fact is unknown or its
    figures have a consistency finding), after printing why.

    Example:

        safeboard report --year 2018 --out report-2017-18
    """
    django_setup(migrate=True)
    from safeboard.audit.models import Event
    from safeboard.audit.services import event_record
    from safeboard.cli.returns import _CommandLineUser
    from safeboard.partnership.models import Partnership
    from safeboard.report.build import report_build
    from safeboard.report.services import report_for_year

    partnership = Partnership.objects.order_by("pk").first()
    if partnership is None:
        raise click.UsageError("This workspace has no partnership yet: run safeboard init or demo.")
    report = report_for_year(partnership=partnership, year=year)
    who = _CommandLineUser()
    result = report_build(
        report=report,
        out=out.resolve(),
        built_by=who.get_username(),
        pdf=not no_pdf,
        progress=lambda message: click.echo(f"  {message}", err=True),
    )
    event_record(
        user=who,
        action=Event.Action.EXPORTED,
        area="report",
        object_type="annual report",
        object_ref=str(year),
        detail={"build": result.build.pk, "files": [p.name for p in result.files]},
    )
    for path in result.files:
        click.echo(str(path))
    if result.blockers:
        click.echo("This build cannot be published as it stands:", err=True)
        for blocker in result.blockers:
            click.echo(f"  - {blocker}", err=True)
        sys.exit(1)
