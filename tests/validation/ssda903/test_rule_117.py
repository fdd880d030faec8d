"""117: adoption decisions after the year's end or after the child left care."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_117 import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def placed(child, placed_on, ceased=None):
    return {"child": child, "DATE_PLACED": placed_on, "DATE_PLACED_CEASED": ceased}


def test_decisions_must_fall_before_the_end_of_the_year_and_of_care():
    findings = run(
        logic,
        2023,
        Episodes=[
            episode("a", date(2021, 1, 1)),  # a: still in care
            episode("b", date(2021, 1, 1), date(2022, 6, 1), rec="X1"),  # b: carries on...
            episode("b", date(2022, 6, 1), date(2022, 9, 30), rne="P", rec="E11"),  # ...ends 30/9
            episode("c", date(2021, 1, 1), date(2022, 9, 30), rec="E4A"),  # c: left 30/9
        ],
        PlacedAdoption=[
            placed("a", date(2023, 3, 31)),  # row 1 PASS: the year's last day, still in care
            placed("a", date(2023, 4, 1)),  # row 2 FAIL: after the year
            placed("b", date(2022, 9, 30)),  # row 3 PASS: the day care ended
            placed("b", date(2022, 5, 1), date(2022, 10, 1)),  # row 4 FAIL: reversed after care
            placed("c", date(2022, 10, 1)),  # row 5 FAIL: decided after care ended
            placed("z", date(2023, 4, 2)),  # row 6 FAIL: no episodes, still after the year
        ],
    )
    assert rows(findings) == [2, 4, 5, 6]
    assert {f.table for f in findings} == {"PlacedAdoption"}


def test_the_latest_episode_ending_care_counts_not_an_x1_handover():
    findings = run(
        logic,
        2023,
        Episodes=[
            # d's first episode ends with X1 on 1/6; the next is open: no end of care
            episode("d", date(2022, 4, 1), date(2022, 6, 1), rec="X1"),
            episode("d", date(2022, 6, 1), rne="P"),
        ],
        PlacedAdoption=[placed("d", date(2022, 8, 1))],  # row 1 PASS: X1 is not leaving care
    )
    assert findings == []
