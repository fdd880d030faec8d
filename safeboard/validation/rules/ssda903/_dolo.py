"""What the DfE SSDA903 rules on deprivation of liberty orders (DoLo, 700-710) share.

The DoLo table is collected from 2026-27 (collection year 2027): one row per
order, its start (DOLO_START, required) and, once it has ended, its end
(DOLO_END). Every rule here applies from that year.
"""

FIRST_YEAR = 2027
