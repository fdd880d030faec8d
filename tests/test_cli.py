"""The ``safeboard`` command line: every command and option is explained, and
``createuser`` makes a working account with a random password.

``command_help`` is also what ``tests/test_docs.py`` writes into docs/cli.md.
"""

from __future__ import annotations

import re
from importlib.metadata import version

import click
import pytest
from click.testing import CliRunner

from safeboard.accounts.models import User
from safeboard.accounts.services import USER_EXISTS
from safeboard.cli import main
from safeboard.partnership.models import Person
from safeboard.partnership.services import AGENCY_NOT_FOUND
from tests.factories import TEST_PASSWORD

PROG_NAME = "safeboard"
# Click writes help at most 78 columns wide (80 less a margin), so this is exactly
# what `safeboard NAME --help` prints in any terminal 80 columns wide or more
# (`COLUMNS=100 .venv/bin/safeboard NAME --help`), whatever the test's terminal.
TERMINAL_WIDTH = 78
# Commands that hand all their arguments, --help included, to another program:
# their own help is only reachable through click, not through `--help`.
PASS_THROUGH = {"manage"}
COMMANDS = sorted(main.commands)
PASSWORD_LINE = re.compile(r"Password \(shown once\): (\S+)$", re.MULTILINE)


def command_help(name: str | None = None) -> str:
    """The help of ``safeboard NAME`` (of ``safeboard`` itself when ``name`` is None).

    The same text ``safeboard NAME --help`` prints in a wide terminal, without the
    final newline; for a pass-through command, the help click holds for it.
    """
    settings = {**main.context_settings, "terminal_width": TERMINAL_WIDTH}
    with click.Context(main, info_name=PROG_NAME, **settings) as parent:
        if name is None:
            return main.get_help(parent)
        command = main.commands[name]
        with click.Context(
            command, info_name=name, parent=parent, **command.context_settings
        ) as context:
            return command.get_help(context)


def invoke(*args: str):
    return CliRunner().invoke(
        main, list(args), prog_name=PROG_NAME, terminal_width=TERMINAL_WIDTH, catch_exceptions=False
    )


def documented_options(command: click.Command) -> list[click.Option]:
    """The options a user types: not the automatic --help, not hidden ones."""
    context = click.Context(command, info_name=command.name)
    help_option = command.get_help_option(context)
    return [
        param
        for param in command.get_params(context)
        if isinstance(param, click.Option) and param is not help_option and not param.hidden
    ]


def test_the_group_has_help_with_an_example():
    assert main.help
    assert "Example:" in command_help()


def test_there_are_commands():
    assert {"init", "demo", "serve", "createuser", "manage"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_has_help(name):
    command = main.commands[name]
    assert (command.help or "").strip(), f"safeboard {name} has no docstring"
    assert (command.short_help or command.help.splitlines()[0]).strip()


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_help_has_an_example(name):
    assert "Example:" in command_help(name)
    example = command_help(name).split("Example:", 1)[1]
    assert f"safeboard {name}" in example, f"the example of safeboard {name} does not run it"


@pytest.mark.parametrize("name", sorted(set(COMMANDS) - PASS_THROUGH))
def test_help_option_prints_the_help(name):
    result = invoke(name, "--help")
    assert result.exit_code == 0, result.output
    assert result.output == command_help(name) + "\n"


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_every_option_has_help(name):
    command = main if name is None else main.commands[name]
    for option in documented_options(command):
        assert (option.help or "").strip(), f"{option.opts} of safeboard {name or ''} has no help"


def test_manage_passes_help_through_to_django():
    command = main.commands["manage"]
    assert not command.add_help_option
    result = invoke("manage", "--help")
    assert result.exit_code == 0, result.output
    assert "Available subcommands" in result.output
    assert "migrate" in result.output


def test_version():
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.output.strip() == f"{PROG_NAME}, version {version('safeboard')}"


def _password(output: str) -> str:
    match = PASSWORD_LINE.search(output)
    assert match, f"no password in: {output!r}"
    return match.group(1)


def test_createuser_creates_a_user_with_the_role(partnership):
    result = invoke(
        "createuser",
        "jsmith",
        "--role",
        "agency-lead",
        "--agency",
        "Testshire Police",
        "--full-name",
        "Jo Smith",
        "--email",
        "jo.smith@example.org",
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("Created jsmith.")
    password = _password(result.output)

    user = User.objects.get(username="jsmith")
    assert sorted(user.groups.values_list("name", flat=True)) == ["agency-lead"]
    assert user.check_password(password)
    assert user.person.agency.name == "Testshire Police"
    assert user.person.full_name == "Jo Smith"
    assert user.email == "jo.smith@example.org"
    assert not user.is_superuser


def test_createuser_gives_each_user_a_different_random_password(partnership):
    first = invoke("createuser", "first-user", "--role", "board-member")
    second = invoke("createuser", "second-user", "--role", "board-member")
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    first_password, second_password = _password(first.output), _password(second.output)
    assert first_password != second_password
    assert TEST_PASSWORD not in (first_password, second_password)
    assert User.objects.get(username="first-user").check_password(first_password)
    assert User.objects.get(username="second-user").check_password(second_password)


def test_createuser_refuses_an_existing_name(partnership):
    assert invoke("createuser", "twice", "--role", "board-member").exit_code == 0
    result = invoke("createuser", "twice", "--role", "board-member")
    assert result.exit_code == 1
    assert USER_EXISTS.format(username="twice") in result.output
    assert User.objects.filter(username="twice").count() == 1


def test_createuser_refuses_an_unknown_agency(partnership):
    result = invoke("createuser", "nobody", "--role", "agency-lead", "--agency", "No Such Agency")
    assert result.exit_code == 1
    assert AGENCY_NOT_FOUND.format(name="No Such Agency") in result.output
    assert not User.objects.filter(username="nobody").exists()


def test_a_refused_createuser_leaves_no_person_behind(partnership):
    assert invoke("createuser", "taken", "--role", "board-member").exit_code == 0
    people = Person.objects.count()
    result = invoke("createuser", "taken", "--role", "agency-lead", "--agency", "Testshire Police")
    assert result.exit_code == 1
    assert Person.objects.count() == people
