from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AccessConfig(AppConfig):
    name = "safeboard.access"
    label = "access"
    verbose_name = "Access"

    def ready(self) -> None:
        from safeboard.access.roles import sync_role_groups

        # After every migrate, make the role groups match roles.py exactly.
        post_migrate.connect(_sync_after_migrate, sender=self)
        self._sync = sync_role_groups


def _sync_after_migrate(sender, **kwargs) -> None:
    from safeboard.access.roles import sync_role_groups

    sync_role_groups(using=kwargs.get("using", "default"))
