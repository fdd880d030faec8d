from django.apps import AppConfig


class AgencyReturnsConfig(AppConfig):
    name = "safeboard.agency_returns"
    label = "agency_returns"
    verbose_name = "Agency returns"
