"""219: the placement type is not one the URN's provider may have."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_219 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 5, 1)
PROVIDERS = [
    {"URN": "SC111111", "PLACE_CODES": "K2", "PROVIDER_CODES": "PR4"},
    # One provider on two rows (once per authority): a code of either row is allowed.
    {"URN": "2222222", "PLACE_CODES": "H5", "LA_CODE": "E10000031"},
    {"URN": "2222222", "PLACE_CODES": "K1,R3", "LA_CODE": "E10000032"},
    {"URN": "3333333", "PLACE_CODES": None},  # the lookup gives no codes
]


def test_a_placement_type_the_provider_may_not_have_is_reported():
    episodes = [
        episode("a", START, place="K2", URN="SC111111"),  # row 1 PASS: K2 is its code
        episode("b", START, place="U1", URN="SC111111"),  # row 2 FAIL: U1 is not K2
        episode("c", START, place="R3", URN="2222222"),  # row 3 PASS: its second row's R3
        episode("d", START, place="K2", URN="2222222"),  # row 4 FAIL: none of H5, K1, R3
        episode("e", START, place="U1", URN="XXXXXXX"),  # row 5 PASS: no URN to look up
        episode("f", START, place="U1", URN=None),  # row 6 PASS: no URN given
        episode("g", START, place="U1", URN="SC999999"),  # row 7 PASS: unknown URN, 1008's
        episode("h", START, place="U1", URN="3333333"),  # row 8 PASS: no codes to judge by
        episode("i", START, place=None, URN="SC111111"),  # row 9 PASS: no PLACE, other rules'
        episode("j", START, place="K1", URN="2222222"),  # row 10 PASS: K1 is in "K1,R3"
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [2, 4]
    assert sorted(f.value for f in findings) == ["K2", "U1"]


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
