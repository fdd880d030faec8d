"""Append-only tables: rows may be added, never changed or removed.

Enforced twice. In Python, the model and its querysets refuse ``save`` of an
existing row, ``delete`` and ``update``. In PostgreSQL, triggers refuse
UPDATE and DELETE whatever the client (installed after migrate). SQLite gets
the Python guard only: its test databases are emptied with DELETE between
browser tests, which a trigger would refuse.
"""

from __future__ import annotations

from django.db import models
from simple_history.manager import HistoricalQuerySet

APPEND_ONLY_MESSAGE = "{model} is append-only: its rows cannot be changed or deleted."


class AppendOnlyError(Exception):
    pass


def _refuse(model) -> None:
    raise AppendOnlyError(APPEND_ONLY_MESSAGE.format(model=model.__name__))


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        _refuse(self.model)

    def delete(self):
        _refuse(self.model)

    def bulk_update(self, *args, **kwargs):
        _refuse(self.model)


class AppendOnlyHistoricalQuerySet(HistoricalQuerySet):
    """simple-history's queryset, refusing bulk changes to history rows."""

    def update(self, **kwargs):
        _refuse(self.model)

    def delete(self):
        _refuse(self.model)

    def bulk_update(self, *args, **kwargs):
        _refuse(self.model)


class AppendOnlyModel(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            _refuse(type(self))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        _refuse(type(self))


class AppendOnlyHistoricalModel(models.Model):
    """Base for simple-history's historical models: a written history row is final."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            _refuse(type(self))
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        _refuse(type(self))


TRIGGER_FUNCTION = """
CREATE OR REPLACE FUNCTION safeboard_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: its rows cannot be changed or deleted.', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
"""


def install_postgresql_triggers(connection, tables: list[str]) -> None:
    """Refuse UPDATE and DELETE on the given tables, whatever the client."""
    with connection.cursor() as cursor:
        cursor.execute(TRIGGER_FUNCTION)
        for table in tables:
            name = f"{table}_append_only"
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"DROP TRIGGER IF EXISTS {name} ON {quoted}")
            cursor.execute(
                f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {quoted} "
                "FOR EACH ROW EXECUTE FUNCTION safeboard_refuse_change()"
            )
