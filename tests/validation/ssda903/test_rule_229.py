"""229: PR1 with a provider in another authority, or PR2 with one in the placing authority."""

from datetime import date

from safeboard.validation.engine import LA_CODE
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_229 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 5, 1)
HERE = "E10000031"  # the authority whose return it is
PARAMS = {LA_CODE: HERE}
PROVIDERS = [
    {"URN": "SC111111", "LA_CODE": HERE},  # in this authority
    {"URN": "SC222222", "LA_CODE": "E10000032"},  # in another
    {"URN": "3333333", "LA_CODE": HERE},  # one provider with premises in both
    {"URN": "3333333", "LA_CODE": "E10000032"},
    {"URN": "SC444444", "LA_CODE": None},  # its postcode's authority is unknown
]


def test_a_provider_code_that_disagrees_with_where_the_provider_is_is_reported():
    episodes = [
        episode("a", START, provider="PR1", URN="SC111111"),  # row 1 PASS: own, and here
        episode("b", START, provider="PR1", URN="SC222222"),  # row 2 FAIL: own, but elsewhere
        episode("c", START, provider="PR2", URN="SC222222"),  # row 3 PASS: another's, elsewhere
        episode("d", START, provider="PR2", URN="SC111111"),  # row 4 FAIL: another's, but here
        episode("e", START, provider="PR1", URN="3333333"),  # row 5 PASS: it has premises here
        episode("f", START, provider="PR2", URN="3333333"),  # row 6 PASS: and elsewhere
        episode("g", START, provider="PR4", URN="SC111111"),  # row 7 PASS: private: not judged
        episode("h", START, provider="PR1", URN="SC444444"),  # row 8 PASS: its authority unknown
        episode("i", START, provider="PR1", URN="SC999999"),  # row 9 PASS: unknown URN, 1008's
        episode("j", START, provider="PR1", URN="XXXXXXX"),  # row 10 PASS: no URN
        episode("k", START, provider="PR1", place="R1", URN="SC222222"),  # row 11 FAIL: see below
    ]
    findings = run(logic, 2024, params=PARAMS, Episodes=episodes, ref_providers=PROVIDERS)
    # Row 11: before 2025-26 every placement type is judged.
    assert rows(findings) == [2, 4, 11]
    assert sorted(f.value for f in findings) == ["PR1", "PR1", "PR2"]


def test_from_2025_26_dfes_listed_placements_are_not_judged():
    episodes = [
        episode("a", START, provider="PR1", place="R1", URN="SC222222"),  # row 1 PASS: R1 listed
        episode("b", START, provider="PR1", place="Z11", URN="SC222222"),  # row 2 PASS: listed
        episode("c", START, provider="PR1", place="K2", URN="SC222222"),  # row 3 FAIL: K2 is not
        episode("d", START, provider="PR1", place=None, URN="SC222222"),  # row 4 FAIL: nor none
    ]
    findings = run(logic, 2026, params=PARAMS, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [3, 4]


def test_without_the_authoritys_code_the_rule_does_not_run():
    episodes = [episode("b", START, provider="PR1", URN="SC222222")]  # would fail with it
    assert run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS) == []


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
