"""Given rows, a period: the indicator's figures. Real DuckDB, real SQL, no mocks."""

from __future__ import annotations

from safeboard.dataset.compute import Figure, compute, indicator_period
from safeboard.dataset.inputs import connect, table_from_rows
from safeboard.dataset.registry import indicator


def run(indicator_id: str, *, year: int = 2018, quarter: int = 4, **raw_rows) -> list[Figure]:
    """``raw_rows``: raw table name without ``raw_`` -> rows, e.g. ``cin_episode=[...]``.

    CIN rows default to ``collection_year=year``.
    """
    tables = {}
    for name, rows in raw_rows.items():
        rows = [{"collection_year": year, **row} for row in rows]
        tables[f"raw_{name}"] = table_from_rows(f"raw_{name}", rows)
    connection = connect(tables)
    try:
        ind = indicator(indicator_id)
        return compute(connection, ind, indicator_period(ind, year, quarter))
    finally:
        connection.close()


def by_value(figures: list[Figure]) -> dict[str, tuple]:
    """breakdown value -> (numerator, denominator, value)."""
    return {f.breakdown_value: (f.numerator, f.denominator, f.value) for f in figures}


def total(figures: list[Figure]) -> tuple:
    [figure] = [f for f in figures if f.breakdown_dim == ""]
    return figure.numerator, figure.denominator, figure.value
