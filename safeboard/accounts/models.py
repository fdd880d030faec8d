"""A user account, tied to the person (and so the agency) it belongs to."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from simple_history.models import HistoricalRecords

from safeboard.access.visibility import Visibility
from safeboard.audit.append_only import AppendOnlyHistoricalModel, AppendOnlyHistoricalQuerySet


class User(AbstractUser):
    visibility = Visibility.AUDIT  # only the business unit lists accounts

    person = models.OneToOneField(
        "partnership.Person",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="user",
    )

    history = HistoricalRecords(
        bases=[AppendOnlyHistoricalModel],
        historical_queryset=AppendOnlyHistoricalQuerySet,
        # Never copy a password hash or sign-in times into the history.
        excluded_fields=["password", "last_login"],
    )

    @property
    def agency(self):
        return self.person.agency if self.person_id else None
