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


@dataclass(frozen=True)
class Share:
    """The part of a file one worker process reads (``safeboard.returns.parallel_read``).

    The file's records (children of a CIN census) are taken in chunks of ``size``;
    chunk ``c`` is worker ``c % workers``'s. Anything before the first record (a
    header) belongs to chunk 0.
    """

    index: int
    workers: int
    size: int

    def owns(self, chunk: int) -> bool:
        return chunk % self.workers == self.index


@dataclass(frozen=True)
class ChunkEnd:
    """Yielded by ``read`` with a share after the rows of each chunk the worker owns.

    ``clean`` is False once the reading has found anything (a warning, an unknown
    element, a structure error): such a file is read again in one process, which
    reports it exactly as always.
    """

    number: int
    clean: bool


class ReturnKind(ABC):
    name: str  # the KIND of `safeboard import KIND`
    label: str  # for people
    date_style: str = "either"  # how dates are written: "iso", "uk" or "either"
    # Whether ``read`` takes a ``share``: one file read by several worker processes.
    shares: bool = False

    @abstractmethod
    def table_specs(self, collection_year: int | None) -> dict[str, TableSpec]:
        """The tables of this kind, as they are in that collection year."""

    @abstractmethod
    def read(self, files: list[InputFile], context: ReadContext) -> Iterator[RawRow]:
        """Stream the rows of every table. Raise ``RefusedFileError`` for an unreadable file."""

    def codes(self, codelist: str, collection_year: int | None) -> set[str]:
        """The codes of a named code list valid in a collection year."""
        return set()

    def rules(self) -> list[Rule]:
        """Rules beyond the structural ones (the DfE rule sets add theirs here)."""
        return []
