"""208: the child's UPN differs from the one in last year's return.

A previous-year rule (``prev_Header``; it does not run when last year's return
was not imported). For a child in both years' Header, the UPN given this year
must be last year's, except for the changes DfE allows: from no UPN or UN1 to
one of UN2-UN5 (the reason became known), and from no UPN or a UN code to a real
UPN (the UPN became known). Both blank is left to rule 442.

The UPN is not kept at import: a real UPN is compared by its keyed hash with the
workspace's key (``UPN_PSEUDONYM``, equal for equal UPNs, whatever their case),
a UN code as itself. A snapshot of last year imported before Safeboard kept that
hash has none: a child whose UPN last year was real but unknown to it is not
reported (``to_json(...) ->> ...`` reads the hash without failing where the
column is absent).
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule

UNKNOWN = "('UN1', 'UN2', 'UN3', 'UN4', 'UN5')"
REASON_KNOWN = "('UN2', 'UN3', 'UN4', 'UN5')"


@rule(
    code="208",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil "
        "Number (UPN) already recorded for this child."
    ),
    guidance=(
        "Check the child's UPN against last year's return: a child keeps one UPN. Correct "
        "whichever year's is wrong in the case management system; a UN code may change "
        "only to a real UPN or, from UN1, to the code that says why there is none."
    ),
    tables=("Header", "prev_Header"),
    fields=("UPN",),
)
def logic(context: RuleContext) -> str:
    # Each year's UPN as a comparable token: the UN code, the real UPN's hash, or NULL.
    return f"""
        WITH now AS (
            SELECT _file, _position, child,
                   coalesce(UPN_UNKNOWN, UPN_PSEUDONYM) AS token
            FROM Header
        ),
        before AS (
            SELECT child,
                   coalesce(UPN_UNKNOWN, to_json(p) ->> 'UPN_PSEUDONYM') AS token,
                   UPN_UNKNOWN IS NULL AND UPN_VALID IS NOT NULL AS real
            FROM prev_Header AS p
        )
        SELECT DISTINCT n._file, n._position, n.child, '' AS value
        FROM now AS n JOIN before AS b ON b.child = n.child
        WHERE n.token IS DISTINCT FROM b.token
          AND NOT (b.real AND b.token IS NULL)  -- last year's hash not kept
          AND NOT ((b.token = 'UN1' OR b.token IS NULL)
                   AND coalesce(n.token IN {REASON_KNOWN}, false))
          AND NOT ((b.token IN {UNKNOWN} OR b.token IS NULL)
                   AND n.token IS NOT NULL AND n.token NOT IN {UNKNOWN})
    """
