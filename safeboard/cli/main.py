"""The command group and its commands."""

from __future__ import annotations

import click

from safeboard.cli.options import django_setup, workspace_option

ROLE_NAMES = [
    "business-unit",
    "performance-analyst",
    "agency-lead",
    "board-member",
    "cdop-member",
    "case-review-member",
    "independent-chair",
]


class _Group(click.Group):
    """A damaged snapshot ends any command with its message (what and what to do)."""

    def invoke(self, ctx):
        from safeboard.returns.integrity import SnapshotDamagedError

        try:
            return super().invoke(ctx)
        except SnapshotDamagedError as error:
            raise click.ClickException(str(error)) from error


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="safeboard")
def main() -> None:
    """Safeboard runs a local safeguarding children partnership.

    Example:

        safeboard demo --workspace ./demo
    """


@main.command()
@workspace_option
def init() -> None:
    """Create a workspace (or bring an old one up to date): folders, secret key, database.

    Example:

        safeboard init --workspace /srv/safeboard
    """
    from safeboard.workspace import Workspace

    # The one place a production workspace gets its key: production settings
    # refuse to start without one and never make one up.
    Workspace.from_environment().ensure().secret("django_secret_key")
    django_setup(migrate=True)
    from django.conf import settings

    click.echo(f"Workspace ready: {settings.WORKSPACE.root}")


@main.command()
@workspace_option
def demo() -> None:
    """Build a demonstration partnership in the workspace, with one user per role.

    Prints each demo user's random password once; run it again for new ones.

    Example:

        safeboard demo --workspace ./demo
    """
    django_setup(migrate=True)
    from django.conf import settings

    from safeboard.demo.build import demo_build

    result = demo_build(progress=lambda message: click.echo(f"  {message}"))
    click.echo("")
    click.echo(f"Demonstration partnership ready in {settings.WORKSPACE.root}")
    click.echo("The 2017-18 safeguarding dataset, its charts and the annual report:")
    for path in result.exports:
        click.echo(f"  {path}")
    click.echo("Its dashboards: http://127.0.0.1:8000/dashboards/ (after 'safeboard serve').")
    click.echo("Sign in at http://127.0.0.1:8000/ after 'safeboard serve' with one of these:")
    click.echo("")
    width = max(len(u.username) for u in result.users)
    for user in result.users:
        note = " (needs an authenticator app)" if user.two_factor else ""
        click.echo(f"  {user.username:<{width}}  {user.password}  {user.role_label}{note}")
    click.echo("")
    click.echo("The passwords are shown only now. Run 'safeboard demo' again for new ones.")


@main.command()
@workspace_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--workers", default=2, show_default=True, type=int, help="Gunicorn worker processes."
)
def serve(host: str, port: int, workers: int) -> None:
    """Serve the site on the workspace with gunicorn.

    Example:

        safeboard serve --workspace ./demo --port 8000
    """
    django_setup(migrate=True)
    from safeboard.serve import serve_site

    serve_site(host=host, port=port, workers=workers)


@main.command()
@workspace_option
@click.argument("username")
@click.option(
    "--role",
    "roles",
    multiple=True,
    type=click.Choice(ROLE_NAMES),
    help="A role to give the user; repeat for several.",
)
@click.option("--agency", default=None, help="The agency's name, to tie the user to it.")
@click.option("--full-name", default=None, help="The person's name (needed with --agency).")
@click.option("--email", default="", help="E-mail address, used for password reset.")
@click.option("--superuser", is_flag=True, help="Also give the admin site (superusers only).")
def createuser(
    username: str,
    roles: tuple[str, ...],
    agency: str | None,
    full_name: str | None,
    email: str,
    superuser: bool,
) -> None:
    """Create a user with roles and print a random password once.

    Example:

        safeboard createuser jsmith --role agency-lead --agency "Police" --full-name "J Smith"
    """
    django_setup(migrate=True)
    from django.core.exceptions import ValidationError

    from safeboard.access.roles import Role
    from safeboard.accounts.services import UserCreateError, account_create

    try:
        user, password = account_create(
            username=username,
            roles=[Role(r) for r in roles],
            agency_name=agency,
            full_name=full_name or username,
            email=email,
            is_superuser=superuser,
        )
    except (UserCreateError, LookupError) as error:
        raise click.ClickException(str(error)) from error
    except ValidationError as error:
        raise click.ClickException(" ".join(error.messages)) from error
    click.echo(f"Created {user.username}. Password (shown once): {password}")


def _register_area_commands() -> None:
    from safeboard.cli.check import check_command
    from safeboard.cli.dataset import dataset_command
    from safeboard.cli.export import export_command
    from safeboard.cli.operations import backup_command, purge_command, restore_command
    from safeboard.cli.remind import remind_command
    from safeboard.cli.report import report_command
    from safeboard.cli.returns import import_command, pseudonym_command, validate_command
    from safeboard.synth.cli import synth

    for command in (
        import_command,
        validate_command,
        pseudonym_command,
        synth,
        dataset_command,
        check_command,
        export_command,
        remind_command,
        report_command,
        backup_command,
        restore_command,
        purge_command,
    ):
        main.add_command(command)


_register_area_commands()


@main.command(
    context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
    add_help_option=False,
)
@workspace_option
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command on the workspace (migrate, check, shell...).

    Example:

        safeboard manage check --deploy
    """
    django_setup()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["safeboard manage", *args])
