"""Statutory basis: the partners and relevant agencies, from the partnership's records."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.partnership.models import Agency
from safeboard.report.context import BuildContext


def build(ctx: BuildContext) -> SafeString:
    agencies = list(
        Agency.objects.filter(partnership=ctx.partnership, active=True).order_by("name")
    )
    ctx.inputs.records(agencies)
    return render_to_string(
        "report/sections/statutory_basis.html",
        {
            "partners": [a for a in agencies if a.is_statutory_partner],
            "relevant": [a for a in agencies if not a.is_statutory_partner],
        },
    )
