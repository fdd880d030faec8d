"""The report's sections as records: their pages come from ``safeboard.records``."""

from __future__ import annotations

from safeboard.access.visibility import visible_to
from safeboard.records.types import Column, RecordType
from safeboard.report.forms import SectionForm
from safeboard.report.models import ReportSection

SECTIONS = RecordType(
    namespace="report",
    slug="section",
    model=ReportSection,
    form=SectionForm,
    columns=(
        Column("Section", "title"),
        Column("Report", "report"),
        Column("Position", "position", numeric=True),
        Column("Included", "enabled"),
    ),
    title="Report sections",
    area_label="Annual report",
    # A section is added from its report's page (services.section_add), never on its own.
    can_create=lambda user: False,
    year_filter=lambda rows, year: rows.filter(report__year=year),
    queryset=lambda user: (
        visible_to(user, ReportSection)
        .select_related("report")
        .order_by("-report__year", "position")
    ),
)
