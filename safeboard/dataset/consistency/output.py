"""Findings as JSON (an array, each finding with its figures) and CSV (a row per figure
of each finding, numbered so the rows of one finding read together)."""

from __future__ import annotations

import csv
import io
import json

from safeboard.dataset.consistency.model import FIGURE_COLUMNS, ConsistencyFinding

CSV_COLUMNS = ["finding", "rule", "severity", "difference", "message", "fact", *FIGURE_COLUMNS]


def findings_json(findings: list[ConsistencyFinding]) -> str:
    return json.dumps([f.as_dict() for f in findings], indent=1) + "\n"


def findings_csv(findings: list[ConsistencyFinding]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for number, finding in enumerate(findings, start=1):
        head = {
            "finding": number,
            "rule": finding.rule,
            "severity": finding.severity,
            "difference": "" if finding.difference is None else finding.difference,
            "message": finding.message,
            "fact": finding.fact,
        }
        for figure in finding.figures or (None,):
            writer.writerow({**head, **(figure.as_dict() if figure else {})})
    return buffer.getvalue()
