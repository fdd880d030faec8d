"""2991Q: a section 47 enquiry on an episode with no assessment."""

from safeboard.validation.rules.cin.rule_2991q import logic
from tests.validation.cin.dfe_low_rows import D, assessment, failing, findings, section47

RULE = logic.rule


def test_enquiries_without_an_assessment_on_their_episode_are_queried():
    assessments = [assessment("a", 1, 1), assessment("b", 1, 2)]
    rows = [
        section47("a", 1, 1, S47ActualStartDate=D(2021, 5, 1)),  # row 1 PASS
        section47("a", 2, 1, S47ActualStartDate=D(2021, 6, 1)),  # row 2 PASS: same episode
        section47("b", 1, 1, S47ActualStartDate=D(2021, 7, 1)),  # row 3 QUERY: b's assessment is on episode 2
        section47("c", 1, 1),  # row 4 QUERY: no assessment at all
    ]  # fmt: skip
    assert failing(RULE, 2022, section47=rows, assessment=assessments) == [
        ("section47", "row 3", "b"),
        ("section47", "row 4", "c"),
    ]
    assert {
        f.severity.value for f in findings(RULE, 2022, section47=rows, assessment=assessments)
    } == {"warning"}


def test_an_enquiry_of_a_child_without_an_id_is_left_to_8500():
    rows = [section47(None, S47ActualStartDate=D(2021, 5, 1))]  # its assessment cannot be linked
    assert failing(RULE, 2022, section47=rows, assessment=[assessment(None)]) == []
