"""Rules and how they run.

A rule's logic is a function that receives a ``RuleContext`` and returns SQL
selecting the failing rows from the staged tables, with the columns
``_position``, ``child``, ``value`` (and optionally ``_file``, ``field``,
``table`` and ``message``).
The engine runs each rule's SQL in DuckDB over the Parquet files of an
import and turns every failing row into a ``Finding``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from safeboard.returns.findings import Finding, Severity

MAX_FINDINGS_PER_RULE = 10_000  # beyond this a rule's rows are counted, not listed


@dataclass(frozen=True)
class RuleContext:
    """What a rule may depend on: the kind, the collection year and the tables present."""

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


def run_rules(
    rules: Iterable[Rule], context: RuleContext, table_files: dict[str, Path]
) -> list[Finding]:
    """Run every applicable rule over the staged Parquet tables."""
    connection = duckdb.connect()
    try:
        for table, path in table_files.items():
            # Views cannot take parameters; the path is ours (a staging folder), quoted.
            connection.execute(
                f"CREATE VIEW {_ident(table)} AS SELECT * FROM read_parquet({sql_literal(str(path))})"
            )
        findings: list[Finding] = []
        for rule in rules:
            if rule.applies(context):
                findings.extend(_run_one(connection, rule, context))
        return findings
    finally:
        connection.close()


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _run_one(connection, rule: Rule, context: RuleContext) -> list[Finding]:
    sql = rule.logic(context)
    if sql is None:
        return []
    relation = connection.sql(f"SELECT * FROM ({sql}) LIMIT {MAX_FINDINGS_PER_RULE + 1}")
    columns = relation.columns
    rows = relation.fetchall()
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
            )
        )
    if len(rows) > MAX_FINDINGS_PER_RULE:
        findings.append(
            Finding(
                rule=rule.code,
                severity=rule.severity,
                message=f"More than {MAX_FINDINGS_PER_RULE} rows fail this rule; only the first are listed.",
                guidance=rule.guidance,
            )
        )
    return findings


def sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
