"""Serving the site with gunicorn, in-process (no shell script to drift)."""

from __future__ import annotations

from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict):
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        from safeboard.config.wsgi import application

        return application


def serve_site(*, host: str, port: int, workers: int) -> None:
    from django.conf import settings

    if not settings.DEBUG and "whitenoise" in settings.STORAGES["staticfiles"]["BACKEND"]:
        # Production serves hashed, compressed copies: collect them first.
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)
    _Gunicorn(
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "accesslog": "-",
            # The access log carries paths only; query strings may hold search terms.
            "access_log_format": '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms',
        }
    ).run()
