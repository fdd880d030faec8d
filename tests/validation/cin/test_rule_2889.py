"""2889: a section 47 enquiry starts on or after the referral date."""

from safeboard.validation.rules.cin.rule_2889 import logic
from tests.validation.cin.dfe_low_rows import D, episode, failing, section47

RULE = logic.rule


def test_enquiries_before_their_referral_fail():
    episodes = [
        episode("a", 1, CINreferralDate=D(2025, 5, 1)),
        episode("a", 2, CINreferralDate=D(2025, 9, 1)),
    ]
    rows = [
        section47("a", 1, 1, S47ActualStartDate=D(2025, 5, 1)),  # row 1 PASS: same day
        section47("a", 1, 2, S47ActualStartDate=D(2025, 8, 31)),  # row 2 FAIL: day before episode 2
        section47("a", 2, 1, S47ActualStartDate=D(2025, 8, 31)),  # row 3 PASS: after episode 1
        section47("a", 1, 3),  # row 4 PASS here: no start date
    ]  # fmt: skip
    assert failing(RULE, 2026, section47=rows, cin_episode=episodes) == [
        ("section47", "row 2", "a")
    ]
