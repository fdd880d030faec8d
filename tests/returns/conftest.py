"""Fixtures for the returns tests that run real ``safeboard`` processes."""

from __future__ import annotations

import os
import uuid

import pytest
from django.db import connection


@pytest.fixture
def workspace_env(tmp_path, request):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DJANGO_SETTINGS_MODULE", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        {
            "SAFEBOARD_ENV": "development",
            "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
            "SAFEBOARD_WORKSPACE": str(tmp_path / "workspace"),
        }
    )
    if connection.vendor == "postgresql":
        env["DATABASE_URL"] = _fresh_postgres_database(request)
    return env


def _fresh_postgres_database(request) -> str:
    """A database of its own on the suite's PostgreSQL server, dropped afterwards."""
    import psycopg

    settings = connection.settings_dict
    name = f"safeboard_kill_{uuid.uuid4().hex[:10]}"
    dsn = f"host={settings['HOST']} port={settings['PORT']} user={settings['USER']} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(dsn, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    request.addfinalizer(drop)
    return f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{name}"
