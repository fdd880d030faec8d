"""442: a looked-after child's Header has no UPN and no UN code."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_442 import logic
from tests.validation.ssda903._dfe_mid import episode, header, rows, run

START = date(2023, 6, 1)


def _header(child, upn):
    # What the import stores for the UPN as written (read_header_row): a blank leaves
    # UPN_VALID empty; a UN code fills UPN_UNKNOWN; anything else is a UPN, valid or not.
    if upn == "":
        derived = {"UPN_given": False, "UPN_VALID": None, "UPN_UNKNOWN": None}
    elif upn.startswith("UN"):
        derived = {"UPN_given": False, "UPN_VALID": False, "UPN_UNKNOWN": upn}
    else:
        derived = {"UPN_given": True, "UPN_VALID": True, "UPN_UNKNOWN": None}
    return header(child, **derived)


def test_a_blank_upn_of_a_looked_after_child_is_reported():
    findings = run(
        logic,
        2024,
        Header=[
            _header("a", ""),  # row 1 FAIL: blank, in care (C2)
            _header("b", "UN2"),  # row 2 PASS: a code saying why there is no UPN
            _header("c", "A123456789012"),  # row 3 PASS: a UPN
            _header("d", ""),  # row 4 PASS: blank, but only short breaks (V3)
            _header("e", ""),  # row 5 FAIL: a short break and a care episode
            _header("f", ""),  # row 6 FAIL: an episode with no legal status
            _header("g", ""),  # row 7 PASS: no episode at all (not this rule's concern)
        ],
        Episodes=[
            episode("a", START),
            episode("b", START),
            episode("c", START),
            episode("d", START, ls="V3"),
            episode("e", START, date(2023, 6, 3), ls="V4", rec="X1"),
            episode("e", date(2023, 7, 1), ls="C2"),
            episode("f", START, ls=None),
        ],
    )
    assert rows(findings) == [1, 5, 6]
    assert {f.table for f in findings} == {"Header"}


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2026)
