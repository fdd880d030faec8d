"""Commentary on the dataset: the year's movements as sentences, each recomputed."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.safestring import SafeString

from safeboard.report.context import BuildContext


def build(ctx: BuildContext) -> SafeString:
    facts = sorted(ctx.facts.values(), key=lambda fact: fact.name)
    return render_to_string("report/sections/dataset.html", {"facts": facts, "year": ctx.year})
