"""8565: no activity dated after the episode's closure."""

from safeboard.validation.rules.cin.rule_8565 import logic
from tests.validation.cin.dfe_low_rows import (
    D,
    assessment,
    cin_plan,
    cp_plan,
    episode,
    failing,
    findings,
    section47,
)

RULE = logic.rule

CLOSED = D(2023, 1, 31)


def test_each_kind_of_activity_after_the_closure_fails_its_episode_once():
    episodes = [
        episode("a", CINclosureDate=CLOSED, DateOfInitialCPC=D(2023, 2, 1)),  # row 1 FAIL: conference
        episode("b", CINclosureDate=CLOSED),  # row 2 FAIL: assessment authorised after
        episode("c", CINclosureDate=CLOSED),  # row 3 FAIL: enquiry and its conference after
        episode("d", CINclosureDate=CLOSED),  # row 4 FAIL: CP plan ended after
        episode("e", CINclosureDate=CLOSED),  # row 5 FAIL: CIN plan ended after
        episode("f", CINclosureDate=CLOSED),  # row 6 PASS: all on the closure day
        episode("g"),  # row 7 PASS: open
        episode("b", 2, CINclosureDate=CLOSED),  # row 8 PASS: b's late assessment is on episode 1
    ]  # fmt: skip
    tables = {
        "assessment": [
            assessment("b", AssessmentActualStartDate=D(2023, 1, 2), AssessmentAuthorisationDate=D(2023, 2, 1)),
            assessment("f", AssessmentActualStartDate=CLOSED, AssessmentAuthorisationDate=CLOSED),
        ],
        "section47": [
            section47("c", S47ActualStartDate=D(2023, 2, 1), DateOfInitialCPC=D(2023, 2, 3)),
            section47("f", S47ActualStartDate=CLOSED, DateOfInitialCPC=CLOSED),
        ],
        "cp_plan": [
            cp_plan("d", CPPstartDate=D(2022, 6, 1), CPPendDate=D(2023, 2, 1)),
            # A plan starting after the closure is not in DfE's list (only its end is).
            cp_plan("g", CPPstartDate=D(2023, 2, 1)),
            cp_plan("f", CPPendDate=CLOSED),
        ],
        "cin_plan": [
            cin_plan("e", CINPlanStartDate=D(2022, 6, 1), CINPlanEndDate=D(2023, 2, 1)),
            cin_plan("f", CINPlanStartDate=CLOSED, CINPlanEndDate=CLOSED),
        ],
    }  # fmt: skip
    assert failing(RULE, 2023, cin_episode=episodes, **tables) == [
        ("cin_episode", "row 1", "a"),
        ("cin_episode", "row 2", "b"),
        ("cin_episode", "row 3", "c"),
        ("cin_episode", "row 4", "d"),
        ("cin_episode", "row 5", "e"),
    ]
    fields = {f.child: f.field for f in findings(RULE, 2023, cin_episode=episodes, **tables)}
    assert fields["c"] == "CINclosureDate,DateOfInitialCPC,S47ActualStartDate"
    assert fields["b"] == "CINclosureDate,AssessmentAuthorisationDate"
