"""What every relation reads: the figures, indexed; the facts; the declarations.

``nearest`` picks, among figures that could stand for a named quantity, those
closest to a given figure: the same source, reference and table first (the
count printed in the same table), then the same source and reference, then
the same source, then any. So a published share is held against the count
printed beside it, and against a count from elsewhere only when its own
publication gives none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from safeboard.dataset.compute import round_half_away
from safeboard.dataset.consistency.declarations import DECLARATIONS, Declarations
from safeboard.dataset.consistency.model import NarrativeFact, SourcedFigure, dec


@dataclass(frozen=True)
class Context:
    figures: tuple[SourcedFigure, ...]
    facts: tuple[NarrativeFact, ...] = ()
    declarations: Declarations = field(default=DECLARATIONS)

    @cached_property
    def by_quantity(self) -> dict[tuple, list[SourcedFigure]]:
        index: dict[tuple, list[SourcedFigure]] = defaultdict(list)
        for figure in self.figures:
            index[figure.quantity].append(figure)
        return index

    def total_of(self, indicator: str, period: tuple[str, str, str]) -> list[SourcedFigure]:
        """Every figure of ``indicator``'s total (no breakdown) for the period."""
        return self.by_quantity.get((indicator, *period, "", ""), [])

    def at(
        self, indicator: str, period_end: str, breakdown: tuple[str, str] = ("", "")
    ) -> list[SourcedFigure]:
        """Every figure of ``indicator`` for a period ending on ``period_end``."""
        return [
            f
            for f in self.figures
            if f.indicator == indicator
            and f.period_end == period_end
            and (f.breakdown_dim, f.breakdown_value) == breakdown
        ]

    def places(self, unit: str) -> int:
        return self.declarations.places(unit)


def nearest(candidates: Iterable[SourcedFigure], to: SourcedFigure) -> list[SourcedFigure]:
    candidates = [c for c in candidates if c is not to]
    tiers = (
        lambda c: (c.source, c.reference, c.table) == (to.source, to.reference, to.table),
        lambda c: (c.source, c.reference) == (to.source, to.reference),
        lambda c: c.source == to.source,
        lambda c: True,
    )
    for tier in tiers:
        chosen = [c for c in candidates if tier(c)]
        if chosen:
            return sorted(chosen, key=SourcedFigure.sort_key)
    return []


def distinct_counts(figures: Sequence[SourcedFigure]) -> list[SourcedFigure]:
    """One figure per distinct count (the first, in sort order); figures with no count
    are left out."""
    seen: set[Decimal] = set()
    kept = []
    for figure in sorted(figures, key=SourcedFigure.sort_key):
        count = figure.count
        if count is None or count in seen:
            continue
        seen.add(count)
        kept.append(figure)
    return kept


def rounded(value: float | Decimal, places: int) -> Decimal:
    """Half away from zero, as values are printed (compute.round_half_away)."""
    return Decimal(str(round_half_away(dec(value), places)))
