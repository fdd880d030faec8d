"""503E: the first episode's placement provider must be last year's open episode's."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_503e import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)


def test_the_open_episode_carries_on_with_the_same_place_provider():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            episode("a", OPENED, provider="PR1"),  # a: open on 31 March 2022
            episode("b", OPENED, provider="PR1"),  # b: open
            episode("c", OPENED, date(2022, 1, 1), rec="E4A", provider="PR1"),  # c: left care
            episode("d", OPENED, provider=None),  # d: open, blank
        ],
        Episodes=[
            episode("a", OPENED, date(2022, 8, 1), rec="X1", provider="PR1"),  # row 1 PASS: same
            episode("a", date(2022, 8, 1), provider="PR4"),  # row 2 PASS: a later episode
            episode("b", OPENED, provider="PR4"),  # row 3 FAIL: changed
            episode("c", date(2022, 6, 1), provider="PR4"),  # row 4 PASS: a new period of care
            episode("d", OPENED, provider=None),  # row 5 PASS: blank and blank
            episode("e", date(2022, 6, 1), provider="PR4"),  # row 6 PASS: new this year
        ],
    )
    assert rows(findings) == [3]
    assert findings[0].value == "PR4"


def test_without_last_years_return_the_rule_does_not_run():
    assert run(logic, 2023, Episodes=[episode("b", OPENED, provider="PR4")]) == []
