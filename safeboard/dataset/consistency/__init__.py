"""The consistency engine: every relation INDICATORS.md names, over figures of any source.

``check(figures, facts=())`` takes figures computed from child-level returns,
given by agency returns and imported from earlier reports alike
(``SourcedFigure``; a ``compute.Figure`` or an output-shape dict is taken as
one), and narrative facts, and returns every breach as a
``ConsistencyFinding`` naming each figure involved, the rule and the size of
the difference, in a fixed order (rule, then figures).

One relation is one module:

1. ``one_value``: the same quantity from two sources or tables agrees;
2. ``ratio_value``: numerator/denominator reproduce the printed value;
3. ``named_count``: a ratio's denominator is the count it names;
4. ``breakdown_total``: breakdowns add up to their total;
5. ``cumulative``: cumulative figures never fall within a year;
6. ``narrative``: a sentence recomputed from the figures it cites;
7. ``stock_flow``: start + begun - ended = end.

The relations between indicators are data, in ``declarations``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from safeboard.dataset.compute import Figure
from safeboard.dataset.consistency import (
    breakdown_total,
    cumulative,
    named_count,
    narrative,
    one_value,
    ratio_value,
    stock_flow,
)
from safeboard.dataset.consistency.context import Context
from safeboard.dataset.consistency.declarations import (
    DECLARATIONS,
    Declarations,
    StockFlow,
    current_declarations,
)
from safeboard.dataset.consistency.model import (
    ConsistencyFinding,
    FigureKey,
    NarrativeFact,
    SourcedFigure,
)

RELATIONS = (
    one_value,
    ratio_value,
    named_count,
    breakdown_total,
    cumulative,
    narrative,
    stock_flow,
)
RULE_ORDER = {relation.RULE: position for position, relation in enumerate(RELATIONS)}
RULE_TITLES = {relation.RULE: relation.TITLE for relation in RELATIONS}

__all__ = [
    "DECLARATIONS",
    "RELATIONS",
    "ConsistencyFinding",
    "Declarations",
    "FigureKey",
    "NarrativeFact",
    "SourcedFigure",
    "StockFlow",
    "check",
    "sourced",
]


def sourced(figure: SourcedFigure | Figure | Mapping) -> SourcedFigure:
    if isinstance(figure, SourcedFigure):
        return figure
    if isinstance(figure, Figure):
        return SourcedFigure.of(figure)
    return SourcedFigure.from_row(figure)


def check(
    figures: Iterable[SourcedFigure | Figure | Mapping],
    facts: Iterable[NarrativeFact] = (),
    *,
    declarations: Declarations | None = None,
) -> list[ConsistencyFinding]:
    """Every breach of every relation, ordered by rule, then by the figures involved.

    Without ``declarations``, the dataset's own and every area's registered ones.
    """
    if declarations is None:
        declarations = current_declarations()
    context = Context(
        figures=tuple(sourced(f) for f in figures),
        facts=tuple(facts),
        declarations=declarations,
    )
    found = [finding for relation in RELATIONS for finding in relation.findings(context)]
    return sorted(found, key=lambda finding: finding.sort_key(RULE_ORDER))
