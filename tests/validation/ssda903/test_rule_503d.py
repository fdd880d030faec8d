"""503D: the first episode's placement type must be last year's open episode's."""

from datetime import date

from safeboard.validation.rules.ssda903.rule_503d import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

OPENED = date(2021, 9, 1)


def test_the_open_episode_carries_on_in_the_same_placement():
    findings = run(
        logic,
        2023,
        prev_Episodes=[
            episode("a", OPENED, place="U4"),  # open on 31 March 2022
            episode("b", OPENED, place="U4"),
            episode("c", OPENED, date(2022, 1, 1), rec="E4A", place="U4"),  # left care
        ],
        Episodes=[
            episode("a", OPENED, place="U4"),  # row 1 PASS
            episode("b", OPENED, place="K2"),  # row 2 FAIL: another placement type
            episode("c", date(2022, 6, 1), place="K2"),  # row 3 PASS: a new period of care
        ],
    )
    assert rows(findings) == [2]
    assert findings[0].value == "K2"


def test_renamed_placement_types_are_accepted_in_their_years():
    def run_year(year, then, now):
        opened = date(year - 2, 9, 1)
        return run(
            logic,
            year,
            prev_Episodes=[episode("a", opened, place=then)],
            Episodes=[episode("a", opened, place=now)],
        )

    assert run_year(2024, "H5", "K3") == []  # PASS: supported accommodation, renamed
    assert run_year(2025, "H5", "K3") == []  # PASS
    assert rows(run_year(2026, "H5", "K3")) == [1]  # FAIL: by 2025-26 it was K3 last year too
    assert run_year(2026, "Z1", "Z13") == []  # PASS: "other" split into Z11 to Z14
    assert rows(run_year(2025, "Z1", "Z13")) == [1]  # FAIL: not yet split
    assert rows(run_year(2024, "K3", "H5")) == [1]  # FAIL: only the old code may become the new
