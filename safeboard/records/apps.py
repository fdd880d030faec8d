from django.apps import AppConfig


class RecordsConfig(AppConfig):
    name = "safeboard.records"
    label = "records"
    verbose_name = "Board records (shared pages and exports)"
