"""The base of every record the board keeps.

Each record gets created/updated timestamps and a full change history
(django-simple-history: who, when, before and after). History rows are
append-only; see ``safeboard.audit.append_only``.
"""

from __future__ import annotations

from django.db import models
from simple_history.models import HistoricalRecords

from safeboard.audit.append_only import AppendOnlyHistoricalModel, AppendOnlyHistoricalQuerySet


class BaseModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(
        inherit=True,
        bases=[AppendOnlyHistoricalModel],
        historical_queryset=AppendOnlyHistoricalQuerySet,
        excluded_fields=["updated_at"],
    )

    class Meta:
        abstract = True
