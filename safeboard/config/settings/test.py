"""Tests: a fresh temporary workspace unless the caller names one."""

import os
import tempfile

from safeboard.workspace import WORKSPACE_ENV

# Set before base.py reads it, so the test database and secrets never land
# in a developer's real workspace.
if not os.environ.get(WORKSPACE_ENV):
    os.environ[WORKSPACE_ENV] = tempfile.mkdtemp(prefix="safeboard-test-")

from safeboard.config.settings.base import *  # noqa: E402, F403
from safeboard.config.settings.base import WORKSPACE  # noqa: E402

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "testserver"]
SECRET_KEY = WORKSPACE.secret("django_secret_key")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # speed only
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SAFEBOARD_CHECK_UPLOADS_IN_BACKGROUND = False  # the browser tests turn it on
SAFEBOARD_BUILD_REPORTS_IN_BACKGROUND = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
