"""165: the mother item is invalid, given for a boy, or missing for a looked-after girl.

MOTHER (has the young person a child of her own) fails on the Header row when
it is given and not 0 or 1; when it is given for a boy; when it is blank for a
girl looked after during the year (an episode, other than a short break,
open at some time from 1 April to 31 March); and, as DfE's check puts it,
when it is given for a girl not looked after in the year but with care
leaver (OC3) details.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_low import (
    SHORT_BREAKS,
    female_codes,
    male_codes,
    year_end,
    year_start,
)


@rule(
    code="165",
    kind="ssda903",
    severity=Severity.ERROR,
    message="Data entry for mother status is invalid.",
    guidance=(
        "On the young person's record in the case management system: for a looked-after girl "
        "record whether she is a mother (1 or 0); for a boy, or a care leaver not looked after "
        "this year, leave it blank. Check the recorded sex if it is wrong."
    ),
    tables=("Header", "Episodes", "OC3"),
    fields=("MOTHER", "SEX", "DECOM"),
)
def logic(context: RuleContext) -> str | None:
    year = context.collection_year
    if year is None:
        return None
    start, end = year_start(context), year_end(context)
    return f"""
        WITH in_year AS (
            SELECT DISTINCT child FROM Episodes
            WHERE coalesce(LS, '') NOT IN {SHORT_BREAKS}
              AND DECOM <= {end} AND coalesce(DEC, {end}) >= {start}
        ),
        leaver AS (
            SELECT DISTINCT child FROM OC3
            WHERE IN_TOUCH IS NOT NULL OR ACTIV IS NOT NULL OR ACCOM IS NOT NULL
        )
        SELECT h._file, h._position, h.child, h.MOTHER AS value FROM Header AS h
        WHERE (h.MOTHER IS NOT NULL AND h.MOTHER NOT IN ('0', '1'))
           OR (h.MOTHER IS NOT NULL AND h.SEX IN {male_codes(year)})
           OR (h.MOTHER IS NULL AND h.SEX IN {female_codes(year)}
               AND h.child IN (SELECT child FROM in_year))
           OR (h.MOTHER IS NOT NULL AND h.SEX IN {female_codes(year)}
               AND h.child NOT IN (SELECT child FROM in_year)
               AND h.child IN (SELECT child FROM leaver))
    """
