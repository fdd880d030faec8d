"""164: the distance from home must be 0.0 to 999.9 miles, unless excused."""

from datetime import date

from safeboard.validation.registry import rules_for
from safeboard.validation.rules.ssda903.rule_164 import logic
from tests.validation.ssda903._dfe_mid import episode, rows, run

START = date(2023, 6, 1)


def _at(child, miles, **values):
    return episode(child, START, PL_LA="E10000031", PL_DISTANCE=miles, **values)


def _uasc(child):
    return {"child": child, "SEX": "1", "DOB": date(2008, 5, 1), "DUC": None}


def test_a_distance_out_of_range_is_reported_unless_excused():
    findings = run(
        logic,
        2024,
        Episodes=[
            _at("a", 0.0),  # row 1 PASS: the same postcode district's lowest
            _at("b", 999.9),  # row 2 PASS: the highest DfE allows
            _at("c", 1000.0),  # row 3 FAIL: beyond 999.9
            _at("d", -2.0),  # row 4 FAIL: below 0
            _at("e", 1200.0, ls="V3"),  # row 5 PASS: a short break
            _at("f", 1200.0),  # row 6 PASS: UASC this year
            _at("g", 1200.0),  # row 7 PASS: UASC last year
            episode("h", START),  # row 8 PASS: no distance (392a's concern)
            _at("i", 35.4),  # row 9 PASS: in range
        ],
        UASC=[_uasc("f")],
        prev_UASC=[_uasc("g")],
    )
    assert rows(findings) == [3, 4]
    assert sorted(f.value for f in findings) == ["-2.0", "1000.0"]


def test_without_last_years_uasc_file_only_this_years_excuses():
    findings = run(
        logic,
        2024,
        Episodes=[_at("f", 1200.0), _at("g", 1200.0)],  # row 1 PASS (UASC), row 2 FAIL
        UASC=[_uasc("f")],
    )
    assert rows(findings) == [2]


def test_every_year():
    assert logic.rule in rules_for("ssda903", 2018)
    assert logic.rule in rules_for("ssda903", 2027)
