"""168: a UPN that is not well formed (as worked out at import)."""

from safeboard.returns.kinds.ssda903 import read_header_row
from safeboard.validation.rules.ssda903.rule_168 import logic
from tests.validation.ssda903._dfe_low import header, rows, run


def stored(child, upn):
    """A Header row as the import keeps it: the UPN's checks, not the UPN."""
    values = {"UPN": upn}
    read_header_row(values)
    return header(
        child,
        UPN_given=bool(upn) and not upn.startswith("UN"),
        UPN_VALID=None if values["UPN_VALID"] is None else values["UPN_VALID"] == "1",
        UPN_UNKNOWN=values["UPN_UNKNOWN"],
    )


def test_upn_form():
    findings = run(
        logic,
        2023,
        Header=[
            stored("a", "A123456789012"),  # row 1 PASS: a check letter and 12 digits
            stored("b", "A12345678901B"),  # row 2 PASS: a temporary UPN
            stored("c", "UN5"),  # row 3 PASS: a code for unknown
            stored("d", "UN7"),  # row 4 FAIL: UN6 and UN7 are the CIN census's only
            stored("e", "I123456789012"),  # row 5 FAIL: I is never a check letter
            stored("f", "A1234567890"),  # row 6 FAIL: too short
            stored("g", ""),  # row 7 PASS: none given
        ],
    )
    assert rows(findings) == [4, 5, 6]
    assert {f.value for f in findings} == {""}  # a UPN is never echoed back
