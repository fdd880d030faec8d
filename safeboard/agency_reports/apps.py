from django.apps import AppConfig


class AgencyReportsConfig(AppConfig):
    name = "safeboard.agency_reports"
    label = "agency_reports"
    verbose_name = "Lead agency reports"
