"""Tests that keep the documentation honest (after Datasette's and sqlite-utils').

docs/cli.md is generated from the live ``--help`` of every command; regenerate it
after changing a command with:

    .venv/bin/python -m tests.test_docs

The README must name every dependency, every role, every settings variable and
every package of the code; every ADR must have its three sections.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

if __name__ == "__main__":
    # Run as a script to rewrite docs/cli.md: start Django as pytest-django would.
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "safeboard.config.settings.test")
    django.setup()

import pytest  # noqa: E402

from safeboard.access.roles import ROLES  # noqa: E402
from tests.test_cli import COMMANDS, PASS_THROUGH, PROG_NAME, command_help  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CLI_DOC = ROOT / "docs" / "cli.md"
ADR_DIR = ROOT / "docs" / "adr"
ADR_NAME = re.compile(r"^(\d{4})-[a-z0-9-]+\.md$")
ADR_SECTIONS = ("Context", "Decision", "Consequences")
REGENERATE = ".venv/bin/python -m tests.test_docs"
# The npm package and the Debian packages the README must explain as well.
OTHER_DEPENDENCIES = ("govuk-frontend", "chromium", "postgresql")

CLI_DOC_INTRO = f"""\
# The `safeboard` command line

<!-- Generated from the live `--help` by `{REGENERATE}`; do not edit by hand.
     tests/test_docs.py fails when this file and the commands differ. -->

Every command works on one workspace folder, chosen by `--workspace DIR` or
`SAFEBOARD_WORKSPACE` (default `./workspace`); see the README. After `make demo`
the command is `.venv/bin/safeboard`.
"""

CLI_DOC_NOTES = {
    "manage": (
        "`safeboard manage` hands every argument, `--help` included, to Django: "
        "`safeboard manage --help` lists Django's management commands and "
        "`safeboard manage help migrate` explains one. The text above is the "
        "command's own help."
    ),
}


# --- the generator ------------------------------------------------------------


def _section(heading: str, help_text: str, note: str | None = None) -> str:
    text = f"## {heading}\n\n```text\n{help_text}\n```\n"
    return text + (f"\n{note}\n" if note else "")


def render_cli_doc() -> str:
    """The whole of docs/cli.md, from the commands as they are now."""
    sections = [_section(PROG_NAME, command_help())]
    sections += [
        _section(f"{PROG_NAME} {name}", command_help(name), CLI_DOC_NOTES.get(name))
        for name in COMMANDS
    ]
    return "\n".join([CLI_DOC_INTRO, *sections])


def write_cli_doc() -> Path:
    CLI_DOC.parent.mkdir(parents=True, exist_ok=True)
    CLI_DOC.write_text(render_cli_doc(), encoding="utf-8")
    return CLI_DOC


# --- reading the documents --------------------------------------------------------


def _read(path: Path) -> str:
    assert path.exists(), f"{path.relative_to(ROOT)} is missing"
    return path.read_text(encoding="utf-8")


def documented_help(doc: str) -> dict[str, str]:
    """``{"safeboard NAME": help text}`` for each section of docs/cli.md."""
    pattern = re.compile(r"^## (safeboard(?: [a-z0-9-]+)?)\n\n```text\n(.*?)\n```$", re.M | re.S)
    return {heading: text for heading, text in pattern.findall(doc)}


def markdown_section(text: str, heading: str) -> str:
    """The body of the ``## heading`` section, up to the next ``## `` heading."""
    match = re.search(rf"^## {re.escape(heading)}\s*\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no '## {heading}' section in: {text[:60]!r}..."
    return match.group(1)


def _requirement_name(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip()).group(0)


def pyproject_dependencies() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = project["project"]["dependencies"] + project["dependency-groups"]["dev"]
    return [_requirement_name(r) for r in requirements if isinstance(r, str)]


def adr_files() -> list[Path]:
    return sorted(path for path in ADR_DIR.glob("*.md") if ADR_NAME.match(path.name))


# --- docs/cli.md ----------------------------------------------------------------------


@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_is_documented(name):
    assert f"{PROG_NAME} {name}" in documented_help(_read(CLI_DOC)), (
        f"docs/cli.md has no '## {PROG_NAME} {name}': run {REGENERATE}"
    )


@pytest.mark.parametrize("name", [None, *COMMANDS])
def test_documented_help_is_the_live_help(name):
    heading = PROG_NAME if name is None else f"{PROG_NAME} {name}"
    documented = documented_help(_read(CLI_DOC)).get(heading)
    assert documented == command_help(name), (
        f"the help of '{heading}' in docs/cli.md is out of date: run {REGENERATE}"
    )


def test_cli_doc_is_exactly_what_the_generator_writes():
    """Catches sections of removed commands and hand edits as well."""
    assert _read(CLI_DOC) == render_cli_doc(), f"docs/cli.md is out of date: run {REGENERATE}"


def test_pass_through_commands_explain_their_help():
    for name in PASS_THROUGH:
        assert name in CLI_DOC_NOTES


# --- README.md --------------------------------------------------------------------------


def test_quick_start_is_make_demo_then_make_test():
    quick_start = markdown_section(_read(README), "Quick start")
    commands = [
        line.strip()
        for block in re.findall(r"```[a-z]*\n(.*?)```", quick_start, re.S)
        for line in block.splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    assert commands == ["make demo", "make test"]


@pytest.mark.parametrize("name", pyproject_dependencies() + list(OTHER_DEPENDENCIES))
def test_every_dependency_is_explained_in_the_readme(name):
    section = markdown_section(_read(README), "Dependencies and why each is there")
    assert re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", section, re.I), (
        f"README.md's dependencies section does not say why {name} is there"
    )


@pytest.mark.parametrize("role", [role.value for role in ROLES])
def test_every_role_is_in_the_readme(role):
    assert f"`{role}`" in markdown_section(_read(README), "Roles")


def _settings_variables() -> set[str]:
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "safeboard" / "config").rglob("*.py")
    )
    return set(re.findall(r"env_(?:str|bool|int|list)\(\s*\"([A-Z][A-Z0-9_]*)\"", source))


def test_there_are_settings_variables():
    assert {"SAFEBOARD_SECRET_KEY", "SAFEBOARD_ALLOWED_HOSTS", "DATABASE_URL"} <= (
        _settings_variables()
    )


@pytest.mark.parametrize("variable", sorted(_settings_variables()))
def test_every_settings_variable_is_in_the_readme(variable):
    assert f"`{variable}`" in _read(README)


def _code_folders() -> list[str]:
    packages = sorted(
        path.parent.relative_to(ROOT).as_posix()
        for path in (ROOT / "safeboard").glob("*/__init__.py")
    )
    return [*packages, "tests", "tests/browser", "scripts", "docs", "docs/adr"]


@pytest.mark.parametrize("folder", _code_folders())
def test_every_folder_is_on_the_map_of_the_code(folder):
    assert f"`{folder}/`" in markdown_section(_read(README), "Map of the code"), (
        f"README.md's map of the code does not describe {folder}/"
    )


# --- docs/adr ----------------------------------------------------------------------------


def test_adrs_are_numbered_from_one_without_gaps():
    numbers = [int(ADR_NAME.match(path.name).group(1)) for path in adr_files()]
    assert numbers, "docs/adr has no decision records"
    assert numbers == list(range(1, len(numbers) + 1))


@pytest.mark.parametrize("path", adr_files(), ids=lambda path: path.name)
def test_every_adr_has_context_decision_and_consequences(path):
    text = _read(path)
    number = int(ADR_NAME.match(path.name).group(1))
    assert re.match(rf"# {number}\. \S", text), f"{path.name} must open with '# {number}. Title'"
    headings = re.findall(r"^## (.+?)\s*$", text, re.M)
    for section in ADR_SECTIONS:
        assert section in headings, f"{path.name} has no '## {section}' section"
        body = markdown_section(text, section)
        assert body.strip(), f"{path.name}: '## {section}' is empty"


@pytest.mark.parametrize("path", adr_files(), ids=lambda path: path.name)
def test_every_adr_is_in_the_index(path):
    assert f"]({path.name})" in _read(ADR_DIR / "README.md")


if __name__ == "__main__":
    written = write_cli_doc()
    print(f"wrote {written.relative_to(ROOT)}", file=sys.stderr)
