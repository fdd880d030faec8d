"""Run one rule unit over hand-written rows, as the import pipeline would."""

from __future__ import annotations

import tempfile
from pathlib import Path

from safeboard.returns.findings import Finding, Severity
from safeboard.returns.kinds import get_kind
from safeboard.returns.staging import Stage
from safeboard.validation.engine import Rule, RuleContext, run_rules, view_source
from safeboard.validation.structural import TYPE_CODE, TYPE_GUIDANCE

# (kind, rule code) of every rule a test ran: conftest.py checks none was skipped.
RAN: set[tuple[str, str]] = set()


def run_rule(
    rule: Rule,
    *,
    kind: str,
    year: int,
    tables: dict[str, list[dict]],
    unparsed: list[dict] | None = None,
    params: dict | None = None,
):
    """The findings of ``rule`` over ``tables`` (table -> rows of stored values).

    Each row's ``_position`` defaults to ``row N`` (its index from 1). A table
    may be a related view (``prev_Episodes``, ``cin_child``: see the engine),
    staged with the columns of the year and kind it comes from. ``unparsed``
    are values that did not parse, as the import reports them: dicts with
    ``table``, ``field``, ``position``, ``child`` and ``value`` (the view ``unparsed``).
    ``params`` are the context's parameters (``engine.LA_CODE``: the authority's code).
    """
    specs = {}
    for name in tables:
        source_kind, source_year, table = view_source(kind, year, name)
        specs[name] = get_kind(source_kind).table_specs(source_year)[table]
    with tempfile.TemporaryDirectory() as folder:
        stage = Stage(Path(folder), specs)
        for name, rows in tables.items():
            for index, row in enumerate(rows, start=1):
                stage.writer(name).append({"_file": "fixture", "_position": f"row {index}", **row})
        files = stage.close()
        context = RuleContext(
            kind=kind, collection_year=year, tables=frozenset(files), params=params or {}
        )
        type_findings = [
            Finding(
                rule=TYPE_CODE,
                severity=Severity.ERROR,
                message="not parsed",
                guidance=TYPE_GUIDANCE,
                file="fixture",
                **{k: row.get(k, "") for k in ("table", "field", "position", "child", "value")},
            )
            for row in unparsed or ()
        ]
        findings = run_rules([rule], context, files, unparsed=type_findings)
    RAN.add((kind, rule.code))
    return findings
