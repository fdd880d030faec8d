"""Rules and how they run.

A rule's logic is a function that receives a ``RuleContext`` and returns SQL
selecting the failing rows from the staged tables, with the columns
``_position``, ``child``, ``value`` (and optionally ``_file``, ``field``,
``table`` and ``message``).
The engine runs each rule's SQL in DuckDB over the Parquet files of an
import and turns every failing row into a ``Finding``.

Related tables. Some DfE rules compare a return with another one: this
year's SSDA903 with last year's (a child's episodes must carry on where last
year's left off), and, where DfE defines it, the CIN census with the SSDA903
return of the same year for the same child. Besides the import's own tables a
rule may therefore read, as views named by a fixed convention:

* ``prev_<table>``: the same kind's table from the previous collection year
  (``prev_Episodes``, ``prev_Header`` for SSDA903; ``prev_cin_episode`` for
  the CIN census);
* ``<other kind>_<table>``: the other DfE return's table of the same
  collection year (``cin_child``, ``cin_cin_episode`` for an SSDA903 rule;
  ``ssda903_Episodes`` for a CIN rule).

* ``ref_<table>``: reference data that is not a return: ``ref_providers``,
  the DfE's lookup of Ofsted's registered providers by URN (kind
  ``providers``), whatever its date.

They come from the workspace's current snapshots (the import pipeline finds
them: ``safeboard.returns.pipeline.related_table_files``), and children link
because every return is pseudonymised with the workspace's one key. A rule
that needs one lists it in its ``tables``: when that snapshot was never
imported the view is absent and the rule does not run, as DfE's own tools
skip the previous-year checks when last year's files are not given. A rule
that only sometimes needs one tests ``name in context.tables`` itself.

Parameters. ``RuleContext.params`` holds what a rule may need beyond the
tables: ``LA_CODE`` is the ONS code of the local authority whose return it is
(the workspace's authority), for the rules that compare a placement's
authority with it. A rule that needs a parameter returns no SQL without it.

Values that did not parse. A value that is not a date (or not a number) is
a finding when it is read and is staged empty; some DfE rules are about
exactly that ("the end date ... is not a valid date"). Every rule may read
the view ``unparsed`` (``_file``, ``_position``, ``child``, ``table_name``,
``field``, ``value``): one row per value of the import that did not parse.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from safeboard.returns.findings import Finding, Severity
from safeboard.validation.shared import create_needed

MAX_FINDINGS_PER_RULE = 10_000  # beyond this a rule's rows are counted, not listed

PREVIOUS_YEAR_PREFIX = "prev_"
REFERENCE_PREFIX = "ref_"
# Reference data a rule of each kind may read as ``ref_<table>``: table -> its kind.
REFERENCE_VIEWS: dict[str, dict[str, str]] = {"ssda903": {"providers": "providers"}}
# RuleContext.params: the ONS code of the authority whose return is validated.
LA_CODE = "la_code"
# The return whose tables of the same year a rule of each kind may read.
OTHER_RETURN = {"cin": "ssda903", "ssda903": "cin"}


def previous_year_view(table: str) -> str:
    """The view of the previous collection year's ``table`` (same kind): ``prev_Episodes``."""
    return PREVIOUS_YEAR_PREFIX + table


def reference_view(table: str) -> str:
    """The view of a reference table: ``ref_providers``."""
    return REFERENCE_PREFIX + table


def other_return_view(other_kind: str, table: str) -> str:
    """The view of the other return's ``table`` of the same year: ``cin_child``."""
    return f"{other_kind}_{table}"


def view_source(kind: str, collection_year: int, view: str) -> tuple[str, int, str]:
    """Which (kind, collection year, table) a view a rule reads comes from.

    ``view_source("ssda903", 2019, "prev_Episodes") == ("ssda903", 2018, "Episodes")``;
    the import's own tables come from themselves.
    """
    if view.startswith(PREVIOUS_YEAR_PREFIX):
        return kind, collection_year - 1, view[len(PREVIOUS_YEAR_PREFIX) :]
    references = REFERENCE_VIEWS.get(kind, {})
    if view.startswith(REFERENCE_PREFIX) and view[len(REFERENCE_PREFIX) :] in references:
        table = view[len(REFERENCE_PREFIX) :]
        return references[table], collection_year, table
    other = OTHER_RETURN.get(kind)
    if other is not None and view.startswith(f"{other}_"):
        return other, collection_year, view[len(other) + 1 :]
    return kind, collection_year, view


@dataclass(frozen=True)
class RuleContext:
    """What a rule may depend on: the kind, the collection year and the tables present.

    ``tables`` holds the import's own tables and any related views present
    (``prev_<table>``, ``<other kind>_<table>``; see the module's docstring).
    """

    kind: str
    collection_year: int | None
    tables: frozenset[str]
    file_of: dict[str, str] = field(default_factory=dict)  # table -> file name
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    code: str
    severity: Severity
    message: str
    guidance: str
    kinds: frozenset[str]
    tables: tuple[str, ...]
    fields: tuple[str, ...]
    logic: Callable[[RuleContext], str | None]
    # Collection years the rule applies to (inclusive); None = open-ended.
    first_year: int | None = None
    last_year: int | None = None

    @property
    def related_tables(self) -> tuple[str, ...]:
        """The tables this rule reads from another snapshot (previous year, other return)."""
        return tuple(
            t for t in self.tables if any(view_source(k, 0, t)[::2] != (k, t) for k in self.kinds)
        )

    def applies(self, context: RuleContext) -> bool:
        if context.kind not in self.kinds:
            return False
        if not set(self.tables) <= context.tables:
            return False
        year = context.collection_year
        if year is not None:
            if self.first_year is not None and year < self.first_year:
                return False
            if self.last_year is not None and year > self.last_year:
                return False
        return True


UNPARSED_VIEW = "unparsed"
_UNPARSED_COLUMNS = ("_file", "_position", "child", "table_name", "field", "value")

# DuckDB's working memory for one validation: beyond it, it spills to a temporary
# folder instead of growing, so a census of any size validates in bounded memory.
MEMORY_LIMIT = "1GB"
# Rules run side by side, each on its own cursor of the one database: small queries
# leave DuckDB's own threads idle, so two at a time use both cores of a small server.
PARALLEL_RULES = max(1, min(4, os.cpu_count() or 1))
# Below this many staged rows a rule's query is small: planning it and handing its
# few row groups between DuckDB's threads cost more than one thread takes to run it,
# so each query runs on one thread (the rules still run PARALLEL_RULES at a time).
# Above it (a census of many thousand children) DuckDB's own threads pay off.
SINGLE_THREAD_ROWS = 500_000


class RuleDatabase:
    """One validation's DuckDB database: in memory, spilling to a private folder.

    Made by ``run_rules``, or beforehand by the caller (an import opens it while
    its worker processes read, so that it is ready when they finish) and then
    handed to ``run_rules``, which closes it.
    """

    def __init__(self) -> None:
        self._spill = tempfile.TemporaryDirectory(prefix="safeboard-validate-")
        self.connection = duckdb.connect(
            config={"memory_limit": MEMORY_LIMIT, "temp_directory": self._spill.name}
        )

    def close(self) -> None:
        try:
            self.connection.close()
        finally:
            self._spill.cleanup()


def run_rules(
    rules: Iterable[Rule],
    context: RuleContext,
    table_files: dict[str, Path],
    unparsed: Iterable[Finding] = (),
    advisory: frozenset[str] = frozenset(),
    database: RuleDatabase | None = None,
) -> list[Finding]:
    """Run every applicable rule over the staged tables; findings in the rules' order.

    ``table_files`` maps each view name to its Parquet file: the import's own
    tables and the related views (previous year, other return) found for it.
    ``unparsed`` are the findings of values that did not parse (the view ``unparsed``).
    The findings of the rules whose codes are in ``advisory`` never refuse the file
    (``Finding.refuses``): DfE's own rules. ``database``, when given, is used and
    closed.

    Each Parquet file is read once, into a table of one in-memory DuckDB
    database that every rule then queries (reading the file again for each
    of a hundred rules cost more than the rules). The tables that several
    rules derive alike are made once (``safeboard.validation.shared``). The
    rules' queries then run side by side on cursors of that database.
    """
    database = database or RuleDatabase()
    connection = database.connection
    try:
        largest = 0
        for table, path in table_files.items():
            # Tables, not views: read and decompressed once. The path is ours, quoted.
            (rows,) = connection.execute(
                f"CREATE TABLE {_ident(table)} AS "
                f"SELECT * FROM read_parquet({sql_literal(str(path))})"
            ).fetchone()  # DuckDB answers a CREATE TABLE AS with its rows
            largest = max(largest, rows)
        _create_unparsed(connection, unparsed)
        if largest < SINGLE_THREAD_ROWS:
            connection.execute("SET threads = 1")
        made: set[str] = set()
        queries: list[tuple[Rule, str]] = []
        for rule in rules:
            if not rule.applies(context):
                continue
            sql = rule.logic(context)
            if sql is None:
                continue
            create_needed(connection, sql, made)
            queries.append((rule, sql))
        return [
            finding
            for (rule, _), rows in zip(queries, _fetch_all(connection, queries), strict=True)
            for finding in _findings(rule, context, *rows, refuses=rule.code not in advisory)
        ]
    finally:
        database.close()


def _fetch_all(connection, queries: list[tuple[Rule, str]]) -> list[tuple[list[str], list]]:
    """Each query's (columns, first rows), in the queries' order."""
    workers = min(PARALLEL_RULES, len(queries))
    if workers <= 1:
        return [_fetch(connection, sql) for _, sql in queries]
    # One cursor per worker thread: a cursor is not to be shared between threads.
    cursors = [connection.cursor() for _ in range(workers)]
    free = list(cursors)
    lock = threading.Lock()

    def run(sql: str):
        with lock:
            cursor = free.pop()
        try:
            return _fetch(cursor, sql)
        finally:
            with lock:
                free.append(cursor)

    try:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(run, [sql for _, sql in queries]))
    finally:
        for cursor in cursors:
            cursor.close()


def _fetch(connection, sql: str) -> tuple[list[str], list]:
    result = connection.execute(f"SELECT * FROM ({sql}) LIMIT {MAX_FINDINGS_PER_RULE + 1}")
    columns = [column[0] for column in result.description]
    return columns, result.fetchall()


def _create_unparsed(connection, unparsed: Iterable[Finding]) -> None:
    connection.execute(
        f"CREATE TABLE {UNPARSED_VIEW} ("
        + ", ".join(f"{name} VARCHAR" for name in _UNPARSED_COLUMNS)
        + ")"
    )
    rows = [(f.file, f.position, f.child, f.table, f.field, f.value) for f in unparsed]
    if rows:
        connection.executemany(
            f"INSERT INTO {UNPARSED_VIEW} VALUES ({', '.join('?' * len(_UNPARSED_COLUMNS))})", rows
        )


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _findings(
    rule: Rule, context: RuleContext, columns: list[str], rows: list, refuses: bool = True
) -> list[Finding]:
    findings = []
    for row in rows[:MAX_FINDINGS_PER_RULE]:
        record = dict(zip(columns, row, strict=True))
        table = record.get("table") or (rule.tables[0] if rule.tables else "")
        findings.append(
            Finding(
                rule=rule.code,
                severity=rule.severity,
                message=record.get("message") or rule.message,
                guidance=rule.guidance,
                file=record.get("_file") or context.file_of.get(table, ""),
                table=table,
                field=record.get("field") or ",".join(rule.fields),
                position=record.get("_position") or "",
                child=record.get("child") or "",
                value="" if record.get("value") is None else str(record["value"]),
                refuses=refuses,
            )
        )
    if len(rows) > MAX_FINDINGS_PER_RULE:
        findings.append(
            Finding(
                rule=rule.code,
                severity=rule.severity,
                message=f"More than {MAX_FINDINGS_PER_RULE} rows fail this rule; only the first are listed.",
                guidance=rule.guidance,
                refuses=refuses,
            )
        )
    return findings


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
