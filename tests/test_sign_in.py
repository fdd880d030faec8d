"""Signing in: passwords, lockout, two-factor set-up and check, reset by e-mail."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from safeboard.access.roles import Role
from safeboard.accounts.forms import CODE_INVALID_MESSAGE
from tests.factories import TEST_PASSWORD, make_totp_device


def _code(device: TOTPDevice, *, offset_steps: int = 0) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift + offset_steps):06d}"


def _sign_in(client, username: str, password: str = TEST_PASSWORD):
    return client.post(reverse("accounts:sign-in"), {"username": username, "password": password})


def test_board_member_signs_in_and_reaches_home(client, users):
    response = _sign_in(client, "board-member")
    assert response.status_code == 302
    assert response["Location"] == reverse("web:home")
    assert client.get(reverse("web:home")).status_code == 200


def test_wrong_password_says_what_to_do(client, users):
    response = _sign_in(client, "board-member", "not the password")
    assert response.status_code == 200
    assert "Enter a correct user name and password" in response.content.decode()
    assert client.get(reverse("web:home")).status_code == 302


def test_lockout_after_five_failures_even_with_the_right_password(client, users):
    for _ in range(5):
        _sign_in(client, "board-member", "wrong password")
    response = _sign_in(client, "board-member")
    assert response.status_code == 429
    assert "Sign-in is locked for now" in response.content.decode()
    assert client.get(reverse("web:home")).status_code == 302


def test_lockout_is_per_account(client, users):
    for _ in range(5):
        _sign_in(client, "board-member", "wrong password")
    assert _sign_in(client, "independent-chair").status_code == 302


def test_two_factor_setup_then_verify(client, users):
    _sign_in(client, "cdop-member")
    # The fixture user has no device yet, so the first page is set-up.
    TOTPDevice.objects.filter(user=users[Role.CDOP_MEMBER]).delete()
    setup = client.get(reverse("web:home"), follow=True)
    assert setup.request["PATH_INFO"] == reverse("accounts:two-factor-setup")
    device = TOTPDevice.objects.get(user=users[Role.CDOP_MEMBER], confirmed=False)

    wrong = client.post(reverse("accounts:two-factor-setup"), {"token": "000000"})
    assert CODE_INVALID_MESSAGE in wrong.content.decode()
    # A wrong code makes the next try wait; the right code at once is refused too.
    throttled = client.post(reverse("accounts:two-factor-setup"), {"token": _code(device)})
    assert "Too many wrong codes in a row" in throttled.content.decode()
    device.refresh_from_db()
    device.throttle_reset()

    done = client.post(reverse("accounts:two-factor-setup"), {"token": _code(device)})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(reverse("web:home")).status_code == 200


def test_next_sign_in_asks_for_a_code(client, users):
    device = make_totp_device(users[Role.CASE_REVIEW_MEMBER])
    _sign_in(client, "case-review-member")
    response = client.get(reverse("partnership:overview"))
    assert response["Location"].startswith(reverse("accounts:two-factor-verify"))
    verify = client.post(
        response["Location"], {"token": _code(device), "next": reverse("partnership:overview")}
    )
    assert verify["Location"] == reverse("partnership:overview")
    assert client.get(reverse("partnership:overview")).status_code == 200


def test_a_code_cannot_be_used_twice(client, users):
    device = make_totp_device(users[Role.CASE_REVIEW_MEMBER])
    code = _code(device)
    _sign_in(client, "case-review-member")
    assert client.post(reverse("accounts:two-factor-verify"), {"token": code}).status_code == 302
    client.post(reverse("accounts:sign-out"))
    _sign_in(client, "case-review-member")
    again = client.post(reverse("accounts:two-factor-verify"), {"token": code})
    assert again.status_code == 200
    assert CODE_INVALID_MESSAGE in again.content.decode()


def test_next_is_never_an_outside_site(client, users):
    device = make_totp_device(users[Role.CASE_REVIEW_MEMBER])
    _sign_in(client, "case-review-member")
    response = client.post(
        reverse("accounts:two-factor-verify"),
        {"token": _code(device), "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("web:home")


def test_password_reset_by_email(client, users):
    client.post(reverse("accounts:password-reset"), {"email": "board-member@example.org"})
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body)
    assert link, mail.outbox[0].body
    form = client.get(link.group(1), follow=True)
    assert "Choose a new password" in form.content.decode()
    new_password = "a brand new passphrase 42"  # noqa: S105
    done = client.post(
        form.request["PATH_INFO"], {"new_password1": new_password, "new_password2": new_password}
    )
    assert done["Location"] == reverse("accounts:password-reset-complete")
    assert _sign_in(client, "board-member", new_password).status_code == 302


def test_password_reset_says_nothing_about_unknown_addresses(client, users):
    response = client.post(reverse("accounts:password-reset"), {"email": "nobody@example.org"})
    assert response["Location"] == reverse("accounts:password-reset-sent")
    assert mail.outbox == []


@pytest.mark.parametrize("weak", ["short", "password123456", "123456789012"])
def test_password_validators_refuse_weak_passwords(client, users, weak):
    from tests.factories import sign_in

    sign_in(client, users[Role.BOARD_MEMBER])
    response = client.post(
        reverse("accounts:password-change"),
        {"old_password": TEST_PASSWORD, "new_password1": weak, "new_password2": weak},
    )
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_sign_out_ends_the_session(client, users):
    _sign_in(client, "board-member")
    response = client.post(reverse("accounts:sign-out"))
    assert response["Location"] == reverse("accounts:signed-out")
    assert client.get(reverse("web:home")).status_code == 302
