"""Derived tables that several rules read, worked out once per validation.

Many DfE rules start from the same derived rows: the SSDA903 children looked
after continuously for twelve months, each child's episodes numbered into
periods of care, last year's open episodes. Written inline, every rule would
make DuckDB sort and group the whole table again. A rule helper instead wraps
such SQL in ``shared(sql)``, which returns the name of a table: the engine
creates that table from the SQL the first time a rule of the run reads it,
and every later rule of the same run reads the rows already there.

The name is a digest of the SQL text, so two helpers (or two collection
years) that produce different SQL never share a table, and the same SQL
always does. A shared SQL may itself read another shared table.
"""

from __future__ import annotations

import hashlib
import re
import threading

PREFIX = "_shared_"
_NAME = re.compile(PREFIX + r"[0-9a-f]{16}")

_SQL: dict[str, str] = {}
_LOCK = threading.Lock()


def shared(sql: str) -> str:
    """The name of the table holding the rows of ``sql``, made once per validation.

    Use it where the SQL names a table: ``FROM {shared(sql)}`` or
    ``child IN (SELECT child FROM {shared(sql)})``.
    """
    name = PREFIX + hashlib.sha256(sql.encode()).hexdigest()[:16]
    with _LOCK:
        _SQL.setdefault(name, sql)
    return name


def names_in(sql: str) -> list[str]:
    """The shared tables ``sql`` reads, each once, in the order they appear."""
    return list(dict.fromkeys(_NAME.findall(sql)))


def sql_of(name: str) -> str:
    """The SQL a shared table is made from (it was registered by ``shared``)."""
    return _SQL[name]


def create_needed(connection, sql: str, made: set[str]) -> None:
    """Create, on ``connection``, every shared table ``sql`` reads that is not in ``made``.

    A shared table's own shared tables come first. ``made`` is the run's set
    of tables already created, and is updated.
    """
    for name in names_in(sql):
        if name in made:
            continue
        source = sql_of(name)
        create_needed(connection, source, made)
        connection.execute(f'CREATE TABLE "{name}" AS {source}')
        made.add(name)
