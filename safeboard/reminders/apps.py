from django.apps import AppConfig


class RemindersConfig(AppConfig):
    name = "safeboard.reminders"
    label = "reminders"
    verbose_name = "Reminders"

    def ready(self) -> None:
        # Agency returns are not this app's, but their reminders are: the
        # agency_returns app stays as it is.
        from safeboard.reminders import agency_returns
        from safeboard.reminders.registry import register

        register(agency_returns.SOURCE, agency_returns.returns_due, agency_returns.LABEL)
