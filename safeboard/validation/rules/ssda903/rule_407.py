"""407: a special guardianship order ended care when the child was already 18.

An episode that ended with a special guardianship order (REC E45 to E48;
E43 or E44 to 2019-20, before DfE split the codes) must end before the
child's 18th birthday: at 18 a young person is no longer a child for whom an
SGO is made. Reported on the episode and on the child's Header row (the DOB
may be the wrong one). The D2I validator reports only when DEC is after the
birthday; DfE's "has reached age 18" includes the birthday itself. The age
is certain only (see _dfe_mid): a DEC in the month of the 18th birthday is
not reported.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import sql_list, surely_aged, year_codes

SGO_CODES = {"E43", "E44", "E45", "E46", "E47", "E48"}


@rule(
    code="407",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Reason episode ceased is Special Guardianship Order, but child has reached age 18.",
    guidance=(
        "Check the child's date of birth and the date and reason the episode ended in the case "
        "management system: a special guardianship order cannot end the care of a young person "
        "aged 18. Correct the date of birth, the end date, or the reason (for example E17 or E5)."
    ),
    tables=("Episodes", "Header"),
    fields=("DEC", "DOB", "REC"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    sgo = sql_list(SGO_CODES & year_codes("REC", context.collection_year))
    return f"""
        WITH late AS (
            SELECT e._file, e._position, e.child, e.DEC,
                   h._file AS h_file, h._position AS h_position, h.DOB
            FROM Episodes AS e JOIN Header AS h ON h.child = e.child
            WHERE e.REC IN {sgo} AND {surely_aged("h.DOB", 18, "e.DEC")}
        )
        SELECT _file, _position, child, CAST(DEC AS VARCHAR) AS value,
               'Episodes' AS "table" FROM late
        UNION
        SELECT h_file, h_position, child, CAST(DOB AS VARCHAR), 'Header' FROM late
    """
