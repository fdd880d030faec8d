"""Child death overview panel: the panel's year, as every reader may see it
(small numbers of children suppressed), from the panel's records."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.cdop.figures import year_figures
from safeboard.cdop.summaries import partnership_panel
from safeboard.report.context import BuildContext


def build(ctx: BuildContext) -> SafeString:
    panel = partnership_panel()
    if panel is None:
        return render_to_string("report/sections/cdop.html", {"figures": None})
    figures = year_figures(panel=panel, year=ctx.year, suppressed=True)
    ctx.inputs.records([panel])
    return render_to_string(
        "report/sections/cdop.html",
        {"figures": figures, "rows": figures.rows(), "year": ctx.year},
    )
