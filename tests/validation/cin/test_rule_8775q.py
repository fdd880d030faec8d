"""8775Q: a child over 25 with an episode open past the 25th birthday."""

from safeboard.validation.rules.cin.rule_8775q import logic
from tests.validation.cin.dfe_high_rows import D, child, episode, failing, findings

RULE = logic.rule


def test_episodes_of_people_over_25_are_queried():
    # 2022-23: over 25 means born before 31 March 1998. Birth dates are kept to the month,
    # so the rule takes the month's last day: a child "born 1 March 1998" may have been
    # born on the 31st and is not queried.
    children = [
        child("a", PersonBirthDate=D(1990, 6, 1)),  # 25 on 30 June 2015 at the latest
        child("b", PersonBirthDate=D(1998, 3, 1)),
        child("c", PersonBirthDate=D(1998, 2, 1)),  # 25 on 28 February 2023 at the latest
        child("d", PersonBirthDate=D(2010, 1, 1)),
    ]
    episodes = [
        episode("a", 1),  # row 1 QUERY: open
        episode("a", 2, CINclosureDate=D(2022, 5, 1)),  # row 2 QUERY: closed long after 25
        episode("b", 1),  # row 3 PASS: not certainly over 25
        episode("c", 1, CINclosureDate=D(2023, 2, 28)),  # row 4 PASS: closed on the birthday
        episode("c", 2, CINclosureDate=D(2023, 3, 1)),  # row 5 QUERY: closed the day after
        episode("d", 1),  # row 6 PASS: a child
    ]
    assert failing(RULE, 2023, child=children, cin_episode=episodes) == [
        ("row 1", "a"),
        ("row 2", "a"),
        ("row 5", "c"),
    ]
    assert {
        (f.table, f.value) for f in findings(RULE, 2023, child=children, cin_episode=episodes)
    } == {
        ("cin_episode", "open"),
        ("cin_episode", "2022-05-01"),
        ("cin_episode", "2023-03-01"),
    }
