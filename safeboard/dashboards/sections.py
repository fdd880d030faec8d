"""The dashboards as data: one section per section of the source report's Appendix A.

A section holds tables (the report's numbered tables, plus the DfE and local
measures of that section); a table holds rows (an indicator's total or its
breakdown) and the charts drawn from them. Nothing here computes or draws:
``figures`` supplies the numbers and ``charts`` turns a chart declaration
into Vega-Lite, once, for the page and for the report alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from safeboard.dataset.breakdowns import BREAKDOWNS, LABELS
from safeboard.dataset.registry import indicator

# Labels for breakdown values stored as codes (INDICATORS.md spells the values).
VALUE_LABELS: dict[str, dict[str, str]] = {
    **LABELS,
    "cp_category": {
        "NEG": "Neglect",
        "PHY": "Physical abuse",
        "SAB": "Sexual abuse",
        "EMO": "Emotional abuse",
        "MUL": "Multiple",
    },
}
TOTAL_LABEL = "Whole area"


def value_label(dim: str, value: str) -> str:
    if not dim:
        return TOTAL_LABEL
    return VALUE_LABELS.get(dim, {}).get(value, value)


@dataclass(frozen=True)
class Row:
    """One line of a table: an indicator's total (``dim`` empty) or one breakdown value."""

    indicator: str
    dim: str = ""
    value: str = ""
    label: str = ""

    @property
    def text(self) -> str:
        if self.label:
            return self.label
        if self.dim:
            return value_label(self.dim, self.value)
        return indicator(self.indicator).title


@dataclass(frozen=True)
class Breakdown:
    """Every value of an indicator's breakdown, as rows.

    The values of a fixed dimension come from INDICATORS.md, in its order;
    districts come from the figures (the population file names them).
    ``total`` puts the indicator's total first or last, or leaves it out.
    """

    indicator: str
    dim: str
    total: str = "none"  # "first", "last" or "none"


@dataclass(frozen=True)
class Trend:
    """Quarters and years as a trend: one line per row (same unit throughout)."""

    id: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Compare:
    """A breakdown's values compared as bars: the year beside the year before,
    and beside the baseline shares where a baseline exists for the dimension."""

    id: str
    title: str
    indicator: str
    dim: str
    baseline: bool = False


Chart = Trend | Compare


@dataclass(frozen=True)
class Table:
    id: str  # the report's table ("2.1"), or a slug for measures it did not print
    title: str
    lines: tuple[Row | Breakdown, ...]
    charts: tuple[Chart, ...] = ()
    baseline_dim: str = ""  # adds a column with the baseline shares of this dimension
    counts_with_shares: bool = False  # cells read "926 (8.6%)"
    note: str = ""

    @property
    def indicators(self) -> tuple[str, ...]:
        seen: list[str] = []
        for line in self.lines:
            if line.indicator not in seen:
                seen.append(line.indicator)
        return tuple(seen)

    @property
    def period_kind(self) -> str:
        return indicator(self.indicators[0]).period_kind

    @property
    def heading(self) -> str:
        return f"{self.id} {self.title}" if self.id[:1].isdigit() else self.title


@dataclass(frozen=True)
class Section:
    slug: str
    number: int
    title: str
    summary: str
    tables: tuple[Table, ...]
    notes: tuple[str, ...] = field(default=())

    @property
    def charts(self) -> tuple[Chart, ...]:
        return tuple(chart for table in self.tables for chart in table.charts)

    @property
    def indicators(self) -> tuple[str, ...]:
        return tuple(i for table in self.tables for i in table.indicators)


def _rows(*ids: str) -> tuple[Row, ...]:
    return tuple(Row(i) for i in ids)


SECTIONS: tuple[Section, ...] = (
    Section(
        slug="referrals",
        number=2,
        title="Contacts, referrals and assessments",
        summary="Children's social care contacts, referrals and statutory assessments, "
        "cumulative from 1 April in each quarter.",
        tables=(
            Table(
                "2.1",
                "Contacts, referrals and assessments",
                _rows(
                    "contacts",
                    "referrals",
                    "referrals_to_assessment",
                    "assessments_started",
                    "cin_open_2_months",
                ),
                charts=(
                    Trend(
                        "contacts-referrals",
                        "Contacts, referrals and assessments",
                        _rows("contacts", "referrals", "assessments_started", "cin_open_2_months"),
                    ),
                    Trend(
                        "referrals-to-assessment",
                        "Referrals moved on to assessment (%)",
                        _rows("referrals_to_assessment"),
                    ),
                ),
            ),
            Table(
                "2.2",
                "Referrals per 10,000 children aged 0-17, by district",
                (Breakdown("referral_rate", "district", total="last"),),
                charts=(
                    Compare(
                        "referral-rate-districts",
                        "Referrals per 10,000 children, by district",
                        "referral_rate",
                        "district",
                    ),
                ),
            ),
            Table(
                "2.3",
                "Referrals by ethnicity",
                (Breakdown("referrals_by_ethnicity", "ethnicity"),),
                charts=(
                    Compare(
                        "referrals-ethnicity",
                        "Referrals by ethnicity (%), beside the baseline",
                        "referrals_by_ethnicity",
                        "ethnicity",
                        baseline=True,
                    ),
                ),
                baseline_dim="ethnicity",
            ),
            Table(
                "2.3",
                "Referrals by language",
                (Breakdown("referrals_by_language", "language"),),
                charts=(
                    Compare(
                        "referrals-language",
                        "Referrals by language (%), beside the baseline",
                        "referrals_by_language",
                        "language",
                        baseline=True,
                    ),
                ),
                baseline_dim="language",
            ),
            Table("2.3", "Referrals of disabled children", _rows("referrals_disabled")),
            Table(
                "2.4",
                "Referrals by source of referral",
                (Breakdown("referrals_by_source", "referral_source"),),
                charts=(
                    Compare(
                        "referrals-source",
                        "Referrals by source of referral (%)",
                        "referrals_by_source",
                        "referral_source",
                    ),
                ),
                counts_with_shares=True,
            ),
            Table(
                "referrals-other",
                "Other measures of referrals, assessments and enquiries",
                _rows(
                    "referrals_nfa",
                    "rereferrals_12m",
                    "assessments_completed_45wd",
                    "assessments_completed_45wd_from_referral",
                    "s47_started",
                    "icpc",
                    "icpc_within_15wd",
                ),
                charts=(
                    Trend(
                        "timeliness",
                        "Assessments and conferences on time (%)",
                        _rows(
                            "assessments_completed_45wd",
                            "assessments_completed_45wd_from_referral",
                            "icpc_within_15wd",
                        ),
                    ),
                ),
                note="Measures DfE publishes (and one local measure) that the report did "
                "not print in a table.",
            ),
        ),
    ),
    Section(
        slug="children-in-need",
        number=3,
        title="Children in need, looked after and missing",
        summary="Children receiving child in need services at each quarter's end, "
        "looked-after children missing from placement, and residential placements.",
        tables=(
            Table(
                "3.1",
                "Children receiving child in need services",
                _rows("lac_open", "cp_open", "cin_open_other"),
                charts=(
                    Trend(
                        "children-in-need",
                        "Children receiving child in need services",
                        _rows("lac_open", "cp_open", "cin_open_other"),
                    ),
                ),
            ),
            Table(
                "3.5",
                "Looked-after children missing or away from placement",
                _rows(
                    "lac_missing_children",
                    "lac_missing_episodes",
                    "lac_missing_repeat_children",
                    "lac_missing_10plus_children",
                ),
                charts=(
                    Trend(
                        "missing",
                        "Looked-after children missing or away from placement",
                        _rows(
                            "lac_missing_children",
                            "lac_missing_episodes",
                            "lac_missing_repeat_children",
                        ),
                    ),
                ),
            ),
            Table(
                "3.6",
                "Looked-after children in residential placements",
                _rows("lac_residential"),
                charts=(
                    Trend(
                        "residential",
                        "Looked-after children in residential placements (%)",
                        _rows("lac_residential"),
                    ),
                ),
                counts_with_shares=True,
            ),
        ),
        notes=(
            (
                "Private fostering (3.2), the child sexual exploitation team (3.3), police "
                "investigations (3.4) and CAMHS waiting times (3.8) come from agency returns, "
                "not from the child-level data: see the agency returns' figures."
            ),
        ),
    ),
    Section(
        slug="child-protection",
        number=4,
        title="Child protection",
        summary="Children subject to a child protection plan at each quarter's end, "
        "who they are, and how plans end and recur.",
        tables=(
            Table(
                "4.1",
                "Children subject to a child protection plan per 10,000 children, by district",
                (Breakdown("cp_rate", "district", total="last"),),
                charts=(
                    Compare(
                        "cp-rate-districts",
                        "Children on a plan per 10,000 children, by district",
                        "cp_rate",
                        "district",
                    ),
                ),
            ),
            Table(
                "4.2",
                "Children subject to a child protection plan",
                _rows("cp_open"),
                charts=(
                    Trend(
                        "cp-open",
                        "Children subject to a child protection plan",
                        _rows("cp_open"),
                    ),
                ),
            ),
            Table(
                "4.2",
                "Children subject to a plan by gender",
                (Breakdown("cp_by_gender", "gender"),),
                charts=(
                    Compare("cp-gender", "Children on a plan by gender", "cp_by_gender", "gender"),
                ),
            ),
            Table(
                "4.2",
                "Children subject to a plan by age",
                (Breakdown("cp_by_age", "age_band"),),
                charts=(Compare("cp-age", "Children on a plan by age", "cp_by_age", "age_band"),),
            ),
            Table(
                "4.2",
                "Children subject to a plan by category of abuse",
                (Breakdown("cp_by_category", "cp_category"),),
                charts=(
                    Compare(
                        "cp-category",
                        "Children on a plan by category of abuse",
                        "cp_by_category",
                        "cp_category",
                    ),
                ),
            ),
            Table(
                "4.2",
                "Children subject to a plan by ethnicity",
                (Breakdown("cp_by_ethnicity", "ethnicity"),),
                charts=(
                    Compare(
                        "cp-ethnicity",
                        "Children on a plan by ethnicity (%), beside the baseline",
                        "cp_by_ethnicity",
                        "ethnicity",
                        baseline=True,
                    ),
                ),
                baseline_dim="ethnicity",
            ),
            Table(
                "4.2",
                "Children subject to a plan by language",
                (Breakdown("cp_by_language", "language"),),
                charts=(
                    Compare(
                        "cp-language",
                        "Children on a plan by language (%), beside the baseline",
                        "cp_by_language",
                        "language",
                        baseline=True,
                    ),
                ),
                baseline_dim="language",
            ),
            Table("4.2", "Children subject to a plan who are disabled", _rows("cp_disabled")),
            Table(
                "4.3",
                "Child protection performance indicators",
                _rows("cp_long_plans", "cp_short_plans", "cp_repeat", "cp_repeat_2y"),
                charts=(
                    Trend(
                        "cp-performance",
                        "Long, short and repeat plans (%)",
                        _rows("cp_long_plans", "cp_short_plans", "cp_repeat", "cp_repeat_2y"),
                    ),
                ),
            ),
            Table(
                "cp-other",
                "Plans started and ceased",
                _rows("cp_started", "cp_ceased"),
                charts=(
                    Trend(
                        "cp-started-ceased",
                        "Child protection plans started and ceased",
                        _rows("cp_started", "cp_ceased"),
                    ),
                ),
                note="Counts DfE publishes that the report did not print in a table; "
                "they are the denominators of table 4.3.",
            ),
        ),
    ),
)

BY_SLUG = {section.slug: section for section in SECTIONS}


def section_of(indicator_id: str) -> Section:
    """The section whose tables show an indicator."""
    for section in SECTIONS:
        if indicator_id in section.indicators:
            return section
    raise KeyError(f"No dashboard shows the indicator '{indicator_id}'.")


def chart_of(section: Section, chart_id: str) -> tuple[Table, Chart]:
    for table in section.tables:
        for chart in table.charts:
            if chart.id == chart_id:
                return table, chart
    raise KeyError(f"The {section.title} dashboard has no chart '{chart_id}'.")


def expand(line: Row | Breakdown, present: list[tuple[str, str]] | None = None) -> list[Row]:
    """A table line as rows. ``present`` gives the (dim, value) pairs the figures hold,
    for dimensions whose values come from the data (districts)."""
    if isinstance(line, Row):
        return [line]
    if line.dim in BREAKDOWNS:
        values = list(BREAKDOWNS[line.dim])
    else:
        values = sorted({v for d, v in present or () if d == line.dim})
    rows = [Row(line.indicator, line.dim, value) for value in values]
    total = Row(line.indicator, label=TOTAL_LABEL)
    if line.total == "first":
        return [total, *rows]
    if line.total == "last":
        return [*rows, total]
    return rows
