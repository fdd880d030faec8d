"""221: the placement postcode is not the URN's provider's postcode (by outward code)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_221 import logic, placements
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 5, 1)
PROVIDERS = [
    {"URN": "SC111111", "POSTCODE": "CV344RL"},  # outward code CV34
    # One provider on two rows (premises in two districts): either matches.
    {"URN": "2222222", "POSTCODE": "OX162DU"},
    {"URN": "2222222", "POSTCODE": "B11AA"},
    {"URN": "3333333", "POSTCODE": None},  # no postcode in the lookup
    {"URN": "4444444", "POSTCODE": "OX16"},  # not a full postcode: its outward code unsure
]


def _episode(child, postcode, urn="SC111111", place="K2", ls="C2"):
    # PL_POST as stored: the outward code only.
    return episode(child, START, place=place, ls=ls, URN=urn, PL_POST=postcode)


def test_a_placement_postcode_in_another_district_than_the_providers_is_reported():
    episodes = [
        _episode("a", "CV34"),  # row 1 PASS: the provider's district (the rest unknown)
        _episode("b", "CV35"),  # row 2 FAIL: another district, so another postcode
        _episode("c", "B1", urn="2222222"),  # row 3 PASS: the provider's second premises
        _episode("d", "CV34", urn="2222222"),  # row 4 FAIL: neither OX16 nor B1
        _episode("e", "CV35", place="U1"),  # row 5 PASS: foster care, not the provider's premises
        _episode("f", "CV35", ls="V3"),  # row 6 PASS: a short break
        _episode("g", None),  # row 7 PASS: no placement postcode
        _episode("h", "CV35", urn="XXXXXXX"),  # row 8 PASS: no URN
        _episode("i", "CV35", urn="SC999999"),  # row 9 PASS: unknown URN, 1008's
        _episode("j", "CV35", urn="3333333"),  # row 10 PASS: no postcode to compare with
        _episode("k", "CV35", urn="4444444"),  # row 11 PASS: the lookup's postcode not full
        _episode("m", "CV35", ls=None),  # row 12 FAIL: no legal status is not a short break
        _episode("n", "CV35", place="R3"),  # row 13 FAIL: R3 is at the provider's premises
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [2, 4, 12, 13]
    assert sorted(f.value for f in findings) == ["CV34", "CV35", "CV35", "CV35"]


def test_the_placements_judged_follow_dfes_list_of_each_year():
    h5 = [_episode("a", "CV35", place="H5")]  # another district than the provider's
    k3 = [_episode("a", "CV35", place="K3")]
    assert rows(run(logic, 2023, Episodes=h5, ref_providers=PROVIDERS)) == []  # not yet listed
    assert rows(run(logic, 2024, Episodes=h5, ref_providers=PROVIDERS)) == [1]  # H5 from 2023-24
    assert rows(run(logic, 2025, Episodes=h5, ref_providers=PROVIDERS)) == [1]  # and in 2024-25
    assert rows(run(logic, 2026, Episodes=k3, ref_providers=PROVIDERS)) == [1]  # K3 from 2025-26
    assert set(placements(2026)) == {"K1", "K2", "K3", "R3", "S1"}  # H5 is no longer a code
    assert set(placements(2018)) == {"K1", "K2", "R3", "S1"}


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
