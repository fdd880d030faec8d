"""The indicator SQL keeps to the portable subset docs/deploy.md promises.

A regional group runs the same indicators over pooled snapshots on another
engine (Spark); docs/deploy.md ("The indicator SQL") lists the rules. Without a
SQL translator among the dependencies, this checks the rules themselves: every
function an indicator calls is standard or one of the macros (macros.sql, and
cp_children_at in inputs.py), which
deploy.md maps to Spark, and no DuckDB-only syntax appears.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INDICATORS = ROOT / "safeboard" / "dataset" / "indicators"
# The scalar macros, and the views with the one table macro (cp_children_at).
MACRO_FILES = (
    ROOT / "safeboard" / "dataset" / "macros.sql",
    ROOT / "safeboard" / "dataset" / "inputs.py",
)

# Functions with the same meaning in DuckDB, PostgreSQL and Spark SQL.
PORTABLE_FUNCTIONS = {
    "count", "sum", "max", "min", "coalesce", "nullif", "trim", "upper", "lower",
    "year", "month", "row_number",
}  # fmt: skip
# SQL words that a "(" may follow, and the column list of a VALUES alias ("AS v (a, b)").
SYNTAX = {"and", "or", "not", "as", "in", "exists", "filter", "over", "from", "values", "v"}
DUCKDB_ONLY = (r"\bQUALIFY\b", r"\bEXCLUDE\b", r"::", r"\bILIKE\b", r"\bINTERVAL\b", r"\blist_")


def _code(path: Path) -> str:
    """The SQL without comments and with string literals emptied."""
    text = re.sub(r"--[^\n]*", "", path.read_text())
    return re.sub(r"'[^']*'", "''", text)


def _macros() -> set[str]:
    return {
        m.lower()
        for path in MACRO_FILES
        for m in re.findall(r"CREATE OR REPLACE MACRO (\w+)", path.read_text())
    }


def test_there_are_indicators_and_macros_to_check():
    assert len(list(INDICATORS.glob("*.sql"))) >= 30
    assert {"add_months", "age_at", "working_days_between", "cp_children_at"} <= _macros()


def test_indicators_call_only_portable_functions_and_the_macros():
    allowed = PORTABLE_FUNCTIONS | SYNTAX | _macros()
    strays = {}
    for path in sorted(INDICATORS.glob("*.sql")):
        calls = {c.lower() for c in re.findall(r"\b([A-Za-z_]\w*)\s*\(", _code(path))}
        if calls - allowed:
            strays[path.name] = sorted(calls - allowed)
    assert strays == {}, "move engine-specific SQL into macros.sql and map it in docs/deploy.md"


def test_indicators_use_no_duckdb_only_syntax():
    found = {
        path.name: [p for p in DUCKDB_ONLY if re.search(p, _code(path), re.IGNORECASE)]
        for path in sorted(INDICATORS.glob("*.sql"))
    }
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_every_macro_is_mapped_for_another_engine_in_deploy_md():
    text = (ROOT / "docs" / "deploy.md").read_text()
    grouped = re.search(r"\| macro \| DuckDB body \| Spark SQL equivalent \|(.*?)\n\n", text, re.S)
    assert grouped, "docs/deploy.md lost its table of macros"
    unmapped = sorted(m for m in _macros() if f"`{m}" not in grouped.group(1))
    assert unmapped == []
