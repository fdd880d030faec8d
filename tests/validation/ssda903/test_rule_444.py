"""444: the same UPN for two or more children (from 2025-26)."""

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_444 import logic
from tests.validation.ssda903._dfe_mid import header, rows, run


def _header(child, pseudonym=None, unknown=None):
    # What the import stores: a real UPN's keyed hash, or the UN code, or neither.
    return header(child, UPN_PSEUDONYM=pseudonym, UPN_UNKNOWN=unknown)


def test_every_child_sharing_a_upn_is_reported():
    findings = run(
        logic,
        2026,
        Header=[
            _header("a", "hash-1"),  # row 1 FAIL: the same UPN as row 3
            _header("b", "hash-2"),  # row 2 PASS: a UPN of its own
            _header("c", "hash-1"),  # row 3 FAIL: the same UPN as row 1
            _header("d", unknown="UN1"),  # row 4 PASS: UN codes may repeat
            _header("e", unknown="UN1"),  # row 5 PASS
            _header("f"),  # row 6 PASS: no UPN (rule 442's concern)
            _header("g"),  # row 7 PASS
        ],
    )
    assert rows(findings) == [1, 3]
    assert {f.value for f in findings} == {""}  # the UPN is never shown


def test_from_2025_26():
    assert logic.rule not in rules_for("ssda903", 2025)
    assert logic.rule in rules_for("ssda903", 2026)
    assert logic.rule in rules_for("ssda903", 2027)
