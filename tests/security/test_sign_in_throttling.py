"""Sign-in throttling behind the reverse proxy (ASVS 2.2.1).

Five failures lock a user name from the address that tried (tests/test_sign_in.py);
behind nginx every request arrives from loopback, so the address must come from the
proxy's X-Real-IP, and only the proxy may set it.
"""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from tests.factories import TEST_PASSWORD

SIGN_IN = reverse("accounts:sign-in")


def _attempt(client: Client, password: str, **meta):
    return client.post(SIGN_IN, {"username": "board-member", "password": password}, **meta)


def _fail_five_times(**meta) -> None:
    client = Client()
    for _ in range(5):
        _attempt(client, "wrong password", **meta)


def _locked(response) -> bool:
    return response.status_code == 429 or "locked" in response.content.decode().lower()


def test_behind_the_proxy_a_lockout_is_for_the_address_that_tried(users):
    _fail_five_times(HTTP_X_REAL_IP="203.0.113.7")
    # The same name from that address is locked, even with the right password...
    assert _locked(_attempt(Client(), TEST_PASSWORD, HTTP_X_REAL_IP="203.0.113.7"))
    # ...but its owner at another address still signs in.
    response = _attempt(Client(), TEST_PASSWORD, HTTP_X_REAL_IP="198.51.100.20")
    assert response.status_code == 302


def test_the_header_is_ignored_unless_the_proxy_sent_it(users):
    outside = {"REMOTE_ADDR": "192.0.2.50"}
    for n in range(5):
        # A client talking to gunicorn directly cannot pick a new address per try.
        _attempt(Client(), "wrong password", HTTP_X_REAL_IP=f"198.51.100.{n}", **outside)
    assert _locked(_attempt(Client(), TEST_PASSWORD, HTTP_X_REAL_IP="198.51.100.99", **outside))
