"""The dataset as JSON (an array of output rows) and CSV (the same rows)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from safeboard.dataset.compute import Figure

COLUMNS = [f.name for f in fields(Figure)]


def dataset_json(figures: list[Figure]) -> str:
    return json.dumps([f.as_dict() for f in figures], indent=1)


def dataset_csv(figures: list[Figure]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS)
    writer.writeheader()
    for figure in figures:
        writer.writerow(figure.as_dict())
    return buffer.getvalue()
