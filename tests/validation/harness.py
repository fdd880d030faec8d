"""Run one rule unit over hand-written rows, as the import pipeline would."""

from __future__ import annotations

import tempfile
from pathlib import Path

from safeboard.returns.kinds import get_kind
from safeboard.returns.staging import Stage
from safeboard.validation.engine import Rule, RuleContext, run_rules

# (kind, rule code) of every rule a test ran: conftest.py checks none was skipped.
RAN: set[tuple[str, str]] = set()


def run_rule(rule: Rule, *, kind: str, year: int, tables: dict[str, list[dict]]):
    """The findings of ``rule`` over ``tables`` (table -> rows of stored values).

    Each row's ``_position`` defaults to ``row N`` (its index from 1).
    """
    specs = get_kind(kind).table_specs(year)
    with tempfile.TemporaryDirectory() as folder:
        stage = Stage(Path(folder), {name: specs[name] for name in tables})
        for name, rows in tables.items():
            for index, row in enumerate(rows, start=1):
                stage.writer(name).append({"_file": "fixture", "_position": f"row {index}", **row})
        files = stage.close()
        context = RuleContext(kind=kind, collection_year=year, tables=frozenset(files))
        findings = run_rules([rule], context, files)
    RAN.add((kind, rule.code))
    return findings
