"""503F: the first episode's Ofsted URN differs from last year's open episode.

A child whose last episode in last year's return (by start date) was still
open on 31 March is carried on in this year's return: the child's first
episode this year is that episode, so its URN must be last year's (blank
equals blank). Compares with the previous year's snapshot (the view
prev_Episodes); without last year's return imported the rule does not run.

DfE's message has two spaces before "first"; it is kept as DfE wrote it.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_mid import first_after_open_episode


@rule(
    code="503F",
    kind="ssda903",
    severity=Severity.ERROR,
    message="The Ofsted URN in the  first episode does not match open episode at end of last year.",
    guidance=(
        "Compare the child's first episode with the episode open at the end of last year's "
        "return in the case management system: it is the same episode, so its Ofsted URN "
        "must be the same. Correct this year's record or, if last year's was wrong, amend it."
    ),
    tables=("Episodes", "prev_Episodes"),
    fields=("URN",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, URN AS value
        FROM ({first_after_open_episode("URN")})
        WHERE URN IS DISTINCT FROM prev_URN
    """
