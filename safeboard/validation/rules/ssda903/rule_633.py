"""633: the local authority where the previous permanence option was arranged is not valid.

LA_PERM, when given, is the three-digit code of an English local authority
(DfE's list, with 999 for not known) or WAL, SCO, NIR or NUK for Wales,
Scotland, Northern Ireland or outside the UK.
"""

from __future__ import annotations

from safeboard.returns.findings import Severity
from safeboard.validation.engine import RuleContext
from safeboard.validation.registry import rule
from safeboard.validation.rules.ssda903._dfe_high import sql_list

# DfE's English local authority codes (999: not known) and the codes outside England.
LA_CODES = frozenset(
    """
    201 202 203 204 205 206 207 208 209 210 211 212 213 301 302 303 304 305 306 307 308 309
    310 311 312 313 314 315 316 317 318 319 320 330 331 332 333 334 335 336 340 341 342 343
    344 350 351 352 353 354 355 356 357 358 359 370 371 372 373 380 381 382 383 384 390 391
    392 393 394 420 800 801 802 803 805 806 807 808 810 811 812 813 815 816 821 822 823 825
    826 830 831 835 836 837 840 841 845 846 850 851 852 855 856 857 860 861 865 866 867 868
    869 870 871 872 873 874 876 877 878 879 880 881 882 883 884 885 886 887 888 889 890 891
    892 893 894 895 896 908 909 916 919 921 925 926 928 929 931 933 935 936 937 938 999
""".split()
) | {"WAL", "SCO", "NUK", "NIR"}


@rule(
    code="633",
    kind="ssda903",
    severity=Severity.ERROR,
    message=(
        "Local authority code where previous permanence option was arranged is not a valid value."
    ),
    guidance=(
        "Use the DfE three-digit code of the local authority that arranged the previous "
        "permanence option (999 if not known), or WAL, SCO, NIR or NUK, in the case "
        "management system."
    ),
    tables=("PrevPerm",),
    fields=("LA_PERM",),
)
def logic(context: RuleContext) -> str:
    return f"""
        SELECT _file, _position, child, LA_PERM AS value FROM PrevPerm
        WHERE LA_PERM IS NOT NULL AND LA_PERM NOT IN {sql_list(LA_CODES)}
    """
