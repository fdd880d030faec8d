"""407: a special guardianship order ending care at 18 or over."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_407 import logic
from tests.validation.ssda903._dfe_mid import episode, header, rows, run


def test_an_sgo_on_or_after_the_18th_birthday_is_reported_on_episode_and_header():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", dob=date(2004, 6, 1)),  # 18 in June 2022
            header("b", dob=date(2004, 6, 1)),
            header("c", dob=date(2004, 6, 1)),
            header("d", dob=date(2004, 6, 1)),
        ],
        Episodes=[
            # row 1 PASS: ended 31 May 2022, before the month of the 18th birthday
            episode("a", date(2021, 1, 1), date(2022, 5, 31), rec="E45"),
            # row 2 PASS: on 29 June 2022 a child born on 30 June 2004 is still 17
            episode("b", date(2021, 1, 1), date(2022, 6, 29), rec="E46"),
            # row 3 FAIL: by 30 June 2022 the child is 18 whatever the day of birth in June 2004
            episode("c", date(2021, 1, 1), date(2022, 6, 30), rec="E48"),
            # row 4 PASS: 18 but not an SGO
            episode("d", date(2021, 1, 1), date(2022, 7, 1), rec="E17"),
        ],
    )
    assert rows(findings, "Episodes") == [3]
    assert rows(findings, "Header") == [3]
    episode_finding = next(f for f in findings if f.table == "Episodes")
    assert episode_finding.value == "2022-06-30"
    assert episode_finding.child == "c"
    assert episode_finding.severity.value == "error"


def test_the_sgo_codes_are_the_years_e43_e44_until_2019_20():
    tables = {
        "Header": [header("a", dob=date(2000, 1, 1)), header("b", dob=date(2000, 1, 1))],
        "Episodes": [
            episode("a", date(2019, 1, 1), date(2019, 6, 1), rec="E43"),  # row 1: SGO to 2019-20
            episode("b", date(2019, 1, 1), date(2019, 6, 1), rec="E47"),  # row 2: SGO from 2020-21
        ],
    }
    assert rows(run(logic, 2020, **tables), "Episodes") == [1]  # E47 is not a 2019-20 code
    assert rows(run(logic, 2021, **tables), "Episodes") == [2]  # E43 is no longer one


def test_no_header_row_no_finding():
    # row 1 PASS: without the child's Header row there is no date of birth to compare
    findings = run(
        logic,
        2023,
        Header=[],
        Episodes=[episode("z", date(2021, 1, 1), date(2022, 7, 1), rec="E45")],
    )
    assert findings == []
