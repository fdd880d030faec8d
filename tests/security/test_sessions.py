"""Sessions end: idle for SAFEBOARD_SESSION_IDLE_MINUTES, or SESSION_COOKIE_AGE after sign-in.

Time is moved by rewriting the session's own timestamps (what a clock moving
forward would leave behind), not by mocking anything.
"""

from __future__ import annotations

import time

import pytest
from django.conf import settings

from safeboard.access.roles import Role
from safeboard.accounts.middleware import LAST_SEEN_AT, SIGNED_IN_AT
from tests.factories import TEST_PASSWORD


@pytest.fixture
def member(client, users):
    assert _sign_in(client).status_code == 302
    assert client.get("/home/").status_code == 200  # the first signed-in request starts the clocks
    return users[Role.BOARD_MEMBER]


def _sign_in(client):
    return client.post(
        "/accounts/sign-in/", {"username": "board-member", "password": TEST_PASSWORD}
    )


def _age(client, *, idle: int = 0, since_sign_in: int = 0) -> None:
    session = client.session
    now = int(time.time())
    session[LAST_SEEN_AT] = now - idle
    session[SIGNED_IN_AT] = now - since_sign_in
    session.save()


def _signed_in(client) -> bool:
    response = client.get("/board/")
    return response.status_code == 200


def test_the_limits_are_thirty_minutes_idle_and_a_working_day():
    assert settings.SAFEBOARD_SESSION_IDLE_MINUTES == 30
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY


def test_a_session_used_within_the_idle_limit_goes_on(client, member):
    _age(client, idle=29 * 60, since_sign_in=2 * 60 * 60)
    assert _signed_in(client)
    # ...and using it moved the last-seen time on.
    assert time.time() - client.session[LAST_SEEN_AT] < 5


def test_an_idle_session_is_signed_out_and_sent_to_sign_in(client, member):
    _age(client, idle=31 * 60)
    response = client.get("/board/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/sign-in/?next=/board/")
    # Signed out for good, not just for this request.
    assert "_auth_user_id" not in client.session
    assert not _signed_in(client)


def test_a_busy_session_still_ends_a_working_day_after_sign_in(client, member):
    _age(client, idle=10, since_sign_in=8 * 60 * 60 + 1)
    response = client.get("/board/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_the_idle_limit_is_a_setting(client, member, settings):
    settings.SAFEBOARD_SESSION_IDLE_MINUTES = 5
    _age(client, idle=6 * 60)
    assert not _signed_in(client)


def test_signing_in_again_after_a_timeout_works(client, member):
    _age(client, idle=31 * 60)
    client.get("/board/")
    assert _sign_in(client).status_code == 302
    assert _signed_in(client)


def test_signing_in_gives_a_new_session_key(client, users):
    """No session fixation (ASVS 3.2.1): the key before sign-in is not the key after."""
    client.get("/accounts/sign-in/")
    session = client.session
    session["before"] = True
    session.save()
    before = session.session_key
    assert _sign_in(client).status_code == 302
    assert client.session.session_key != before


def test_signing_out_ends_the_session_on_the_server(client, member):
    """ASVS 3.3.1: the old key no longer signs anyone in, whatever the browser keeps."""
    old = client.cookies[settings.SESSION_COOKIE_NAME].value
    client.post("/accounts/sign-out/")
    replay = type(client)()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old
    assert replay.get("/board/").status_code == 302


def test_pages_for_a_signed_in_user_are_never_cached(client, member):
    """ASVS 8.2.1: after sign-out, the browser has nothing of them to show."""
    for path in ("/home/", "/board/", "/partnership/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "no-store" in cache_control
        assert "private" in cache_control


def test_a_download_keeps_its_own_cache_rule(client, member):
    """A response that already says how to cache it is left alone."""
    response = client.get("/static/safeboard/init.js")
    assert "no-store" not in response.get("Cache-Control", "")
