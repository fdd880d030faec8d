"""The dataset as JSON (an array of output rows) and CSV (the same rows)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from safeboard.dataset.consistency.model import SourcedFigure

# The output shape of INDICATORS.md, then where a published figure was printed.
COLUMNS = [f.name for f in fields(SourcedFigure)]


def dataset_json(figures: list) -> str:
    return json.dumps([_row(f) for f in figures], indent=1)


def dataset_csv(figures: list) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for figure in figures:
        writer.writerow(_row(figure))
    return buffer.getvalue()


def _row(figure) -> dict:
    return {column: getattr(figure, column, "") for column in COLUMNS}
