"""503A: the first episode's reason for new episode differs from last year's open episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that episode, so its RNE must be last year's (blank
equals blank). Compares with the previous year's snapshot (the view
prev_Episodes); without last year's return imported the rule does not run.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import first_after_open_episode


@rule(
    code="503A",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The reason for new episode in the first episode does not match open episode at end of last year.",
    guidance=(
        "Compare the child's first episode with the episode open at the end of last year's "
        "return in the case management system: it is the same episode, so its reason for new episode "
        "must be the same. Correct this year's record or, if last year's was wrong, amend it."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("RNE",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, RNE AS value
        FROM ({first_after_open_episode("RNE")})
        WHERE RNE IS DISTINCT FROM prev_RNE
    """
