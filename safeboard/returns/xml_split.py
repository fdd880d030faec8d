"""A CIN census cut, between two children, into pieces that worker processes parse apart.

Workers that each parse the whole file (``parallel_read``'s chunks of children)
repeat libxml2's work. Instead, the file can be cut at ``<Child>`` start tags into
one piece per worker; each piece is parsed as a document of its own: the file's
prolog (everything before the first child: the XML declaration, ``<Message>``, the
header and ``<Children>``), as many line breaks as there are lines between the
prolog and the piece (in ``<p>`` elements, which the reader, asking only for
``Child``, passes over), the piece's children, and the closing tags. So every element
of a piece is on the line it is on in the whole file (``xmlio.element_line``), and a
piece knows how many children come before it, so each child keeps its number.

Cutting bytes is safe only where a ``<Child>`` start tag really is one. Where it
is not (inside a comment, a CDATA section or a processing instruction), the piece
before it ends inside that construct and does not parse, and a ``<Child>`` inside a
comment within a piece makes that piece hold fewer children than the next piece
was numbered from: ``parallel_read`` checks both, and reads the file in one process
when either happens. So the file is cut only when

* it is a file on disk (not a member of a zip), at least two pieces long;
* its encoding keeps markup as ASCII bytes: UTF-8 (with or without its byte order
  mark) or an 8-bit encoding; never UTF-16 or UTF-32;
* its prolog, within ``HEAD_BYTES``, holds no comment, CDATA section, processing
  instruction (beyond the XML declaration) or ``<!`` declaration, and its first
  child's start tag has no attributes: ``<Child>`` or ``<prefix:Child>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import IO

from safeboard.returns.kinds.base import InputFile

HEAD_BYTES = 1 << 20  # the prolog (header included) must end in here
SEARCH_BYTES = 1 << 20  # a child's start tag must begin this close after each cut
COUNT_BYTES = 1 << 22  # bytes counted at a time
PADDING_PER_ELEMENT = 1 << 20  # line breaks in one padding element
_QNAME = rb"(?:[A-Za-z_][A-Za-z0-9_.\-]*:)?"
_FIRST_CHILD = re.compile(rb"<(" + _QNAME + rb"Child)>")
_OPENED = re.compile(rb"<(" + _QNAME + rb"(?:Message|Children))[\s>]")
_EIGHT_BIT_OR_UTF8 = re.compile(
    r"(utf-?8|us-ascii|ascii|iso[-_]?8859-\d+|latin-?1|windows-125\d|cp125\d)", re.IGNORECASE
)
_DECLARED = re.compile(rb"^<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([^\"']{0,40})[\"']")


@dataclass(frozen=True)
class Piece(InputFile):
    """Bytes ``start`` to ``end`` of a file, after its prolog and before ``closing``."""

    prolog_end: int = 0
    start: int = 0
    end: int = 0
    closing: bytes = b""
    children_before: int = 0  # children in the file before ``start``
    padding: int = 0  # line breaks between the prolog and ``start``

    def open(self) -> IO[bytes]:
        return _PieceStream(self)


def cut(item: InputFile, pieces: int) -> list[Piece] | None:
    """The file cut into ``pieces`` at children's start tags; None when it cannot be."""
    if item.member is not None or pieces < 2:
        return None
    path = item.path
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(HEAD_BYTES)
        prolog = _prolog(head)
        if prolog is None:
            return None
        prolog_end, tag, closing = prolog
        cuts = [prolog_end]
        for k in range(1, pieces):
            at = _next_tag(handle, max(size * k // pieces, cuts[-1] + 1), tag)
            if at is None or at >= size:
                return None
            cuts.append(at)
        counts = _count_before(handle, cuts, tag)
    prolog_lines = head.count(b"\n", 0, prolog_end)
    ends = [*cuts[1:], size]
    return [
        Piece(
            path=path,
            prolog_end=prolog_end,
            start=start,
            end=end,
            closing=b"" if end == size else closing,
            children_before=children,
            padding=lines - prolog_lines,
        )
        for start, end, (children, lines) in zip(cuts, ends, counts, strict=True)
    ]


def _prolog(head: bytes) -> tuple[int, bytes, bytes] | None:
    """(where the first child starts, its start tag, the closing tags) when safe to cut."""
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        return None  # UTF-16 or UTF-32: markup is not ASCII bytes
    declared = _DECLARED.match(body)
    if declared and not _EIGHT_BIT_OR_UTF8.fullmatch(declared.group(1).decode("ascii", "replace")):
        return None
    first = _FIRST_CHILD.search(head)
    if first is None:
        return None
    prolog = head[: first.start()]
    bom = len(head) - len(body)
    after_declaration = prolog[bom + declared.end() :] if declared else prolog
    if any(mark in after_declaration for mark in (b"<!", b"<?")):
        return None  # a comment, CDATA, DTD or processing instruction: not cut
    opened = [m.group(1) for m in _OPENED.finditer(prolog)]
    messages = [name for name in opened if name.endswith(b"Message")]
    children = [name for name in opened if name.endswith(b"Children")]
    if not messages or not children:
        return None
    closing = b"</" + children[-1] + b"></" + messages[0] + b">"
    return first.start(), b"<" + first.group(1) + b">", closing


def _next_tag(handle, offset: int, tag: bytes) -> int | None:
    handle.seek(offset)
    window = handle.read(SEARCH_BYTES)
    found = window.find(tag)
    return None if found < 0 else offset + found


def _count_before(handle, cuts: list[int], tag: bytes) -> list[tuple[int, int]]:
    """(children's start tags, newlines) in the file before each cut, in one pass."""
    handle.seek(0)
    counts = []
    position = children = lines = 0
    carry = b""  # the end of the last block: a tag may straddle two blocks
    for cut_at in cuts:
        while position < cut_at:
            block = handle.read(min(COUNT_BYTES, cut_at - position))
            if not block:
                break
            joined = carry + block
            children += joined.count(tag) - carry.count(tag)
            lines += block.count(b"\n")
            carry = joined[-(len(tag) - 1) :]
            position += len(block)
        counts.append((children, lines))
    return counts


class _PieceStream:
    """A piece's bytes as one stream: the prolog, its own bytes, the closing tags."""

    def __init__(self, piece: Piece):
        self._parts = [(0, piece.prolog_end), (piece.start, piece.end)]
        if piece.start == piece.prolog_end:  # the first piece: one stretch from the start
            self._parts = [(0, piece.end)]
        self._padding = piece.padding  # line breaks still to give after the prolog
        self._closing = piece.closing
        self._pending = b""  # made, not yet read: padding or the closing tags
        self._handle = piece.path.open("rb")
        self._part = 0
        self._left = 0
        self._begin_part()

    def _begin_part(self) -> None:
        if self._part < len(self._parts):
            start, end = self._parts[self._part]
            self._handle.seek(start)
            self._left = end - start

    def read(self, size: int = -1) -> bytes:
        size = 1 << 16 if size is None or size < 0 else size
        while not self._pending:
            if self._part >= len(self._parts):
                self._pending, self._closing = self._closing, b""
                break
            if self._part == 1 and self._padding > 0:
                # In elements of their own: one text node of millions of line breaks
                # would pass libxml2's limit on a text's size (huge_tree stays off).
                breaks = min(PADDING_PER_ELEMENT, self._padding)
                self._padding -= breaks
                self._pending = b"<p>" + b"\n" * breaks + b"</p>"
            elif self._left > 0:
                chunk = self._handle.read(min(size, self._left))
                if not chunk:  # the file shrank: let the parser say it is cut short
                    self._left = 0
                    continue
                self._left -= len(chunk)
                return chunk
            else:
                self._part += 1
                self._begin_part()
        chunk, self._pending = self._pending[:size], self._pending[size:]
        return chunk

    def close(self) -> None:
        self._handle.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()
