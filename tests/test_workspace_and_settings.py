"""Workspaces keep their own secrets and data; production settings are strict."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from safeboard.workspace import Workspace, WorkspaceError

ROOT = Path(__file__).resolve().parents[1]


def test_secret_is_created_once_with_mode_0600(tmp_path):
    workspace = Workspace(tmp_path / "ws")
    first = workspace.secret("django_secret_key")
    assert workspace.secret("django_secret_key") == first
    mode = stat.S_IMODE(os.stat(workspace.secret_path("django_secret_key")).st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(os.stat(workspace.secrets_dir).st_mode) == 0o700
    assert len(first) >= 50


def test_two_workspaces_get_different_secrets(tmp_path):
    one = Workspace(tmp_path / "one").secret("django_secret_key")
    two = Workspace(tmp_path / "two").secret("django_secret_key")
    assert one != two


def test_missing_secret_is_not_created_when_told_not_to(tmp_path):
    with pytest.raises(WorkspaceError, match="has no secret 'pseudonym_key'"):
        Workspace(tmp_path).secret("pseudonym_key", create=False)


# What the test process may have set that a real deployment never has.
NOT_INHERITED = {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    return subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


PRODUCTION = {
    "SAFEBOARD_ENV": "production",
    "SAFEBOARD_SECRET_KEY": "x" * 30 + "a-long-random-production-key-for-the-test-only",
    "SAFEBOARD_ALLOWED_HOSTS": "safeboard.example.org",
}


def test_production_passes_the_deploy_check(tmp_path):
    result = _run(
        ["check", "--deploy", "--fail-level", "DEBUG"],
        {**PRODUCTION, "SAFEBOARD_WORKSPACE": str(tmp_path)},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = {**PRODUCTION, "SAFEBOARD_SECRET_KEY": "", "SAFEBOARD_WORKSPACE": str(tmp_path)}
    result = _run(["check"], env)
    assert result.returncode != 0
    assert "Production needs a secret key" in result.stderr
    # And it did not make one up.
    assert not (tmp_path / "secrets" / "django_secret_key").exists()


def test_production_refuses_to_start_without_allowed_hosts(tmp_path):
    env = {**PRODUCTION, "SAFEBOARD_ALLOWED_HOSTS": "", "SAFEBOARD_WORKSPACE": str(tmp_path)}
    result = _run(["check"], env)
    assert result.returncode != 0
    assert "Production needs SAFEBOARD_ALLOWED_HOSTS" in result.stderr


def test_production_uses_the_workspace_key_when_present(tmp_path):
    Workspace(tmp_path).secret("django_secret_key")
    env = {**PRODUCTION, "SAFEBOARD_SECRET_KEY": "", "SAFEBOARD_WORKSPACE": str(tmp_path)}
    assert _run(["check"], env).returncode == 0


def test_unknown_environment_is_refused(tmp_path):
    result = _run(["check"], {"SAFEBOARD_ENV": "staging", "SAFEBOARD_WORKSPACE": str(tmp_path)})
    assert result.returncode != 0
    assert "SAFEBOARD_ENV is 'staging'" in result.stderr


def test_security_headers_on_every_response(client, db):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self' 'nonce-" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_workspaces_do_not_share_data(tmp_path):
    """Two demo workspaces: a user made in one does not exist in the other."""
    code = (
        "import django, os; django.setup();"
        "from safeboard.accounts.models import User;"
        "from django.core.management import call_command;"
        "call_command('migrate', verbosity=0);"
        "import sys; name=sys.argv[1];"
        "User.objects.get_or_create(username=name) if name!='-' else None;"
        "print(sorted(User.objects.values_list('username', flat=True)))"
    )
    base = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    outputs = []
    for folder, name in (("a", "alice"), ("b", "bob"), ("a", "-")):
        env = {
            **base,
            "SAFEBOARD_ENV": "development",
            "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
            "SAFEBOARD_WORKSPACE": str(tmp_path / folder),
        }
        result = subprocess.run(  # noqa: S603
            [sys.executable, "-c", code, name],
            env=env,
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
            check=True,
        )
        outputs.append(result.stdout.strip())
    assert outputs == ["['alice']", "['bob']", "['alice']"]


def test_init_prepares_a_production_workspace(tmp_path):
    """`safeboard init` makes the key that production then needs, and nothing else does."""
    base = {k: v for k, v in os.environ.items() if k not in NOT_INHERITED}
    env = {**base, **PRODUCTION, "SAFEBOARD_SECRET_KEY": "", "SAFEBOARD_WORKSPACE": str(tmp_path)}
    safeboard = Path(sys.executable).parent / "safeboard"
    result = subprocess.run(  # noqa: S603
        [str(safeboard), "init"], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secrets" / "django_secret_key").exists()
    assert _run(["check", "--deploy"], env).returncode == 0
