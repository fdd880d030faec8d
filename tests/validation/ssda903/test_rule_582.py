"""582: an adoption dated the day of matching is queried (from 2022-23)."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_582 import logic
from tests.validation.ssda903._dfe_mid import adopted, episode, rows, run

ADOPTED_ON = date(2022, 11, 1)


def test_adoption_on_the_day_of_matching_is_a_query():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 5, 1), ADOPTED_ON, place="A4", rec="E11"),  # row 1 FAIL
            episode("b", date(2022, 5, 1), ADOPTED_ON, place="A4", rec="E12"),  # row 2 PASS
            episode("c", date(2022, 5, 1), ADOPTED_ON, place="A4", rec="E4A"),  # row 3 PASS
        ],
        AD1=[
            adopted("a", DATE_MATCH=ADOPTED_ON),
            adopted("b", DATE_MATCH=date(2022, 7, 1)),  # matched months before
            adopted("c", DATE_MATCH=ADOPTED_ON),  # not adopted
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].severity.value == "warning"


def test_added_in_2022_23():
    assert logic.rule not in rules_for("ssda903", 2022)
    assert logic.rule in rules_for("ssda903", 2023)
