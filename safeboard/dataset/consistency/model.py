"""What the consistency engine reads and what it reports.

- ``SourcedFigure``: one figure in INDICATORS.md's output shape with where it
  comes from: ``source`` (``computed``, ``return`` or ``published``) and, where
  it was printed or is defined, ``table`` (e.g. ``2.1``) and ``reference``
  (e.g. ``Annual Report 2017-18``). Built from a ``compute.Figure``, a
  published row or by hand; ``compute.Figure`` itself is left as it is.
- ``FigureKey``: which figure(s) a narrative statement cites; a field left
  ``None`` matches anything.
- ``NarrativeFact``: a generated sentence and the figures it cites.
- ``ConsistencyFinding``: one breach of one relation, naming every figure
  involved, the rule and the size of the difference.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from decimal import Decimal

from safeboard.dataset.compute import Figure

SOURCES = ("computed", "return", "published")
SEVERITY_ERROR = "error"
FACT_KINDS = ("change",)


def _iso(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _int(value) -> int | None:
    if value is None or value == "":
        return None
    return int(value)


def _float(value) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


@dataclass(frozen=True)
class FigureKey:
    """A reference to a figure: the quantity, optionally narrowed to a source, table or
    reference. ``period_start`` ``None`` matches any start (a snapshot's is its end)."""

    indicator: str
    period_end: str
    period_start: str | None = None
    breakdown_dim: str = ""
    breakdown_value: str = ""
    source: str | None = None
    table: str | None = None
    reference: str | None = None

    def matches(self, figure: SourcedFigure) -> bool:
        return (
            figure.indicator == self.indicator
            and figure.period_end == self.period_end
            and self.period_start in (None, figure.period_start)
            and figure.breakdown_dim == self.breakdown_dim
            and figure.breakdown_value == self.breakdown_value
            and self.source in (None, figure.source)
            and self.table in (None, figure.table)
            and self.reference in (None, figure.reference)
        )

    def describe(self) -> str:
        where = ", ".join(
            f"{name} {getattr(self, name)}"
            for name in ("source", "table", "reference")
            if getattr(self, name) is not None
        )
        breakdown = (
            f"{self.breakdown_dim} {self.breakdown_value}" if self.breakdown_dim else "total"
        )
        return f"{self.indicator} at {self.period_end} ({breakdown}{', ' + where if where else ''})"


@dataclass(frozen=True)
class SourcedFigure:
    """A figure (the output-shape columns) with its source, table and reference."""

    indicator: str
    period_kind: str
    period_start: str
    period_end: str
    breakdown_dim: str
    breakdown_value: str
    numerator: int | None
    denominator: int | None
    value: float | None
    unit: str
    source: str = "computed"
    table: str = ""
    reference: str = ""

    def __post_init__(self) -> None:
        if self.source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {self.source!r}.")

    @classmethod
    def of(cls, figure: Figure, *, table: str | None = None, reference: str = "") -> SourcedFigure:
        """A computed (or returned) figure; ``table`` defaults to the indicator's report table."""
        if table is None:
            from safeboard.dataset.registry import indicators

            known = indicators().get(figure.indicator)
            table = known.report_table if known else ""
        return cls(**figure.as_dict(), table=table, reference=reference)

    @classmethod
    def from_row(cls, row: Mapping, *, source: str | None = None) -> SourcedFigure:
        """From a dict in the output shape (a published snapshot's row, a CSV row)."""
        return cls(
            indicator=str(row["indicator"]),
            period_kind=str(row["period_kind"]),
            period_start=_iso(row["period_start"]),
            period_end=_iso(row["period_end"]),
            breakdown_dim=row.get("breakdown_dim") or "",
            breakdown_value=row.get("breakdown_value") or "",
            numerator=_int(row.get("numerator")),
            denominator=_int(row.get("denominator")),
            value=_float(row.get("value")),
            unit=str(row["unit"]),
            source=source or row.get("source") or "published",
            table=row.get("table") or "",
            reference=row.get("reference") or "",
        )

    @property
    def quantity(self) -> tuple[str, str, str, str, str, str]:
        """What the figure measures, whatever its source: indicator, period, breakdown."""
        return (
            self.indicator,
            self.period_kind,
            self.period_start,
            self.period_end,
            self.breakdown_dim,
            self.breakdown_value,
        )

    @property
    def period(self) -> tuple[str, str, str]:
        return (self.period_kind, self.period_start, self.period_end)

    @property
    def key(self) -> FigureKey:
        """The key a narrative fact cites this very figure by."""
        return FigureKey(
            indicator=self.indicator,
            period_end=self.period_end,
            period_start=self.period_start,
            breakdown_dim=self.breakdown_dim,
            breakdown_value=self.breakdown_value,
            source=self.source,
            table=self.table,
            reference=self.reference,
        )

    @property
    def is_total(self) -> bool:
        return self.breakdown_dim == ""

    @property
    def count(self) -> Decimal | None:
        """The figure as a count: its numerator, else its value (a published plain count
        may give only the value)."""
        if self.numerator is not None:
            return Decimal(self.numerator)
        if self.unit == "count" and self.value is not None:
            return dec(self.value)
        return None

    def sort_key(self) -> tuple:
        return (
            self.indicator,
            self.period_kind,
            self.period_start,
            self.period_end,
            self.breakdown_dim,
            self.breakdown_value,
            self.source,
            self.table,
            self.reference,
            -1 if self.value is None else self.value,
            -1 if self.numerator is None else self.numerator,
            -1 if self.denominator is None else self.denominator,
        )

    def describe(self) -> str:
        """One line naming the figure: what, when, which breakdown, how much, from where."""
        period = (
            f"at {self.period_end}"
            if self.period_kind == "snapshot"
            else f"{self.period_start} to {self.period_end}"
        )
        breakdown = (
            f"{self.breakdown_dim} {self.breakdown_value}" if self.breakdown_dim else "total"
        )
        amount = "no value" if self.value is None else f"{fmt(dec(self.value))}"
        if self.denominator is not None:
            amount += f" ({self.numerator}/{self.denominator})"
        where = [self.source]
        if self.table:
            where.append(f"table {self.table}")
        if self.reference:
            where.append(self.reference)
        return f"{self.indicator} {period}, {breakdown}: {amount} [{', '.join(where)}]"

    def as_dict(self) -> dict:
        return asdict(self)


FIGURE_COLUMNS = [f.name for f in fields(SourcedFigure)]


@dataclass(frozen=True)
class NarrativeFact:
    """A sentence built from figures, and the figures it cites.

    ``kind="change"``: a sentence such as "rose by 28.5%, from 439 to 564";
    ``cites`` is (the earlier figure, the later figure).
    """

    text: str
    cites: tuple[FigureKey, ...]
    kind: str = "change"

    def __post_init__(self) -> None:
        object.__setattr__(self, "cites", tuple(self.cites))
        if self.kind not in FACT_KINDS:
            raise ValueError(f"A narrative fact's kind is one of {FACT_KINDS}, not {self.kind!r}.")
        if self.kind == "change" and len(self.cites) != 2:
            raise ValueError("A change cites two figures: the earlier and the later.")


@dataclass(frozen=True)
class ConsistencyFinding:
    rule: str
    message: str
    figures: tuple[SourcedFigure, ...]
    difference: float | None
    severity: str = SEVERITY_ERROR
    fact: str = ""
    cites: tuple[FigureKey, ...] = field(default=())

    def sort_key(self, order: Mapping[str, int]) -> tuple:
        return (
            order.get(self.rule, len(order)),
            tuple(f.sort_key() for f in self.figures),
            self.fact,
            self.message,
        )

    def as_dict(self) -> dict:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "difference": self.difference,
            "fact": self.fact,
            "figures": [f.as_dict() for f in self.figures],
        }


# ---- numbers ----------------------------------------------------------------------------


def dec(value: float | int | Decimal) -> Decimal:
    """A float as the decimal it was written as (41.9, not 41.89999...)."""
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def fmt(value: Decimal | None) -> str:
    """A number as written: no trailing zeros beyond what it holds (8035, 41.9, -0.1)."""
    if value is None:
        return "none"
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return format(value.normalize(), "f")
