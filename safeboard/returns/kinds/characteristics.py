"""Child characteristics (kind ``characteristics``, FORMATS.md 2.2).

Columns ``child_id`` (stored as its pseudonym ``child``), ``district`` (the
ONS code of the child's home district, e.g. E07000220, or blank when
unknown) and ``language`` (a school census first-language code, kept as
given: the dataset groups it into English, Non English speaking and Not
recorded).

When several rows give the same child the last one wins. Every row is kept
here, with its ``_position`` ("line N"); whoever reads the snapshot takes,
for each child, the row with the highest line number. A warning names each
row that is overridden and the line that wins. The extract is one file, so
"last" is unambiguous.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.returns.kinds import register
from safeboard.returns.kinds.extract import CsvExtract, line_number_sql
from safeboard.returns.spec import Column, Kind, TableSpec
from safeboard.validation.engine import Rule, RuleContext

TABLE = TableSpec(
    name="characteristics",
    columns=(
        Column("child_id", Kind.CHILD_ID, required=True),
        Column("district", Kind.CODE),
        Column("language", Kind.CODE),
    ),
)

# An ONS (GSS) area code: a country letter and eight digits, e.g. E07000220.
DISTRICT_PATTERN = "[EWSN][0-9]{8}"


def _district_logic(context: RuleContext) -> str:
    return (
        "SELECT _position, child, district AS value FROM characteristics "  # noqa: S608
        f"WHERE district IS NOT NULL AND NOT regexp_full_match(district, '{DISTRICT_PATTERN}')"
    )


def _duplicate_logic(context: RuleContext) -> str:
    line = line_number_sql()
    return f"""
        SELECT _position, child, NULL AS value,
               'The child is given again on line ' || last_line
               || '; that last row is used and this one is ignored.' AS message
        FROM (
            SELECT _position, child, {line} AS line,
                   max({line}) OVER (PARTITION BY child) AS last_line
            FROM characteristics
            WHERE child IS NOT NULL
        )
        WHERE line < last_line
        ORDER BY line
    """  # noqa: S608


RULES = [
    Rule(
        code="SB-DISTRICT",
        severity=Severity.ERROR,
        message="district is not an ONS district code.",
        guidance=(
            "Give the ONS code of the district (a letter and eight digits, e.g. E07000220), "
            "not its name, or leave it blank when the district is not known."
        ),
        kinds=frozenset({"characteristics"}),
        tables=("characteristics",),
        fields=("district",),
        logic=_district_logic,
    ),
    Rule(
        code="SB-DUPLICATE-CHILD",
        severity=Severity.WARNING,
        message="The child is given more than once; the last row is used.",
        guidance=(
            "Nothing to do if the last row is right; otherwise export one row per child "
            "and import again."
        ),
        kinds=frozenset({"characteristics"}),
        tables=("characteristics",),
        fields=("child_id",),
        logic=_duplicate_logic,
    ),
]


class Characteristics(CsvExtract):
    name = "characteristics"
    label = "Child characteristics (district and language)"
    date_style = "either"
    table = TABLE
    header_required = frozenset({"child_id", "district", "language"})
    single_file = True

    def rules(self) -> list[Rule]:
        return list(RULES)


register(Characteristics())
