"""The 600+ and lettered SSDA903 rules run (or step aside) when the year is not known.

An SSDA903 import without a collection year is refused (SB-YEAR), but its
rules still run over what was read: a rule that needs the year must return
no SQL rather than fail.
"""

import tempfile
from pathlib import Path

from safeboard.returns.kinds import get_kind
from safeboard.returns.staging import Stage
from safeboard.validation.engine import RuleContext, run_rules
from safeboard.validation.registry import rules_for
from tests.validation.expected.ssda903_dfe_high import owns


def test_every_rule_runs_without_a_collection_year():
    rules = [r for r in rules_for("ssda903") if owns(r.code)]
    assert len(rules) > 70
    specs = get_kind("ssda903").table_specs(None)
    with tempfile.TemporaryDirectory() as folder:
        stage = Stage(Path(folder), specs)
        stage.writer("Header").append({"_file": "f", "_position": "line 2", "child": "a"})
        files = stage.close()
        for name in ("Header", "Episodes"):  # last year's too, for the previous-year rules
            files[f"prev_{name}"] = files[name]
        context = RuleContext(kind="ssda903", collection_year=None, tables=frozenset(files))
        findings = run_rules(rules, context, files)
    # Only the year-free rules speak: EPI (no episodes, no OC3) for the one Header row.
    assert sorted({f.rule for f in findings}) == ["EPI"]
