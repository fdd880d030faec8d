"""The demo's annual report: 2017/18's draft, built from every record and the dataset.

The prose is short, synthetic text in the spirit of the source report's (its
chair's introduction and its guidance section), citing the year's facts by
name so the demo shows a sentence recomputed at every build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from safeboard.partnership.models import Partnership
from safeboard.report.build import report_build
from safeboard.report.jobs import drafts_folder
from safeboard.report.services import report_for_year

INTRODUCTION = """\
This report reflects the challenges the Board faced throughout the year and
gives what we trust is a fair account of how far we met them. Successive
years of reduced budgets have put pressure on every agency, and this shows in
fluctuating attendance at Board meetings and in sub-committees without chairs
(Appendix D).

The needs we see are more complex, and the dataset (Appendix A) tracks them
year on year: [[fact:change.cp_open]] The Board ran a revenue deficit, met
from one-off balances (see the Budget section).

We thank everyone who works with children in the area for their commitment.
"""

GUIDANCE = """\
The government published Working Together to Safeguard Children 2018 in
April 2018. The safeguarding partners (the local authority, the police and
the clinical commissioning groups) must publish their new arrangements and
put them in place within the set timescales; the Board will help them do so.
"""


def demo_report(
    partnership: Partnership, year: int, *, progress: Callable[[str], None] = lambda m: None
) -> list[Path]:
    report = report_for_year(partnership=partnership, year=year)
    intro = report.sections.get(key="introduction")
    # Only the starting text is replaced: the business unit's own edits stay.
    if intro.narrative == _default("introduction"):
        intro.narrative = INTRODUCTION
        intro.save()
    guidance = report.sections.get(key="guidance")
    if guidance.narrative == _default("guidance"):
        guidance.narrative = GUIDANCE
        guidance.save()
    result = report_build(
        report=report,
        out=drafts_folder(report),
        built_by="safeboard demo",
        progress=lambda message: progress(f"Annual report: {message}"),
    )
    return result.files


def _default(key: str) -> str:
    from safeboard.report.sections import BY_KEY

    return BY_KEY[key].narrative
