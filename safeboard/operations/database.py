"""The database as one JSON file per model: engine-neutral, so SQLite and
PostgreSQL restore each other's backups.

Every row is kept with its own primary key, the change history, the event log,
content types and permissions included: the restored database is the same
rows, so every reference (a content type, a history row's record) holds as it
was. Sessions are left out: after a restore everyone signs in again.

Loading happens in one transaction: every table is emptied, every file
inserted as stored (timestamps kept: no ``auto_now``), the sequences moved
past the highest key. Foreign keys are checked at commit (Django declares
them deferrable on both engines), so the order of the files does not matter.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path

from django.apps import apps
from django.core import serializers
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction
from django.db.migrations.recorder import MigrationRecorder


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder, but times keep their microseconds (it cuts them to
    milliseconds, and a restore must give back the same rows)."""

    def default(self, o):
        if isinstance(o, (datetime.datetime, datetime.time)):
            return o.isoformat()
        return super().default(o)


LEFT_OUT = {"sessions.session"}
# What ``migrate`` itself writes into a new database: their rows do not make it "not empty".
MADE_BY_MIGRATE = {"contenttypes.contenttype", "auth.permission", "auth.group"}
FETCH = 2000


def backup_models() -> list[type[models.Model]]:
    """Every model with a table of its own, in a stable order (app, then model)."""
    found = [
        model
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in LEFT_OUT
    ]
    return sorted(found, key=lambda model: model._meta.label_lower)


def migration_state() -> list[list[str]]:
    applied = MigrationRecorder(connection).applied_migrations()
    return sorted([app, name] for app, name in applied)


def _file_name(model) -> str:
    return f"{model._meta.label_lower}.json"


def database_dump(folder: Path, progress: Callable[[str], None] = lambda m: None) -> list[dict]:
    """Write every model's rows to ``folder``; one consistent read of the database."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = []
    with transaction.atomic():
        if connection.vendor == "postgresql" and connection.savepoint_ids == []:
            # One snapshot of the database for every table, so the files agree.
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        for model in backup_models():
            rows = model._base_manager.count()
            with (folder / _file_name(model)).open("w", encoding="utf-8") as handle:
                serializers.serialize(
                    "json",
                    model._base_manager.order_by("pk").iterator(chunk_size=FETCH),
                    stream=handle,
                    cls=_ExactEncoder,
                )
            tables.append(
                {"model": model._meta.label_lower, "file": _file_name(model), "rows": rows}
            )
        progress(f"Database: {len(tables)} tables, {sum(t['rows'] for t in tables):,} rows")
    return tables


def database_is_empty() -> bool:
    """True when the database holds nothing but what ``migrate`` writes into a new one."""
    return not any(
        model._base_manager.exists()
        for model in backup_models()
        if model._meta.label_lower not in MADE_BY_MIGRATE
    )


def database_load(
    folder: Path,
    tables: list[dict],
    *,
    rewrite: Callable[[str], str] = lambda text: text,
    progress: Callable[[str], None] = lambda m: None,
) -> int:
    """Replace the whole database with the rows in ``folder``, in one transaction.

    ``rewrite`` is applied to every text value (the restore uses it to move
    absolute paths into the new workspace). Returns the number of rows loaded.
    """
    known = {model._meta.label_lower: model for model in backup_models()}
    unknown = [t["model"] for t in tables if t["model"] not in known]
    if unknown:
        from safeboard.operations.manifest import BackupError

        raise BackupError(
            f"The backup has tables this Safeboard does not know ({', '.join(unknown)}). "
            "Restore it with the Safeboard version that made it."
        )
    loaded = 0
    with transaction.atomic():
        _empty_every_table()
        for entry in tables:
            model = known[entry["model"]]
            with (folder / entry["file"]).open("r", encoding="utf-8") as handle:
                objects = list(serializers.deserialize("json", handle))
            _insert(model, [o.object for o in objects], rewrite)
            _insert_many_to_many(model, objects)
            loaded += len(objects)
        statements = connection.ops.sequence_reset_sql(no_style(), list(known.values()))
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
        progress(f"Database: {len(tables)} tables, {loaded:,} rows loaded")
    return loaded


def _empty_every_table() -> None:
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    # TRUNCATE on PostgreSQL (the append-only triggers guard rows, not TRUNCATE);
    # DELETE on SQLite. Both inside the restore's transaction.
    statements = connection.ops.sql_flush(no_style(), tables, allow_cascade=False)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # TRUNCATE refuses a table with foreign-key checks still pending in this
            # transaction: check them now, then defer again for the load.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for statement in statements:
            cursor.execute(statement)
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def _insert(model, objects: list, rewrite: Callable[[str], str]) -> None:
    if not objects:
        return
    fields = [f for f in model._meta.local_concrete_fields]
    texts = [f.attname for f in fields if isinstance(f, (models.CharField, models.TextField))]
    for obj in objects:
        for name in texts:
            value = getattr(obj, name)
            if isinstance(value, str):
                setattr(obj, name, rewrite(value))
    size = connection.ops.bulk_batch_size(fields, objects) or len(objects)
    for start in range(0, len(objects), size):
        # raw=True: values go in as stored, so auto_now and auto_now_add keep
        # the original times (bulk_create would stamp them with now).
        model._base_manager._insert(objects[start : start + size], fields=fields, raw=True)


def _insert_many_to_many(model, deserialized: list) -> None:
    for field in model._meta.local_many_to_many:
        through = field.remote_field.through
        if not through._meta.auto_created:
            continue  # an explicit through model has its own file
        source = field.m2m_field_name()
        target = field.m2m_reverse_field_name()
        rows = [
            through(**{f"{source}_id": item.object.pk, f"{target}_id": other})
            for item in deserialized
            for other in (item.m2m_data or {}).get(field.name, [])
        ]
        if rows:
            through._base_manager.bulk_create(rows, batch_size=500)
