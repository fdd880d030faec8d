"""Production: refuses to start without a secret key and allowed hosts.

The key comes from SAFEBOARD_SECRET_KEY or from the workspace's key file,
which production never creates by itself. Cookies are secure, HSTS is on,
and ``manage.py check --deploy`` reports nothing (a test runs it).
"""

from django.core.exceptions import ImproperlyConfigured

from safeboard.config.env import env_bool, env_int, env_list, env_str
from safeboard.config.settings.base import *  # noqa: F403
from safeboard.config.settings.base import WORKSPACE

SECRET_KEY = env_str("SAFEBOARD_SECRET_KEY") or WORKSPACE.read_secret("django_secret_key")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "Production needs a secret key: set SAFEBOARD_SECRET_KEY, or create the workspace "
        "with 'safeboard init' so that it holds one."
    )
ALLOWED_HOSTS = env_list("SAFEBOARD_ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured(
        "Production needs SAFEBOARD_ALLOWED_HOSTS: the comma-separated host names "
        "the site answers to, for example 'safeboard.example.gov.uk'."
    )
CSRF_TRUSTED_ORIGINS = [f"https://{host}" for host in ALLOWED_HOSTS if not host.startswith(".")]

DEBUG = False
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# "__Host-": browsers take these cookies only over HTTPS, for this host alone and the
# whole path, so a neighbouring subdomain cannot set or shadow them (ASVS 3.4.4).
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_SSL_REDIRECT = env_bool("SAFEBOARD_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True

EMAIL_BACKEND = env_str("SAFEBOARD_EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env_str("SAFEBOARD_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("SAFEBOARD_EMAIL_PORT", 25)
EMAIL_USE_TLS = env_bool("SAFEBOARD_EMAIL_USE_TLS", False)
EMAIL_HOST_USER = env_str("SAFEBOARD_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("SAFEBOARD_EMAIL_HOST_PASSWORD", "")
