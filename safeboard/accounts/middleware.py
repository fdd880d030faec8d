"""Two-factor sign-in for the roles that need it.

A user whose role requires it (restricted areas, child-level data) reaches
nothing but the two-factor pages and sign-out until a one-time password
from their authenticator app has been checked in this session.
"""

from __future__ import annotations

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme

from safeboard.access.roles import requires_two_factor

EXEMPT_URL_NAMES = (
    "accounts:two-factor-setup",
    "accounts:two-factor-verify",
    "accounts:sign-out",
    "accounts:signed-out",
    "web:accessibility",
)


class TwoFactorRequiredMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if user.is_authenticated and not user.is_verified() and requires_two_factor(user):
            exempt = {reverse(name) for name in EXEMPT_URL_NAMES}
            if request.path not in exempt and not request.path.startswith("/static/"):
                return redirect(two_factor_url(user, request.get_full_path()))
        return self.get_response(request)


def two_factor_url(user, next_path: str) -> str:
    from django_otp.plugins.otp_totp.models import TOTPDevice

    confirmed = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    target = reverse("accounts:two-factor-verify" if confirmed else "accounts:two-factor-setup")
    if next_path and url_has_allowed_host_and_scheme(next_path, allowed_hosts=None):
        from urllib.parse import urlencode

        return f"{target}?{urlencode({'next': next_path})}"
    return target
