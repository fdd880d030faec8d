"""Staging an import: rows parsed and pseudonymised, written to Parquet in batches.

Memory stays bounded whatever the file's size: rows are held only until a
batch is full, then written to the table's Parquet file.
"""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from safeboard.returns.spec import TableSpec

BATCH_ROWS = 20_000


class TableWriter:
    def __init__(self, spec: TableSpec, path: Path):
        self.spec = spec
        self.path = path
        self.schema = spec.arrow_schema()
        self._names = self.schema.names
        self._columns: dict[str, list] = {name: [] for name in self._names}
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.rows = 0

    def append(self, values: dict) -> None:
        for name in self._names:
            self._columns[name].append(values.get(name))
        self.rows += 1
        if len(self._columns["_position"]) >= BATCH_ROWS:
            self._flush()

    def write_columns(self, columns: dict[str, list], rows: int) -> None:
        """Write ``rows`` rows given column-wise (stored name -> values), all at once."""
        if not rows:
            return
        self._flush()  # keep the order of rows appended one at a time before
        batch = pa.record_batch(
            [
                pa.array(columns.get(n, [None] * rows), type=self.schema.field(n).type)
                for n in self._names
            ],
            schema=self.schema,
        )
        self._writer.write_batch(batch)
        self.rows += rows

    def _flush(self) -> None:
        if not self._columns["_position"]:
            return
        batch = pa.record_batch(
            [pa.array(self._columns[n], type=self.schema.field(n).type) for n in self._names],
            schema=self.schema,
        )
        self._writer.write_batch(batch)
        for values in self._columns.values():
            values.clear()

    def close(self) -> None:
        self._flush()
        self._writer.close()


class Stage:
    """One writer per table, created on first use (every table gets a file)."""

    def __init__(self, folder: Path, specs: dict[str, TableSpec]):
        self.folder = folder
        self.specs = specs
        self.writers: dict[str, TableWriter] = {}

    def writer(self, table: str) -> TableWriter:
        if table not in self.writers:
            self.writers[table] = TableWriter(self.specs[table], self.folder / f"{table}.parquet")
        return self.writers[table]

    def close(self) -> dict[str, Path]:
        for name in self.specs:
            self.writer(name)  # an empty table still gets its (empty) file
        for writer in self.writers.values():
            writer.close()
        return {name: writer.path for name, writer in self.writers.items()}

    @property
    def row_counts(self) -> dict[str, int]:
        return {name: writer.rows for name, writer in self.writers.items()}
