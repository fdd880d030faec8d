"""The panel's year as one set of figures, suppressed or in full.

``year_figures(panel, year, suppressed=True)`` is what every signed-in user
may see: small numbers of children hidden (``disclosure``). The panel's
members and the business unit get ``suppressed=False``. The pages, the
exports and the tests all read this one set, so they cannot disagree.

Counts of meetings and of actions are not counts of children and are never
suppressed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from safeboard.cdop import summaries
from safeboard.cdop.disclosure import Group, suppress
from safeboard.cdop.models import CaseReview
from safeboard.common.numbers import percent
from safeboard.dataset.disclosure import NOT_APPLICABLE, NOT_AVAILABLE, SUPPRESSED
from safeboard.records.years import year_bounds

ALL = ""  # the panel's total in a key


@dataclass(frozen=True)
class Row:
    """One published figure: what it is, its breakdown, and the value as shown."""

    figure: str
    breakdown: str
    shown: str


@dataclass
class YearFigures:
    year: int
    panel_name: str
    authorities: list[str]
    suppressed: bool
    counts: dict = field(default_factory=dict)
    hidden: dict = field(default_factory=dict)
    median_days: Decimal | None = None

    def shown(self, key) -> str:
        if key in self.hidden:
            return SUPPRESSED
        return str(self.counts[key])

    def share(self, numerator, denominator) -> str:
        """A percent to 1 dp; ``c`` if either count is hidden, ``z`` if nothing to divide by."""
        if not self.counts[denominator]:
            return NOT_APPLICABLE
        if numerator in self.hidden or denominator in self.hidden:
            return SUPPRESSED
        return str(percent(self.counts[numerator], self.counts[denominator]))

    def median(self) -> str:
        """The median days from death to review: hidden with the number it is taken over."""
        if self.median_days is None:
            return NOT_AVAILABLE
        if ("reviewed", ALL) in self.hidden:
            return SUPPRESSED
        return f"{self.median_days.normalize():f}"

    def any_hidden(self) -> bool:
        return bool(self.hidden)

    def rows(self) -> list[Row]:
        """Every figure as a row, for the exports."""
        every = self.authorities + [ALL]

        def name(la: str) -> str:
            return la or "All"

        rows = [Row("Panel meetings held", "All", self.shown(("panels",)))]
        rows += [Row("Deaths notified", name(la), self.shown(("notified", la))) for la in every]
        rows += [
            Row("Unexpected deaths notified", "All", self.shown(("unexpected",))),
            Row("Joint agency responses", "All", self.shown(("jar",))),
        ]
        rows += [Row("Deaths reviewed", name(la), self.shown(("reviewed", la))) for la in every]
        for la in self.authorities:
            rows += [
                Row(f"Deaths reviewed, {la}, by category", c.label, self.shown(("category", la, c)))
                for c in summaries.CATEGORIES
            ]
        rows += [
            Row("Deaths reviewed with modifiable factors", name(la), self.shown(("modifiable", la)))
            for la in every
        ]
        rows += [
            Row(
                "Share of deaths reviewed with modifiable factors (%)",
                name(la),
                self.share(("modifiable", la), ("reviewed", la)),
            )
            for la in every
        ]
        rows += [
            Row("Deaths reviewed by time from death to review", band, self.shown(("band", band)))
            for band in summaries.BANDS
        ]
        rows += [
            Row("Median days from death to review", "All", self.median()),
            Row("Actions raised", "All", self.shown(("actions_raised",))),
            Row(
                f"Actions completed by {year_bounds(self.year)[1]:%d %B %Y}",
                "All",
                self.shown(("actions_completed",)),
            ),
        ]
        return rows


def year_figures(*, panel, year: int, suppressed: bool = True) -> YearFigures:
    """The panel's figures for the year (see the module's docstring)."""
    names = [la.name for la in summaries.authorities(panel)]
    counts: dict = {}
    groups: list[Group] = []

    def add_breakdown(kind: str, by_authority: dict[str, int]) -> None:
        for la, n in by_authority.items():
            counts[(kind, la)] = n
        counts[(kind, ALL)] = sum(by_authority.values())
        groups.append(Group((kind, ALL), tuple((kind, la) for la in names)))

    add_breakdown("notified", summaries.deaths_notified(panel=panel, year=year))
    kinds = summaries.notified_kinds(panel=panel, year=year)
    counts[("unexpected",)] = kinds.unexpected
    counts[("jar",)] = kinds.joint_agency_response

    add_breakdown("reviewed", summaries.deaths_reviewed(panel=panel, year=year))
    for la, by_category in summaries.reviewed_by_category(panel=panel, year=year).items():
        for category, n in by_category.items():
            counts[("category", la, CaseReview.Category(category))] = n
        groups.append(
            Group(("reviewed", la), tuple(("category", la, c) for c in summaries.CATEGORIES))
        )

    modifiable = summaries.modifiable_factors(panel=panel, year=year)
    add_breakdown(
        "modifiable", {la: found[CaseReview.Modifiable.YES] for la, found in modifiable.items()}
    )

    timing = summaries.death_to_review(panel=panel, year=year)
    for band, n in timing.bands.items():
        counts[("band", band)] = n
    groups.append(Group(("reviewed", ALL), tuple(("band", band) for band in summaries.BANDS)))

    # Counts of children take part in suppression; meetings and actions do not.
    hidden = suppress(counts, groups, threshold=None if suppressed else 0)
    counts[("panels",)] = summaries.panels_held(panel=panel, year=year)
    counts[("actions_raised",)] = summaries.actions_raised(panel=panel, year=year)
    counts[("actions_completed",)] = summaries.actions_completed(panel=panel, year=year)
    return YearFigures(
        year=year,
        panel_name=panel.name,
        authorities=names,
        suppressed=suppressed,
        counts=counts,
        hidden=hidden,
        median_days=timing.median_days,
    )
