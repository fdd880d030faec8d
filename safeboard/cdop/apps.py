from django.apps import AppConfig


class CdopConfig(AppConfig):
    name = "safeboard.cdop"
    label = "cdop"
    verbose_name = "Child death reviews"
