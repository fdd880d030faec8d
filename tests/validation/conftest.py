"""Fails a full run of tests/validation in which some registered rule's tests never ran.

``harness.run_rule`` notes every rule it runs. When the whole folder was
collected (no -k, no deselection), every registered rule must have been run
by at least one test that passed; otherwise the run fails and names them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.validation import harness

HERE = Path(__file__).parent


def _whole_folder_ran(session) -> bool:
    config = session.config
    if config.getoption("keyword") or config.getoption("markexpr") not in ("", "not browser"):
        return False
    args = [Path(a.split("::")[0]).resolve() for a in config.args]
    return any(HERE == a or HERE.is_relative_to(a) for a in args) and not getattr(
        session, "_deselected_any", False
    )


def pytest_deselected(items):
    for item in items:
        item.session._deselected_any = True


def pytest_sessionfinish(session, exitstatus):
    if exitstatus != 0 or not _whole_folder_ran(session):
        return
    from safeboard.validation.registry import rules_for

    registered = {(kind, u.code) for kind in ("cin", "ssda903") for u in rules_for(kind)}
    missing = sorted(registered - harness.RAN)
    if missing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"Rules whose tests did not run: {missing}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
