from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AuditConfig(AppConfig):
    name = "safeboard.audit"
    label = "audit"
    verbose_name = "Audit"

    def ready(self) -> None:
        post_migrate.connect(_protect_after_migrate, sender=self)


def _protect_after_migrate(sender, **kwargs) -> None:
    from django.db import connections

    from safeboard.audit.append_only import install_postgresql_triggers
    from safeboard.audit.selectors import append_only_tables

    connection = connections[kwargs.get("using", "default")]
    if connection.vendor == "postgresql":
        install_postgresql_triggers(connection, append_only_tables())
