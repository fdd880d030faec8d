"""Every SSDA903 rule below 400 runs on every supported collection year, and without one.

A rule's SQL is built per year (code lists, messages, dates): each must build and
run over empty tables for 2017-18 to 2026-27, and return nothing rather than fail
when the year is not known (an import without --year is refused with SB-YEAR, but
its rules still run).
The rules reading Ofsted's providers' lookup (219, 221, 224, 227, 228, 229, 241)
need the view ``ref_providers`` and so do not run here: test_rule_1008.py runs
them over empty tables in every year.

DfE's rules below 400 that are not units (from the D2I validators' 2022-23 to
2025-26 rule sets), and why:

* 105: the UASC flag of the XML Header; the CSV return has none (a child is UASC
  by being in the UASC file), and the D2I validator skips it for CSV too.
* 205C and 303: "a date UASC ceased for a child not UASC": in the CSV return a DUC
  exists only in the UASC file, which itself makes the child UASC.
"""

import pytest

from safeboard.returns.kinds import get_kind
from safeboard.validation.engine import RuleContext, run_rules
from safeboard.validation.registry import rules_for
from tests.validation.expected import ssda903_dfe_low

YEARS = [*range(2018, 2028), None]


def _empty_tables(folder):
    from safeboard.returns.staging import Stage

    specs = get_kind("ssda903").table_specs(2024)
    stage = Stage(folder, specs)
    return stage.close()


@pytest.mark.parametrize("year", YEARS, ids=[str(y) for y in YEARS])
def test_every_rule_runs_over_empty_tables(year, tmp_path):
    files = _empty_tables(tmp_path)
    previous = {f"prev_{name}": path for name, path in files.items()}
    tables = files | previous
    rules = [r for r in rules_for("ssda903") if ssda903_dfe_low.owns(r.code)]
    context = RuleContext(kind="ssda903", collection_year=year, tables=frozenset(tables))
    # One connection for them all (a failing rule's module is in the traceback).
    assert run_rules(rules, context, tables) == []
