"""Sentences built from figures for the report, each carrying the figures it cites.

"The number of children subject to a child protection plan rose by 28.5%, from
439 to 564." The consistency engine (``consistency/narrative.py``) reads such a
sentence back and recomputes it from the cited figures at every build, so a
sentence can never drift from the numbers beside it.
"""

from __future__ import annotations

from decimal import Decimal

from safeboard.dataset.compute import round_half_away
from safeboard.dataset.consistency.model import NarrativeFact, SourcedFigure

# What the year-on-year sentences talk about: indicator -> subject of the sentence.
SUBJECTS = {
    "referrals": "The number of referrals",
    "contacts": "The number of contacts",
    "cp_open": "The number of children subject to a child protection plan",
    "lac_open": "The number of looked-after children",
    "cp_started": "The number of child protection plans started",
    "lac_missing_episodes": "The number of missing episodes of looked-after children",
}


def _shown(figure: SourcedFigure) -> str:
    if figure.unit == "count":
        return f"{int(figure.value):,}"
    return f"{figure.value:.1f}{'%' if figure.unit == 'percent' else ''}"


def change_fact(
    earlier: SourcedFigure, later: SourcedFigure, *, subject: str
) -> NarrativeFact | None:
    """The sentence saying how a figure moved between two periods (None if it did not)."""
    if earlier.value is None or later.value is None or earlier.value == 0:
        return None
    if later.value == earlier.value:
        return None
    change = (
        (Decimal(str(later.value)) - Decimal(str(earlier.value)))
        * 100
        / Decimal(str(earlier.value))
    )
    percent = round_half_away(abs(change))
    verb = "rose" if later.value > earlier.value else "fell"
    text = f"{subject} {verb} by {percent:.1f}%, from {_shown(earlier)} to {_shown(later)}."
    return NarrativeFact(text=text, cites=(earlier.key, later.key))


def year_on_year_facts(figures: list[SourcedFigure], collection_year: int) -> list[NarrativeFact]:
    """For each subject: the year's total against the year before's (year-end figures)."""
    end = f"{collection_year}-03-31"
    before = f"{collection_year - 1}-03-31"
    totals = {
        (f.indicator, f.period_end): f
        for f in figures
        if f.breakdown_dim == "" and f.period_end in (end, before) and _whole_year(f)
    }
    facts = []
    for indicator, subject in SUBJECTS.items():
        earlier, later = totals.get((indicator, before)), totals.get((indicator, end))
        if earlier is not None and later is not None:
            fact = change_fact(earlier, later, subject=subject)
            if fact is not None:
                facts.append(fact)
    return facts


def _whole_year(figure: SourcedFigure) -> bool:
    # A snapshot at 31 March, or a cumulative figure over the whole year.
    return figure.period_kind == "snapshot" or figure.period_start.endswith("-04-01")
