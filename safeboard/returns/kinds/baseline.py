"""Baseline shares (kind ``baseline``, FORMATS.md 2.4).

Columns ``breakdown_dim``, ``breakdown_value``, ``percent``, ``source`` and
``as_at``: the shares of a comparison population (e.g. the school census by
ethnicity and language), shown beside the referral and plan shares. The
dimension must be one of the dataset's (INDICATORS.md) so the shares line
up; ``percent`` is 0 to 100. ``source`` and ``as_at`` may be left out.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.returns.kinds import register
from safeboard.returns.kinds.extract import BREAKDOWN_DIMS, CsvExtract
from safeboard.returns.spec import Column, Kind, TableSpec
from safeboard.validation.engine import Rule, RuleContext

TABLE = TableSpec(
    name="baseline",
    columns=(
        Column("breakdown_dim", Kind.CODE, required=True, codelist="breakdown_dim"),
        Column("breakdown_value", Kind.CODE, required=True),
        Column("percent", Kind.DECIMAL, required=True),
        Column("source", Kind.TEXT),
        Column("as_at", Kind.DATE),
    ),
)


def _percent_logic(context: RuleContext) -> str:
    return (
        "SELECT _position, NULL AS child, CAST(percent AS VARCHAR) AS value FROM baseline "
        "WHERE percent < 0 OR percent > 100"
    )


RULES = [
    Rule(
        code="SB-PERCENT",
        severity=Severity.ERROR,
        message="percent is not between 0 and 100.",
        guidance="Give each share as a percentage from 0 to 100 (e.g. 12.5, not 0.125 or 125).",
        kinds=frozenset({"baseline"}),
        tables=("baseline",),
        fields=("percent",),
        logic=_percent_logic,
    )
]


class Baseline(CsvExtract):
    name = "baseline"
    label = "Baseline shares of a comparison population"
    date_style = "either"
    table = TABLE
    header_required = frozenset({"breakdown_dim", "breakdown_value", "percent"})
    codelists = {"breakdown_dim": BREAKDOWN_DIMS}

    def rules(self) -> list[Rule]:
        return list(RULES)


register(Baseline())
