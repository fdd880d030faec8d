from django.apps import AppConfig


class ReportConfig(AppConfig):
    name = "safeboard.report"
    label = "report"
    verbose_name = "Annual report"
