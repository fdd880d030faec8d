"""575: when the placement ends the missing period must end too."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_575 import logic
from tests.validation.ssda903._dfe_mid import episode, missing, rows, run


def test_an_open_missing_period_from_an_ended_placement_is_reported():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2022, 4, 1), date(2022, 7, 1), rec="X1"),
            episode("a", date(2022, 7, 1), rne="P"),  # a moved placement on 1 July
            episode("b", date(2022, 4, 1)),  # b: still in the same placement
            episode("c", date(2022, 4, 1), date(2022, 7, 1), rec="X1"),
            episode("c", date(2022, 7, 1), rne="P"),
        ],
        Missing=[
            missing("a", date(2022, 6, 1)),  # row 1 FAIL: went missing from the ended placement
            missing("a", date(2022, 6, 1), date(2022, 6, 5)),  # row 2 PASS: ended
            missing("b", date(2022, 6, 1)),  # row 3 PASS: the placement goes on
            missing("c", date(2022, 7, 1)),  # row 4 PASS: the day of the move, new one open
        ],
    )
    assert rows(findings) == [1]
    assert findings[0].table == "Missing"
