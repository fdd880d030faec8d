"""1008: a URN given that is not in DfE's lookup of Ofsted's providers."""

import importlib
from datetime import date

import pytest

from safeboard.validation.engine import LA_CODE, RuleContext
from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_1008 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

# Every rule that reads the providers' lookup.
URN_LOOKUP_RULES = ("219", "221", "224", "227", "228", "229", "241", "1008")
YEARS = [*range(2018, 2029), None]

START = date(2023, 5, 1)


def test_a_urn_missing_from_the_lookup_is_reported():
    episodes = [
        episode("a", START, URN="SC111111"),  # row 1 PASS: in the lookup
        episode("b", START, URN="SC999999"),  # row 2 FAIL: not in the lookup
        episode("c", START, URN="XXXXXXX"),  # row 3 PASS: DfE's "no URN", never looked up
        episode("d", START, URN=None),  # row 4 PASS: no URN given
        episode("e", START, URN="2222222"),  # row 5 PASS: in the lookup (its second row)
        episode("f", START, URN="sc111111"),  # row 6 FAIL: not the lookup's URN as written
    ]
    providers = [
        {"URN": "SC111111", "PLACE_CODES": "K2", "PROVIDER_CODES": "PR4"},
        {"URN": "2222222", "PLACE_CODES": "K3", "LA_CODE": "E10000031"},
        {"URN": "2222222", "PLACE_CODES": "K3", "LA_CODE": "E10000032"},
    ]
    findings = run(logic, 2024, Episodes=episodes, ref_providers=providers)
    assert rows(findings) == [2, 6]
    assert sorted(f.value for f in findings) == ["SC999999", "sc111111"]


def test_without_the_lookup_the_rule_does_not_run():
    # The view is absent when no lookup was imported: DfE's URN check cannot be made.
    without = RuleContext(kind="ssda903", collection_year=2024, tables=frozenset({"Episodes"}))
    with_it = RuleContext(
        kind="ssda903", collection_year=2024, tables=frozenset({"Episodes", "ref_providers"})
    )
    assert not logic.rule.applies(without)
    assert logic.rule.applies(with_it)


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)


@pytest.mark.parametrize("year", YEARS, ids=[str(y) for y in YEARS])
def test_every_rule_on_the_lookup_runs_over_empty_tables(year):
    # Each builds its SQL per year (code lists, the year's end, the authority) and must
    # run, finding nothing, in every supported year and without one.
    for code in URN_LOOKUP_RULES:
        unit = importlib.import_module(f"safeboard.validation.rules.ssda903.rule_{code}")
        for params in ({}, {LA_CODE: "E10000031"}):
            assert run(unit.logic, year, params=params, Episodes=[], ref_providers=[]) == []
