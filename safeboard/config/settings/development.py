"""Development and demo: a laptop, loopback only, console e-mail."""

from safeboard.config.settings.base import *  # noqa: F403
from safeboard.config.settings.base import WORKSPACE

DEBUG = False
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
SECRET_KEY = WORKSPACE.secret("django_secret_key")
# Served from the app folders by WhiteNoise, so the demo needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
