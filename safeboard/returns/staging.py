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
GATHER_ROWS = 5_000  # rows of workers' batches per row group (parallel_read)


def columns_batch(schema: pa.Schema, columns: dict[str, list], rows: int) -> pa.RecordBatch:
    """An Arrow batch of ``schema`` from values given column-wise (a missing column is empty)."""
    return pa.record_batch(
        [pa.array(columns.get(n, [None] * rows), type=schema.field(n).type) for n in schema.names],
        schema=schema,
    )


class TableWriter:
    def __init__(self, spec: TableSpec, path: Path):
        self.spec = spec
        self.path = path
        self.schema = spec.arrow_schema()
        self._names = self.schema.names
        self._columns: dict[str, list] = {name: [] for name in self._names}
        self._writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.rows = 0
        self._gathered: list[pa.RecordBatch] = []
        self._gathered_rows = 0

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
        self._writer.write_batch(columns_batch(self.schema, columns, rows))
        self.rows += rows

    def write_batch(self, batch: pa.RecordBatch) -> None:
        """Write rows already made into an Arrow batch of this table's schema.

        Small batches (a worker's chunk of a file) are gathered until GATHER_ROWS,
        so the Parquet file's row groups stay large, yet most are written while
        the workers are still reading.
        """
        if not batch.num_rows:
            return
        if self._columns["_position"]:
            self._flush()  # keep the order of rows appended one at a time before
        self._gathered.append(batch)
        self._gathered_rows += batch.num_rows
        self.rows += batch.num_rows
        if self._gathered_rows >= GATHER_ROWS:
            self._write_gathered()

    def _write_gathered(self) -> None:
        if self._gathered:
            self._writer.write_table(
                pa.Table.from_batches(self._gathered, schema=self.schema),
                row_group_size=max(self._gathered_rows, 1),
            )
            self._gathered, self._gathered_rows = [], 0

    def _flush(self) -> None:
        """Write what is held: gathered batches first, then the rows appended since."""
        self._write_gathered()
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
