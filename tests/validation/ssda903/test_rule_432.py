"""432: a new episode after the child left care must be RNE S."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_432 import logic
from tests.validation.ssda903._dfe_mid import episode, ordered, rows, run


def test_after_leaving_care_the_next_episode_is_a_new_start():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 5, 1), rec="E4A"),  # row 1 PASS: first
            episode("a", date(2022, 6, 1), rne="P"),  # row 2 FAIL: a left care on 1 May
            episode("b", date(2022, 4, 1), date(2022, 5, 1), rec="E13"),  # row 3 PASS
            episode("b", date(2022, 6, 1), rne="S"),  # row 4 PASS: a new start
            episode("c", date(2022, 4, 1), date(2022, 5, 1), rec="X1"),  # row 5 PASS
            episode("c", date(2022, 5, 1), rne="P"),  # row 6 PASS: X1 is a continuation
            episode("d", date(2022, 4, 1), date(2022, 5, 1), rec="E45"),  # row 7 PASS
            episode("d", date(2022, 6, 1), rne=None),  # row 8 FAIL: blank is not S
            episode("e", date(2022, 4, 1), date(2022, 5, 1), rec=None),  # row 9 PASS: no reason
            episode("e", date(2022, 5, 1), rne="L"),  # row 10 PASS: unknown whether care ended
        ],
    )
    assert rows(findings) == [2, 8]
    assert [f.value for f in ordered(findings)] == ["P", ""]


def test_the_reasons_ending_care_are_the_years_codes():
    tables = {
        "Episodes": [
            episode("a", date(2019, 4, 1), date(2019, 5, 1), rec="E43"),  # SGO to 2019-20
            episode("a", date(2019, 6, 1), rne="P"),  # row 2
        ]
    }
    assert rows(run(logic, 2020, **tables)) == [2]  # E43 ended care in 2019-20
    assert rows(run(logic, 2021, **tables)) == []  # no longer a code: SB-CODE reports it
