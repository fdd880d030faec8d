"""What the DfE SSDA903 rules on deprivation of liberty orders (DoLo, 700-710) share.

The DoLo table is collected from 2026-27 (collection year 2027): one row per
order, its start (DOLO_START, required) and, once it has ended, its end
(DOLO_END). Every rule here applies from that year.
"""

FIRST_YEAR = 2027


def overlapping_placements() -> str:
    """SQL: each DoLO with both dates beside each episode of the child it overlaps.

    DfE's rules 709 and 710 read "if DOLO_START and DOLO_END are present" an
    episode overlaps the order when it starts on or before the order's end and
    has not ended (no DEC) or ends on or after the order's start.
    """
    return """
        SELECT d._file, d._position, d.child, e.PLACE
        FROM DoLo AS d JOIN Episodes AS e ON e.child = d.child
        WHERE d.DOLO_START IS NOT NULL AND d.DOLO_END IS NOT NULL
          AND e.DECOM <= d.DOLO_END AND (e.DEC IS NULL OR e.DEC >= d.DOLO_START)
    """
