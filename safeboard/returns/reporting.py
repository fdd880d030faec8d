"""Findings for people: grouped by rule, as a terminal table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from dataclasses import dataclass

from safeboard.records.exports import neutralise
from safeboard.returns.findings import Finding

FINDING_COLUMNS = [
    "rule",
    "severity",
    "file",
    "table",
    "field",
    "position",
    "child",
    "value",
    "message",
    "guidance",
]


@dataclass(frozen=True)
class RuleSummary:
    rule: str
    severity: str
    count: int
    message: str
    guidance: str
    example: str  # where the first one is


def summarise(findings: list[Finding]) -> list[RuleSummary]:
    counts = Counter((f.rule, f.severity.value, f.field) for f in findings)
    first: dict[tuple, Finding] = {}
    for finding in findings:
        first.setdefault((finding.rule, finding.severity.value, finding.field), finding)
    ordered = sorted(counts.items(), key=lambda item: (item[0][1] != "error", -item[1], item[0]))
    return [
        RuleSummary(
            rule=rule,
            severity=severity,
            count=count,
            message=first[(rule, severity, field)].message,
            guidance=first[(rule, severity, field)].guidance,
            example=", ".join(
                p
                for p in (
                    first[(rule, severity, field)].file,
                    first[(rule, severity, field)].position,
                )
                if p
            ),
        )
        for (rule, severity, field), count in ordered
    ]


def findings_csv(findings: list[Finding]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FINDING_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for finding in findings:
        # Values come from the uploaded file: a cell like =HYPERLINK(...) must stay text.
        writer.writerow({key: neutralise(value) for key, value in finding.as_dict().items()})
    return buffer.getvalue()


def findings_json(findings: list[Finding]) -> str:
    return json.dumps([f.as_dict() for f in findings], indent=1)


def findings_table(findings: list[Finding], *, width: int = 100) -> str:
    """A plain-text table by rule, for a terminal."""
    if not findings:
        return "No findings."
    lines = [f"{'rule':<16} {'severity':<8} {'count':>7}  first at / message"]
    lines.append("-" * min(width, 100))
    for summary in summarise(findings):
        lines.append(
            f"{summary.rule:<16} {summary.severity:<8} {summary.count:>7}  {summary.example}"
        )
        lines.append(f"{'':<34}{summary.message}")
        lines.append(f"{'':<34}What to do: {summary.guidance}")
    return "\n".join(lines)
