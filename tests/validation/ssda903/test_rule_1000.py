"""1000: care leaver information for a child who died in care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1000 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_no_care_leaver_information_after_a_death_in_care():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2020, 1, 1), date(2022, 6, 1), rec="E2"),
            episode("b", date(2020, 1, 1), date(2022, 6, 1), rec="E4A"),
            episode("c", date(2020, 1, 1), date(2022, 6, 1), rec="E2"),
        ],
        prev_Episodes=[episode("d", date(2019, 1, 1), date(2021, 6, 1), rec="E2")],
        OC3=[
            oc3("a"),  # row 1 FAIL: died this year
            oc3("b"),  # row 2 PASS: went home
            oc3("c", in_touch=None, activ=None, accom=None),  # row 3 PASS: nothing completed
            oc3("d", in_touch="DIED", activ=None, accom=None),  # row 4 FAIL: died last year
        ],
    )
    assert rows(findings) == [1, 4]


def test_without_last_years_return_only_this_years_deaths_are_read():
    findings = run(
        logic,
        2023,
        Episodes=[episode("a", date(2020, 1, 1), date(2022, 6, 1), rec="E2")],
        OC3=[oc3("a"), oc3("d")],  # row 1 FAIL; row 2 PASS: nothing to say d died
    )
    assert rows(findings) == [1]
