"""Runs csc-validator-be-cin on one CIN census XML; executed by ITS interpreter.

Usage (from tools/d2i/runner.py): ``python driver_cin.py OUT.json YEAR FILE.xml``.
Imports only the D2I package and the standard library, because it runs in
D2I's own virtual environment (pandas < 2), never in ours. Writes per-rule
counts and the wall time of parse + ingest + rules, measured here so that the
interpreter's start and the package's imports are not counted.
"""

import contextlib
import io
import json
import re
import sys
import time
import xml.etree.ElementTree as ET  # noqa: N817 (D2I's own parser, as their tool calls it)
from importlib.metadata import version

CHILD_IDS = 50  # per rule, for tracing a difference to children


def main(out_path, collection_year, xml_path):
    from cin_validator import cin_validator
    from cin_validator.rules.ruleset_utils import get_year_ruleset

    registry = get_year_ruleset(str(collection_year))
    captured = io.StringIO()
    started = time.perf_counter()
    # Their CLI's own sequence: parse, convert to tables, convert dates, run every rule.
    root = ET.parse(xml_path).getroot()  # noqa: S314 (our own synthetic files, their parser)
    raw = cin_validator.convert_data(root)
    tables = cin_validator.process_data(raw)
    ingested = time.perf_counter()
    with contextlib.redirect_stdout(captured):  # they print rules that crash, and go on
        validator = cin_validator.CinValidator(tables, registry)
    finished = time.perf_counter()

    issues = validator.full_issue_df
    counts = {}
    for code, group in issues.groupby(issues["rule_code"].astype(str)):
        rows = group[["tables_affected", "row_id"]].astype(str).drop_duplicates()
        counts[code] = {
            "rows": int(len(rows)),
            "children": int(group["child_id"].astype(str).nunique()),
            # Synthetic ids only ever reach this (the comparison's own files): for tracing.
            "child_ids": sorted(group["child_id"].astype(str).unique().tolist())[:CHILD_IDS],
            "tables": sorted(group["tables_affected"].astype(str).unique().tolist()),
        }
    # Header and return-level issues carry no child.
    for code in validator.multichild_issues.get("rule_code", []):
        counts.setdefault(str(code), {"rows": 0, "children": 0, "tables": [], "return_level": True})
    crashes = dict(re.findall(r"Error with rule (\S+?): (.*)", captured.getvalue()))
    result = {
        "kind": "cin",
        "package": "csc-validator-be-cin",
        "version": version("csc-validator-be-cin"),
        "collection_year": int(collection_year),
        "rules": sorted(str(code) for code in registry),
        "counts": counts,
        "failed_rules": sorted(crashes),
        "failure_messages": crashes,
        "seconds": finished - started,
        "ingest_seconds": ingested - started,
        "rules_seconds": finished - ingested,
    }
    with open(out_path, "w", encoding="utf-8") as out:
        json.dump(result, out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
