"""Published figures (kind ``published``, FORMATS.md 2.5).

The columns of a dataset output row (INDICATORS.md, Output shape) plus
``table`` (where the figure was printed, e.g. ``3.1``) and ``reference``
(the document, e.g. ``Annual Report 2017-18``). ``numerator`` and
``denominator`` may be blank; ``source`` may be left out (each row is a
figure with ``source = published``; if given it must say so). Dates are
DD/MM/YYYY or YYYY-MM-DD. Whether a numerator exceeds its denominator is
a consistency question for the dataset, not checked here.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.returns.kinds import register
from safeboard.returns.kinds.extract import BREAKDOWN_DIMS, CsvExtract
from safeboard.returns.spec import Column, Kind, TableSpec
from safeboard.validation.engine import Rule, RuleContext, sql_literal

TABLE = TableSpec(
    name="published",
    columns=(
        Column("indicator", Kind.CODE, required=True),
        Column("period_kind", Kind.CODE, required=True, codelist="period_kind"),
        Column("period_start", Kind.DATE, required=True),
        Column("period_end", Kind.DATE, required=True),
        Column("breakdown_dim", Kind.CODE),
        Column("breakdown_value", Kind.CODE),
        Column("numerator", Kind.INT),
        Column("denominator", Kind.INT),
        Column("value", Kind.DECIMAL, required=True),
        Column("unit", Kind.CODE, required=True, codelist="unit"),
        Column("source", Kind.CODE, codelist="source"),
        Column("table", Kind.CODE),
        Column("reference", Kind.TEXT, required=True),
    ),
    date_order=(("period_start", "period_end"),),
)
HEADER_REQUIRED = TABLE.column_names - {"source"}


def _snapshot_logic(context: RuleContext) -> str:
    return (
        "SELECT _position, NULL AS child, CAST(period_end AS VARCHAR) AS value FROM published "
        "WHERE period_kind = 'snapshot' AND period_start <> period_end"
    )


def _breakdown_pair_logic(context: RuleContext) -> str:
    return (
        "SELECT _position, NULL AS child, coalesce(breakdown_dim, breakdown_value) AS value "
        "FROM published WHERE (breakdown_dim IS NULL) <> (breakdown_value IS NULL)"
    )


def _breakdown_dim_logic(context: RuleContext) -> str:
    listed = ", ".join(sql_literal(dim) for dim in sorted(BREAKDOWN_DIMS))
    return (
        "SELECT _position, NULL AS child, breakdown_dim AS value FROM published "  # noqa: S608
        f"WHERE breakdown_dim IS NOT NULL AND breakdown_dim NOT IN ({listed})"
    )


def _rule(code, severity, message, guidance, fields, logic) -> Rule:
    return Rule(
        code=code,
        severity=severity,
        message=message,
        guidance=guidance,
        kinds=frozenset({"published"}),
        tables=("published",),
        fields=fields,
        logic=logic,
    )


RULES = [
    _rule(
        "SB-SNAPSHOT-PERIOD",
        Severity.ERROR,
        "A snapshot figure's period_start and period_end differ.",
        "A snapshot is taken on one day: give that day as both period_start and period_end.",
        ("period_start", "period_end"),
        _snapshot_logic,
    ),
    _rule(
        "SB-BREAKDOWN",
        Severity.ERROR,
        "Only one of breakdown_dim and breakdown_value is given.",
        "Give both (e.g. district and Rugby), or leave both blank for the total.",
        ("breakdown_dim", "breakdown_value"),
        _breakdown_pair_logic,
    ),
    _rule(
        "SB-BREAKDOWN-DIM",
        Severity.WARNING,
        "breakdown_dim is not one of the dataset's breakdowns, so this figure cannot be "
        "compared with a computed one.",
        "Use the dataset's spelling (district, ethnicity, language, referral_source, gender, "
        "age_band, cp_category) if the figure is one of those breakdowns.",
        ("breakdown_dim",),
        _breakdown_dim_logic,
    ),
]


class Published(CsvExtract):
    name = "published"
    label = "Figures published in an earlier report"
    date_style = "either"
    table = TABLE
    header_required = HEADER_REQUIRED
    codelists = {
        "period_kind": frozenset({"cumulative", "snapshot"}),
        "unit": frozenset({"count", "percent", "rate_per_10000"}),
        "source": frozenset({"published"}),
    }

    def rules(self) -> list[Rule]:
        return list(RULES)


register(Published())
