"""The rule registry cannot shrink silently, and every rule unit has its tests.

(The existing validators' own test command quietly skips rules inherited
from earlier years; here the count per kind and year is pinned and every
registered rule must be named by a test module.)
"""

from pathlib import Path

import pytest

from safeboard.validation.registry import rules_for

# Registered rule units per (kind, collection year). Change with care: a lower
# number means rules stopped applying.
EXPECTED = {
    ("cin", 2018): 2,
    ("cin", 2025): 2,
}


@pytest.mark.parametrize(("kind", "year"), list(EXPECTED))
def test_rule_count_per_kind_and_year(kind, year):
    assert len(rules_for(kind, year)) == EXPECTED[(kind, year)]


def test_every_rule_unit_has_a_test_module():
    here = Path(__file__).parent
    tested = {p.stem.removeprefix("test_rule_") for p in here.glob("test_rule_*.py")}
    for kind in {k for k, _ in EXPECTED}:
        for unit in rules_for(kind):
            name = unit.code.lower().replace("-", "_")
            assert name in tested, f"{unit.code} has no tests/validation/test_rule_{name}.py"


def test_rules_say_what_to_do():
    for kind in {k for k, _ in EXPECTED}:
        for unit in rules_for(kind):
            assert unit.message.endswith(".")
            assert len(unit.guidance) > 30, unit.code
