"""8585Q: closed because the child died (RC2), so a date of death."""

from safeboard.validation.rules.cin.rule_8585q import logic
from tests.validation.cin.dfe_low_rows import D, child, episode, failing

RULE = logic.rule


def test_rc2_without_a_death_date_is_queried():
    children = [child("a", PersonDeathDate=D(2019, 9, 1)), child("b"), child("c")]
    episodes = [
        episode("a", ReasonForClosure="RC2"),  # row 1 PASS: a has died
        episode("b", ReasonForClosure="RC2"),  # row 2 QUERY: b has no date of death
        episode("c", ReasonForClosure="RC7"),  # row 3 PASS: another reason
    ]
    assert failing(RULE, 2020, cin_episode=episodes, child=children) == [
        ("cin_episode", "row 2", "b")
    ]


def test_an_episode_of_a_child_without_an_id_is_left_to_8500():
    children = [child(None, PersonDeathDate=D(2019, 9, 1))]  # its death cannot be linked
    episodes = [episode(None, ReasonForClosure="RC2")]
    assert failing(RULE, 2020, cin_episode=episodes, child=children) == []
