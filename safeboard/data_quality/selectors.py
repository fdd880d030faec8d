"""What the data quality page shows, computed from the current snapshots."""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow.parquet as pq
from django.conf import settings

from safeboard.dataset.consistency import check
from safeboard.dataset.consistency.model import ConsistencyFinding, SourcedFigure
from safeboard.dataset.consistency.sources import workspace_figures
from safeboard.dataset.narrative import year_on_year_facts
from safeboard.returns.selectors import current_snapshots

# Completeness measures: (label, indicator, breakdown value, baseline dim, baseline value)
COMPLETENESS = (
    ("Referrals: ethnicity not recorded", "referrals_by_ethnicity", "Not recorded", "ethnicity", "Not recorded"),
    ("Referrals: language not recorded", "referrals_by_language", "Not recorded", "language", "Not recorded"),
    ("Referrals: child recorded as disabled", "referrals_disabled", "", None, None),
    ("Child protection plans: ethnicity not recorded", "cp_by_ethnicity", "Not recorded", "ethnicity", "Not recorded"),
    ("Child protection plans: language not recorded", "cp_by_language", "Not recorded", "language", "Not recorded"),
    ("Child protection plans: child recorded as disabled", "cp_disabled", "", None, None),
)  # fmt: skip


@dataclass(frozen=True)
class Completeness:
    label: str
    value: float | None
    numerator: int | None
    denominator: int | None
    baseline: float | None
    baseline_source: str


@dataclass(frozen=True)
class DataQuality:
    year: int
    findings: list[ConsistencyFinding]
    completeness: list[Completeness]


def latest_collection_year() -> int | None:
    years = [
        s.collection_year for s in current_snapshots() if s.kind == "cin" and s.collection_year
    ]
    return max(years) if years else None


def _baseline() -> dict[tuple[str, str], tuple[float, str]]:
    shares = {}
    for snapshot in current_snapshots():
        if snapshot.kind != "baseline":
            continue
        path = settings.WORKSPACE.snapshots_dir / snapshot.folder / "baseline.parquet"
        if path.exists():
            for row in pq.read_table(path).to_pylist():
                shares[(row["breakdown_dim"], row["breakdown_value"])] = (
                    row["percent"],
                    row["source"],
                )
    return shares


def _year_end(figures: list[SourcedFigure], indicator: str, value: str, year: int):
    end = f"{year}-03-31"
    for figure in figures:
        if (
            figure.indicator == indicator
            and figure.period_end == end
            and figure.breakdown_value == value
            and figure.source == "computed"
            and (figure.period_kind == "snapshot" or figure.period_start == f"{year - 1}-04-01")
        ):
            return figure
    return None


def data_quality(year: int) -> DataQuality:
    figures = workspace_figures(year)
    findings = check(figures, facts=year_on_year_facts(figures, year))
    baseline = _baseline()
    completeness = []
    for label, indicator, value, dim, base_value in COMPLETENESS:
        figure = _year_end(figures, indicator, value, year)
        share, source = baseline.get((dim, base_value), (None, "")) if dim else (None, "")
        completeness.append(
            Completeness(
                label=label,
                value=figure.value if figure else None,
                numerator=figure.numerator if figure else None,
                denominator=figure.denominator if figure else None,
                baseline=share,
                baseline_source=source,
            )
        )
    return DataQuality(year=year, findings=findings, completeness=completeness)
