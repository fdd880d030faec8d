"""Two-factor sign-in for the roles that need it, and how long a session lasts.

A user whose role requires it (restricted areas, child-level data) reaches
nothing but the two-factor pages and sign-out until a one-time password
from their authenticator app has been checked in this session.

A session ends after SAFEBOARD_SESSION_IDLE_MINUTES without a request, and
SESSION_COOKIE_AGE after sign-in however busy (OWASP ASVS 3.3.2); what a
signed-in user is shown is never kept in the browser's cache (ASVS 8.2.1).
"""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
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


# Session keys: when this session signed in and when it was last used (epoch seconds).
SIGNED_IN_AT = "safeboard_signed_in_at"
LAST_SEEN_AT = "safeboard_last_seen_at"
# The last-seen time is written at most once a minute, not on every request.
LAST_SEEN_RESOLUTION = 60


class SessionLifetimeMiddleware:
    """Signs out an idle session, and any session older than SESSION_COOKIE_AGE.

    Django's own expiry slides forward whenever the session is saved, so the
    absolute limit is kept here from the time of the first signed-in request.
    Pages for a signed-in user get no-store, so a shared computer's back button
    or cache shows nothing once they have signed out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            session = request.session
            signed_in_at = session.setdefault(SIGNED_IN_AT, now)
            last_seen_at = session.get(LAST_SEEN_AT, now)
            idle_limit = settings.SAFEBOARD_SESSION_IDLE_MINUTES * 60
            if now - last_seen_at > idle_limit or now - signed_in_at > settings.SESSION_COOKIE_AGE:
                logout(request)
                return redirect_to_login(request.get_full_path())
            if LAST_SEEN_AT not in session or now - last_seen_at >= LAST_SEEN_RESOLUTION:
                session[LAST_SEEN_AT] = now
            response = self.get_response(request)
            if "Cache-Control" not in response:
                add_never_cache_headers(response)
            return response
        return self.get_response(request)


# Addresses of a reverse proxy on the same machine (deploy/nginx-safeboard.conf).
LOOPBACK = {"127.0.0.1", "::1"}


def client_ip(request) -> str | None:
    """The address sign-in throttling counts against (django-axes' AXES_CLIENT_IP_CALLABLE).

    Behind nginx every request comes from loopback, which would make one lockout
    shut a user name out for everyone; nginx's X-Real-IP names the real client.
    The header is trusted only from loopback, where only the proxy can send it.
    """
    remote = request.META.get("REMOTE_ADDR")
    forwarded = request.META.get("HTTP_X_REAL_IP", "").strip()
    if remote in LOOPBACK and forwarded:
        return forwarded
    return remote
