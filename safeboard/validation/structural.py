"""Structural checks that every return gets from its specification.

Types are checked as values are parsed (a value that does not parse is a
finding then); these rules check what needs the whole column: required
items, code lists of the collection year and date order.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.returns.spec import Kind, TableSpec
from safeboard.validation.engine import Rule, RuleContext, sql_literal

REQUIRED_CODE = "SB-REQUIRED"
CODELIST_CODE = "SB-CODE"
DATE_ORDER_CODE = "SB-DATE-ORDER"
TYPE_CODE = "SB-TYPE"

TYPE_GUIDANCE = (
    "Correct the value in the system the return comes from, then export and import again."
)


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def required_rule(kind: str, spec: TableSpec, column_name: str) -> Rule:
    column = spec.column(column_name)
    stored = column.stored_name

    def logic(context: RuleContext) -> str:
        return (
            f"SELECT _file, _position, {'child' if _has_child(spec) else 'NULL'} AS child, NULL AS value "
            f"FROM {_q(spec.name)} WHERE {_q(stored)} IS NULL"
        )

    return Rule(
        code=REQUIRED_CODE,
        severity=Severity.ERROR,
        message=f"{column_name} is missing; it is required.",
        guidance=f"Fill in {column_name} for this record in the source system, then export again.",
        kinds=frozenset({kind}),
        tables=(spec.name,),
        fields=(column_name,),
        logic=logic,
    )


def codelist_rule(kind: str, spec: TableSpec, column_name: str, codes_for_year) -> Rule:
    """``codes_for_year(year) -> set[str]``: the codes valid in that collection year."""
    column = spec.column(column_name)

    def logic(context: RuleContext) -> str | None:
        codes = sorted(codes_for_year(context.collection_year))
        if not codes:
            return None
        listed = ", ".join(sql_literal(code) for code in codes)
        return (
            f"SELECT _file, _position, {'child' if _has_child(spec) else 'NULL'} AS child, "
            f"{_q(column.stored_name)} AS value, "
            f"'{column_name} ''' || {_q(column.stored_name)} || ''' is not a code of this "
            f"collection year.' AS message "
            f"FROM {_q(spec.name)} WHERE {_q(column.stored_name)} IS NOT NULL "
            f"AND {_q(column.stored_name)} NOT IN ({listed})"
        )

    return Rule(
        code=CODELIST_CODE,
        severity=Severity.ERROR,
        message=f"{column_name} is not a code of this collection year.",
        guidance=(
            f"Use one of the {column_name} codes the DfE's specification lists for this "
            "collection year; map local codes before exporting."
        ),
        kinds=frozenset({kind}),
        tables=(spec.name,),
        fields=(column_name,),
        logic=logic,
    )


def date_order_rule(kind: str, spec: TableSpec, earlier: str, later: str) -> Rule:
    first, second = spec.column(earlier).stored_name, spec.column(later).stored_name

    def logic(context: RuleContext) -> str:
        return (
            f"SELECT _file, _position, {'child' if _has_child(spec) else 'NULL'} AS child, "
            f"CAST({_q(second)} AS VARCHAR) AS value FROM {_q(spec.name)} "
            f"WHERE {_q(first)} IS NOT NULL AND {_q(second)} IS NOT NULL AND {_q(second)} < {_q(first)}"
        )

    return Rule(
        code=DATE_ORDER_CODE,
        severity=Severity.ERROR,
        message=f"{later} is before {earlier}.",
        guidance=f"Check both dates in the source system: {later} cannot come before {earlier}.",
        kinds=frozenset({kind}),
        tables=(spec.name,),
        fields=(earlier, later),
        logic=logic,
    )


def _has_child(spec: TableSpec) -> bool:
    return any(c.kind is Kind.CHILD_ID or c.stored_name == "child" for c in spec.columns)


def structural_rules(kind: str, specs: dict[str, TableSpec], codelists) -> list[Rule]:
    """Every structural rule for a kind's tables.

    ``codelists(name, year) -> set[str]`` gives a named code list for a year.
    """
    rules: list[Rule] = []
    for spec in specs.values():
        for column in spec.columns:
            if column.required:
                rules.append(required_rule(kind, spec, column.name))
            if column.kind is Kind.CODE and column.codelist:
                name = column.codelist
                rules.append(
                    codelist_rule(kind, spec, column.name, lambda year, n=name: codelists(n, year))
                )
        for earlier, later in spec.date_order:
            rules.append(date_order_rule(kind, spec, earlier, later))
    return rules
