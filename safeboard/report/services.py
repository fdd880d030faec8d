"""Creating a year's report with its sections, and the steps of its life."""

from __future__ import annotations

from django.db import transaction
from django.utils.text import slugify

from safeboard.partnership.models import Partnership
from safeboard.report.models import AnnualReport, ReportSection
from safeboard.report.sections import BUILTINS


@transaction.atomic
def report_for_year(*, partnership: Partnership, year: int) -> AnnualReport:
    """The year's report, made with every built-in section (in the source's order) if new.

    Built-in sections added to Safeboard later are appended to existing reports.
    """
    report, _ = AnnualReport.objects.get_or_create(partnership=partnership, year=year)
    have = set(report.sections.values_list("key", flat=True))
    last = max(report.sections.values_list("position", flat=True), default=0)
    for builtin in BUILTINS:
        if builtin.key in have:
            continue
        last += 1
        ReportSection.objects.create(
            report=report,
            key=builtin.key,
            title=builtin.title,
            position=last,
            builtin=True,
            narrative=builtin.narrative,
        )
    return report


@transaction.atomic
def section_add(*, report: AnnualReport, title: str, narrative: str = "") -> ReportSection:
    """The partnership's own section, at the end (before nothing: it can be moved)."""
    base = slugify(title)[:40] or "section"
    key, n = f"own-{base}", 1
    while report.sections.filter(key=key).exists():
        n += 1
        key = f"own-{base}-{n}"
    last = max(report.sections.values_list("position", flat=True), default=0)
    section = ReportSection(
        report=report, key=key, title=title, narrative=narrative, position=last + 1
    )
    section.full_clean()
    section.save()
    return section


@transaction.atomic
def section_move(*, section: ReportSection, up: bool) -> None:
    """Swap a section with its neighbour above or below."""
    siblings = list(section.report.sections.order_by("position", "id"))
    index = siblings.index(section)
    other = index - 1 if up else index + 1
    if not 0 <= other < len(siblings):
        return
    siblings[index], siblings[other] = siblings[other], siblings[index]
    for position, row in enumerate(siblings, start=1):
        if row.position != position:
            row.position = position
            row.save(update_fields=["position", "updated_at"])
