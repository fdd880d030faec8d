"""A narrative statement, recomputed from the figures it cites.

A ``NarrativeFact`` of kind ``change`` is a sentence such as "rose by 28.5%,
from 439 to 564" (or "increased by 28.5% rising from 439 to 564", "fell by
3.0% from 100 to 97") citing the earlier and the later figure. Its numbers
are read from the text and recomputed from the figures: the two figures'
values (to the precision the sentence gives them), the direction, and the
percent change (later minus earlier, over earlier), rounded half away from
zero to the decimals the sentence prints.

One finding per fact and pair of cited figures that disagree (or per fact
that cannot be read, or cites a figure that is not there). The difference
is the stated percent minus the recomputed one, or else the stated value
minus the figure's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from safeboard.dataset.consistency.context import Context, rounded
from safeboard.dataset.consistency.model import (
    ConsistencyFinding,
    FigureKey,
    NarrativeFact,
    SourcedFigure,
    dec,
)

RULE = "narrative"
TITLE = "A narrative statement recomputed from its figures"

UP = ("rose", "risen", "rising", "increased", "increasing", "increase", "grew", "growing")
DOWN = ("fell", "fallen", "falling", "decreased", "decreasing", "decrease", "dropped", "reduced")
_DIRECTION = re.compile(r"\b(" + "|".join(UP + DOWN) + r")\b", re.IGNORECASE)
_PERCENT = re.compile(r"\bby\s+(\d[\d,]*(?:\.\d+)?)\s*(?:%|per\s*cent)", re.IGNORECASE)
_NUMBER = r"(-?\d[\d,]*(?:\.\d+)?)"
_FROM_TO = re.compile(rf"\bfrom\s+{_NUMBER}\s*%?\s+to\s+{_NUMBER}", re.IGNORECASE)


def _number(text: str) -> tuple[Decimal, int]:
    """The number as written and its decimal places."""
    plain = text.replace(",", "")
    places = len(plain.split(".", 1)[1]) if "." in plain else 0
    return Decimal(plain), places


def parse_change(text: str) -> dict | None:
    """The direction (+1 or -1), percent, from and to a change sentence states."""
    percent = _PERCENT.search(text)
    from_to = _FROM_TO.search(text)
    if percent is None or from_to is None:
        return None
    words = [m for m in _DIRECTION.finditer(text) if m.start() < percent.start()]
    if not words:
        return None
    direction = 1 if words[-1].group(1).lower() in UP else -1
    return {
        "direction": direction,
        "percent": _number(percent.group(1)),
        "from": _number(from_to.group(1)),
        "to": _number(from_to.group(2)),
    }


def _resolve(key: FigureKey, context: Context) -> list[SourcedFigure]:
    """The figures a key cites, one per distinct value."""
    seen: set = set()
    kept = []
    for figure in sorted(context.figures, key=SourcedFigure.sort_key):
        if key.matches(figure) and figure.value is not None and figure.value not in seen:
            seen.add(figure.value)
            kept.append(figure)
    return kept


def _finding(fact, figures, message, gap) -> ConsistencyFinding:
    return ConsistencyFinding(
        rule=RULE,
        message=message,
        figures=tuple(figures),
        difference=None if gap is None else float(gap),
        fact=fact.text,
        cites=fact.cites,
    )


def _check_change(fact: NarrativeFact, context: Context) -> list[ConsistencyFinding]:
    stated = parse_change(fact.text)
    if stated is None:
        return [
            _finding(
                fact,
                (),
                f'"{fact.text}" cannot be read as "rose/fell by X% from A to B".',
                None,
            )
        ]
    earlier, later = (_resolve(key, context) for key in fact.cites)
    missing = [
        key.describe() for key, got in zip(fact.cites, (earlier, later), strict=True) if not got
    ]
    if missing:
        return [
            _finding(
                fact,
                (*earlier, *later),
                f'"{fact.text}" cites {" and ".join(missing)}, not among the figures.',
                None,
            )
        ]
    found = []
    percent, percent_places = stated["percent"]
    for first in earlier:
        for second in later:
            problems: list[str] = []
            gaps: list[Decimal] = []
            percent_gap = None
            for label, figure, (said, places) in (
                ("from", first, stated["from"]),
                ("to", second, stated["to"]),
            ):
                actual = rounded(figure.value, places)
                if said != actual:
                    problems.append(
                        f"it says {label} {said:.{places}f}, the figure is {actual:.{places}f}"
                    )
                    gaps.append(said - actual)
            before, after = dec(first.value), dec(second.value)
            if before == 0:
                problems.append("a change from 0 has no percent")
            else:
                change = (after - before) * 100 / before
                recomputed = rounded(abs(change), percent_places)
                if change and (change > 0) != (stated["direction"] > 0):
                    problems.append(
                        f"it says {'rose' if stated['direction'] > 0 else 'fell'}, "
                        f"the figures {'rose' if change > 0 else 'fell'}"
                    )
                if recomputed != percent:
                    problems.append(
                        f"it says {percent:.{percent_places}f}%, "
                        f"the figures give {recomputed:.{percent_places}f}%"
                    )
                    percent_gap = percent - recomputed
            if problems:
                found.append(
                    _finding(
                        fact,
                        (first, second),
                        f'"{fact.text}": {"; ".join(problems)}.',
                        percent_gap if percent_gap is not None else (gaps[0] if gaps else None),
                    )
                )
    return found


CHECKS = {"change": _check_change}


def findings(context: Context) -> list[ConsistencyFinding]:
    found = []
    for fact in context.facts:
        found.extend(CHECKS[fact.kind](fact, context))
    return found
