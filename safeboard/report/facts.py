"""The facts narrative sections may cite by name: ``[[fact:change.cp_open]]``.

Each fact is a sentence built from figures at build time (the dataset's
narrative facts), with the figures it cites, so the consistency engine can
re-check it and a build can refuse to publish a sentence whose figures
disagree with others.
"""

from __future__ import annotations

from dataclasses import dataclass

from safeboard.dataset.consistency.model import NarrativeFact
from safeboard.dataset.narrative import year_on_year_facts


@dataclass(frozen=True)
class ReportFact:
    name: str
    text: str
    narrative: NarrativeFact | None = None  # None for facts from the board's records


def dataset_facts(figures, year: int) -> dict[str, ReportFact]:
    """``change.<indicator>``: how a dataset figure moved over the year."""
    found = {}
    for fact in year_on_year_facts(figures, year):
        name = f"change.{fact.cites[-1].indicator}"
        found[name] = ReportFact(name=name, text=fact.text, narrative=fact)
    return found
