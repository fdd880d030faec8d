"""The report's built-in sections, in the source report's order.

Each section is a title, the module that draws its content from the records
and the dataset (``safeboard/report/sections/<module>.py``, a ``build(ctx)``
function returning HTML), and the prose it starts with. Prose-only sections
(the chair's introduction, changes in guidance) have no module. The
partnership can reorder them, switch them off and add its own
(``ReportSection``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from django.utils.safestring import SafeString

from safeboard.report.sections import texts


@dataclass(frozen=True)
class Builtin:
    key: str
    title: str
    module: str | None  # under safeboard.report.sections; None: prose only
    narrative: str = ""
    appendix: bool = False

    def builder(self) -> Callable | None:
        if self.module is None:
            return None
        return importlib.import_module(f"safeboard.report.sections.{self.module}").build


BUILTINS: tuple[Builtin, ...] = (
    Builtin("introduction", "Introduction by the independent chair", None, texts.INTRODUCTION),
    Builtin("statutory-basis", "Statutory basis", "statutory_basis", texts.STATUTORY_BASIS),
    Builtin("budget", "Budget", "budget"),
    Builtin("dataset", "The safeguarding dataset", "dataset", texts.DATASET),
    Builtin("cdop", "Child death overview panel", "cdop"),
    Builtin("reviews", "Serious case reviews and practice reviews", "reviews"),
    Builtin("inspection", "Inspection and action plans", "inspection"),
    Builtin("training", "Training and development", "training"),
    Builtin("guidance", "Changes in guidance", None, texts.GUIDANCE),
    Builtin("appendix-a", "Appendix A: the safeguarding dataset", "appendix_a", appendix=True),
    Builtin("appendix-b", "Appendix B: lead agency reports", "appendix_b", appendix=True),
    Builtin("appendix-c", "Appendix C: multi-agency training report", "appendix_c", appendix=True),
    Builtin("appendix-d", "Appendix D: attendance at the board", "appendix_d", appendix=True),
)
BY_KEY = {builtin.key: builtin for builtin in BUILTINS}


def content(key: str, ctx) -> SafeString | None:
    """A built-in section's drawn content, or None (the partnership's own, or prose only)."""
    builtin = BY_KEY.get(key)
    if builtin is None:
        return None
    build = builtin.builder()
    return build(ctx) if build is not None else None
