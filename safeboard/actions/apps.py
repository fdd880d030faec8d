from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "safeboard.actions"
    label = "actions"
    verbose_name = "Action plans"
