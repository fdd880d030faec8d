"""The rule registry cannot shrink silently, and every rule unit has its tests.

(The existing validators' own test command quietly skips rules inherited
from earlier years.) Here the number of active rules per kind and
collection year is pinned, in one module per family of rules under
``tests/validation/expected/`` (so engineers adding different families do
not edit one file), every registered rule belongs to exactly one family,
every rule unit has its test module, and ``conftest.py`` fails a full run of
this folder in which some rule's tests did not run.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from safeboard.validation.registry import rules_for
from tests.validation import expected

HERE = Path(__file__).parent
KINDS = ("cin", "ssda903")


def families() -> list:
    return [
        importlib.import_module(f"{expected.__name__}.{info.name}")
        for info in pkgutil.iter_modules(expected.__path__)
    ]


PINNED = [
    (family.__name__.rsplit(".", 1)[1], family, year)
    for family in families()
    for year in family.EXPECTED
]


@pytest.mark.parametrize(("name", "family", "year"), PINNED, ids=[f"{n}-{y}" for n, _, y in PINNED])
def test_rule_count_per_family_and_year(name, family, year):
    active = [r for r in rules_for(family.KIND, year) if family.owns(r.code)]
    assert len(active) == family.EXPECTED[year], (
        f"{name} in {year}: {sorted(r.code for r in active)}"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_rule_belongs_to_exactly_one_family(kind):
    for unit in rules_for(kind):
        owners = [f.__name__ for f in families() if f.KIND == kind and f.owns(unit.code)]
        assert len(owners) == 1, f"{kind} {unit.code} belongs to {owners or 'no family'}"


def rule_test_module(kind: str, code: str) -> Path:
    return HERE / kind / f"test_rule_{code.lower().replace('-', '_')}.py"


@pytest.mark.parametrize("kind", KINDS)
def test_every_rule_unit_has_a_test_module(kind):
    missing = [u.code for u in rules_for(kind) if not rule_test_module(kind, u.code).is_file()]
    assert not missing, f"No tests/validation/{kind}/test_rule_<code>.py for: {missing}"


@pytest.mark.parametrize("kind", KINDS)
def test_rules_say_what_to_do(kind):
    for unit in rules_for(kind):
        assert unit.message.strip(), unit.code
        assert len(unit.guidance) > 30, unit.code


YEARS = range(2018, 2029)  # 2026-27, and 2027-28 for rule 706 (last year's DoLo)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("year", YEARS)
def test_every_rule_runs_in_every_year_it_applies_to(kind, year, tmp_path):
    """Each rule's SQL builds and runs for each year (on empty tables): a rule that
    fails for some year would otherwise surface only on a real return of that year."""
    import tempfile

    from safeboard.returns.kinds import get_kind
    from safeboard.returns.staging import Stage
    from safeboard.validation.engine import RuleContext, run_rules, view_source

    active = rules_for(kind, year)
    views = {table for unit in active for table in unit.tables}
    specs = {}
    for view in views:
        source_kind, source_year, table = view_source(kind, year, view)
        specs[view] = get_kind(source_kind).table_specs(source_year)[table]
    with tempfile.TemporaryDirectory(dir=tmp_path) as folder:
        stage = Stage(Path(folder), specs)
        for view in specs:
            stage.writer(view)
        files = stage.close()
        context = RuleContext(kind=kind, collection_year=year, tables=frozenset(files))
        try:
            run_rules(active, context, files, unparsed=[])  # one connection: quick
        except Exception:  # noqa: BLE001 (then name the rule that broke)
            for unit in active:
                try:
                    run_rules([unit], context, files, unparsed=[])
                except Exception as error:  # noqa: BLE001
                    pytest.fail(f"{kind} rule {unit.code} fails in {year}: {error}")
            raise
