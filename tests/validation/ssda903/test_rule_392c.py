"""392c: a postcode that is not a full postcode (as worked out at import)."""

from datetime import date

from safeboard.returns.kinds.ssda903 import read_episode_row
from safeboard.validation.rules.ssda903.rule_392c import logic
from tests.validation.ssda903._dfe_low import episode, rows, run


def stored(child, home, placed):
    """An episode as the import keeps it: outward codes and the postcodes' checks."""
    values = {"HOME_POST": home, "PL_POST": placed}
    read_episode_row(values)
    flags = {
        k: None if values[k] is None else values[k] == "1"
        for k in ("HOME_POST_VALID", "PL_POST_VALID", "SAME_POSTCODE")
    }
    return episode(child, date(2022, 5, 1), **flags)


def test_full_postcodes():
    findings = run(
        logic,
        2023,
        Episodes=[
            stored("a", "CV34 4RL", "B15 2TT"),  # row 1 PASS
            stored("b", "cv344rl", "B152TT"),  # row 2 PASS: case and spacing do not matter
            stored("c", "CV34", "B15 2TT"),  # row 3 FAIL: home is only an outward code
            stored("d", "CV34 4RL", "NOT KNOWN"),  # row 4 FAIL: placement
            stored("e", None, None),  # row 5 PASS: none given (392b's business)
        ],
    )
    assert rows(findings) == [3, 4]
    assert [f.field for f in findings] == ["HOME_POST", "PL_POST"]
