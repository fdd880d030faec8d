from django.apps import AppConfig


class AssuranceConfig(AppConfig):
    name = "safeboard.assurance"
    label = "assurance"
    verbose_name = "Audits and policies"

    def ready(self) -> None:
        from safeboard.assurance import reminders
        from safeboard.reminders.registry import register

        register(reminders.SOURCE, reminders.policy_reviews_due, reminders.LABEL)
