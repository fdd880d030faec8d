"""One large file read by several worker processes side by side.

A census of many thousand children spends most of its import in Python, walking
the XML and parsing its values, on one core. Here ``W`` forked workers each parse
the whole file (libxml2 does that fast) but read only their own chunks of it:
chunk ``c`` (``CHUNK_RECORDS`` children) is worker ``c % W``'s (``Share``). Each
worker parses its chunk's rows exactly as a one-process read does (``Batches``,
the same ``ValueParser``) into Arrow batches and sends them, with the chunk's type
findings, to this process, which writes them to the stage in the file's order.
The staged tables and the findings are therefore a one-process read's.

Only what merges exactly is done apart. When a worker's reading finds anything
beyond values that do not parse (a warning, an unknown element, a structure error,
a refusal) or fails in any way, the workers are stopped, what they staged is
removed, and the file is read again in one process, which reports it as always. A
clean file is read fast; a faulty one is reported exactly as before, at worst
after a wasted part-read.

Workers are used only when all of these hold:

* the kind reads with a share (the CIN census: ``ReturnKind.shares``);
* one input file, of at least ``MIN_BYTES`` (smaller files gain nothing);
* ``SAFEBOARD_IMPORT_WORKERS`` is not 1, and the machine has more than one core;
* this process runs no other thread: forking a process while another thread holds
  a lock could copy the lock held into the worker (a web upload's background
  validation runs in a thread, so it reads in one process).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from safeboard.returns.batches import CHUNK_ORDER, Batches, OrderKey
from safeboard.returns.findings import Finding, RefusedFileError
from safeboard.returns.kinds.base import ChunkEnd, InputFile, ReadContext, Share
from safeboard.returns.spec import TableSpec, ValueParser
from safeboard.returns.staging import Stage, columns_batch

CHUNK_RECORDS = 1_000  # children per chunk: small enough to share a file evenly
MIN_BYTES = 4 * 1024**2  # about 4,000 children of a CIN census
MAX_WORKERS = 4  # each worker parses the whole file: more would mostly parse

# What a worker sends: ("chunk", ChunkMessage), ("end", None), ("stop", reason).
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
    batches: list  # (table, pyarrow.RecordBatch), in the order written
    found: list[tuple[OrderKey, Finding]]
    file_of: dict[str, str]
    collection_year: int | None
    as_at: object
    la_code: str | None
    bytes_read: int


def worker_count(return_kind, inputs: list[InputFile], size_of) -> int:
    """How many workers should read these inputs: 1 means one process, as always."""
    if not return_kind.shares or len(inputs) != 1:
        return 1
    configured = settings.SAFEBOARD_IMPORT_WORKERS or min(MAX_WORKERS, os.cpu_count() or 1)
    if configured < 2 or threading.active_count() > 1:
        return 1
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    if size_of(inputs[0]) < MIN_BYTES:
        return 1
    return configured


def read_in_workers(
    return_kind,
    item: InputFile,
    staging: Path,
    context: ReadContext,
    pseudonymiser,
    workers: int,
    total_bytes: int,
    progress=None,
) -> Staged | None:
    """The file read by ``workers`` processes into ``staging``; None if it must be read in one.

    ``context`` is filled in (collection year, as-at date, LA) only when the read
    succeeds; on None nothing is left in ``staging``.
    """
    forking = multiprocessing.get_context("fork")
    pipes, processes = [], []
    stage: Stage | None = None
    done = False
    try:
        for index in range(workers):
            receiving, sending = forking.Pipe(duplex=False)
            process = forking.Process(
                target=_work,
                args=(sending, Share(index, workers, CHUNK_RECORDS), return_kind, item),
                kwargs={"context": context, "pseudonymiser": pseudonymiser},
                daemon=True,
            )
            process.start()
            sending.close()  # the worker's end: EOF here when the worker dies
            pipes.append(receiving)
            processes.append(process)
        found = Batches(None, {}, None)  # only its bounded list of type findings
        file_of: dict[str, str] = {}
        last: ChunkMessage | None = None
        number = reported = 0
        while True:
            what, message = _receive(pipes[number % workers])
            if what == END:
                break
            if what != CHUNK or message.number != number:
                return None
            if stage is None:
                # The specs as the workers made them, for the year the file declares.
                specs = return_kind.table_specs(message.collection_year)
                stage = Stage(staging, specs)
            for table, batch in message.batches:
                stage.writer(table).write_batch(batch)
            found.extend_found(message.found)
            for table, name in message.file_of.items():
                file_of.setdefault(table, name)
            if progress is not None:
                # Each worker reads ahead of the chunk it sent: report the furthest yet.
                reported = max(reported, min(message.bytes_read, total_bytes))
                progress(reported, total_bytes)
            last = message
            number += 1
        # The chunks ran out: every other worker must have finished too.
        if any(_receive(pipe)[0] != END for pipe in pipes if pipe is not pipes[number % workers]):
            return None
        if last is None:
            return None
        context.collection_year = last.collection_year
        context.as_at = last.as_at
        context.la_code = last.la_code
        done = True
        return Staged(stage, specs, found.type_findings(), file_of)
    finally:
        for process in processes:
            if process.is_alive():
                process.terminate()
            process.join()
        for pipe in pipes:
            pipe.close()
        if not done and stage is not None:
            for path in stage.close().values():
                path.unlink(missing_ok=True)


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

    def writer(self, table: str) -> _Outbox:
        self._table = table
        return self

    def write_columns(self, columns: dict[str, list], rows: int) -> None:
        if rows:
            batch = columns_batch(self.schemas[self._table], columns, rows)
            self.batches.append((self._table, batch))

    def take(self) -> list:
        batches, self.batches = self.batches, []
        return batches


def _work(pipe, share: Share, return_kind, item: InputFile, *, context, pseudonymiser) -> None:
    """In a worker: read the chunks ``share`` owns and send each one's rows and findings."""
    try:
        _read_share(pipe, share, return_kind, item, context, pseudonymiser)
    except RefusedFileError:
        pipe.send((STOP, "refused"))  # read again in one process, which reports it
    except BaseException as error:  # noqa: BLE001 (any failure: read in one process)
        # The kind of failure only: its text could quote a value from the file.
        pipe.send((STOP, type(error).__name__))
    finally:
        pipe.close()


def _read_share(pipe, share, return_kind, item, given: ReadContext, pseudonymiser) -> None:
    from safeboard.returns.pipeline import counting_input

    context = ReadContext(
        collection_year=given.collection_year, as_at=given.as_at, import_key=given.import_key
    )
    tally = [0]
    source = counting_input(item, tally)
    parser = ValueParser(date_style=return_kind.date_style, child_pseudonym=pseudonymiser.child)
    outbox: _Outbox | None = None
    batches: Batches | None = None
    for row in return_kind.read([source], context, share=share):
        if isinstance(row, ChunkEnd):
            if not row.clean:
                pipe.send((STOP, "findings"))
                return
            if batches is not None:
                batches.flush_all()
            message = ChunkMessage(
                number=row.number,
                batches=outbox.take() if outbox is not None else [],
                found=batches.take_found() if batches is not None else [],
                file_of=dict(batches.file_of) if batches is not None else {},
                collection_year=context.collection_year,
                as_at=context.as_at,
                la_code=context.la_code,
                bytes_read=tally[0],
            )
            pipe.send((CHUNK, message))
            if batches is not None:
                # The next chunk this worker reads: its rows sort after every earlier chunk's.
                batches.read = (row.number + share.workers) * CHUNK_ORDER
            continue
        if batches is None:
            specs = return_kind.table_specs(context.collection_year)
            outbox = _Outbox(specs)
            batches = Batches(outbox, specs, parser)
            batches.read = share.index * CHUNK_ORDER
        batches.add(row)
    pipe.send((END, None))
