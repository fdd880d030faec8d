"""The data quality page's tables."""

from __future__ import annotations

from safeboard.web.components import table


def findings_table(findings):
    rows = []
    for finding in findings:
        involved = "; ".join(
            f"{f.indicator} {f.period_end}"
            + (f" {f.breakdown_dim}={f.breakdown_value}" if f.breakdown_dim else "")
            + f" ({f.source}{', table ' + f.table if f.table else ''}"
            + (f", {f.reference}" if f.reference else "")
            + f"): {f.value if f.value is not None else '-'}"
            for f in finding.figures
        )
        difference = "" if finding.difference is None else f"{finding.difference:g}"
        rows.append([finding.rule, finding.message, involved, difference])
    return table(
        caption="Consistency findings",
        head=["Rule", "What disagrees", "Figures involved", "Difference"],
        rows=rows,
        empty="No findings: every figure agrees with every other.",
    )


def completeness_table(measures):
    rows = []
    for m in measures:
        shown = (
            "No data"
            if m.value is None
            else f"{m.value:.1f}% ({m.numerator:,} of {m.denominator:,})"
        )
        base = "" if m.baseline is None else f"{m.baseline:.1f}% ({m.baseline_source})"
        rows.append([m.label, shown, base])
    return table(
        caption="How complete the returns are, at the year's end",
        head=["Measure", "This year", "Comparison population"],
        rows=rows,
    )
