"""What the reminders command has sent, so no reminder goes out twice.

One row per reminder sent: the source that raised it, its stable key (which
names the stage, such as "due soon" or "overdue", and the due date), when it
was sent and to how many recipients. No addresses are kept: the key names
the record, and the record names its people.
"""

from __future__ import annotations

from django.db import models

from safeboard.access.visibility import Visibility
from safeboard.common.models import BaseModel


class SentReminder(BaseModel):
    visibility = Visibility.AUDIT

    source = models.CharField(max_length=60, help_text="The registered source, e.g. 'actions'.")
    key = models.CharField(
        max_length=200, help_text="Stable for one reminder at one stage; sent once only."
    )
    due_date = models.DateField()
    sent_on = models.DateField(help_text="The day the command ran for.")
    recipients = models.PositiveSmallIntegerField(help_text="How many addresses it went to.")

    class Meta:
        ordering = ["-sent_on", "source", "key"]
        constraints = [
            models.UniqueConstraint(fields=["source", "key"], name="reminders_sent_once")
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.key}"
