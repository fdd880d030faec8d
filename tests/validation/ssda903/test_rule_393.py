"""393: a looked-after girl without the mother item."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_393 import logic
from tests.validation.ssda903._dfe_low import episode, header, rows, run


def test_girls_in_care_need_mother():
    findings = run(
        logic,
        2023,
        Header=[
            header("a", sex="2", MOTHER="0"),  # row 1 PASS
            header("b", sex="2", MOTHER=None),  # row 2 FAIL
            header("c", sex="2", MOTHER=None),  # row 3 PASS: short breaks only
            header("d", sex="1", MOTHER=None),  # row 4 PASS: a boy
        ],
        Episodes=[
            episode("a", date(2022, 5, 1)),
            episode("b", date(2022, 5, 1)),
            episode("c", date(2022, 5, 1), ls="V4"),
            episode("d", date(2022, 5, 1)),
        ],
    )
    assert rows(findings) == [2]


def test_from_2024_25_girls_are_f():
    findings = run(
        logic,
        2025,
        Header=[header("a", sex="F", MOTHER=None)],  # row 1 FAIL
        Episodes=[episode("a", date(2024, 5, 1))],
    )
    assert rows(findings) == [1]
