"""1011: care leaver information after care was transferred to another authority."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_1011 import logic
from tests.validation.ssda903._dfe_high import episode, oc3, rows, run


def test_no_care_leaver_information_after_a_transfer():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 1, 1), date(2022, 6, 1), rec="E3"),  # a: transferred
            episode("b", date(2020, 1, 1), date(2020, 6, 1), rec="E3"),  # b: transferred, then...
            episode("b", date(2021, 1, 1), date(2022, 6, 1), rec="E4A"),  # ...came back and left
            episode("c", date(2021, 1, 1), date(2022, 6, 1), rec="E3"),
        ],
        OC3=[
            oc3("a"),  # row 1 FAIL
            oc3("b"),  # row 2 PASS: the final episode is not E3
            oc3("c", in_touch=None, activ=None, accom=None),  # row 3 PASS: nothing given
        ],
    )
    assert rows(findings) == [1]
