"""8868: a closed episode with a section 47 not shown as completed."""

from safeboard.validation.rules.cin.rule_8868 import logic
from tests.validation.cin.dfe_high_rows import D, episode, failing, section47

RULE = logic.rule


def test_unfinished_enquiries_of_closed_episodes_fail():
    episodes = [episode("a", 1, CINclosureDate=D(2022, 9, 1)), episode("b", 1)]
    enquiries = [
        section47("a", 1, DateOfInitialCPC=D(2022, 5, 20), ICPCnotRequired=False),  # row 1 PASS: conference held
        section47("a", 2, ICPCnotRequired=True),  # row 2 PASS: none required
        section47("a", 3, ICPCnotRequired=False),  # row 3 FAIL: neither
        section47("a", 4),  # row 4 FAIL: neither (flag missing)
        section47("a", 5, DateOfInitialCPC=D(2022, 5, 20), ICPCnotRequired=True),  # row 5 FAIL: both
        section47("b", 1, ICPCnotRequired=False),  # row 6 PASS: episode still open
    ]  # fmt: skip
    assert failing(RULE, 2023, section47=enquiries, cin_episode=episodes) == [
        ("row 3", "a"),
        ("row 4", "a"),
        ("row 5", "a"),
    ]
