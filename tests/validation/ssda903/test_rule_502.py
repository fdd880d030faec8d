"""502: this year's first episode must be last year's open episode, same start date."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_502 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

LAST_YEAR = [
    episode("a", date(2021, 6, 1), date(2021, 9, 1), rec="X1"),
    episode("a", date(2021, 9, 1), rne="P"),  # a: open on 31 March 2022
    episode("b", date(2021, 6, 1)),  # b: open
    episode("c", date(2021, 6, 1), date(2021, 9, 1), rec="E4A"),  # c: left care
    episode("d", date(2021, 6, 1)),  # d: open, and not in this year's return
]


def test_the_open_episode_carries_on_with_its_start_date():
    findings = run(
        logic,
        2023,
        prev_Episodes=LAST_YEAR,
        Episodes=[
            episode("a", date(2021, 9, 1), date(2022, 8, 1), rne="P", rec="X1"),  # row 1 PASS
            episode("a", date(2022, 8, 1), rne="P"),  # row 2 PASS: not the first
            episode("b", date(2021, 6, 2)),  # row 3 FAIL: a day out
            episode("c", date(2022, 6, 1)),  # row 4 PASS: c's care had ended
            episode("e", date(2022, 6, 1)),  # row 5 PASS: new this year
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].value == "2021-06-02"


def test_without_last_years_return_the_rule_does_not_run():
    findings = run(
        logic, 2023, Episodes=[episode("b", date(2021, 6, 2))]
    )  # PASS: nothing to compare
    assert findings == []
