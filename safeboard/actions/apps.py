from django.apps import AppConfig


class ActionsConfig(AppConfig):
    name = "safeboard.actions"
    label = "actions"
    verbose_name = "Action plans"

    def ready(self) -> None:
        from safeboard.actions import reminders
        from safeboard.reminders.registry import register

        register(reminders.SOURCE, reminders.actions_due, reminders.LABEL)
