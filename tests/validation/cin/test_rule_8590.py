"""8590: every child has a CIN episode."""

from safeboard.validation.rules.cin.rule_8590 import logic
from tests.validation.cin.dfe_low_rows import child, episode, failing

RULE = logic.rule


def test_a_child_with_no_episode_fails():
    children = [child("a"), child("b"), child("c")]  # row 2 FAIL: b has none
    episodes = [episode("a"), episode("c", 1), episode("c", 2)]
    assert failing(RULE, 2026, child=children, cin_episode=episodes) == [("child", "row 2", "b")]


def test_a_child_without_an_id_cannot_be_linked_and_is_left_to_8500():
    # The child's id is missing, so neither it nor its episode has a pseudonym.
    assert failing(RULE, 2026, child=[child(None)], cin_episode=[episode(None)]) == []
