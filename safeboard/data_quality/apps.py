from django.apps import AppConfig


class DataQualityConfig(AppConfig):
    name = "safeboard.data_quality"
    label = "data_quality"
    verbose_name = "Data quality"
