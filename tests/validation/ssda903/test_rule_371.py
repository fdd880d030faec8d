"""371: semi-independent or supported accommodation under 14, later 16."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_371 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run

HEADER = [header("a", dob=date(2008, 6, 1))]  # 14 in June 2022, 16 in June 2024
EPISODES = [
    episode("a", date(2022, 5, 1), place="H5"),  # row 1: aged 13
    episode("a", date(2022, 7, 1), place="H5"),  # row 2: aged 14
    episode("a", date(2024, 7, 1), place="H5"),  # row 3: aged 16
]


def test_14_to_2022_23():
    findings = run(logic, 2023, Header=HEADER, Episodes=EPISODES)
    assert rows(findings) == [1]  # row 1 FAIL: 13; rows 2, 3 PASS
    assert findings[0].message.endswith("should be at least 14.")


def test_16_from_2023_24():
    findings = run(logic, 2024, Header=HEADER, Episodes=EPISODES)
    assert rows(findings) == [1, 2]  # 13 and 14 FAIL; 16 PASS
    assert "semi-independent" in findings[0].message


def test_2025_26_supported_accommodation_is_k3():
    findings = run(
        logic,
        2026,
        Header=HEADER,
        Episodes=[episode("a", date(2023, 7, 1), place="K3")],  # row 1 FAIL: 15
    )
    assert rows(findings) == [1]
    assert findings[0].message.startswith("Child in supported accomodation")
