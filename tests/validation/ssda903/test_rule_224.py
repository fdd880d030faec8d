"""224: the placement provider code is not one the URN's provider may have."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_224 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 5, 1)
PROVIDERS = [
    {"URN": "SC111111", "PLACE_CODES": "K2", "PROVIDER_CODES": "PR4"},
    {"URN": "2222222", "PROVIDER_CODES": "PR1"},  # one provider on two rows
    {"URN": "2222222", "PROVIDER_CODES": "PR2,PR3"},
    {"URN": "3333333", "PROVIDER_CODES": None},  # the lookup gives no codes
]


def test_a_provider_code_the_provider_may_not_have_is_reported():
    episodes = [
        episode("a", START, provider="PR4", URN="SC111111"),  # row 1 PASS: PR4 is its code
        episode("b", START, provider="PR1", URN="SC111111"),  # row 2 FAIL: PR1 is not PR4
        episode("c", START, provider="PR3", URN="2222222"),  # row 3 PASS: its second row's PR3
        episode("d", START, provider="PR5", URN="2222222"),  # row 4 FAIL: none of PR1-PR3
        episode("e", START, provider="PR5", URN="XXXXXXX"),  # row 5 PASS: no URN to look up
        episode("f", START, provider="PR5", URN="SC999999"),  # row 6 PASS: unknown URN, 1008's
        episode("g", START, provider="PR5", URN="3333333"),  # row 7 PASS: no codes to judge by
        episode("h", START, provider=None, URN="SC111111"),  # row 8 PASS: none given, other rules'
        episode("i", START, provider="PR1", URN="2222222"),  # row 9 PASS: its first row's PR1
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [2, 4]
    assert sorted(f.value for f in findings) == ["PR1", "PR5"]


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
