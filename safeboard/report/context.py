"""What every section of one build reads: the report, the year, the dataset as
published (disclosure-controlled), the citable facts and the inputs record."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cached_property

from safeboard.dashboards.figures import YearFigures, current_snapshots, year_figures
from safeboard.dataset.consistency import sourced
from safeboard.dataset.disclosure import publish
from safeboard.report.facts import ReportFact, dataset_facts, record_facts
from safeboard.report.inputs import Inputs
from safeboard.report.models import AnnualReport


@dataclass
class BuildContext:
    report: AnnualReport
    inputs: Inputs = field(default_factory=Inputs)

    @property
    def year(self) -> int:
        return self.report.year

    @property
    def partnership(self):
        return self.report.partnership

    @cached_property
    def snapshots(self) -> list:
        """The current snapshots, read once: everything the build computes reads these,
        so an import landing during the build changes nothing in it."""
        held = current_snapshots()
        self.inputs.snapshots(held)
        return held

    @cached_property
    def figures(self) -> YearFigures:
        """The dataset's figures for the year, as computed (never printed as they are)."""
        return year_figures(self.year, self.snapshots)

    @cached_property
    def published(self) -> dict[tuple, str]:
        """(indicator, period_end, dim, value) -> the text to print, after disclosure control."""
        shown = self.figures.shown()
        return {
            (f.indicator, f.period_end, f.breakdown_dim, f.breakdown_value): p.shown
            for f, p in zip(shown, publish(shown), strict=True)
        }

    @cached_property
    def published_figures(self) -> YearFigures:
        """The year's figures without those disclosure control withholds: for charts."""
        held = self.figures
        withheld = {key for key, text in self.published.items() if text == "c"}
        return dataclasses.replace(
            held,
            cache_key=f"{held.cache_key}:published",
            figures={k: f for k, f in held.figures.items() if k not in withheld},
        )

    @cached_property
    def facts(self) -> dict[str, ReportFact]:
        figures = [sourced(f) for f in self.figures.shown()]
        withheld = {key for key, text in self.published.items() if text == "c"}
        facts = {
            name: fact
            for name, fact in dataset_facts(figures, self.year).items()
            # A sentence quoting a suppressed figure would undo the suppression.
            if not any(
                (k.indicator, k.period_end, k.breakdown_dim, k.breakdown_value) in withheld
                for k in fact.narrative.cites
            )
        }
        return {**facts, **record_facts(self.year)}
