"""503G: the first episode's distance differs from last year's open episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that episode, so its distance from home (DfE's derived
PL_DISTANCE, miles to one decimal, worked out at import from the full
postcodes with the ONS Postcode Directory: safeboard.returns.placement_area)
must be last year's, give or take DfE's rounding: a difference of 0.2 miles
or more is reported, as the D2I validator does. A distance one year and none
the other is a difference too; none in either year is not.

Differences from the D2I validator, on purpose:

* the difference is compared in tenths of a mile (the distances' own unit),
  so that exactly 0.2 is always reported; D2I subtracts floating-point
  miles, and reports 10.3 against 10.1 but not 0.3 against 0.1;
* D2I reports a distance this year against none last year, but not the
  reverse (its condition names the first case twice, plainly meaning both);
  both are reported here;
* nothing is reported when either year's return was imported without the
  postcode directory (``placement_fields_known``): a blank there says nothing.

Compares with the previous year's snapshot (the view prev_Episodes); without
last year's return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import (
    first_after_open_episode,
    placement_fields_known,
)

# Last year's distance as a number: read as text (an old snapshot may lack the column).
PREV_DISTANCE = "TRY_CAST(prev_PL_DISTANCE AS DOUBLE)"
# The two distances disagree: one blank and not the other, or 0.2 miles (2 tenths) apart.
DISTANCE_DIFFERS = f"""(
    (PL_DISTANCE IS NULL) <> ({PREV_DISTANCE} IS NULL)
    OR round(abs(PL_DISTANCE - {PREV_DISTANCE}) * 10) >= 2
)"""


@rule(
    code="503G",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The distance in first episode does not match open episode at end of last year.",
    guidance=(
        "Compare the home and placement postcodes of the child's first episode with those of "
        "the episode open at the end of last year's return in the case management system: it "
        "is the same episode, so its distance from home is the same. Correct the postcodes in "
        "this year's record or, if last year's were wrong, amend them."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("PL_DISTANCE",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, PL_DISTANCE AS value
        FROM ({first_after_open_episode(derived=("PL_DISTANCE",))})
        WHERE {DISTANCE_DIFFERS}
          AND {placement_fields_known()}
    """
