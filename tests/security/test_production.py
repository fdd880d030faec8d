"""Production settings as a browser meets them: headers, HTTPS, cookies, error pages.

Each test starts a fresh Python with SAFEBOARD_ENV=production (settings are read
once per process) and requests pages through Django's test client there, with a
view that fails on purpose added to the real URLs to see what a crash shows.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOST = "safeboard.example.org"
SECRET = "never-shown-" + "k" * 40

# Runs inside the production process; prints what the test checks as JSON.
PROBE = textwrap.dedent(
    """
    import json, sys, types
    import django
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client, override_settings
    from django.urls import path
    import safeboard.config.urls as real

    call_command("migrate", verbosity=0)
    from safeboard.accounts.models import User
    User.objects.create_user(username="probe", password=sys.argv[2])

    def boom(request):
        raise RuntimeError("secret detail: " + settings.SECRET_KEY)

    urls = types.ModuleType("probe_urls")
    urls.urlpatterns = [path("boom/", boom), *real.urlpatterns]
    urls.handler404, urls.handler500 = real.handler404, real.handler500
    sys.modules["probe_urls"] = urls

    # Static files as collected by `safeboard serve`; the probe skips collecting them.
    plain = {**settings.STORAGES, "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
    with override_settings(ROOT_URLCONF="probe_urls", STORAGES=plain):
        client = Client(raise_request_exception=False, HTTP_HOST=sys.argv[1])
        def answer(path, data=None, **extra):
            r = client.post(path, data, **extra) if data else client.get(path, **extra)
            return {"status": r.status_code, "headers": dict(r.headers),
                    "body": r.content.decode(errors="replace"),
                    "cookies": {k: dict(v) for k, v in r.cookies.items()}}
        out = {
            "debug": settings.DEBUG,
            "hasher": settings.PASSWORD_HASHERS[0],
            "http": answer("/accounts/sign-in/"),
            "https": answer("/accounts/sign-in/", secure=True),
            "missing": answer("/no-such-page/", secure=True),
            "crash": answer("/boom/", secure=True),
            "other_host": answer("/accounts/sign-in/", secure=True, HTTP_HOST="evil.example"),
            "sign_in": answer("/accounts/sign-in/", {"username": "probe", "password": sys.argv[2]},
                              secure=True),
        }
    print(json.dumps(out))
    """
)


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    workspace = tmp_path_factory.mktemp("production")
    environment = {
        k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE"}
    }
    environment.update(
        SAFEBOARD_ENV="production",
        DJANGO_SETTINGS_MODULE="safeboard.config.settings.production",
        SAFEBOARD_WORKSPACE=str(workspace),
        SAFEBOARD_SECRET_KEY=SECRET,
        SAFEBOARD_ALLOWED_HOSTS=HOST,
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", PROBE, HOST, "probe password for the test only 7"],
        env=environment,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_debug_is_off(production):
    assert production["debug"] is False


def test_passwords_are_stored_with_a_slow_salted_hash(production):
    """ASVS 2.4.1: Django's PBKDF2-SHA256 (a million rounds in 5.2), not the tests' MD5."""
    assert production["hasher"] == "django.contrib.auth.hashers.PBKDF2PasswordHasher"


def test_plain_http_is_sent_to_https(production):
    http = production["http"]
    assert http["status"] == 301
    assert http["headers"]["Location"] == f"https://{HOST}/accounts/sign-in/"


def test_https_pages_carry_every_security_header(production):
    headers = production["https"]["headers"]
    assert production["https"]["status"] == 200
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    csp = headers["Content-Security-Policy"]
    for directive in (
        "default-src 'self'",
        "object-src 'none'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ):
        assert directive in csp
    # Scripts only from the site or with this response's nonce: no inline, no eval.
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src


def test_cookies_are_secure_host_only_and_out_of_scripts_reach(production):
    csrf = production["https"]["cookies"]["__Host-csrftoken"]
    assert csrf["secure"] is True
    assert csrf["path"] == "/"
    assert csrf["domain"] == ""
    assert csrf["httponly"] is True
    assert csrf["samesite"] == "Lax"
    signed_in = production["sign_in"]
    assert signed_in["status"] == 302
    session = signed_in["cookies"]["__Host-sessionid"]
    assert session["secure"] is True
    assert session["httponly"] is True
    assert session["samesite"] == "Lax"
    assert session["path"] == "/"
    assert session["domain"] == ""
    # Ends with the browser (and on the server after the limits in test_sessions.py).
    assert session["max-age"] == ""
    assert "sessionid" not in signed_in["cookies"]


@pytest.mark.parametrize("page", ["missing", "crash"])
def test_error_pages_say_nothing_about_the_inside(production, page):
    answer = production[page]
    assert answer["status"] == {"missing": 404, "crash": 500}[page]
    body = answer["body"]
    for leak in ("Traceback", "secret detail", SECRET, "RuntimeError", "urlpatterns", "/work/"):
        assert leak not in body
    assert "– Safeboard</title>" in body  # the site's own error page, not Django's
    assert answer["headers"]["X-Content-Type-Options"] == "nosniff"


def test_another_host_name_is_refused(production):
    assert production["other_host"]["status"] == 400
    assert "evil.example" not in production["other_host"]["body"]
