"""Settings shared by every environment.

Environment-specific files import this and override only what differs.
Nothing here reads a secret: each environment decides where its key comes from.
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from safeboard.config.env import env_int, env_str
from safeboard.workspace import Workspace

PACKAGE_DIR = Path(__file__).resolve().parents[2]
WORKSPACE = Workspace.from_environment()

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "safeboard.web.admin_config.SafeboardAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "simple_history",
    "csp",
    "govuk_frontend_django",
    "safeboard.access",
    "safeboard.accounts",
    "safeboard.partnership",
    "safeboard.audit",
    "safeboard.returns",
    "safeboard.data_quality",
    "safeboard.agency_returns",
    "safeboard.dashboards",
    "safeboard.records",
    "safeboard.governance",
    "safeboard.budget",
    "safeboard.training",
    "safeboard.agency_reports",
    "safeboard.actions",
    "safeboard.assurance",
    "safeboard.reminders",
    "safeboard.cdop",
    "safeboard.reviews",
    "safeboard.report",
    "safeboard.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Idle and absolute session limits, before anything else answers a signed-in request.
    "safeboard.accounts.middleware.SessionLifetimeMiddleware",
    "safeboard.accounts.middleware.TwoFactorRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # A damaged snapshot (checksum mismatch) gets its own page, details for who can act.
    "safeboard.returns.middleware.SnapshotDamagedMiddleware",
    # Last, so a locked-out sign-in is answered before any view runs.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "safeboard.config.urls"
WSGI_APPLICATION = "safeboard.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "safeboard.web.context_processors.navigation",
            ],
        },
    },
]


def database_from_environment(workspace: Workspace) -> dict:
    """PostgreSQL when DATABASE_URL is set, else the workspace's SQLite file."""
    url = env_str("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(workspace.database_path),
        "OPTIONS": {
            # WAL lets the site read while an import writes; the busy timeout
            # makes a second writer wait instead of failing at once.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


DATABASES = {"default": database_from_environment(WORKSPACE)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses a locked-out sign-in before the password is checked.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:sign-in"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "accounts:signed-out"

# Sign-in protection (django-axes): lock the account name from that address
# after five failures for half an hour.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
# Axes would otherwise log the attempted user name: never log identifiers.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address"]
# Behind the reverse proxy, the client's address from its X-Real-IP header.
AXES_CLIENT_IP_CALLABLE = "safeboard.accounts.middleware.client_ip"

OTP_TOTP_ISSUER = "Safeboard"

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8  # a working day, however busy (absolute limit)
# Signed out after this long without a request (ASVS 3.3.2 asks at most 30 minutes).
SAFEBOARD_SESSION_IDLE_MINUTES = env_int("SAFEBOARD_SESSION_IDLE_MINUTES", 30)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = False
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = WORKSPACE.root / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# The largest file an import takes (a 1,000,000-child CIN census is about 1.5 GB).
SAFEBOARD_MAX_IMPORT_BYTES = env_int("SAFEBOARD_MAX_IMPORT_BYTES", 4 * 1024**3)
# Worker processes that read one large CIN census side by side (0: one per core, at
# most four; 1: always one process). safeboard.returns.parallel_read says when.
SAFEBOARD_IMPORT_WORKERS = env_int("SAFEBOARD_IMPORT_WORKERS", 0)
# Published outputs show counts from 1 to this as "c" (DfE's convention).
SAFEBOARD_DISCLOSURE_THRESHOLD = env_int("SAFEBOARD_DISCLOSURE_THRESHOLD", 5)
# The board's records: upload limits, when an action counts as stalled, and how far
# ahead `safeboard remind` warns of what is coming due.
SAFEBOARD_EVIDENCE_MAX_BYTES = env_int("SAFEBOARD_EVIDENCE_MAX_BYTES", 10 * 1024**2)
SAFEBOARD_POLICY_MAX_BYTES = env_int("SAFEBOARD_POLICY_MAX_BYTES", 20 * 1024**2)
SAFEBOARD_ACTION_STALLED_DAYS = env_int("SAFEBOARD_ACTION_STALLED_DAYS", 90)
SAFEBOARD_REMINDER_DUE_SOON_DAYS = env_int("SAFEBOARD_REMINDER_DUE_SOON_DAYS", 14)
# How long each kind of data is kept before `safeboard purge` removes it ("6y", "18m",
# "90d"); the defaults and their reasons are in docs/operations.md.
SAFEBOARD_RETENTION = {
    "child_level_returns": env_str("SAFEBOARD_RETAIN_CHILD_LEVEL_RETURNS", "6y"),
    "audit_events": env_str("SAFEBOARD_RETAIN_AUDIT_EVENTS", "7y"),
    "report_outputs": env_str("SAFEBOARD_RETAIN_REPORT_OUTPUTS", "2y"),
    "evidence": env_str("SAFEBOARD_RETAIN_EVIDENCE", "6y"),
}
# Web uploads are checked in a thread so the page can show progress.
SAFEBOARD_CHECK_UPLOADS_IN_BACKGROUND = True
# A report build started from the site runs in a thread, its progress polled by the page.
SAFEBOARD_BUILD_REPORTS_IN_BACKGROUND = True
# Uploads stream to disk in chunks, never held whole in memory.
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FILES = 20

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = env_str("SAFEBOARD_FROM_EMAIL", "safeboard@localhost")

SIMPLE_HISTORY_HISTORY_CHANGE_REASON_USE_TEXT_FIELD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        # The workspace's own log: what was imported and refused, never an identifier.
        "workspace": {
            "class": "logging.handlers.RotatingFileHandler",
            "filename": str(WORKSPACE.logs_dir / "safeboard.log"),
            "maxBytes": 10 * 1024 * 1024,
            "backupCount": 5,
            "formatter": "plain",
            "delay": True,
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "safeboard": {"handlers": ["workspace"], "level": "INFO", "propagate": False},
        # Axes logs each attempt with the user name at INFO: keep it quiet.
        "axes": {"level": "ERROR"},
    },
}
