"""The event log: who saw, downloaded, exported or imported what, and when.

It holds no identifiers of children or of the people a record is about:
``object_ref`` is a database id or a pseudonym, and ``detail`` is written by
our own code, never copied from user input.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.audit.append_only import AppendOnlyModel


class Event(AppendOnlyModel):
    class Action(models.TextChoices):
        VIEWED = "viewed", "Viewed"
        DOWNLOADED = "downloaded", "Downloaded"
        EXPORTED = "exported", "Exported"
        IMPORTED = "imported", "Imported"
        VALIDATED = "validated", "Validated"
        LOOKED_UP = "looked-up", "Looked up"
        SEARCHED = "searched", "Searched"
        # Operations on the whole workspace and messages the system sends.
        SENT = "sent", "Sent"
        BACKED_UP = "backed-up", "Backed up"
        RESTORED = "restored", "Restored"
        PURGED = "purged", "Purged"

    visibility = Visibility.AUDIT

    at = models.DateTimeField(auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Kept as text too, so the log still reads right if an account is renamed.
    username = models.CharField(max_length=150)
    action = models.CharField(max_length=20, choices=Action.choices)
    area = models.CharField(max_length=40, help_text="The area of the site, e.g. 'audit'.")
    object_type = models.CharField(max_length=80, blank=True)
    object_ref = models.CharField(max_length=80, blank=True)
    detail = models.JSONField(default=dict, blank=True)
    path = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        default_permissions = ("view",)

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.action} {self.object_type}"
