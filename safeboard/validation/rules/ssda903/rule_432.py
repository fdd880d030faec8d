"""432: the child left care at the end of the previous episode, yet the next is not a new start.

When an episode ends with any reason other than X1 the child ceased to be
looked after, so the child's next episode (by start date) begins a new
period of care: its reason for new episode must be S. The reasons that end
care are the year's REC codes other than X1 (E43/E44 to 2019-20, E45 to
E48 from 2020-21). A blank RNE fails too.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import EPISODE_ORDER, sql_list, year_codes


@rule(
    code="432",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "The child ceased to be looked after at the end of the previous episode but the reason "
        "for the new episode is not started to be looked after."
    ),
    guidance=(
        "If the child came back into care, record the new episode's reason as S (started to be "
        "looked after); if the child never left care, change the previous episode's reason for "
        "ending to X1 in the case management system."
    ),
    tables=("Episodes",),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str | None:
    if context.collection_year is None:
        return None
    ceased = sql_list(year_codes("REC", context.collection_year) - {"X1"})
    return f"""
        SELECT _file, _position, child, RNE AS value
        FROM (
            SELECT *, lag(REC) OVER (PARTITION BY child ORDER BY {EPISODE_ORDER}) AS prev_rec
            FROM Episodes WHERE DECOM IS NOT NULL)
        WHERE prev_rec IN {ceased} AND RNE IS DISTINCT FROM 'S'
    """
