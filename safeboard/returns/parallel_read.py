"""A large import read by several worker processes side by side.

A census of many thousand children spends most of its import in Python, walking
the XML and parsing its values, on one core. Here ``W`` forked workers share the
reading in numbered chunks (``Share``):

* a CIN census (``ReturnKind.shares == "records"``): every worker parses the whole
  file (libxml2 does that fast) but reads only its own chunks of
  ``CHUNK_RECORDS`` children, chunk ``c`` being worker ``c % W``'s;
* an SSDA903 return (``"files"``): each file is a chunk, the files shared among
  the workers by size; every worker checks every file's header, so all match the
  files to tables alike, and reads the rows of its own files.

Each worker parses its chunks' rows exactly as a one-process read does
(``Batches``, the same ``ValueParser``) into Arrow batches and sends them, with
their type findings, to this process, which writes them to the stage in the
import's order. The staged tables and the findings are therefore a one-process
read's.

Only what merges exactly is done apart. When a worker's reading finds anything
beyond values that do not parse (a warning, an unknown element, a structure error,
a refusal) or fails in any way, the workers are stopped, what they staged is
removed, and the file is read again in one process, which reports it as always. A
clean file is read fast; a faulty one is reported exactly as before, at worst
after a wasted part-read.

Workers are used only when all of these hold:

* the kind reads with a share (``ReturnKind.shares``);
* a CIN census is one file of at least ``MIN_BYTES``; an SSDA903 return is several
  files of at least ``MIN_FILES_BYTES`` in all (smaller imports gain nothing);
* ``SAFEBOARD_IMPORT_WORKERS`` is not 1, and the machine has more than one core;
* this process runs no other thread: forking a process while another thread holds
  a lock could copy the lock held into the worker (a web upload's background
  validation runs in a thread, so it reads in one process).
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
import threading
from dataclasses import dataclass
from itertools import pairwise
from multiprocessing.connection import wait as connection_wait
from pathlib import Path

from django.conf import settings

from safeboard.returns import xml_split
from safeboard.returns.batches import CHUNK_ORDER, Batches, OrderKey, TypeFindings
from safeboard.returns.findings import Finding, RefusedFileError
from safeboard.returns.kinds.base import ChunkEnd, InputFile, ReadContext, Share
from safeboard.returns.spec import TableSpec, ValueParser
from safeboard.returns.staging import Stage, columns_batch

CHUNK_RECORDS = 1_000  # children per chunk: small enough to share a file evenly
MIN_BYTES = 4 * 1024**2  # about 4,000 children of a CIN census
MIN_FILES_BYTES = 1024**2  # an SSDA903 return of about 30,000 children
MAX_WORKERS = 4  # measured with two; a fifth would add little on a small server
HELD_BYTES = 64 * 1024**2  # chunks waiting their turn in memory; beyond, on disk

# What a worker sends: ("chunk", ChunkMessage), ("end", Ending), ("stop", reason).
CHUNK, END, STOP = "chunk", "end", "stop"


@dataclass
class Staged:
    """What reading a return left: its staged tables and what the reading found."""

    stage: Stage
    specs: dict[str, TableSpec]
    type_findings: list[Finding]
    file_of: dict[str, str]


@dataclass
class ChunkMessage:
    number: int
    part: int  # of a chunk sent in parts (a piece of a census), from 0
    last: bool  # the chunk's last part
    batches: list  # (table, pyarrow.RecordBatch), in the order written
    found: list[tuple[OrderKey, Finding]]
    file_of: dict[str, str]
    collection_year: int | None  # the year the tables' specs were made for
    bytes_read: int


@dataclass
class Ending:
    """What the whole reading said about the import (every worker reads it all)."""

    collection_year: int | None
    as_at: object
    la_code: str | None
    records: int  # of a piece of a file: the records read in it


def worker_count(return_kind, inputs: list[InputFile], size_of) -> int:
    """How many workers should read these inputs: 1 means one process, as always."""
    if return_kind.shares == "records":
        if len(inputs) != 1 or size_of(inputs[0]) < MIN_BYTES:
            return 1
    elif return_kind.shares == "files":
        if len(inputs) < 2 or sum(map(size_of, inputs)) < MIN_FILES_BYTES:
            return 1
    else:
        return 1
    configured = settings.SAFEBOARD_IMPORT_WORKERS or min(MAX_WORKERS, os.cpu_count() or 1)
    if configured < 2 or threading.active_count() > 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if return_kind.shares == "files":
        return min(configured, len(inputs))
    return configured


def plan_shares(
    return_kind, inputs: list[InputFile], workers: int, size_of
) -> list[tuple[Share, list[InputFile]]]:
    """Each worker's share and what it reads.

    A CIN census cut into one piece per worker (``xml_split``) when it can be,
    otherwise the whole file read by every worker in chunks of children taken in
    turn; SSDA903's files shared whole, balanced by size.
    """
    if return_kind.shares == "records":
        pieces = xml_split.cut(inputs[0], workers)
        if pieces is not None:
            return [
                (
                    Share(index, workers, CHUNK_RECORDS, first_record=piece.children_before),
                    [piece],
                )
                for index, piece in enumerate(pieces)
            ]
        return [(Share(index, workers, CHUNK_RECORDS), inputs) for index in range(workers)]
    # The largest file first, each to the worker with the fewest bytes so far.
    load = [0] * workers
    owners = [0] * len(inputs)
    for number in sorted(range(len(inputs)), key=lambda n: -size_of(inputs[n])):
        owners[number] = least = load.index(min(load))
        load[least] += size_of(inputs[number])
    return [(Share(index, workers, owners=tuple(owners)), inputs) for index in range(workers)]


def read_in_workers(
    return_kind,
    staging: Path,
    context: ReadContext,
    pseudonymiser,
    shares: list[tuple[Share, list[InputFile]]],
    total_bytes: int,
    progress=None,
    meanwhile=None,
) -> Staged | None:
    """Each share read by a worker of its own into ``staging``; None if one process must.

    ``context`` is filled in (collection year, as-at date, LA) only when the read
    succeeds; on None nothing is left in ``staging``. ``meanwhile`` is called once
    the workers have started, to do what need not wait for them.
    """
    forking = multiprocessing.get_context("fork")
    pipes, processes = [], []
    stage: Stage | None = None
    waiting = _Waiting()
    done = False
    try:
        for share, inputs in shares:
            receiving, sending = forking.Pipe(duplex=False)
            process = forking.Process(
                target=_work,
                args=(sending, share, return_kind, inputs),
                kwargs={"context": context, "pseudonymiser": pseudonymiser},
                daemon=True,
            )
            process.start()
            sending.close()  # the worker's end: EOF here when the worker dies
            pipes.append(receiving)
            processes.append(process)
        if meanwhile is not None:
            meanwhile()
        plan = shares[0][0]  # what every worker knows of the chunks and their owners
        found = TypeFindings()
        file_of: dict[str, str] = {}
        bytes_read = [0] * len(shares)
        # Chunks arrive as each worker finishes them, and are staged in their order:
        # one that comes early waits here, so no worker waits for another's.
        waiting = _Waiting()
        endings: dict[int, Ending] = {}
        number = part = 0  # the next chunk and part to stage
        while len(endings) < len(pipes):
            for pipe in connection_wait([p for i, p in enumerate(pipes) if i not in endings]):
                worker = pipes.index(pipe)
                what, message = _receive(pipe)
                if what == END:
                    endings[worker] = message
                    continue
                if what != CHUNK:
                    return None
                waiting.put((message.number, message.part), message)
                bytes_read[worker] = message.bytes_read
            while (number, part) in waiting:
                message = waiting.pop((number, part))
                if stage is None:
                    # The specs as the workers made them, for the year the file declares.
                    specs = return_kind.table_specs(message.collection_year)
                    stage = Stage(staging, specs)
                for table, batch in message.batches:
                    stage.writer(table).write_batch(batch)
                found.extend(message.found)
                for table, name in message.file_of.items():
                    file_of.setdefault(table, name)
                number, part = (number + 1, 0) if message.last else (number, part + 1)
            if progress is not None:
                progress(_bytes_done(plan, bytes_read, total_bytes), total_bytes)
        if waiting or stage is None:  # a chunk missing, or no rows at all: one process
            return None
        if not _pieces_join(shares, endings):
            return None
        ending = endings[0]
        context.collection_year = ending.collection_year
        context.as_at = ending.as_at
        context.la_code = ending.la_code
        done = True
        return Staged(stage, specs, found.first(), file_of)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
        for pipe in pipes:
            pipe.close()
        waiting.close()
        if not done and stage is not None:
            for path in stage.close().values():
                path.unlink(missing_ok=True)


def _pieces_join(shares, endings: dict[int, Ending]) -> bool:
    """Pieces of a file cut apart: each held exactly the children the next was numbered
    from (a ``<Child>`` inside a comment would have been counted, not read)."""
    for (share, _), (following, _) in pairwise(shares):
        if share.first_record is None:
            return True
        if share.first_record + endings[share.index].records != following.first_record:
            return False
    return True


def _bytes_done(plan: Share, bytes_read: list[int], total: int) -> int:
    """How far the reading is: in chunks of children each worker reads all of the file;
    otherwise each reads its own piece or files."""
    chunked = plan.first_record is None and not plan.owners
    done = max(bytes_read) if chunked else sum(bytes_read)
    return min(done, total)


class _Waiting:
    """Chunks that came before their turn: in memory up to HELD_BYTES, then on disk.

    Cut in pieces, a census's second piece arrives while the first is still being
    staged; held in memory, half a large file would wait there. Beyond HELD_BYTES a
    chunk waits in a private temporary folder instead (its rows are already
    pseudonymised), so memory stays flat whatever the file's size.
    """

    def __init__(self) -> None:
        self._held: dict[tuple[int, int], ChunkMessage] = {}
        self._spilled: dict[tuple[int, int], Path] = {}
        self._bytes: dict[tuple[int, int], int] = {}
        self._folder: tempfile.TemporaryDirectory | None = None

    def __contains__(self, key) -> bool:
        return key in self._held or key in self._spilled

    def __bool__(self) -> bool:
        return bool(self._held or self._spilled)

    def put(self, key: tuple[int, int], message: ChunkMessage) -> None:
        size = sum(batch.nbytes for _, batch in message.batches)
        if sum(self._bytes.values()) + size <= HELD_BYTES:
            self._held[key] = message
            self._bytes[key] = size
            return
        if self._folder is None:
            self._folder = tempfile.TemporaryDirectory(prefix="safeboard-read-")
        path = Path(self._folder.name) / f"{key[0]}-{key[1]}.pickle"
        with path.open("wb") as handle:
            pickle.dump(message, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self._spilled[key] = path

    def pop(self, key: tuple[int, int]) -> ChunkMessage:
        if key in self._held:
            self._bytes.pop(key)
            return self._held.pop(key)
        path = self._spilled.pop(key)
        with path.open("rb") as handle:
            message = pickle.load(handle)  # noqa: S301 (written above by this process)
        path.unlink()
        return message

    def close(self) -> None:
        self._held.clear()
        if self._folder is not None:
            self._folder.cleanup()


def _receive(pipe) -> tuple[str, ChunkMessage | None]:
    try:
        return pipe.recv()
    except EOFError:  # the worker died without a word (killed, out of memory)
        return STOP, None


class _Outbox:
    """A worker's stage: the Arrow batches of the chunk being read, to be sent."""

    def __init__(self, specs: dict[str, TableSpec]):
        self.schemas = {name: spec.arrow_schema() for name, spec in specs.items()}
        self.batches: list = []

    def writer(self, table: str):
        """What Batches writes a table's rows to: here, the chunk's list of batches."""
        return _OutboxTable(self, table)

    def take(self) -> list:
        batches, self.batches = self.batches, []
        return batches


@dataclass
class _OutboxTable:
    outbox: _Outbox
    table: str

    def write_columns(self, columns: dict[str, list], rows: int) -> None:
        if rows:
            batch = columns_batch(self.outbox.schemas[self.table], columns, rows)
            self.outbox.batches.append((self.table, batch))


def _work(pipe, share: Share, return_kind, inputs, *, context, pseudonymiser) -> None:
    """In a worker: read the chunks ``share`` owns and send each one's rows and findings."""
    try:
        _read_share(pipe, share, return_kind, inputs, context, pseudonymiser)
    except RefusedFileError:
        pipe.send((STOP, "refused"))  # read again in one process, which reports it
    except BaseException as error:  # noqa: BLE001 (any failure: read in one process)
        # The kind of failure only: its text could quote a value from the file.
        pipe.send((STOP, type(error).__name__))
    finally:
        pipe.close()


def _read_share(pipe, share, return_kind, inputs, given: ReadContext, pseudonymiser) -> None:
    from safeboard.returns.pipeline import counting_input

    context = ReadContext(
        collection_year=given.collection_year,
        as_at=given.as_at,
        import_key=given.import_key,
        lookups=given.lookups,
    )
    tally = [0]
    sources = [counting_input(item, tally) for item in inputs]
    parser = ValueParser(date_style=return_kind.date_style, child_pseudonym=pseudonymiser.child)
    outbox: _Outbox | None = None
    batches: Batches | None = None
    # The chunk being read: its rows sort after every earlier chunk's, whoever read them.
    chunk = share.next_owned(-1)
    for row in return_kind.read(sources, context, share=share):
        if isinstance(row, ChunkEnd):
            if not row.clean:
                pipe.send((STOP, "findings"))
                return
            if batches is not None:
                batches.flush_all()
            message = ChunkMessage(
                number=row.number,
                part=row.part,
                last=row.last,
                batches=outbox.take() if outbox is not None else [],
                found=batches.take_found() if batches is not None else [],
                file_of=dict(batches.file_of) if batches is not None else {},
                collection_year=context.collection_year,
                bytes_read=tally[0],
            )
            pipe.send((CHUNK, message))
            if row.last:
                chunk = share.next_owned(row.number)
                if batches is not None:
                    batches.read = chunk * CHUNK_ORDER
            continue
        if batches is None:
            specs = return_kind.table_specs(context.collection_year)
            outbox = _Outbox(specs)
            batches = Batches(outbox, specs, parser)
            batches.read = chunk * CHUNK_ORDER
        batches.add(row)
    if context.warnings:  # found at the end of the reading (a table no file holds)
        pipe.send((STOP, "findings"))
        return
    ending = Ending(context.collection_year, context.as_at, context.la_code, context.records)
    pipe.send((END, ending))
