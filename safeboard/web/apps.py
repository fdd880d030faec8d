from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "safeboard.web"
    label = "web"
    verbose_name = "Web"
