from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "safeboard.dashboards"
    label = "dashboards"
    verbose_name = "Dashboards"
