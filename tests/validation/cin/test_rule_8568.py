"""8568: ReferralNFA present and true or false."""

from safeboard.validation.rules.cin.rule_8568 import logic
from tests.validation.cin.dfe_low_rows import episode, failing

RULE = logic.rule


def test_a_missing_or_unreadable_flag_fails():
    rows = [
        episode("a", ReferralNFA=True),  # row 1 PASS
        episode("b", ReferralNFA=False),  # row 2 PASS
        # Missing, or a value such as "maybe" (reported as unreadable and staged empty).
        episode("c", ReferralNFA=None),  # row 3 FAIL
    ]
    assert failing(RULE, 2018, cin_episode=rows) == [("cin_episode", "row 3", "c")]
