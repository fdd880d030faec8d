"""411: an episode IN the authority must be placed in the authority's own area."""

from datetime import date

from safeboard.validation.engine import LA_CODE
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_411 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 6, 1)
HERE, THERE = "E10000031", "E10000016"


def test_in_with_another_authority_is_reported():
    findings = run(
        logic,
        2024,
        params={LA_CODE: HERE},
        Episodes=[
            episode("a", START, PL_LA=HERE, PL_LOCATION="IN"),  # row 1 PASS: IN, ours
            episode("b", START, PL_LA=THERE, PL_LOCATION="IN"),  # row 2 FAIL: IN, theirs
            episode("c", START, PL_LA=THERE, PL_LOCATION="OUT"),  # row 3 PASS: OUT, theirs
            episode("d", START, PL_LA=HERE, PL_LOCATION="OUT"),  # row 4 PASS: only IN is
            # checked, as by DfE and D2I
            episode("e", START, PL_LA=None, PL_LOCATION="IN"),  # row 5 FAIL: IN, no authority
            episode("f", START),  # row 6 PASS: neither known (no directory)
            episode("g", START, PL_LA="SCO", PL_LOCATION="IN"),  # row 7 FAIL: in Scotland
        ],
    )
    assert rows(findings) == [2, 5, 7]
    assert sorted(f.value for f in findings) == ["IN", "IN", "IN"]


def test_without_the_authoritys_code_the_rule_does_not_run():
    bad = [episode("b", START, PL_LA=THERE, PL_LOCATION="IN")]
    assert run(logic, 2024, Episodes=bad) == []
    assert run(logic, 2024, params={LA_CODE: None}, Episodes=bad) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
