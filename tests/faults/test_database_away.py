"""The database going away: an error page without details, then back to work.

PostgreSQL: the site runs for real (``safeboard serve``, gunicorn, one worker so
every request reuses the worker's persistent connection) on a database of its
own. A second connection then takes the database away under it:
``pg_terminate_backend`` kills the worker's connection between requests, and
``ALLOW_CONNECTIONS false`` keeps it away for a while (as a server that is down
does), until it is allowed back.

SQLite has no server to go away: its "database gone" is its file gone (moved
away, as by a restore or an unmounted disk), which ``test_the_sqlite_file_going_away``
takes away and brings back under a running site. A locked file makes a writer
wait for the busy timeout (20 s) and then fail as any database error does:
not tested here, as it would only repeat the error page after 20 s.
"""

from __future__ import annotations

import http.cookiejar
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
# Words that would mean the error page leaks how the site is built.
DETAILS = ("Traceback", "psycopg", "OperationalError", "sqlite", "safeboard_", 'File "')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Browser:
    """A signed-in visitor: cookies kept, errors returned as pages."""

    def __init__(self, base: str):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base + path))  # noqa: S310 (http only)

    def post(self, path: str, data: dict) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode()
        request = urllib.request.Request(self.base + path, data=body)  # noqa: S310
        request.add_header("Referer", self.base + path)
        return self._open(request)

    def _open(self, request) -> tuple[int, str]:
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def sign_in(self, username: str, password: str) -> None:
        _, page = self.get("/accounts/sign-in/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, page = self.post(
            "/accounts/sign-in/",
            {"csrfmiddlewaretoken": token, "username": username, "password": password},
        )
        assert status == 200, page
        assert f"Signed in as <strong>{username}</strong>" in page


def _wait_for(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            with urllib.request.urlopen(base + "/accounts/sign-in/", timeout=5):  # noqa: S310
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the site did not start")


@pytest.fixture
def site(workspace_env):
    """The site served by gunicorn on its own database, and a signed-in board member."""
    made = subprocess.run(  # noqa: S603
        [SAFEBOARD, "createuser", "reader", "--role", "board-member"],
        env=workspace_env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    password = re.search(r"Password \(shown once\): (\S+)", made.stdout).group(1)
    port = _free_port()
    server = subprocess.Popen(  # noqa: S603
        [SAFEBOARD, "serve", "--port", str(port), "--workers", "1"],
        env=workspace_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_for(base, server)
        browser = Browser(base)
        browser.sign_in("reader", password)
        yield browser, workspace_env
    finally:
        server.terminate()
        server.wait(timeout=60)


def _admin(sql: str, database: str) -> None:
    """Runs ``sql`` from a second connection, as the database's administrator."""
    import psycopg

    settings = connection.settings_dict
    dsn = f"host={settings['HOST']} port={settings['PORT']} user={settings['USER']} dbname=postgres"
    with psycopg.connect(dsn, autocommit=True) as admin:
        admin.execute(sql.format(database=database))


def _assert_error_page(status: int, page: str) -> None:
    assert status == 500
    assert "Sorry, there is a problem with Safeboard" in page
    assert "Try again later" in page
    for detail in DETAILS:
        assert detail not in page, detail


TERMINATE = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = '{database}' AND pid <> pg_backend_pid()"
)


@pytest.mark.django_db
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs a database server to take away"
)
def test_the_database_going_away_and_coming_back(site):
    browser, env = site
    database = env["DATABASE_URL"].rsplit("/", 1)[1]
    assert browser.get("/")[0] == 200

    # The worker's connection is killed between two requests: the health check
    # (CONN_HEALTH_CHECKS) finds it dead and the next request simply reconnects.
    _admin(TERMINATE, database)
    status, page = browser.get("/")
    assert status == 200, page

    # The database is away: the page says so plainly, with nothing of the cause.
    _admin('ALTER DATABASE "{database}" ALLOW_CONNECTIONS false', database)
    _admin(TERMINATE, database)
    _assert_error_page(*browser.get("/"))

    # It comes back: the next request works, still signed in (the session was kept).
    _admin('ALTER DATABASE "{database}" ALLOW_CONNECTIONS true', database)
    status, page = browser.get("/")
    assert status == 200, page
    assert "Signed in as <strong>reader</strong>" in page


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite file (PostgreSQL above)")
def test_the_sqlite_file_going_away(site, tmp_path):
    browser, env = site
    assert browser.get("/")[0] == 200
    workspace = Path(env["SAFEBOARD_WORKSPACE"])
    kept = tmp_path / "kept"
    kept.mkdir()
    files = sorted(workspace.glob("safeboard.sqlite3*"))  # the file, its WAL and index

    for path in files:
        path.rename(kept / path.name)
    # The next connection finds no database (SQLite makes an empty one in its place).
    _assert_error_page(*browser.get("/"))

    for path in workspace.glob("safeboard.sqlite3*"):
        path.unlink()
    for path in files:
        (kept / path.name).rename(path)
    status, page = browser.get("/")
    assert status == 200, page
    assert "Signed in as <strong>reader</strong>" in page
