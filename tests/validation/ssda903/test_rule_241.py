"""241: a K3 placement in an authority where its provider has no premises (from 2025-26)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_241 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2025, 5, 1)
PROVIDERS = [
    # A supported accommodation provider listed once per authority with premises.
    {"URN": "2222222", "PLACE_CODES": "K3", "LA_CODE": "E10000031"},
    {"URN": "2222222", "PLACE_CODES": "K3", "LA_CODE": "E06000001"},
    {"URN": "3333333", "PLACE_CODES": "K3", "LA_CODE": None},  # authority unknown
]


def _k3(child, pl_la, urn="2222222", place="K3"):
    return episode(child, START, place=place, provider="PR4", URN=urn, PL_LA=pl_la)


def test_a_k3_placement_where_the_provider_has_no_premises_is_reported():
    episodes = [
        _k3("a", "E10000031"),  # row 1 PASS: premises in this authority (the placing one)
        _k3("b", "E06000001"),  # row 2 PASS: premises there too, though not the placing one
        _k3("c", "E09000001"),  # row 3 FAIL: no premises in that authority
        _k3("d", "WAL"),  # row 4 FAIL: placed in Wales, where it has no premises
        _k3("e", None),  # row 5 PASS: the placement's authority unknown
        _k3("f", "E09000001", urn="XXXXXXX"),  # row 6 PASS: no URN
        _k3("g", "E09000001", urn="SC999999"),  # row 7 PASS: unknown URN, 1008's
        _k3("h", "E09000001", urn="3333333"),  # row 8 PASS: its premises' authority unknown
        _k3("i", "E09000001", place="H5"),  # row 9 PASS: not supported accommodation (K3)
    ]
    findings = run(logic, 2026, Episodes=episodes, ref_providers=PROVIDERS)
    assert rows(findings) == [3, 4]
    assert sorted(f.value for f in findings) == ["E09000001", "WAL"]


def test_from_2025_26():
    assert logic.rule not in rules_for("ssda903", 2025)
    assert logic.rule in rules_for("ssda903", 2026)
    assert logic.rule in rules_for("ssda903", 2027)
