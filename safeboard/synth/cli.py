"""``safeboard synth``: write a synthetic partnership's input files (registered in the CLI group)."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import click

from safeboard.synth.generate import FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR


@click.command("synth", context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--children",
    type=click.IntRange(min=1),
    default=12_000,
    show_default=True,
    help="Children the local authority works with in a year; 12,000 gives the source "
    "report's shapes (about 10,000 referrals) and every count scales with it.",
)
@click.option(
    "--years",
    type=click.IntRange(min=1, max=LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1),
    default=1,
    show_default=True,
    help="How many collection years to write, ending with --last-year.",
)
@click.option(
    "--seed",
    type=int,
    default=1,
    show_default=True,
    help="Random seed: the same seed and options give byte-identical files.",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the files to (created if missing; files of the same name are "
    "overwritten).",
)
@click.option(
    "--last-year",
    type=click.IntRange(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR),
    default=2018,
    show_default=True,
    help="The last collection year, named by the year it ends (2018 is 2017-18).",
)
@click.option(
    "--with-errors",
    is_flag=True,
    help="Also write a few deliberately broken rows, each breaking one named check, "
    "to exercise validation.",
)
def synth(
    children: int, years: int, seed: int, out: Path, last_year: int, with_errors: bool
) -> None:
    """Write synthetic returns of every kind for a county of five districts.

    For each collection year: the CIN census XML, the SSDA903 tables and the
    contacts list; once: child characteristics, population and baseline
    shares. Every child and identifier is invented.

    Example:

        safeboard synth --children 12000 --years 5 --seed 1 --out ./synthetic
    """
    from safeboard.synth.generate import synth_write

    if last_year - years + 1 < FIRST_SUPPORTED_YEAR:
        raise click.BadParameter(
            f"{years} years ending {last_year} would start before {FIRST_SUPPORTED_YEAR}; "
            "use fewer years or a later --last-year.",
            param_hint="--years",
        )
    with ExitStack() as stack:
        state = {"bar": None, "shown": 0}

        def progress(done: int, total: int) -> None:
            if state["bar"] is None:
                state["bar"] = stack.enter_context(
                    click.progressbar(length=total, label="Generating children")
                )
            state["bar"].update(done - state["shown"])
            state["shown"] = done

        summary = synth_write(
            children=children,
            years=years,
            seed=seed,
            out=out,
            last_year=last_year,
            progress=progress,
            errors=with_errors,
        )
    click.echo(
        f"Wrote {len(summary.files)} files for {summary.children_written:,} children to {out}"
    )
    for line in summary.lines():
        click.echo(f"  {line}")
    if with_errors:
        broken = ", ".join(f"{name} {count}" for name, count in summary.broken.items())
        click.echo(f"Deliberately broken rows: {broken}")
