"""359: a young person still looked after at 31 March after turning 18, other than under s20(5).

An open episode of a young person whose 18th birthday is before 31 March must
be LS V2 in a children's home (K2). Birth dates are kept to their month: the
latest possible birthday is used (see _dfe_low).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import latest_birthday, year_end


@rule(
    code="359",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Child being looked after following 18th birthday must be accommodated under section "
        "20(5) of the Children Act 1989 in a community home."
    ),
    guidance=(
        "Check the young person's episode in the case management system: after 18 a young "
        "person is looked after only under section 20(5) (V2) in a community home (K2); "
        "otherwise end the episode on leaving care."
    ),
    tables=("Episodes", "Header"),
    fields=("DEC", "LS", "PLACE"),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    return f"""
        SELECT e._file, e._position, e.child, e.LS AS value
        FROM Episodes AS e JOIN Header AS h ON h.child = e.child
        WHERE e.DEC IS NULL AND {latest_birthday("h.DOB", 18)} < {year_end(context)}
          AND NOT (e.LS = 'V2' AND e.PLACE = 'K2')
    """
