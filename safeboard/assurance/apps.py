from django.apps import AppConfig


class AssuranceConfig(AppConfig):
    name = "safeboard.assurance"
    label = "assurance"
    verbose_name = "Audits and policies"
