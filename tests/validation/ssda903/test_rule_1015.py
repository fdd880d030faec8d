"""1015: the authority's own provision must be in the authority's own area."""

from datetime import date

from safeboard.validation.engine import LA_CODE
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_1015 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 6, 1)
HERE, THERE = "E10000031", "E10000016"


def _placed(child, where, place="R1", **values):
    return episode(child, START, place=place, PL_LA=where, **values)


ROWS = [
    _placed("a", HERE),  # row 1 PASS: own provision in its own area
    _placed("b", THERE),  # row 2 FAIL: own provision elsewhere
    _placed("c", THERE, place="U3"),  # row 3 PASS: foster placement
    _placed("d", THERE, place="A5"),  # row 4 PASS: adoption placement
    _placed("e", THERE, ls="V3"),  # row 5 PASS: a short break
    _placed("f", THERE, provider="PR2"),  # row 6 PASS: another authority's provision
    _placed("g", THERE, place=None),  # row 7 PASS: no placement type, as by D2I
    _placed("h", THERE, ls=None),  # row 8 PASS: no legal status, as by D2I
    _placed("i", None),  # row 9 PASS: authority unknown (D2I reports it)
    _placed("j", "WAL"),  # row 10 FAIL: own provision in Wales
    _placed("k", THERE, place="K3"),  # row 11 FAIL before 2025-26; PASS from it
]


def test_own_provision_outside_the_authority_is_reported():
    findings = run(logic, 2024, params={LA_CODE: HERE}, Episodes=ROWS)
    assert rows(findings) == [2, 10, 11]
    assert sorted(f.value for f in findings) == [THERE, THERE, "WAL"]


def test_from_2025_26_k3_is_excused():
    findings = run(logic, 2026, params={LA_CODE: HERE}, Episodes=ROWS)
    assert rows(findings) == [2, 10]


def test_without_the_authoritys_code_the_rule_does_not_run():
    assert run(logic, 2024, Episodes=ROWS) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
