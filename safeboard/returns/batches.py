"""Rows held per table until a batch is full, then parsed and staged column by column.

Parsing a column at a time lets each distinct value be parsed (or a child id
pseudonymised) once per batch instead of once per row. The values that do not
parse become type findings, kept in the order a row-at-a-time parse gives
(rows as read, columns as specified), and only the first ``MAX_TYPE_FINDINGS``.
"""

from __future__ import annotations

from itertools import repeat

from safeboard.returns.findings import Finding, Severity
from safeboard.returns.spec import ValueParser
from safeboard.returns.staging import BATCH_ROWS
from safeboard.validation.structural import TYPE_CODE, TYPE_GUIDANCE

MAX_TYPE_FINDINGS = 10_000

# A type finding's place in the import: (row order, column index). A worker reading
# part of a file (``safeboard.returns.parallel_read``) numbers its rows from its
# chunk's number times this, so findings from several workers sort as one reading.
OrderKey = tuple[int, int]
CHUNK_ORDER = 1 << 40


class Batches:
    """Collects the rows of a read, parses them a batch at a time and writes them to ``stage``.

    ``stage`` is anything with ``writer(table).write_columns(columns, rows)``: the
    import's Parquet stage, or a worker's outbox of Arrow batches.
    """

    def __init__(self, stage, specs, parser: ValueParser):
        self.stage, self.specs, self.parser = stage, specs, parser
        self.pending: dict[str, list] = {}
        self.file_of: dict[str, str] = {}
        self.read = 0  # rows read so far: each row's place in the file(s)
        self.found = TypeFindings()

    def add(self, row) -> None:
        rows = self.pending.get(row.table)
        if rows is None:
            self.specs[row.table]  # noqa: B018 (an unknown table fails here, as before)
            rows = self.pending[row.table] = []
            self.file_of.setdefault(row.table, row.file)
        rows.append((self.read, row))
        self.read += 1
        if len(rows) >= BATCH_ROWS:
            self.flush(row.table)

    def flush_all(self) -> None:
        for table in list(self.pending):
            self.flush(table)

    def flush(self, table: str) -> None:
        rows = self.pending[table]
        if not rows:
            return
        self.pending[table] = []
        raw = [row.values for _, row in rows]
        stored: dict[str, list] = {
            "_file": [row.file for _, row in rows],
            "_position": [row.position for _, row in rows],
        }
        children: list | None = None
        for index, column in enumerate(self.specs[table].columns):
            name = column.name
            texts = list(map(dict.get, raw, repeat(name)))  # values.get(name), row by row
            values, errors = self.parser.parse_many(column, texts)
            stored_name = column.stored_name
            stored[stored_name] = values
            for at, error in errors.items():
                order, row = rows[at]
                self.found.add(
                    (order, index),
                    Finding(
                        rule=TYPE_CODE,
                        severity=Severity.ERROR,
                        message=f"{name}: {error}",
                        guidance=TYPE_GUIDANCE,
                        file=row.file,
                        table=row.table,
                        field=name,
                        position=row.position,
                        child=(children[at] if children is not None else None) or "",
                        # Never echo an identifier back, even a malformed one.
                        value=""
                        if column.kind.value in ("child-id", "upn", "pseudonym")
                        else (texts[at] or ""),
                    ),
                )
            if stored_name == "child":
                children = values
        self.found.bound()
        self.stage.writer(table).write_columns(stored, len(rows))

    def take_found(self) -> list[tuple[OrderKey, Finding]]:
        """The type findings so far, with their order keys; the list starts again empty."""
        return self.found.take()

    def type_findings(self) -> list[Finding]:
        return self.found.first()


class TypeFindings:
    """Values that did not parse, each with its place in the import: the first
    MAX_TYPE_FINDINGS of them in the import's order, in bounded memory."""

    def __init__(self) -> None:
        self._found: list[tuple[OrderKey, Finding]] = []

    def add(self, key: OrderKey, finding: Finding) -> None:
        self._found.append((key, finding))

    def extend(self, found: list[tuple[OrderKey, Finding]]) -> None:
        """Add those another reader found (a worker's part of the file)."""
        self._found.extend(found)
        self.bound()

    def bound(self) -> None:
        if len(self._found) > 2 * MAX_TYPE_FINDINGS:  # memory stays bounded
            self._found.sort(key=lambda found: found[0])
            del self._found[MAX_TYPE_FINDINGS:]

    def take(self) -> list[tuple[OrderKey, Finding]]:
        found, self._found = self._found, []
        return found

    def first(self) -> list[Finding]:
        self._found.sort(key=lambda found: found[0])
        return [finding for _, finding in self._found[:MAX_TYPE_FINDINGS]]
