"""`safeboard demo` builds the whole demonstration in a workspace, and again safely."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

SAFEBOARD = str(Path(sys.executable).parent / "safeboard")
CHECK = """
import django, json
django.setup()
from safeboard.partnership.models import District, LocalAuthority, ChildDeathOverviewPanel, Agency
from safeboard.accounts.models import User
from safeboard.returns.models import Snapshot
panel = ChildDeathOverviewPanel.objects.get()
print(json.dumps({
    "districts": District.objects.count(),
    "panel_authorities": panel.local_authorities.count(),
    "in_partnership": LocalAuthority.objects.filter(partnership__isnull=False).count(),
    "statutory": Agency.objects.filter(is_statutory_partner=True).count(),
    "users": sorted(User.objects.values_list("username", flat=True)),
    "snapshots": sorted(Snapshot.objects.values_list("kind", flat=True)),
}))
"""


def _demo(env) -> str:
    result = subprocess.run(  # noqa: S603
        [SAFEBOARD, "demo"], env=env, capture_output=True, text=True, timeout=600, check=True
    )
    return result.stdout


def _passwords(output: str) -> dict[str, str]:
    return dict(re.findall(r"^  (demo-[a-z-]+)\s+(\S+)\s", output, flags=re.M))


@pytest.mark.skipif(
    bool(os.environ.get("DATABASE_URL")),
    reason="the demo runs on its own SQLite workspace: once per suite is enough",
)
def test_demo_builds_the_partnership_users_and_five_years_of_returns(tmp_path):
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
        },
        "SAFEBOARD_ENV": "development",
        "DJANGO_SETTINGS_MODULE": "safeboard.config.settings.development",
        "SAFEBOARD_WORKSPACE": str(tmp_path / "workspace"),
    }
    first = _demo(env)
    passwords = _passwords(first)
    assert len(passwords) == 7  # one user per role
    assert len(set(passwords.values())) == 7
    assert all(len(p) >= 20 for p in passwords.values())
    assert "cin_2018.xml: imported" in first
    outputs = tmp_path / "workspace" / "outputs" / "dataset"
    assert sorted(p.name for p in outputs.iterdir()) == [
        "dataset-2017-18.csv",
        "dataset-2017-18.json",
        "dataset-2017-18.xlsx",
    ]
    charts = sorted((tmp_path / "workspace" / "outputs" / "charts").glob("*.svg"))
    assert len(charts) >= 3
    assert "<svg" in charts[0].read_text()[:200]
    assert "http://127.0.0.1:8000/dashboards/" in first
    rows = json.loads((outputs / "dataset-2017-18.json").read_text())
    [referrals] = [
        r for r in rows if r["indicator"] == "referrals" and r["period_end"] == "2018-03-31"
    ]
    assert 8_000 <= referrals["numerator"] <= 13_000  # about 10,000 a year, as in the report

    # The annual report, built from the same dataset and the board's records.
    report = tmp_path / "workspace" / "outputs" / "report" / "2018" / "latest"
    assert (report / "annual-report.pdf").read_bytes()[:5] == b"%PDF-"
    html = (report / "annual-report.html").read_text()
    assert f'<td class="num">{referrals["numerator"]}</td>' in html  # Appendix A's referrals
    assert '<td class="num">£125,105</td>' in html  # the budget's income
    assert '<td class="num">£157,074</td>' in html  # and expenditure
    assert "46 training events were delivered in 2017/18 to 783 delegates" in html
    assert 'Deaths reviewed</th><td>All</td><td class="num">77</td>' in html  # the panel's year

    state = json.loads(
        subprocess.run(  # noqa: S603
            [sys.executable, "-c", CHECK], env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    assert state["districts"] == 5
    assert state["panel_authorities"] == 3  # the panel is shared with two neighbours
    assert state["in_partnership"] == 1
    assert state["statutory"] == 3
    assert len(state["users"]) == 7
    # Five years each of CIN, SSDA903 and contacts, one of each extract, and the
    # reference data DfE's placement rules read (postcode directory, providers).
    assert state["snapshots"].count("cin") == 5
    assert state["snapshots"].count("ssda903") == 5
    assert state["snapshots"].count("contacts") == 5
    assert state["snapshots"].count("postcodes") == 1
    assert state["snapshots"].count("providers") == 1
    assert len(state["snapshots"]) == 20

    second = _demo(env)
    assert second.count(": duplicate,") == 20  # nothing imported twice
    again = _passwords(second)
    assert set(again) == set(passwords)
    assert not set(again.values()) & set(passwords.values())  # new passwords each run
