"""What every kind of return provides to the import pipeline.

A kind reads its files as a stream of ``RawRow`` (text values, as in the
file, with their position) and describes its tables with ``TableSpec``s.
The pipeline does the rest the same way for every kind: parse, pseudonymise,
stage as Parquet, validate, keep or refuse.
"""

from __future__ import annotations

import secrets
from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, NamedTuple

from safeboard.returns.findings import Finding
from safeboard.returns.spec import TableSpec
from safeboard.validation.engine import Rule


class RawRow(NamedTuple):
    table: str
    values: dict[str, str | None]  # column name (as in the spec) -> text as in the file
    position: str  # where in the file, e.g. "line 12" or "child 3 (line 40)"
    file: str  # the file's name (not its path)


@dataclass(frozen=True)
class InputFile:
    """One file to read: on disk, or a member of a zip file."""

    path: Path
    member: str | None = None  # the member's name inside the zip at ``path``

    @property
    def name(self) -> str:
        return self.member.rsplit("/", 1)[-1] if self.member else self.path.name

    def open(self) -> IO[bytes]:
        if self.member is None:
            return self.path.open("rb")
        from safeboard.returns.sources import open_zip_member

        return open_zip_member(self.path, self.member)


@dataclass
class ReadContext:
    """Filled in as the files are read: what the files say about themselves."""

    collection_year: int | None = None  # e.g. 2018 for the 2017-18 collection
    as_at: date | None = None
    la_code: str | None = None
    warnings: list[Finding] = field(default_factory=list)
    max_bytes: int = 0
    # A secret of this import alone (never stored): keys that must match across the
    # import's files, and across the worker processes that read one file side by side.
    import_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    records: int = 0  # the records a worker read of its piece (parallel_read checks them)
    # Reference data a kind looks values up in as it reads (``ReturnKind.prepare``):
    # the postcode directory, for SSDA903's placement fields and providers' authorities.
    lookups: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Share:
    """The part of an import one worker process reads (``safeboard.returns.parallel_read``).

    The import is read in numbered chunks. By default chunk ``c`` is worker
    ``c % workers``'s: a CIN census's children in chunks of ``size``, anything
    before the first child (the header) in chunk 0. ``owners`` instead names each
    chunk's worker: an SSDA903 return's files, one chunk each, shared by size.
    """

    index: int
    workers: int
    size: int = 1
    owners: tuple[int, ...] = ()
    # A piece of a CIN census cut at children (xml_split): the worker's whole input
    # is chunk ``index``, its children numbered on from ``first_record``.
    first_record: int | None = None

    def owner(self, chunk: int) -> int:
        if chunk < len(self.owners):
            return self.owners[chunk]
        return chunk % self.workers

    def owns(self, chunk: int) -> bool:
        return self.owner(chunk) == self.index

    def next_owned(self, after: int) -> int:
        """The first chunk after ``after`` that this worker reads."""
        chunk = after + 1
        while not self.owns(chunk):
            chunk += 1
        return chunk


@dataclass(frozen=True)
class ChunkEnd:
    """Yielded by ``read`` with a share after the rows of each chunk the worker owns.

    ``clean`` is False once the reading has found anything (a warning, an unknown
    element, a structure error): such a file is read again in one process, which
    reports it exactly as always. A large chunk (a piece of a census) ends in parts,
    numbered from 0, so that its rows leave the worker as it goes; ``last`` marks
    the chunk's last part.
    """

    number: int
    clean: bool
    part: int = 0
    last: bool = True


class ReturnKind(ABC):
    name: str  # the KIND of `safeboard import KIND`
    label: str  # for people
    date_style: str = "either"  # how dates are written: "iso", "uk" or "either"
    # How ``read`` takes a ``share`` (safeboard.returns.parallel_read): "records"
    # (one file's records in chunks: the CIN census), "files" (each file a chunk:
    # SSDA903), or None (always read in one process).
    shares: str | None = None

    @abstractmethod
    def table_specs(self, collection_year: int | None) -> dict[str, TableSpec]:
        """The tables of this kind, as they are in that collection year."""

    @abstractmethod
    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        """Stream the rows of every table. Raise ``RefusedFileError`` for an unreadable file."""

    def prepare(self, context: ReadContext) -> None:
        """Before reading, in the importing process: put reference data in ``context.lookups``.

        Worker processes read with the same lookups (they are forked after this).
        Most kinds look nothing up.
        """
        return None

    def after_import(self, snapshot) -> None:
        """Once a snapshot of this kind is stored: prepare what later imports read of it.

        Most kinds prepare nothing.
        """
        return None

    def codes(self, codelist: str, collection_year: int | None) -> set[str]:
        """The codes of a named code list valid in a collection year."""
        return set()

    def rules(self) -> list[Rule]:
        """Rules beyond the structural ones (the DfE rule sets add theirs here)."""
        return []
