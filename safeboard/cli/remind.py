"""``safeboard remind``: the day's reminder e-mails, each sent once."""

from __future__ import annotations

from datetime import date

import click

from safeboard.cli.options import django_setup, workspace_option

HELP = {"help_option_names": ["-h", "--help"]}


@click.command("remind", context_settings=HELP)
@workspace_option
@click.option(
    "--dry-run",
    is_flag=True,
    help="List what would be sent, and send and record nothing.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="Run as if it were this day; default: today.",
)
def remind_command(dry_run: bool, today) -> None:
    """Send the reminders due today: actions coming due and overdue, agency returns due,
    and every other registered source (policy reviews...).

    Each reminder goes once for each stage (coming due, overdue): what was sent is
    recorded, so the command can run every day from a scheduler such as cron.
    Prints a summary per source. E-mail goes through the configured mail backend.

    Example:

        safeboard remind --dry-run --today 2018-04-16
    """
    django_setup(migrate=True)
    from django.utils import timezone

    from safeboard.cli.returns import _CommandLineUser
    from safeboard.reminders.services import reminders_send

    day: date = today.date() if today is not None else timezone.localdate()
    result = reminders_send(today=day, dry_run=dry_run, user=_CommandLineUser())
    verb = "Would send" if dry_run else "Sent"
    for source, item in result.sent:
        click.echo(f"{verb} ({source}, {len(item.recipients)} recipient(s)): {item.subject}")
    click.echo(f"Reminders for {day:%d %B %Y}{' (dry run: nothing sent)' if dry_run else ''}:")
    for counts in result.counts:
        click.echo(
            f"  {counts.label}: {counts.due} due, {counts.sent} "
            f"{'to send' if dry_run else 'sent'} ({counts.emails} e-mails), "
            f"{counts.already_sent} sent before, {counts.no_recipients} with no recipient"
        )
