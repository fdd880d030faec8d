"""The indicators: one SQL file each in ``indicators/``, metadata in its header.

A header is the leading ``-- key: value`` comment lines (a value may go on
over following ``--   `` lines). Required keys: id (the file's name), title,
definition (INDICATORS.md's text), source (DfE or local, with any note),
unit (count, percent, rate_per_10000), period_kind (cumulative or snapshot),
report_table, and breakdowns (comma-separated dims, or none).

The SQL selects ``breakdown_dim``, ``breakdown_value``, ``numerator`` and
``denominator`` (NULL for a plain count). Named parameters it may use:
``$period_start``, ``$period_end`` and every threshold in thresholds.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

FOLDER = Path(__file__).with_name("indicators")
REQUIRED = (
    "id",
    "title",
    "definition",
    "source",
    "unit",
    "period_kind",
    "report_table",
    "breakdowns",
)
UNITS = ("count", "percent", "rate_per_10000")


class IndicatorDefinitionError(ValueError):
    pass


@dataclass(frozen=True)
class Indicator:
    id: str
    title: str
    definition: str
    source: str
    unit: str
    period_kind: str
    report_table: str
    breakdowns: tuple[str, ...]
    sql: str
    path: Path


def _parse(path: Path) -> Indicator:
    meta: dict[str, str] = {}
    last = None
    body: list[str] = []
    in_header = True
    for line in path.read_text().splitlines():
        if in_header and line.startswith("--"):
            text = line[2:]
            if text.startswith("   ") and last:
                meta[last] += " " + text.strip()
            elif ":" in text:
                key, value = text.split(":", 1)
                last = key.strip()
                meta[last] = value.strip()
            continue
        in_header = False
        body.append(line)
    missing = [key for key in REQUIRED if not meta.get(key)]
    if missing:
        raise IndicatorDefinitionError(f"{path.name}: the header lacks {', '.join(missing)}.")
    if meta["id"] != path.stem:
        raise IndicatorDefinitionError(f"{path.name}: id '{meta['id']}' is not the file's name.")
    if meta["unit"] not in UNITS:
        raise IndicatorDefinitionError(f"{path.name}: unit '{meta['unit']}' is not one of {UNITS}.")
    if meta["period_kind"] not in ("cumulative", "snapshot"):
        raise IndicatorDefinitionError(f"{path.name}: period_kind must be cumulative or snapshot.")
    breakdowns = tuple(
        b.strip() for b in meta["breakdowns"].split(",") if b.strip() and b.strip() != "none"
    )
    return Indicator(
        id=meta["id"],
        title=meta["title"],
        definition=meta["definition"],
        source=meta["source"],
        unit=meta["unit"],
        period_kind=meta["period_kind"],
        report_table=meta["report_table"],
        breakdowns=breakdowns,
        sql="\n".join(body).strip().rstrip(";"),
        path=path,
    )


@cache
def indicators() -> dict[str, Indicator]:
    return {ind.id: ind for ind in (_parse(p) for p in sorted(FOLDER.glob("*.sql")))}


def indicator(identifier: str) -> Indicator:
    try:
        return indicators()[identifier]
    except KeyError:
        raise KeyError(f"There is no indicator '{identifier}'.") from None
